import { analyzeWorkbook } from '../helpers/engine';
import type { WorkbookGrids } from '../../src/core/types';
import { withColumnRole, withRowDirection, withRowIndicator } from '../../src/taskpane/state/choices';
import { reviewOrder, reviewTables } from '../../src/taskpane/state/models';

const GRIDS: WorkbookGrids = {
  sheets: [
    {
      name: 'Kinh tế',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Thực hiện 2023'],
        [1, 'Diện tích lúa', 'ha', 992.4, 1007.9],
        [2, 'Tổng đàn gia cầm', 'con', 30000, 31200],
        [3, 'Số liệu lạ chưa từng có', 'cái', 5, 4],
        [4, 'Tỷ lệ hộ nghèo', '%', 2, 2.5],
      ],
    },
  ],
};

describe('review models', () => {
  const analysis = analyzeWorkbook(GRIDS);

  it('puts unmapped and uncertain rows first', () => {
    const [table] = reviewTables(analysis, reviewOrder(analysis));
    const bands = table.rows.map((r) => r.band);
    const rank = { none: 0, likely: 1, sure: 2, learned: 2 };
    expect(bands.map((b) => rank[b])).toEqual([...bands.map((b) => rank[b])].sort((a, b) => a - b));
    expect(table.rows[0].label).toBe('Số liệu lạ chưa từng có');
  });

  it('keeps the scan-time order after a row is corrected', () => {
    const order = reviewOrder(analysis);
    const [table] = reviewTables(analysis, order);
    const first = table.rows[0];
    const corrected = analyzeWorkbook(GRIDS, { choices: withRowIndicator({}, first.key, 'rice_area') });
    const [again] = reviewTables(corrected, order);
    expect(again.rows.map((r) => r.label)).toEqual(table.rows.map((r) => r.label));
    expect(again.rows[0]).toMatchObject({ indicatorId: 'rice_area', chosenByUser: true });
  });

  it('names the columns by letter and header, and keys the table by its header row', () => {
    const [table] = reviewTables(analysis, reviewOrder(analysis));
    expect(table.key).toBe('Kinh tế!1');
    expect(table.columnOptions.map((o) => `${o.letter}:${o.header}`)).toContain('D:Kế hoạch 2023');
  });
});

describe('choices', () => {
  it('a new indicator drops an earlier direction, so the catalog decides again', () => {
    const withDirection = withRowDirection({}, 'S!x', 'lower');
    expect(withRowIndicator(withDirection, 'S!x', 'rice_area').rows).toEqual({ 'S!x': { indicatorId: 'rice_area' } });
  });

  it('column roles add up per table', () => {
    const choices = withColumnRole(withColumnRole({}, 'S!4', 'plan', 3), 'S!4', 'previous', null);
    expect(choices.columns).toEqual({ 'S!4': { plan: 3, previous: null } });
  });
});
