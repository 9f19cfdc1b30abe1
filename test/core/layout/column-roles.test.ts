/** Column roles of a table from its header and the cells below it. */
import { chooseRoles } from '../../../src/core/layout/column-roles';
import { columnInfo } from '../../../src/core/layout/header-rows';
import type { CellValue } from '../../../src/core/types';
import { view } from './grid';

function roles(rows: CellValue[][], titleYear: number | null = null) {
  const sheet = view(rows);
  const headers = rows[0].map((v) => String(v ?? ''));
  const infos = headers.map((_, c) => columnInfo(sheet, c, 0, 0));
  return chooseRoles(sheet, infos, headers, 1, rows.length - 1, null, titleYear);
}

test('the classic layout', () => {
  expect(
    roles([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'Ghi chú'],
      [1, 'Sản lượng lúa', 'tấn', 100, 95, null],
    ]),
  ).toEqual({
    columns: { label: 1, unit: 2, plan: 3, actual: 4, previous: null },
    doubts: [],
    stt: 0,
    year: 2023,
  });
});

test('TH 2022 | KH 2023 | TH 2023 | KH 2024: the report year is 2023 and TH 2022 the previous period', () => {
  expect(
    roles([
      ['TT', 'Chỉ tiêu', 'TH 2022', 'KH 2023', 'TH 2023', 'KH 2024'],
      [1, 'Sản lượng lúa', 90, 100, 95, 110],
    ])?.columns,
  ).toEqual({ label: 1, unit: null, plan: 3, actual: 4, previous: 2 });
});

test('actual before plan, and a revised plan over the first one', () => {
  expect(
    roles([
      ['Nội dung', 'Thực hiện', 'Dự toán', 'Dự toán điều chỉnh'],
      ['Tổng thu', 10, 9, 9.5],
    ])?.columns,
  ).toEqual({ label: 0, unit: null, plan: 2 + 1, actual: 1, previous: null });
});

test('a whole-year actual over a part of the year', () => {
  expect(
    roles([
      ['Chỉ tiêu', 'KH 2023', 'TH 6 tháng', 'Ước TH cả năm'],
      ['Sản lượng lúa', 100, 40, 95],
    ])?.columns.actual,
  ).toBe(3);
});

test('labels with no header of their own: the wordiest column left of the values', () => {
  expect(
    roles([
      ['', '', 'Kế hoạch', 'Thực hiện'],
      [1, 'Sản lượng lúa', 100, 95],
      [2, 'Diện tích lúa', 50, 51],
    ])?.columns.label,
  ).toBe(1);
});

test('no plan and no actual column: no table', () => {
  expect(
    roles([
      ['STT', 'Họ tên', 'Địa chỉ'],
      [1, 'A', 'B'],
    ]),
  ).toBeNull();
});

test('two plans for the year: the later decision, just before the actual', () => {
  expect(
    roles([
      ['Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Quyết toán', 'So sánh (%)'],
      ['Tổng thu', 8210, 8598, 9623, 117],
    ])?.columns.plan,
  ).toBe(2);
});

test('a term or project target and next year’s plan are not the year’s plan', () => {
  expect(
    roles([
      ['Output', 'LoP target', 'Target 2024', 'Achieved 2024', 'Cumulative'],
      ['Plots', 30, 12, 12, 22],
    ])?.columns,
  ).toMatchObject({ plan: 2, actual: 3 });
  expect(
    roles([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Kế hoạch năm sau'],
      ['Lúa', 10, 11, 12],
    ])?.columns.plan,
  ).toBe(1);
});

test('beside the quarters, what they add up to in the year is the actual; an office column has no role', () => {
  expect(
    roles([
      ['Chỉ tiêu', 'ĐVT', 'KH năm 2025', 'Quý I', 'Quý II', 'Quý III', 'Quý IV (ước)', 'Lũy kế năm 2025', '% KH'],
      ['Sản lượng lúa', 'tấn', 8000, 0, 4100, 0, 4050, 8150, 101.9],
    ])?.columns,
  ).toMatchObject({ unit: 1, plan: 2, actual: 7 });
  expect(
    roles([
      ['Chỉ tiêu', 'Đơn vị thực hiện', 'Mục tiêu 2025', 'Kết quả 2025'],
      ['Tỷ lệ hồ sơ xử lý trực tuyến (%)', 'Văn phòng UBND', 80, 84.7],
    ])?.columns,
  ).toMatchObject({ unit: null, plan: 2, actual: 3 });
});

test.each([
  ['KH năm 2026', 'TH quý III', 'Lũy kế 9 tháng'],
  ['KH năm 2026', 'TH quý III', 'Lũy kế đến 30/9/2026'],
  ['KH năm 2026', 'Thực hiện tháng 9', 'Lũy kế'],
  // guards: read so before the kind too
  ['Kế hoạch năm', 'Quý III', 'Cộng dồn'],
  ['Annual target', 'Q3', 'Cumulative'],
  ['2026 Target', 'Q3 2026', 'Achieved YTD'],
])('%p | %p | %p: the total so far is the actual, not the one period', (plan, period, soFar) => {
  expect(
    roles([
      ['Chỉ tiêu', 'ĐVT', plan, period, soFar, '% KH'],
      ['Sản lượng lúa', 'tấn', 8000, 1200, 6100, 76.3],
    ])?.columns,
  ).toMatchObject({ plan: 2, actual: 4 });
});

