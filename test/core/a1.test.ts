/** A1 addresses as Excel writes them, both ways. */
import {
  blockAddress,
  cellAddress,
  columnIndex,
  columnLetter,
  parseAddressList,
  parseCell,
  parseRange,
  rangeAddress,
} from '../../src/core/a1';

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [701, 'ZZ'],
  [702, 'AAA'],
  [16383, 'XFD'],
])('column %i is %s and back', (index, letters) => {
  expect(columnLetter(index)).toBe(letters);
  expect(columnIndex(letters)).toBe(index);
  expect(columnIndex(letters.toLowerCase())).toBe(index);
});

test.each(['', 'A1', 'ABCD', '1'])('%p is not a column name', (text) => {
  expect(columnIndex(text)).toBe(-1);
});

test.each([
  ['D9', { row: 8, col: 3 }],
  ['$D$9', { row: 8, col: 3 }],
  ['xfd1048576', { row: 1048575, col: 16383 }],
  ['A0', null],
  ['XFE1', null],
  ['A1048577', null],
  ['A1:B2', null],
  ['Sheet1!A1', null],
])('cell %p', (text, expected) => {
  expect(parseCell(text)).toEqual(expected);
});

test('ranges read with corners in any order and print as Excel does', () => {
  expect(parseRange('$D$9:$B$7')).toEqual({ top: 6, left: 1, bottom: 8, right: 3 });
  expect(parseRange('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  expect(parseRange('A1:B2:C3')).toBeNull();
  expect(rangeAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('C3');
  expect(rangeAddress({ top: 6, left: 1, bottom: 8, right: 3 })).toBe('B7:D9');
  expect(blockAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('C3:C3');
  expect(cellAddress(0, 0)).toBe('A1');
});

test('address lists from Office.js and sqref lists from files', () => {
  expect(parseAddressList("'Kế hoạch, 2023'!A1:B2, Sheet1!C3")).toEqual([
    { top: 0, left: 0, bottom: 1, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 2 },
  ]);
  expect(parseAddressList('A1:B2 D4')).toEqual([
    { top: 0, left: 0, bottom: 1, right: 1 },
    { top: 3, left: 3, bottom: 3, right: 3 },
  ]);
  expect(parseAddressList("'It''s'!E5")).toEqual([{ top: 4, left: 4, bottom: 4, right: 4 }]);
  expect(parseAddressList('')).toEqual([]);
});
