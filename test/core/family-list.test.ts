/**
 * A list whose first item states a family's head and member (`Tổng đàn trâu, bò`) or its member bare
 * (`Trâu, bò`): the next items that name only another member's tail (`Lợn`) are that member, offered for
 * review. Labels invented for the kind, not taken from any round.
 */
import { toReport } from '../../src/core';
import type { CellValue } from '../../src/core/types';
import { analyzeWorkbook, tableIds } from '../helpers/engine';

test.each([
  ['Tổng đàn trâu, bò', 'Lợn'],
  ['Trâu, bò', 'Lợn'],
  ['Tong dan trau bo', 'Lon'],
])('%s, then %s: the pig herd', (first, bare) => {
  // alone, the bare member is no indicator
  expect(tableIds([[1, bare, 'con', 900, 910]])).toEqual([null]);
  expect(
    tableIds([
      [1, first, 'con', 1200, 1150],
      [2, bare, 'con', 6500, 6620],
      [3, 'Gia cầm', 'con', 80000, 84000],
    ]),
  ).toEqual(['cattle_herd', 'pig_herd', 'poultry_flock']);
});

test('a member read through the list is offered for review, not taken as sure', () => {
  const grid = {
    name: 'S',
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, 'Tổng đàn trâu, bò', 'con', 1200, 1150],
      [2, 'Lợn', 'con', 6500, 6620],
    ] as CellValue[][],
  };
  const rows = toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0].tables[0].rows;
  expect(rows.map((r) => [r.indicatorId, r.band])).toEqual([
    ['cattle_herd', 'sure'],
    ['pig_herd', 'likely'],
  ]);
});

test.each<[string, CellValue[][]]>([
  // a row saying more than a member's tail names something else
  ['more than a tail', [[2, 'Lợn nái sinh sản', 'con', 700, 720]]],
  // a unit that counts no animals
  ['another unit', [[2, 'Lợn', 'tấn', 700, 720]]],
  // a heading between ends the list
  [
    'after a heading',
    [
      ['II', 'Thủy sản', null, null, null],
      [2, 'Lợn', 'con', 700, 720],
    ],
  ],
])('the list reads nothing into a row with %s', (_, rest) => {
  const ids = tableIds([[1, 'Tổng đàn trâu, bò', 'con', 1200, 1150], ...rest]);
  expect(ids[0]).toBe('cattle_herd');
  expect(ids[ids.length - 1]).toBeNull();
});
