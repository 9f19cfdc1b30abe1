/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { ShortfallItem, Summary } from '../../src/core/types';
import { ResultsView, type ResultsViewProps } from '../../src/taskpane/components/ResultsView';
import { CATALOG } from './fixtures';
import { renderPane } from './render';

const counts = (met: number, shortfall: number, notEvaluable = 0, info = 0) => ({
  total: met + shortfall + notEvaluable + info,
  met,
  shortfall,
  notEvaluable,
  info,
});

const TUBER: ShortfallItem = {
  sheet: 'Kinh tế',
  row: 8,
  col: 4,
  label: 'Diện tích cây có củ',
  indicatorId: 'tuber_area',
  direction: 'higher',
  plan: 68.2,
  actual: 65.5,
  percentOfPlan: 96.04105571847506,
  gap: 2.7,
  unit: 'ha',
  nearMiss: true,
};

const BUDGET: ShortfallItem = {
  sheet: 'Kinh tế',
  row: 16,
  col: 4,
  label: 'Chi ngân sách',
  indicatorId: 'budget_expenditure',
  direction: 'ceiling',
  plan: 4595000000,
  actual: 4622252188,
  percentOfPlan: 100.59308352557127,
  gap: 27252188,
  unit: 'đồng',
  nearMiss: false,
};

const SUMMARY: Summary = {
  overall: counts(8, 2, 3, 1),
  byGroup: [
    { group: 'KINH TẾ', sheet: 'Kinh tế', counts: counts(5, 2, 3) },
    { group: 'XÃ HỘI', sheet: 'Xã hội', counts: counts(3, 0, 0, 1) },
  ],
  shortfalls: [TUBER, BUDGET],
};

function setup(overrides: Partial<ResultsViewProps> = {}) {
  const props: ResultsViewProps = {
    summary: SUMMARY,
    catalog: CATALOG,
    language: 'vi',
    selection: null,
    lastApply: { cellsWritten: 40, tables: 2, updatedInPlace: false },
    onSelect: jest.fn(),
    ...overrides,
  };
  const view = renderPane(<ResultsView {...props} />, props.language);
  return { props, view };
}

describe('ResultsView', () => {
  it('says how many evaluated indicators were met, overall and per group', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Đạt 8/10 chỉ tiêu (80 %)' })).toBeTruthy();
    expect(screen.getByText('KINH TẾ: đạt 5/7 (71,4 %)')).toBeTruthy();
    expect(screen.getByText('XÃ HỘI: đạt 3/3 (100 %)')).toBeTruthy();
  });

  it('lists each shortfall with plan, actual, percent and how far short', () => {
    setup();
    expect(screen.queryByText(/cùng kỳ/)).toBeNull();
    const list = screen.getByRole('list', { name: 'Chỉ tiêu chưa đạt (2)' });
    const [tuber, budget] = within(list).getAllByRole('button');
    expect(tuber.textContent).toContain('Diện tích cây có củ');
    expect(tuber.textContent).toContain('Kế hoạch: 68,2');
    expect(tuber.textContent).toContain('Thực hiện: 65,5');
    expect(tuber.textContent).toContain('TH/KH: 96 %');
    expect(tuber.textContent).toContain('Còn thiếu 2,7 ha');
    expect(tuber.textContent).toContain('Sát mức');
    expect(tuber.textContent).toContain('Kinh tế!E9');
    expect(budget.textContent).toContain('TH/KH: 100,6 %');
    expect(budget.textContent).toContain('Vượt mức 27.252.188 đồng');
  });

  it('selects the shortfall’s cell when it is clicked', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: /Chi ngân sách/ }));
    expect(props.onSelect).toHaveBeenCalledWith(BUDGET);
  });

  it('marks the selected shortfall and names its cell', () => {
    setup({ selection: { sheet: 'Kinh tế', row: 16, col: 4 } });
    expect(screen.getByRole('button', { name: /Chi ngân sách/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Đang chọn Kinh tế!E17');
  });

  it('says when the results are not yet written to the workbook', () => {
    setup({ lastApply: null });
    expect(screen.getByText('Kết quả chưa được ghi vào sổ tính.')).toBeTruthy();
  });

  it('shows the change against the same period last year where the table has it', () => {
    const rice: ShortfallItem = {
      ...TUBER,
      row: 10,
      label: 'Năng suất lúa',
      indicatorId: null,
      unit: 'tạ/ha',
      changeFromPrevious: 4.9,
      percentOfPrevious: 108.1,
    };
    setup({
      summary: { ...SUMMARY, shortfalls: [rice, { ...BUDGET, changeFromPrevious: -12, percentOfPrevious: 99.7 }] },
    });
    expect(screen.getByRole('button', { name: /Năng suất lúa/ }).textContent).toContain(
      'Tăng 4,9 tạ/ha so với cùng kỳ (108,1 %)',
    );
    expect(screen.getByRole('button', { name: /Chi ngân sách/ }).textContent).toContain(
      'Giảm 12 đồng so với cùng kỳ (99,7 %)',
    );
  });

  it('speaks English when asked', () => {
    setup({ language: 'en' });
    expect(screen.getByRole('heading', { name: 'Met 8/10 indicators (80%)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Diện tích cây có củ/ }).textContent).toContain('2.7 ha short');
  });

  it('renders a district’s long list of shortfalls a window at a time, each saying its place', () => {
    const many = Array.from({ length: 1400 }, (_, i) => ({ ...BUDGET, row: i + 5, label: `Chỉ tiêu ${i + 1}` }));
    // jsdom lays nothing out: the scroll area is 600 px high, as in a pane, and each item 100 px.
    const height = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const itemHeight = jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
    try {
      setup({ summary: { ...SUMMARY, shortfalls: many } });
    } finally {
      height.mockRestore();
      itemHeight.mockRestore();
    }
    const list = screen.getByRole('list', { name: 'Chỉ tiêu chưa đạt (1400)' });
    const shown = within(list).getAllByRole('listitem');
    expect(shown.length).toBeLessThan(30);
    expect(shown[0].getAttribute('aria-setsize')).toBe('1400');
    expect(within(shown[0]).getByRole('button').textContent).toContain('Chỉ tiêu 1');
  });
});
