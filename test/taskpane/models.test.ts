import { analyzeWorkbook } from '../helpers/engine';
import type { WorkbookGrids } from '../../src/core/types';
import {
  withColumnRole,
  withRowDirection,
  withRowIndicator,
  withTableAccepted,
} from '../../src/taskpane/state/choices';
import { attentionCounts, reviewFocus, reviewTables } from '../../src/taskpane/state/models';

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

  it('opens on the rows that need a person, unmapped first; every row stays in sheet order', () => {
    const [table] = reviewTables(analysis, reviewFocus(analysis));
    expect(table.attention.map((r) => r.label)).toEqual(['Số liệu lạ chưa từng có']);
    expect(table.attention[0].attention).toEqual(['unmapped', 'direction']);
    expect(table.rows.map((r) => r.label)).toEqual([
      'Diện tích lúa',
      'Tổng đàn gia cầm',
      'Số liệu lạ chưa từng có',
      'Tỷ lệ hộ nghèo',
    ]);
    expect(attentionCounts([table])).toEqual({ attention: 1, rows: 4, tables: 1 });
  });

  it('keeps a corrected row where it was, decided, and counts it no more', () => {
    const focus = reviewFocus(analysis);
    const [table] = reviewTables(analysis, focus);
    const first = table.attention[0];
    const corrected = analyzeWorkbook(GRIDS, { choices: withRowIndicator({}, first.key, 'rice_area') });
    const [again] = reviewTables(corrected, focus);
    expect(again.attention.map((r) => r.label)).toEqual(table.attention.map((r) => r.label));
    expect(again.attention[0]).toMatchObject({ indicatorId: 'rice_area', chosenByUser: true, attention: [] });
    expect(again.settled).toBe(true);
    expect(attentionCounts([again])).toEqual({ attention: 0, rows: 4, tables: 0 });
  });

  it('accepts a table as it is: the rows asked about and the unsure roles become the user’s', () => {
    const grids: WorkbookGrids = {
      sheets: [
        {
          name: 'S',
          values: [
            ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2023'],
            [1, 'Diện tích lúa', 'ha', 1007.9],
            [2, 'Số liệu lạ chưa từng có', 'cái', 4],
          ],
        },
      ],
    };
    const scanned = analyzeWorkbook(grids);
    const focus = reviewFocus(scanned);
    expect(focus.tables).toEqual(['S!1']);
    const [table] = reviewTables(scanned, focus);
    expect(table).toMatchObject({ roleDoubts: ['plan'], rolesInQuestion: true, settled: false });
    const choices = withTableAccepted({}, table);
    expect(choices).toEqual({
      rows: { 'S!so lieu la chua tung co': { indicatorId: null, direction: 'higher' } },
      columns: { 'S!1': { plan: null } },
    });
    const [accepted] = reviewTables(analyzeWorkbook(grids, { choices }), focus);
    expect(accepted).toMatchObject({ roleDoubts: [], rolesInQuestion: true, settled: true });
    expect(accepted.attention[0]).toMatchObject({ chosenByUser: true, attention: [] });
  });

  it('names the columns by letter and header, and keys the table by its header row', () => {
    const [table] = reviewTables(analysis, reviewFocus(analysis));
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
