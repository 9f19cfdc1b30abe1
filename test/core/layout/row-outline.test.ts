/** Rows of a table: data or heading, depth, unit, and where a table ends. */
import { outlineDepth, tableRows, unitNote } from '../../../src/core/layout/row-outline';
import { view } from './grid';

test.each([
  ['A', 0],
  ['II', 1],
  ['3', 2],
  ['2.1', 3],
  ['2.1.4', 4],
  ['b', 5],
  ['-', 6],
  ['+', 7],
  ['*', 8],
  ['xyz', null],
] as const)('outline number %p is at depth %p', (number, depth) => {
  expect(outlineDepth(number)).toBe(depth);
});

test('headings, data rows, sub-items, units from the unit column, the label or the note; a footer ends the table', () => {
  const sheet = view([
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH'],
    ['I', 'KINH TẾ', null, null, null],
    ['1', 'Diện tích gieo trồng', 'ha', 100, 98],
    [null, 'Trong đó: Lúa', null, 80, 79],
    ['2', 'Sản lượng lúa (tấn)', null, 500, 510],
    [null, 'Người lập biểu', null, null, 'Kế toán'],
    ['3', 'Không được đọc', null, 1, 1],
  ]);
  const rows = tableRows(sheet, { label: 1, unit: 2, plan: 3, actual: 4, previous: null }, 0, 1, 6, 'đồng');
  expect(rows.map((r) => [r.row, r.hasData, r.depth, r.isSubItem, r.unit])).toEqual([
    [1, false, 1, false, 'đồng'],
    [2, true, 2, false, 'ha'],
    [3, true, 3, true, 'đồng'],
    [4, true, 2, false, 'tấn'],
  ]);
});

test.each(['ĐVT: nghìn đồng', 'DVT: nghin dong', 'Đ.vị: nghìn đồng', '(Đơn vị tính: nghìn đồng)'])(
  'the unit note %p of the next table, in a value column, is no value',
  (note) => {
    const sheet = view(
      [
        ['STT', 'Nội dung thu', 'Dự toán', 'Thực hiện', null],
        ['1', 'Thu phí, lệ phí', 61000, 65000, null],
        [null, null, null, null, null],
        ['II. PHẦN CHI NGÂN SÁCH', null, null, note, null],
      ],
      ['A4:B4', 'D4:E4'],
    );
    const rows = tableRows(sheet, { label: 1, unit: null, plan: 2, actual: 3, previous: null }, 0, 1, 3, null);
    expect(rows.filter((r) => r.hasData).map((r) => r.row)).toEqual([1]);
  },
);

test('a unit note above the header', () => {
  expect(unitNote(view([['BÁO CÁO'], [null, null, 'Đơn vị tính: triệu đồng'], ['Nội dung', 'DT', 'TH']]), 2)).toBe(
    'triệu đồng',
  );
  expect(unitNote(view([['BÁO CÁO'], ['Nội dung', 'DT', 'TH']]), 1)).toBeNull();
});

test('a signature block with the signer’s title in a value column ends the table', () => {
  const sheet = view([
    ['STT', 'Chỉ tiêu', 'KH', 'TH'],
    ['1', 'Sản lượng lúa', 100, 95],
    [null, 'CÁN BỘ TỔNG HỢP', 'CHỦ TỊCH UBND XÃ', null],
    [null, 'Phạm Thị Hoa', 'Nguyễn Văn Cường', null],
  ]);
  const rows = tableRows(sheet, { label: 1, unit: null, plan: 2, actual: 3, previous: null }, 0, 1, 3, null);
  expect(rows.map((r) => r.row)).toEqual([1]);
});

test('a value column that merely mentions a title in lower case does not end the table', () => {
  const sheet = view([
    ['STT', 'Chỉ tiêu', 'KH', 'TH'],
    ['1', 'Sản lượng lúa', 100, 'Chủ tịch xã chỉ đạo'],
    ['2', 'Diện tích lúa', 50, 51],
  ]);
  const rows = tableRows(sheet, { label: 1, unit: null, plan: 2, actual: 3, previous: null }, 0, 1, 2, null);
  expect(rows.map((r) => r.row)).toEqual([1, 2]);
});

