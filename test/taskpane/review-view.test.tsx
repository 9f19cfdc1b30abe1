/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ReviewView, type ReviewViewProps } from '../../src/taskpane/components/ReviewView';
import type { ReviewRow, ReviewTable } from '../../src/taskpane/state/models';
import { CATALOG, searchFixture } from './fixtures';
import { renderPane, wrap } from './render';

const DT_LUA: ReviewRow = {
  key: 'Kinh tế!dt lua',
  position: 'Kinh tế!7',
  excelRow: 8,
  label: 'DT lúa',
  indicatorId: null,
  confidence: 0,
  band: 'none',
  direction: 'higher',
  chosenByUser: false,
  attention: ['unmapped', 'direction'],
  suggestion: 'rice_area',
};
const CHI_NS: ReviewRow = {
  key: 'Kinh tế!chi ngan sach',
  position: 'Kinh tế!16',
  excelRow: 17,
  label: 'Chi ngân sách',
  indicatorId: 'budget_expenditure',
  confidence: 0.55,
  band: 'likely',
  direction: 'ceiling',
  chosenByUser: false,
  attention: ['likely'],
  suggestion: null,
};
const CAY_CO_CU: ReviewRow = {
  key: 'Kinh tế!dien tich cay co cu',
  position: 'Kinh tế!8',
  excelRow: 9,
  label: 'Diện tích cây có củ',
  indicatorId: 'tuber_area',
  confidence: 0.95,
  band: 'sure',
  direction: 'higher',
  chosenByUser: false,
  attention: [],
  suggestion: null,
};

const TABLE: ReviewTable = {
  key: 'Kinh tế!4',
  sheet: 'Kinh tế',
  firstRow: 4,
  lastRow: 20,
  columns: { label: 1, unit: 2, plan: 3, actual: 4, previous: null },
  columnOptions: [
    { index: 0, letter: 'A', header: 'STT' },
    { index: 1, letter: 'B', header: 'Chỉ tiêu' },
    { index: 2, letter: 'C', header: 'ĐVT' },
    { index: 3, letter: 'D', header: 'Kế hoạch 2023' },
    { index: 4, letter: 'E', header: 'Thực hiện 2023' },
    { index: 5, letter: 'F', header: 'Ghi chú' },
  ],
  rows: [DT_LUA, CAY_CO_CU, CHI_NS],
  attention: [DT_LUA, CHI_NS],
  roleDoubts: [],
  rolesInQuestion: false,
  settled: false,
};

/** Typing opens Fluent's combobox on a key press, then the input changes. */
function type(input: HTMLElement, text: string) {
  fireEvent.keyDown(input, { key: text[0] });
  fireEvent.change(input, { target: { value: text } });
}

function setup(overrides: Partial<ReviewViewProps> = {}) {
  const props: ReviewViewProps = {
    tables: [TABLE],
    issues: [],
    language: 'vi',
    catalog: CATALOG,
    search: searchFixture,
    applying: false,
    progress: null,
    appliedBefore: false,
    onIndicatorChange: jest.fn(),
    onDirectionChange: jest.fn(),
    onColumnChange: jest.fn(),
    onAcceptTable: jest.fn(),
    onApply: jest.fn(),
    ...overrides,
  };
  renderPane(<ReviewView {...props} />);
  return props;
}

