/**
 * A row read as an indicator through a wider name (an aquaculture total read as the freshwater fish
 * area) and a part under it that gives the words of the indicator's name the row lacks: the part is the
 * indicator, the row its whole (its reading kept as a suggestion). A whole written as a list of items is
 * their sum, and a part naming one item is not it; a part that only narrows the indicator (a variety,
 * a season) leaves it to the whole. Labels invented for the kind, not taken from any round.
 */
import { toReport } from '../../src/core';
import type { CellValue } from '../../src/core/types';
import { analyzeWorkbook } from '../helpers/engine';

function read(rows: CellValue[][]): { id: string | null; suggested: string | null }[] {
  const grid = { name: 'S', values: [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ...rows] };
  return toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0].tables[0].rows.map((r) => ({
    id: r.indicatorId,
    suggested: r.suggestion?.indicatorId ?? null,
  }));
}

test.each([
  ['Diện tích nuôi trồng thủy sản', '- Cá nước ngọt (ao, hồ)', 'ha', 'freshwater_fish_area'],
  ['Diện tích mặt nước nuôi trồng thủy sản', '+ Nuôi cá nước ngọt', 'ha', 'freshwater_fish_area'],
  ['Sản lượng thủy sản', '- Cá nước ngọt các loại', 'tấn', 'freshwater_fish_output'],
  ['San luong nuoi trong thuy san', '- Ca nuoc ngot', 'tan', 'freshwater_fish_output'],
])('%s over %s: the part is the indicator, the whole is offered it', (whole, part, unit, id) => {
  // alone, the whole is read as the indicator
  expect(read([[1, whole, unit, 100, 110]]).map((r) => r.id)).toEqual([id]);
  expect(
    read([
      [1, whole, unit, 100, 110],
      ['-', '- Tôm nước lợ'.replace('- ', ''), unit, 60, 62],
      ['-', part.replace(/^[-+] /, ''), unit, 40, 48],
    ]),
  ).toEqual([
    { id: null, suggested: id },
    { id: null, suggested: null },
    { id, suggested: null },
  ]);
});

test('a whole written as a list keeps its indicator: a part naming one item is not it', () => {
  expect(
    read([
      [1, 'Chi quản lý hành chính, Đảng, đoàn thể', 'đồng', 900, 880],
      ['-', 'Quản lý nhà nước', 'đồng', 500, 490],
      ['-', 'Đảng, đoàn thể', 'đồng', 400, 390],
    ]).map((r) => r.id),
  ).toEqual(['expenditure_administration', null, null]);
});

test('a part that only narrows the indicator leaves it to the whole', () => {
  expect(
    read([
      [1, 'Diện tích lúa cả năm', 'ha', 900, 910],
      ['-', 'Lúa nước', 'ha', 700, 705],
      ['-', 'Lúa nương', 'ha', 200, 205],
    ]).map((r) => r.id),
  ).toEqual(['rice_area', null, null]);
});

test.each([
  ['DT mặt nước nuôi thủy sản', 'freshwater_fish_area'],
  ['DT nuôi trồng thủy sản', 'freshwater_fish_area'],
])('a part with no unit of its own under %s is read in its words: the area, not the output', (whole, id) => {
  // alone, the part is read as the output
  expect(read([['-', 'Cá nước ngọt', null, 40, 48]]).map((r) => r.id)).toEqual(['freshwater_fish_output']);
  expect(
    read([
      [1, whole, 'ha', 100, 110],
      ['-', '- Cá nước ngọt', null, 40, 48],
    ]),
  ).toEqual([
    { id: null, suggested: id },
    { id, suggested: null },
  ]);
});