test('the whole year’s estimate beats the total so far; a term’s cumulative total is no actual of the year', () => {
  expect(
    roles([
      ['Chỉ tiêu', 'ĐVT', 'KH năm 2026', 'TH quý III', 'Lũy kế 9 tháng', 'Ước cả năm', '% KH'],
      ['Sản lượng lúa', 'tấn', 8000, 1200, 6100, 8100, 101.3],
    ])?.columns,
  ).toMatchObject({ plan: 2, actual: 5 });
  expect(
    roles([
      ['Chỉ tiêu', 'ĐVT', 'KH 2026', 'TH 2026', 'Lũy kế giai đoạn 2021-2026'],
      ['Sản lượng lúa', 'tấn', 8000, 8100, 40100],
    ])?.columns,
  ).toMatchObject({ plan: 2, actual: 3 });
});

test.each([
  ['Dự toán giao', 'Dự toán được sử dụng', 'Quyết toán'],
  ['Dự toán được giao', 'Dự toán được phép sử dụng', 'Quyết toán'],
  ['Approved budget', 'Budget available', 'Spent'],
])('%p beside %p: the estimate that was set is the plan, not what may be spent', (set, available, actual) => {
  expect(
    roles([
      ['Nội dung', set, available, actual, 'So sánh QT/DT (%)'],
      ['Chi sự nghiệp giáo dục', 520, 545, 512, 98.5],
    ])?.columns,
  ).toMatchObject({ plan: 1, actual: 3 });
  expect(
    roles([
      ['Nội dung', available, actual],
      ['Chi sự nghiệp giáo dục', 545, 512],
    ])?.columns,
  ).toMatchObject({ plan: 1, actual: 2 });
});

test('an English budget table: approved budget and disbursed amount', () => {
  expect(
    roles([
      ['Component / budget line', 'Approved budget 2025 (USD)', 'Disbursed 2025 (USD)', 'Disbursement rate'],
      ['Seedlings and planting support', 620000, 604150, 0.97],
    ])?.columns,
  ).toMatchObject({ label: 0, plan: 1, actual: 2 });
});

test('`Chỉ tiêu` over numbers beside a `Nội dung` label column is the target', () => {
  expect(
    roles([
      ['Nội dung', 'Chỉ tiêu', 'Kết quả', 'Ghi chú'],
      ['Giao quân', 14, 14, null],
      ['Xếp loại công tác QSĐP', 'Giỏi', 'Xuất sắc', null],
    ])?.columns,
  ).toMatchObject({ label: 0, plan: 1, actual: 2 });
});

test('a baseline of the year before the report year is the previous period; an older baseline is not', () => {
  const withBaseline = (baseline: string) =>
    roles([
      ['No.', 'Indicator', 'Unit', baseline, 'Target 2025', 'Achieved 2025'],
      [1, 'Growth of production value', '%', 7.2, 8, 8.3],
    ])?.columns;
  expect(withBaseline('Baseline 2024')).toMatchObject({ plan: 4, actual: 5, previous: 3 });
  expect(withBaseline('Baseline 2020')).toMatchObject({ plan: 4, actual: 5, previous: null });
});

describe('a column of codes named like the labels is not the labels', () => {
  test.each([
    ['Mã chỉ tiêu', 'Tên chỉ tiêu', ['0101', '0102']],
    ['Mã số chỉ tiêu', 'Chỉ tiêu', ['KT01', 'KT02']],
    ['Indicator code', 'Indicator', ['IND-1', 'IND-2']],
    ['Ký hiệu chỉ tiêu', 'Nội dung', ['A1', 'A2']],
    ['Mã nội dung', 'Nội dung chỉ tiêu', [101, 102]],
  ])('%s | %s', (codeHeader, labelHeader, codes) => {
    expect(
      roles([
        ['STT', codeHeader, labelHeader, 'ĐVT', 'KH 2024', 'TH 2024'],
        [1, codes[0], 'Sản lượng lúa', 'tấn', 100, 95],
        [2, codes[1], 'Diện tích lúa', 'ha', 50, 51],
      ])?.columns.label,
    ).toBe(2);
  });

  test('the labels before the codes stay the labels', () => {
    expect(
      roles([
        ['Tên chỉ tiêu', 'Mã chỉ tiêu', 'KH 2024', 'TH 2024'],
        ['Sản lượng lúa', '0101', 100, 95],
        ['Diện tích lúa', '0102', 50, 51],
      ])?.columns.label,
    ).toBe(0);
  });
});
