import { buildWritePlan, toReport } from '../../src/core';
import { analyzeWorkbook } from '../helpers/engine';
import type { CellValue, SheetGrid } from '../../src/core/types';

function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values: rows, ...extra };
}

function report(grid: SheetGrid) {
  return toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0];
}

test('plan and actual of the same year: TH 2022 | KH 2023 | TH 2023 | KH 2024 compares 2023 with 2023', () => {
  const r = report(
    sheet('S', [
      ['TT', 'Chi tieu', 'DVT', 'TH 2022', 'KH 2023', 'TH 2023', 'KH 2024'],
      [1, 'San luong lua', 'tan', 6388.3, 8110.9, 7946.4, 9050.2],
    ]),
  );
  expect(r.tables[0].columns).toEqual({ label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' });
  expect(r.tables[0].rows[0]).toMatchObject({
    indicatorId: 'rice_output',
    plan: 8110.9,
    actual: 7946.4,
    status: 'shortfall',
  });
});

test('the title gives the report year when the columns do not', () => {
  const r = report(
    sheet('S', [
      ['KẾT QUẢ THỰC HIỆN NĂM 2023 VÀ KẾ HOẠCH NĂM 2024'],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Kế hoạch 2024'],
      [1, 'Tổng đàn lợn', 'con', 500, 455, 520],
    ]),
  );
  expect(r.tables[0].columns.plan).toBe('D');
  expect(r.tables[0].columns.actual).toBe('E');
});

test('Ước TH counts as actual, a ratio column has no role, a signature block ends the table', () => {
  const r = report(
    sheet('S', [
      [null, null, 'STT', 'Nội dung', 'KH năm 2023', 'Ước TH năm 2023', 'So sánh TH/KH (%)'],
      [null, null, 1, 'Tỷ lệ hộ nghèo', 4.27, 3.35, 78.5],
      [null, null, 2, 'Tỷ lệ sinh con thứ 3 trở lên', 16, 26, 162.5],
      [],
      [null, null, null, 'Người lập biểu', 'Kế toán', 'Chủ tịch'],
    ]),
  );
  const t = r.tables[0];
  expect(t.columns).toEqual({ label: 'D', unit: null, plan: 'E', actual: 'F', previous: null });
  expect(t.rows.map((x) => [x.row, x.indicatorId, x.direction, x.status])).toEqual([
    [2, 'poverty_rate', 'lower', 'met'],
    [3, 'third_child_birth_rate', 'lower', 'shortfall'],
  ]);
});

test('a three-row header is read cell by cell: Kế hoạch under Kết quả thực hiện is the plan', () => {
  const r = report(
    sheet(
      'S',
      [
        ['STT', 'Chỉ tiêu', 'Kết quả thực hiện', 'Kết quả thực hiện', 'Kết quả thực hiện'],
        ['STT', 'Chỉ tiêu', 'Năm 2022', 'Năm 2023', 'Năm 2023'],
        ['STT', 'Chỉ tiêu', 'Thực hiện', 'Kế hoạch', 'ƯTH'],
        [1, 'Tổng đàn lợn', 480, 500, 455],
      ],
      {
        merges: [
          { top: 0, left: 2, bottom: 0, right: 4 },
          { top: 1, left: 3, bottom: 1, right: 4 },
        ],
      },
    ),
  );
  expect(r.tables[0].columns).toMatchObject({ plan: 'D', actual: 'E', previous: 'C' });
  expect(r.tables[0].rows[0]).toMatchObject({ plan: 500, actual: 455, status: 'shortfall' });
});

test('the adjusted estimate is the plan; an assessment column of Đạt / Không đạt is not the actual', () => {
  const r = report(
    sheet('S', [
      ['STT', 'Nội dung', 'Dự toán giao đầu năm', 'Dự toán điều chỉnh', 'Quyết toán', 'Đánh giá kết quả'],
      ['A', 'Tổng chi ngân sách xã', 5000, 5400, 5300, 'Đạt'],
    ]),
  );
  expect(r.tables[0].columns).toMatchObject({ plan: 'D', actual: 'E' });
  expect(r.tables[0].rows[0]).toMatchObject({ direction: 'ceiling', status: 'met' });
});

test('a change target (Giảm 0,5%) is judged on a reduction row and not on a level', () => {
  const rows = report(
    sheet('S', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
      [1, 'Tỷ lệ giảm hộ nghèo', '%', 'Giảm 0,5%', 0.6],
      [2, 'Tỷ lệ hộ nghèo', '%', 'Giảm 0,5%', 4.2],
    ]),
  ).tables[0].rows;
  expect(rows[0]).toMatchObject({ plan: 'Giảm 0,5%', status: 'met', direction: 'higher' });
  expect(rows[0].percentOfPlan).toBeCloseTo(120, 6);
  expect(rows[1]).toMatchObject({
    plan: 'Giảm 0,5%',
    status: 'not-evaluable',
    direction: 'lower',
    percentOfPlan: null,
  });
});

test('two tables on one sheet, and a sheet without any indicator table', () => {
  const analysis = analyzeWorkbook({
    sheets: [
      sheet('Tổng hợp', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
        [1, 'Sản lượng lúa', 'tấn', 100, 90],
        [],
        [],
        ['STT', 'Nội dung', 'Dự toán năm 2023', 'Thực hiện năm 2023'],
        ['A', 'Tổng thu ngân sách xã', 5000, 5100],
        ['B', 'Tổng chi ngân sách xã', 5000, 5200],
      ]),
      sheet('Danh sách', [
        ['STT', 'Họ và tên', 'Chức vụ', 'Năm sinh'],
        [1, 'Nguyễn Văn Hùng', 'Chủ tịch UBND', 1975],
      ]),
    ],
  });
  const tables = analysis.sheets[0].tables;
  expect(tables.map((t) => t.headerBottom + 1)).toEqual([1, 5]);
  expect(tables[1].rows.map((r) => [r.indicatorId, r.status])).toEqual([
    ['budget_revenue', 'met'],
    ['budget_expenditure', 'shortfall'],
  ]);
  expect(analysis.sheets[1].tables).toEqual([]);
});

