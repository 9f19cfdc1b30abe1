/** A header printed again after a page break continues the table above; a titled second table does not. */
import { findTables } from '../../../src/core/layout';
import { isPageMark } from '../../../src/core/layout/repeated-header';
import type { CellValue } from '../../../src/core/types';
import { view } from './grid';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Ghi chú'];
const NUMBERS: CellValue[] = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'];
const before: CellValue[][] = [
  ['1', 'Sản lượng lúa', 'tấn', 100, 95],
  ['2', 'Diện tích lúa', 'ha', 50, 51],
];
const after: CellValue[][] = [
  ['3', 'Tổng đàn lợn', 'con', 4000, 4100],
  ['4', 'Tỷ lệ hộ nghèo', '%', 2, 1.8],
];

function tablesOf(between: CellValue[][], numbers = false) {
  const head = numbers ? [HEADER, NUMBERS] : [HEADER];
  return findTables(view([['BÁO CÁO NĂM 2024'], [], ...head, ...before, ...between, ...head, ...after]));
}

test.each([
  [
    '`Trang 1/2` in a value column, the header and its column numbers again',
    [[null, null, null, null, 'Trang 1/2']],
    true,
  ],
  ['`Page 2 of 3` under the table', [[], [null, null, null, 'Page 2 of 3']], false],
  ['`- 2 -` in the label column', [[null, '- 2 -']], true],
  ['blank rows only', [[], [], []], false],
  ['the header right under the last row', [], true],
])('%s: one table with every row', (_, between, numbers) => {
  const tables = tablesOf(between as CellValue[][], numbers as boolean);
  expect(tables).toHaveLength(1);
  expect(tables[0].rows.filter((r) => r.hasData).map((r) => r.label)).toEqual([
    'Sản lượng lúa',
    'Diện tích lúa',
    'Tổng đàn lợn',
    'Tỷ lệ hộ nghèo',
  ]);
});

test('a second table under its own title is another table, even with the same header', () => {
  const tables = tablesOf([[], ['II', 'CHỈ TIÊU XÃ HỘI']]);
  expect(tables).toHaveLength(2);
});

test('a different header is another table', () => {
  const sheet = view([HEADER, ...before, ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'], ...after]);
  expect(findTables(sheet)).toHaveLength(2);
});

test.each(['Trang 2', 'Trang 1/2', 'trang 3 trên 4', 'Page 2 of 3', '- 2 -', '2/3', 'Tr. 5'])(
  '%s is a page mark',
  (t) => expect(isPageMark(t)).toBe(true),
);
test.each(['Trang trại', '2023', 'Ghi chú: số ước'])('%s is no page mark', (t) => expect(isPageMark(t)).toBe(false));

test('a group heading whose words fold to role words (`Giáo dục, y tế`) does not start a new table', () => {
  const sheet = view(
    [
      ['TT', 'Chỉ tiêu', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH'],
      ...before.map((r) => [r[0], r[1], r[1], ...r.slice(2)]),
      ['C', 'Giáo dục, văn hóa, xã hội', 'Giáo dục, văn hóa, xã hội'],
      ...after.map((r) => [r[0], r[1], r[1], ...r.slice(2)]),
    ],
    ['B1:C1', 'B2:C2', 'B3:C3', 'B4:C4', 'B5:C5', 'B6:C6'],
  );
  const tables = findTables(sheet);
  expect(tables).toHaveLength(1);
  expect(tables[0].rows.filter((r) => r.hasData)).toHaveLength(4);
});