test.each([
  ['TM. ỦY BAN NHÂN DÂN', true],
  ['TM UBND XÃ', true],
  ['KT. CHỦ TỊCH', true],
  ['T/M ĐẢNG ỦY', true],
  ['TM - DV', false],
  ['TM-DV-DL', false],
  ['KT - XH', false],
])('%p under the rows ends the table: %p', (label, ends) => {
  const sheet = view([
    ['STT', 'Chỉ tiêu', 'KH', 'TH'],
    ['1', 'Nông - lâm - thủy sản', 61, 62.4],
    ['2', label, 25, 24.5],
    ['3', 'Thu nhập bình quân đầu người', 62, 60.8],
  ]);
  const rows = tableRows(sheet, { label: 1, unit: null, plan: 2, actual: 3, previous: null }, 0, 1, 3, null);
  expect(rows.map((r) => r.row)).toEqual(ends ? [1] : [1, 2, 3]);
});

test.each([
  ['in every cell, as a Word table pasted into Excel', ['A', 'A. KINH TẾ', 'A. KINH TẾ', 'A. KINH TẾ', 'A. KINH TẾ']],
  ['in the value columns only', [null, 'Văn hóa - xã hội', null, 'Văn hóa - xã hội', 'Văn hóa - xã hội']],
  ['with other spacing and case', ['II', 'II. Quốc phòng  -  an ninh ', 'II', 'II. QUỐC PHÒNG - AN NINH', null]],
  ['without its outline number', ['3', '3. Môi trường', 'Môi trường', 'Môi trường', 'Môi trường']],
  ['in the actual column alone', [null, 'Nông nghiệp:', null, null, 'Nông nghiệp:']],
] as const)('a heading whose title repeats in its value columns (%s) is no data row', (_, heading) => {
  const sheet = view([
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH'],
    [...heading],
    ['1', 'Tỷ lệ hộ nghèo', '%', '≥ 90%', 'Đạt'],
    ['2', 'Sản lượng lúa', 'tấn', 500, 510],
  ]);
  const rows = tableRows(sheet, { label: 1, unit: 2, plan: 3, actual: 4, previous: null }, 0, 1, 3, null);
  expect(rows.map((r) => [r.row, r.hasData, r.unit])).toEqual([
    [1, false, null],
    [2, true, '%'],
    [3, true, 'tấn'],
  ]);
});

describe('bullets nest as the table shows them', () => {
  const depths = (labels: string[]): number[] => {
    const sheet = view([['Chỉ tiêu', 'KH', 'TH'], ...labels.map((l) => [l, 1, 1])]);
    return tableRows(
      sheet,
      { label: 0, unit: null, plan: 1, actual: 2, previous: null },
      null,
      1,
      labels.length,
      null,
    ).map((r) => r.depth);
  };
  test.each([
    ['dash over plus', ['Tổng diện tích', '- Lúa', '+ Lúa nước', '+ Lúa nương', '- Ngô']],
    ['plus over dash', ['Tổng diện tích', '+ Lúa', '- Lúa nước', '- Lúa nương', '+ Ngô']],
    ['star over dash', ['Tổng diện tích', '* Lúa', '- Lúa nước', '- Lúa nương', '* Ngô']],
    ['dash over star', ['Tổng diện tích', '- Lúa', '* Lúa nước', '* Lúa nương', '- Ngô']],
  ])('%s: the bullet a run starts with is above the other', (_, labels) => {
    const [top, first, part, part2, next] = depths(labels);
    expect(first).toBeGreaterThan(top);
    expect(part).toBeGreaterThan(first);
    expect(part2).toBe(part);
    expect(next).toBe(first);
  });

  test('a run under `Trong đó:` starts a level down and does not decide the order', () => {
    const [, , under, back, , sub] = depths([
      'Tổng diện tích',
      'Trong đó: Lúa',
      '+ Vụ Hè Thu',
      '- Cây có củ',
      '- Sản lượng nuôi trồng',
      '+ Cá nước ngọt',
    ]);
    expect(under).toBeGreaterThan(back);
    expect(sub).toBeGreaterThan(back);
  });
});