test('the user’s choices win over the engine and are applied on every scan', () => {
  const grid = sheet('S', [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
    [1, 'Số sản phẩm OCOP', 'sản phẩm', 3, 2],
  ]);
  expect(analyzeWorkbook({ sheets: [grid] }).sheets[0].tables[0].rows[0].indicatorId).toBeNull();
  const chosen = analyzeWorkbook(
    { sheets: [grid] },
    { choices: { rows: { 'S!so san pham ocop': { indicatorId: 'traffic_accidents', direction: 'lower' } } } },
  ).sheets[0].tables[0].rows[0];
  expect(chosen).toMatchObject({ indicatorId: 'traffic_accidents', direction: 'lower', source: 'user', status: 'met' });
});

test('the write plan puts two columns in the first free pair right of the table and never writes labels', () => {
  const analysis = analyzeWorkbook({
    sheets: [
      sheet('Kinh tế (2023)', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'Ghi chú'],
        [1, '=HYPERLINK("http://x","Sản lượng lúa")', 'tấn', 100, 90, 'note'],
        [2, 'Sản lượng lúa', 'tấn', '1.000', '1.152,1', null],
      ]),
    ],
  });
  const plan = buildWritePlan(analysis);
  const [percent, status] = plan.tables[0].columns;
  expect([percent.col, status.col, percent.header, status.header]).toEqual([6, 7, 'TH/KH (%)', 'Đánh giá']);
  const everything = JSON.stringify(plan);
  expect(everything).not.toContain('HYPERLINK');
  expect(percent.cells[1].formula).toContain('NUMBERVALUE(');
  expect(percent.cells[1].formula).toContain('ISNUMBER(E3)');
});

test('a sector named alone under the economic structure is that sector’s share (families read in their heading’s terms)', () => {
  const analysis = analyzeWorkbook({
    sheets: [
      {
        name: 'Kinh tế',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024', 'TH 2024'],
          ['1', 'Cơ cấu kinh tế', null, null, null],
          ['-', 'Nông nghiệp', '%', 40, 41],
          ['-', 'Công nghiệp - xây dựng', '%', 25, 24],
          ['-', 'Dịch vụ', '%', 35, 35],
          ['2', 'Tỷ lệ tiêm phòng:', null, null, null],
          ['+', 'Gia súc (LMLM, tụ huyết trùng)', '%', 90, 88],
          ['+', 'Chó (bệnh dại)', '%', 80, 82],
          ['3', 'Tổng diện tích gieo trồng', 'ha', 1000, 990],
          [null, 'Trong đó:', null, null, null],
          ['+', 'Lúa cả năm (lúa ruộng + lúa nương)', 'ha', 400, 395],
        ],
      },
    ],
  });
  expect(analysis.sheets[0].tables[0].rows.map((r) => r.indicatorId)).toEqual([
    'share_agriculture',
    'share_industry_construction',
    'share_trade_services',
    'livestock_vaccination_rate',
    'dog_rabies_vaccination_rate',
    'annual_crop_area',
    'rice_area',
  ]);
});

test('a title naming a span of years names no report year: the year blocks side by side give the latest', () => {
  const r = report(
    sheet(
      'S',
      [
        ['CHỈ TIÊU PHÁT TRIỂN KINH TẾ NĂM 2024 - 2025', null, null, null, null, null, null],
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2024', 'Năm 2025', 'Năm 2025'],
        ['TT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', 'KH', 'TH'],
        [1, 'Sản lượng lúa', 'tấn', 5000, 4950, 5100, 5180],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 1, right: 6 },
        ],
      },
    ),
  );
  expect(r.tables[0].columns).toMatchObject({ plan: 'F', actual: 'G', previous: 'E' });
  expect(r.tables[0].rows[0]).toMatchObject({ plan: 5100, actual: 5180, status: 'met' });
});

test('a heading merged across the table under its header is a group row, not a second header row', () => {
  const r = report(
    sheet(
      'S',
      [
        ['No.', 'Indicator', 'Unit', 'Target 2025', 'Actual 2025', 'Remarks'],
        ['Overall goal', 'Overall goal', 'Overall goal', 'Overall goal', 'Overall goal', 'Overall goal'],
        ['OG-1', 'Average income per capita', 'mil. VND', 78, 79.2, null],
      ],
      { merges: [{ top: 1, left: 0, bottom: 1, right: 5 }] },
    ),
  );
  expect(r.tables[0]).toMatchObject({ headerRow: 1, columns: { plan: 'D', actual: 'E' } });
  expect(r.tables[0].rows.map((row) => row.row)).toEqual([3]);
});
