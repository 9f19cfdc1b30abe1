/**
 * A header split over unmerged rows, as a sheet converted from PDF leaves it (invented forms): the
 * last line (`năm 2024`, `(%)`) belongs to the header, whatever blank spacer columns lie between;
 * a heading or data row under the header does not.
 */
import { findTables } from '../../../src/core/layout';
import { isHeaderTailRow } from '../../../src/core/layout/header-rows';
import type { CellValue } from '../../../src/core/types';
import { view } from './grid';

const head: CellValue[][] = [
  ['TT', null, 'Nội dung', null, 'Thực hiện', null, 'Dự toán', null, 'Ước thực', null, 'So sánh'],
  [null, null, null, null, 'năm 2023', null, 'HĐND xã giao', null, 'hiện năm', null, 'ƯTH/DT'],
  [null, null, null, null, null, null, 'năm 2024', null, '2024', null, '(%)'],
];

test.each([
  ['a heading row', ['I', null, 'Thu ngân sách xã', null, null, null, null, null, null, null, null]],
  ['a data row', ['1', null, 'Thu phí, lệ phí', null, '61.250', null, '65.000', null, '71.480', null, '110,0']],
  ['a lone year', [null, null, null, null, null, null, 'năm 2024', null, null, null, null]],
  ['words no header has', [null, null, null, null, 'đã gồm', null, 'bổ sung', null, null, null, null]],
] as const)('%s under the header is no part of it', (_, row) => {
  expect(isHeaderTailRow(view([head[0], head[1], [...row]]), 2)).toBe(false);
});

const spacedData: CellValue[][] = [
  ['A', null, 'TỔNG THU', null, '14.209.950', null, '13.335.000', null, '14.964.150', null, '112,2'],
  ['1', null, 'Thu phí, lệ phí', null, '61.250', null, '65.000', null, '71.480', null, '110,0'],
];

test.each([
  ['three lines, spacer columns', head, spacedData, 2],
  [
    'two lines, the year and the ratio sign under the roles',
    [
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'So sánh'],
      [null, null, 'năm 2025', 'năm 2025', '(%)'],
    ],
    [
      ['1', 'Sản lượng lúa', 100, 95, 95],
      ['2', 'Diện tích lúa', 50, 51, 102],
    ],
    1,
  ],
] as const)('%s: the last line closes the header', (_, rows, data, bottom) => {
  const sheet = view([['BÁO CÁO THU, CHI NGÂN SÁCH XÃ'], ...rows.map((r) => [...r]), ...data.map((r) => [...r])]);
  const tables = findTables(sheet);
  expect(tables).toHaveLength(1);
  expect(tables[0].headerBottom).toBe(bottom + 1);
});

test.each([
  ['NAM 2026', 'NAM 2026'],
  ['Năm 2026', 'Năm 2026'],
  ['2026', '2026'],
  ['năm 2026', 'đến 30/9/2026'],
] as const)(
  'the year line %s | %s under the roles closes the header when STT, label and unit are merged down beside it',
  (planYear, actualYear) => {
    const sheet = view(
      [
        ['UBND XÃ A'],
        ['STT', 'CHI TIEU', 'DVT', 'KE HOACH', 'THUC HIEN'],
        [null, null, null, planYear, actualYear],
        ['1', 'Sản lượng lương thực', 'tấn', 5000, 5100],
        ['2', 'Tỷ lệ hộ nghèo', '%', 3.5, 3.2],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3'],
    );
    const tables = findTables(sheet);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerBottom).toBe(2);
  },
);

test('an empty merge on the year line does not stop it closing the header', () => {
  const sheet = view(
    [
      ['UBND XÃ A'],
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'So sánh'],
      [null, null, 'năm 2025', 'năm 2025', '(%)'],
      ['1', 'Sản lượng lúa', 100, 95, 95],
      ['2', 'Diện tích lúa', 50, 51, 102],
    ],
    ['A3:B3'],
  );
  const tables = findTables(sheet);
  expect(tables).toHaveLength(1);
  expect(tables[0].headerBottom).toBe(2);
});
