/** Which rows are header rows, and what each column's header cells say. */
import {
  columnInfo,
  headerTexts,
  isColumnNumberRow,
  isGroupSubHeaderRow,
  isUpperHeaderRow,
  isYearSubHeaderRow,
  looksLikeHeaderRow,
} from '../../../src/core/layout/header-rows';
import { view } from './grid';

test.each([
  [['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'Ghi chú'], true],
  [['TT', 'Nội dung', 'Dự toán', 'Thực hiện'], true],
  [['No.', 'Indicator', 'Unit', 'Target', 'Actual'], true],
  [['STT', 'Họ và tên', 'Chức vụ', 'Kế hoạch'], false],
  [['1', 'Sản lượng lúa', 'tấn', 100, 95], false],
  [
    [
      'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023 CỦA UỶ BAN NHÂN DÂN XÃ TRUNG SƠN HUYỆN ĐÔ LƯƠNG',
    ],
    false,
  ],
  [['Chỉ tiêu', 'ĐVT'], false],
])('%p is a header row: %p', (row, expected) => {
  expect(looksLikeHeaderRow(view([row]), 0)).toBe(expected);
});

test('a year merged over KH | TH is the upper header row; a wide title merge is not', () => {
  const sheet = view(
    [
      ['BÁO CÁO NĂM 2023', null, null, null],
      ['STT', 'Chỉ tiêu', 'Năm 2023', null],
      [null, null, 'KH', 'TH'],
    ],
    ['A1:D1', 'C2:D2', 'A2:A3', 'B2:B3'],
  );
  expect(isUpperHeaderRow(sheet, 1, 2)).toBe(true);
  expect(isUpperHeaderRow(sheet, 0, 2)).toBe(false);
});

test('a row of years under a merged role, and a row of column numbers', () => {
  const years = view(
    [
      ['Chỉ tiêu', 'Kế hoạch', null],
      [null, 2023, 'Năm 2024'],
    ],
    ['B1:C1'],
  );
  expect(isYearSubHeaderRow(years, 1)).toBe(true);
  expect(isColumnNumberRow(view([['A', 'B', '1', '2', '3=2/1']]), 0)).toBe(true);
  expect(isColumnNumberRow(view([['(1)', '(2)', '(3)']]), 0)).toBe(true);
  expect(isColumnNumberRow(view([['1', 'Sản lượng lúa', '100']]), 0)).toBe(false);
});

test('a column is named by its lowest role cell, a ratio above wins, the nearest year going up', () => {
  const sheet = view(
    [
      ['Chỉ tiêu', 'Năm 2023', null, 'So sánh (%)', 'Kết quả thực hiện'],
      [null, 'KH', 'TH', 'TH/KH', 'Kế hoạch'],
    ],
    ['B1:C1'],
  );
  expect(headerTexts(sheet, 0, 1)).toEqual([
    'Chỉ tiêu',
    'Năm 2023 KH',
    'Năm 2023 TH',
    'So sánh (%) TH/KH',
    'Kết quả thực hiện Kế hoạch',
  ]);
  expect(columnInfo(sheet, 1, 0, 1)).toMatchObject({ kind: 'plan', year: 2023 });
  expect(columnInfo(sheet, 2, 0, 1)).toMatchObject({ kind: 'actual', year: 2023 });
  expect(columnInfo(sheet, 3, 0, 1).kind).toBe('ratio');
  expect(columnInfo(sheet, 4, 0, 1).kind).toBe('plan');
});

test('a data row whose numbers are typed as text is never a header row, whatever its words', () => {
  expect(looksLikeHeaderRow(view([['22', 'Tỷ lệ thu thuế, phí đạt dự toán', '%', '96,9', '100', '99,2']]), 0)).toBe(
    false,
  );
  expect(looksLikeHeaderRow(view([['STT', 'Chỉ tiêu', 'TH2023', 'KH2024', 'UTH2024']]), 0)).toBe(true);
});

test('sub-headers under header groups belong to the header; a data row under them does not', () => {
  const sheet = view(
    [
      ['STT', 'Nội dung', 'Dự toán năm', null, 'Quyết toán năm', null],
      [null, null, 'Tổng thu NSNN trên địa bàn', 'Thu ngân sách xã', 'Tổng thu NSNN trên địa bàn', 'Thu ngân sách xã'],
      ['1', 'Phí, lệ phí', 285, 285, 312, 312],
    ],
    ['C1:D1', 'E1:F1', 'A1:A2', 'B1:B2'],
  );
  expect(isGroupSubHeaderRow(sheet, 1)).toBe(true);
  expect(isGroupSubHeaderRow(sheet, 2)).toBe(false);
  // without the group merges above, the same texts are labels of a table body
  const flat = view([
    ['STT', 'Nội dung', 'Dự toán năm', 'Quyết toán năm'],
    [null, 'Tổng thu NSNN trên địa bàn', 'Thu ngân sách xã', null],
  ]);
  expect(isGroupSubHeaderRow(flat, 1)).toBe(false);
});
