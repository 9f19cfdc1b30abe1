/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ReviewView, type ReviewViewProps } from '../../src/taskpane/components/ReviewView';
import type { ReviewTable } from '../../src/taskpane/state/models';
import { CATALOG, searchFixture } from './fixtures';
import { renderPane } from './render';

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
  rows: [
    {
      key: 'Kinh tế!dt lua',
      position: 'Kinh tế!7',
      excelRow: 8,
      label: 'DT lúa',
      indicatorId: null,
      confidence: 0,
      band: 'none',
      direction: 'higher',
      chosenByUser: false,
    },
    {
      key: 'Kinh tế!chi ngan sach',
      position: 'Kinh tế!16',
      excelRow: 17,
      label: 'Chi ngân sách',
      indicatorId: 'budget_expenditure',
      confidence: 0.55,
      band: 'likely',
      direction: 'ceiling',
      chosenByUser: false,
    },
    {
      key: 'Kinh tế!dien tich cay co cu',
      position: 'Kinh tế!8',
      excelRow: 9,
      label: 'Diện tích cây có củ',
      indicatorId: 'tuber_area',
      confidence: 0.95,
      band: 'sure',
      direction: 'higher',
      chosenByUser: false,
    },
  ],
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
    onApply: jest.fn(),
    ...overrides,
  };
  renderPane(<ReviewView {...props} />);
  return props;
}

describe('ReviewView', () => {
  it('lists the rows in the order given, each with what it was matched to and how surely', () => {
    setup();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['DT lúa', 'Chi ngân sách', 'Diện tích cây có củ']);
    expect(within(rows[0]).getByText('Chưa gán')).toBeTruthy();
    expect(within(rows[1]).getByText('Kiểm tra')).toBeTruthy();
    expect(within(rows[2]).getByText('Chắc chắn')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Chỉ tiêu chuẩn cho “Chi ngân sách”' })).toHaveProperty(
      'value',
      'Chi ngân sách',
    );
  });

  it('finds an indicator typed without diacritics and reports the row key with the choice', () => {
    const props = setup();
    const picker = screen.getByRole('combobox', { name: 'Chỉ tiêu chuẩn cho “DT lúa”' });
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
    const picker = screen.getByRole('combobox', { name: 'Chỉ tiêu chuẩn cho “Diện tích cây có củ”' });
    type(picker, 'poor household');
    expect(props.onIndicatorChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('option', { name: /^Tỷ lệ hộ nghèo/ }));
    expect(props.onIndicatorChange).toHaveBeenCalledWith('Kinh tế!dien tich cay co cu', 'poverty_rate');
  });

  it('reports a changed direction with the row key', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('combobox', { name: 'Chiều đánh giá cho “DT lúa”' }));
    fireEvent.click(screen.getByRole('option', { name: 'Càng thấp càng tốt' }));
    expect(props.onDirectionChange).toHaveBeenCalledWith('Kinh tế!dt lua', 'lower');
  });

  it('shows the column roles and reports a changed one with the table key', () => {
    const props = setup();
    const plan = screen.getByRole('combobox', { name: 'Cột kế hoạch' });
    expect(plan.textContent).toContain('Cột D: Kế hoạch 2023');
    fireEvent.click(plan);
    fireEvent.click(screen.getByRole('option', { name: 'Cột F: Ghi chú' }));
    expect(props.onColumnChange).toHaveBeenCalledWith('Kinh tế!4', 'plan', 5);
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
