/** Tables set side by side on one sheet, each with its own header, read each in its own band of columns. */
import { columnBands, findTables } from '../../../src/core/layout';
import { SIDE_BY_SIDE_ROWS } from '../../helpers/side-by-side';
import { view } from './grid';

const sheet = view(SIDE_BY_SIDE_ROWS, ['B1:K1']);

test('columns with nothing in any row split a sheet into bands', () => {
  expect(columnBands(sheet)).toEqual([
    { left: 1, right: 5 },
    { left: 7, right: 10 },
  ]);
});

test('two tables side by side, their headers on different rows, are both found with all their rows', () => {
  const tables = findTables(sheet);
  expect(tables.map((t) => [t.headerBottom, t.columns.label, t.columns.plan, t.columns.actual])).toEqual([
    [3, 2, 4, 5],
    [4, 8, 9, 10],
  ]);
  expect(tables.map((t) => t.rows.filter((r) => r.hasData).length)).toEqual([3, 3]);
  // what chitieu writes for the left table goes where nothing of the right one is
  expect(tables[0].outputCol).toBeGreaterThan(10);
});

test('a blank spacer column inside one table does not split it', () => {
  const spaced = view([
    ['STT', 'Chỉ tiêu', null, 'KH 2023', 'TH 2023'],
    ['1', 'Sản lượng lúa', null, 100, 95],
    ['2', 'Tổng đàn lợn', null, 300, 310],
  ]);
  const tables = findTables(spaced);
  expect(tables).toHaveLength(1);
  expect(tables[0].columns).toMatchObject({ label: 1, plan: 3, actual: 4 });
});