/** The light button that stands in for a picker until it is used; its name carries the current choice. */
function pickerButton(label: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${label}: `) });
}

/** Clicks a picker's stand-in: the real picker mounts, its list open. */
function openPicker(label: string): HTMLElement {
  fireEvent.click(pickerButton(label));
  return screen.getByRole('combobox', { name: label });
}

const attentionList = () => screen.getByRole('list', { name: 'Dòng cần xem của bảng Kinh tế' });

describe('ReviewView', () => {
  it('opens on the rows that need a person, with counts, each with its match and how sure it is', () => {
    setup();
    expect(screen.getByRole('status').textContent).toBe('2 dòng cần xem trong 3, ở 1 bảng');
    expect(screen.getByText('2 dòng cần xem trong 3')).toBeTruthy();
    const rows = within(attentionList()).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['DT lúa', 'Chi ngân sách']);
    expect(within(rows[0]).getByText('Chưa gán')).toBeTruthy();
    expect(within(rows[0]).getByText('Chiều đánh giá do chitieu đoán')).toBeTruthy();
    expect(within(rows[1]).getByText('Kiểm tra')).toBeTruthy();
    expect(within(rows[1]).queryByText('Chiều đánh giá do chitieu đoán')).toBeNull();
    expect(screen.queryByRole('listitem', { name: 'Diện tích cây có củ' })).toBeNull();
  });

  it('shows every row of a table behind "Xem tất cả", in sheet order, and folds it again', () => {
    setup();
    const showAll = screen.getByRole('button', { name: 'Xem tất cả 3 dòng' });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(showAll);
    const all = screen.getByRole('list', { name: 'Tất cả các dòng của bảng Kinh tế' });
    expect(
      within(all)
        .getAllByRole('listitem')
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual(['DT lúa', 'Diện tích cây có củ', 'Chi ngân sách']);
    expect(within(all).getByText('Chắc chắn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thu gọn' }));
    expect(screen.queryByRole('list', { name: 'Tất cả các dòng của bảng Kinh tế' })).toBeNull();
  });

  it('accepts a table as it is in one click; once settled, its rows fold away under "Xem tất cả"', () => {
    const decided = (row: ReviewRow): ReviewRow => ({ ...row, chosenByUser: true, attention: [] });
    const onAcceptTable = jest.fn();
    const props: ReviewViewProps = {
      tables: [TABLE],
      issues: [],
      language: 'vi',
      catalog: CATALOG,
      search: searchFixture,
      applying: false,
      progress: null,
      appliedBefore: false,
      onIndicatorChange: jest.fn(),
      onDirectionChange: jest.fn(),
      onColumnChange: jest.fn(),
      onAcceptTable,
      onApply: jest.fn(),
    };
    const { rerender } = renderPane(<ReviewView {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Chấp nhận bảng như hiện tại' }));
    expect(onAcceptTable).toHaveBeenCalledWith(TABLE);
    const settled = { ...TABLE, attention: [decided(DT_LUA), decided(CHI_NS)], settled: true };
    rerender(wrap(<ReviewView {...props} tables={[settled]} />));
    expect(screen.getByText('Đã chấp nhận: chitieu giữ các dòng và cột này như bạn thấy.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Không có dòng nào cần xem trong 3 dòng.');
  });

  it('shows a settled table without the accept button, its rows still there', () => {
    const decided = (row: ReviewRow): ReviewRow => ({ ...row, chosenByUser: true, attention: [] });
    setup({
      tables: [{ ...TABLE, attention: [decided(DT_LUA), decided(CHI_NS)], settled: true }],
    });
    expect(screen.queryByRole('button', { name: 'Chấp nhận bảng như hiện tại' })).toBeNull();
    expect(screen.getByText('Đã xem xong 2 dòng cần xem, trong 3 dòng')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Không có dòng nào cần xem trong 3 dòng.');
    expect(within(attentionList()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('mounts a picker only when it is used: a button shows the choice until focused or clicked', () => {
    setup();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(pickerButton('Chỉ tiêu chuẩn cho “Chi ngân sách”').textContent).toContain('Chi ngân sách');
    expect(pickerButton('Chiều đánh giá cho “Chi ngân sách”').textContent).toContain('Không vượt mức (trần)');
    fireEvent.focus(pickerButton('Chỉ tiêu chuẩn cho “Chi ngân sách”'));
    const picker = screen.getByRole('combobox', { name: 'Chỉ tiêu chuẩn cho “Chi ngân sách”' });
    expect(picker).toHaveProperty('value', 'Chi ngân sách');
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('finds an indicator typed without diacritics and reports the row key with the choice', () => {
    const props = setup();
    const picker = openPicker('Chỉ tiêu chuẩn cho “DT lúa”');
    type(picker, 'dien tich lua');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options.some((text) => text?.startsWith('Diện tích lúa'))).toBe(true);
    expect(options.some((text) => text?.startsWith('Chi ngân sách'))).toBe(false);
    fireEvent.click(screen.getByRole('option', { name: /^Diện tích lúa/ }));
    expect(props.onIndicatorChange).toHaveBeenCalledTimes(1);
    expect(props.onIndicatorChange).toHaveBeenCalledWith('Kinh tế!dt lua', 'rice_area');
  });

  it('finds an indicator by its English name too', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Xem tất cả 3 dòng' }));
    const picker = openPicker('Chỉ tiêu chuẩn cho “Diện tích cây có củ”');
    type(picker, 'poor household');
    expect(props.onIndicatorChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('option', { name: /^Tỷ lệ hộ nghèo/ }));
    expect(props.onIndicatorChange).toHaveBeenCalledWith('Kinh tế!dien tich cay co cu', 'poverty_rate');
  });

  it('reports a changed direction with the row key', () => {
    const props = setup();
    fireEvent.click(pickerButton('Chiều đánh giá cho “DT lúa”'));
    fireEvent.click(screen.getByRole('option', { name: 'Càng thấp càng tốt' }));
    expect(props.onDirectionChange).toHaveBeenCalledWith('Kinh tế!dt lua', 'lower');
  });

  it('shows the column roles behind "Xem tất cả" and reports a changed one with the table key', () => {
    const props = setup();
    expect(screen.queryByRole('combobox', { name: 'Cột kế hoạch' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xem tất cả 3 dòng' }));
    const plan = screen.getByRole('combobox', { name: 'Cột kế hoạch' });
    expect(plan.textContent).toContain('Cột D: Kế hoạch 2023');
    fireEvent.click(plan);
    fireEvent.click(screen.getByRole('option', { name: 'Cột F: Ghi chú' }));
    expect(props.onColumnChange).toHaveBeenCalledWith('Kinh tế!4', 'plan', 5);
  });

  it('opens on the column roles of a table whose roles are unsure, and names them', () => {
    setup({
      tables: [{ ...TABLE, columns: { ...TABLE.columns, plan: null }, roleDoubts: ['plan'], rolesInQuestion: true }],
    });
    expect(screen.getByText('Chưa chắc về cột: Cột kế hoạch')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Cột kế hoạch' }).textContent).toContain('(không có)');
    expect(screen.getByRole('status').textContent).toBe('2 dòng cần xem trong 3, ở 1 bảng');
  });

  it('says a table with nothing to check so, its rows one click away', () => {
    setup({ tables: [{ ...TABLE, attention: [], settled: true }] });
    expect(screen.getByText('Không có dòng nào cần xem trong 3 dòng')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xem tất cả 3 dòng' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('renders only a window of a long list, each row saying its place in the whole', () => {
    const many: ReviewRow[] = Array.from({ length: 300 }, (_, i) => ({
      ...DT_LUA,
      key: `Kinh tế!dong ${i}`,
      position: `Kinh tế!${i + 5}`,
      excelRow: i + 6,
      label: `Dòng ${i + 1}`,
    }));
    // jsdom lays nothing out: the scroll area is 600 px high, as in a pane, and each row 100 px.
    const height = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const rowHeight = jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
    try {
      setup({ tables: [{ ...TABLE, rows: many, attention: many }] });
    } finally {
      height.mockRestore();
      rowHeight.mockRestore();
    }
    expect(screen.getByRole('status').textContent).toBe('300 dòng cần xem trong 300, ở 1 bảng');
    const shown = within(attentionList()).getAllByRole('listitem');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(30);
    expect(shown[0].getAttribute('aria-setsize')).toBe('300');
    expect(shown[0].getAttribute('aria-posinset')).toBe('1');
  });

  it('applies on request, and says it will update when results were written before', () => {
    const props = setup({ appliedBefore: true });
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật kết quả trong sổ tính' }));
    expect(props.onApply).toHaveBeenCalledTimes(1);
  });

  it('asks for a scan when there is nothing to review', () => {
    setup({ tables: [] });
    expect(screen.getByText('Chưa có kết quả quét. Hãy quét sổ tính trước.')).toBeTruthy();
  });
});

describe('one-click suggestion and the likely badge', () => {
  it('offers an unmapped row its closest indicator, chosen in one click', () => {
    const props = setup();
    const row = within(attentionList()).getByRole('listitem', { name: 'DT lúa' });
    expect(within(row).getByText('Gợi ý: Diện tích lúa')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Chọn gợi ý “Diện tích lúa” cho “DT lúa”' }));
    expect(props.onIndicatorChange).toHaveBeenCalledWith('Kinh tế!dt lua', 'rice_area');
  });

  it('badges a likely row “Kiểm tra” and offers no suggestion on a mapped row', () => {
    setup();
    const row = within(attentionList()).getByRole('listitem', { name: 'Chi ngân sách' });
    expect(within(row).getByText('Kiểm tra')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /^Chọn gợi ý/ })).toBeNull();
  });
});
