/**
 * Items written over two rows: the number, the label and the figures merged down, the unit alone on the
 * lower row. Each item is one row, the unit below is its own, and the lower row heads nothing. And a row
 * numbered beside the one before it that says it is a part of it (`5 | Trong đó …`) leaves the indicator
 * to it. Labels invented for the kind, not taken from any round.
 */
import type { CellRange, CellValue, SheetGrid } from '../../src/core/types';
import { analyzeWorkbook } from '../helpers/engine';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

/** Each item on two rows, everything but the unit merged down; the unit on the lower row. */
function twoRowSheet(items: [number, string, string, number, number][]): SheetGrid {
  const values: CellValue[][] = [HEADER];
  const merges: CellRange[] = [];
  for (const [stt, label, unit, plan, actual] of items) {
    const top = values.length;
    values.push([stt, label, null, plan, actual], [null, null, unit, null, null]);
    for (const col of [0, 1, 3, 4]) merges.push({ top, left: col, bottom: top + 1, right: col });
  }
  return { name: 'S', values, merges };
}

function rows(grid: SheetGrid) {
  return analyzeWorkbook({ sheets: [grid] }).sheets[0].tables[0].rows;
}

test('an item merged over two rows is one row, and the unit under it is its own', () => {
  const read = rows(
    twoRowSheet([
      [1, 'Lúa cả năm', 'ha', 1620, 1598],
      [2, 'Tổng đàn lợn', 'con', 5200, 5310],
      [3, 'Tỷ lệ hộ nghèo', '%', 4.5, 4.1],
    ]),
  );
  expect(read.map((r) => r.row)).toEqual([1, 3, 5]);
  expect(read.map((r) => r.unit)).toEqual(['ha', 'con', '%']);
  // A crop alone is its area by its unit, which stands only on the lower row.
  expect(read.map((r) => r.indicatorId)).toEqual(['rice_area', 'pig_herd', 'poverty_rate']);
});

test('the lower row of an item heads nothing: the next item is read beside it, not under it', () => {
  const read = rows(
    twoRowSheet([
      [4, 'Diện tích lúa cả năm (lúa chiêm và lúa mùa)', 'ha', 1620, 1598],
      [5, 'Trong đó diện tích lúa mùa', 'ha', 980, 962],
    ]),
  );
  // Under the lower row as a heading, the part would be read as the rice area a second time.
  expect(read.map((r) => r.indicatorId)).toEqual(['rice_area', null]);
});

test('figures of its own on the lower row make it a row of its own', () => {
  const grid = twoRowSheet([[1, 'Sản lượng lúa', 'tấn', 8200, 8340]]);
  grid.values[2] = [null, null, 'tấn', 8100, 8300];
  grid.merges = grid.merges!.filter((m) => m.left === 1);
  expect(rows(grid).map((r) => r.row)).toEqual([1, 2]);
});

test.each([
  ['Diện tích lúa cả năm (lúa chiêm và lúa mùa)', 'Trong đó diện tích lúa mùa', 'ha', 'rice_area'],
  ['Tổng đàn lợn (lợn thịt, lợn nái)', 'Trong đó: đàn lợn nái', 'con', 'pig_herd'],
  // The part fits the catalog's name better than its whole does, and is still the part.
  ['Sản lượng lúa (vụ chiêm và vụ mùa)', 'Trong đó sản lượng lúa vụ mùa', 'tấn', 'rice_output'],
])(
  'a numbered row saying it is a part of the one before leaves the indicator to it: %s / %s',
  (whole, part, unit, id) => {
    const grid: SheetGrid = {
      name: 'S',
      values: [HEADER, [4, whole, unit, 1600, 1590], [5, part, unit, 900, 910], [6, 'Sản lượng ngô', 'tấn', 50, 52]],
    };
    expect(rows(grid).map((r) => r.indicatorId)).toEqual([id, null, null]);
  },
);
