/**
 * A breakdown by place: rows that only name a village, hamlet or residential group (its settlement
 * noun and a proper name or number, with or without diacritics) under an indicator's row are that
 * indicator for that place: they take the parent's id and direction. Not under a parent with no id,
 * nor when the row names a thing of its own. Labels invented for the kind, not taken from any round.
 */
import { toReport } from '../../../src/core';
import { createMatcher } from '../../../src/core/match';
import type { CellValue } from '../../../src/core/types';
import { analyzeWorkbook, catalog } from '../../helpers/engine';

const { matchPlacePart } = createMatcher(catalog);
const asPart = (label: string, unit: string | null, parent = 'poverty_rate'): string | null =>
  matchPlacePart(label, unit, { id: parent, confidence: 0.9 })?.best?.id ?? null;

test.each([
  ['Thôn Tân Lập', '%'],
  ['Thon Tan Lap', '%'],
  ['Xóm 4', '%'],
  ['Ấp Bình An', '%'],
  ['Ap Binh An', null],
  ['Tổ dân phố số 7', '%'],
  ['Khu phố 2', '%'],
  ['Buôn Ea Sol', '%'],
  ['Làng Chư Pơng', '%'],
  ['Tổ 12', '%'],
  ['Khu B', '%'],
  ['- Bản Nậm Cắn', '%'],
  ['+ Ban Huoi Lech', '%'],
  ['Hamlet 5', '%'],
  ['Village Pac Ngoi', '%'],
])('a row that only names a place is its parent for that place: %s (%s)', (label, unit) => {
  expect(asPart(label, unit)).toBe('poverty_rate');
});

test.each([
  ['Thôn văn hóa', '%'],
  ['Bản Nà Mèo: hộ cận nghèo', '%'],
  ['Xóm 4 (hộ cận nghèo)', '%'],
  ['Khu CN', '%'],
  ['Khu dân cư văn hóa', '%'],
  ['THÔN VĂN HÓA', '%'],
  ['Tổ hợp tác', '%'],
  ['Số thôn', '%'],
])('a row naming a thing of its own is no place part: %s', (label, unit) => {
  expect(asPart(label, unit)).toBeNull();
});

test('a count of households under a rate is not the rate', () => {
  expect(asPart('Thôn 3', 'hộ')).toBeNull();
});

function rows(list: CellValue[][]) {
  const grid = { name: 'S', values: [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ...list] };
  return toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0].tables[0].rows;
}

test('in a table, the places under an indicator take its id and direction; under a row with none, nothing', () => {
  const out = rows([
    [1, 'Tổng đàn lợn', 'con', 900, 950],
    ['-', 'Xóm Đồng Tâm', 'con', 300, 320],
    ['-', 'Xom Ha Tien', 'con', 600, 630],
    [2, 'Tỷ lệ hộ nghèo', '%', 6, 5.5],
    ['-', 'Tổ dân phố 3', '%', 4, 3.9],
    ['-', 'Thôn Khuổi Luông', '%', 8, 7.2],
    [3, 'Diện tích trồng gừng', 'ha', 20, 22],
    ['-', 'Thôn Khuổi Luông', 'ha', 8, 9],
  ]);
  const byLabel = (i: number) => ({ id: out[i].indicatorId, direction: out[i].direction });
  expect(byLabel(1)).toEqual({ id: out[0].indicatorId, direction: out[0].direction });
  expect(out[0].indicatorId).toBe('pig_herd');
  expect(byLabel(2)).toEqual(byLabel(1));
  expect(byLabel(4)).toEqual({ id: 'poverty_rate', direction: 'lower' });
  expect(byLabel(5)).toEqual({ id: 'poverty_rate', direction: 'lower' });
  expect(out[6].indicatorId).toBeNull();
  expect(out[7].indicatorId).toBeNull();
});
