#!/usr/bin/env node
/**
 * Second, independent round of variant workbooks (names ending `-r2`): layouts and wordings a
 * commune or district accountant really produces and make-variants.js does not cover yet.
 *
 *   node test/generalisation/make-variants-2.js   → test/generalisation/workbooks/<name>-r2.xlsx + .expected.json
 *
 * Same cell DSL (book.js) as make-variants.js (p = plan, a = actual, pv = previous):
 *   12.5 | {pct: 0.266} | {t: '1.152,1', n: 1152.1} | {t: 'trên 95', b: 95} | {t: '9 - 9,5', lo, hi}
 *   {t: 'Loại Khá', r: 'Khá'} | {f: 'SUM(D8:D9)', res: x} | {err: '#DIV/0!'}
 * Judgement calls an accountant would make are commented where they occur.
 * PENDING=1 writes to test/generalisation/pending/ instead (for workbooks the engine still fails).
 */
'use strict';
const { books, title, T } = require('./book');

/** Workbooks the engine does not yet read right: kept out of the jest-checked folder until it does. */
const PENDING = new Set([]);
const book = books({ pending: PENDING });

const std = (r, extra = {}) => ({
  r,
  cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch năm 2023', E: 'Thực hiện năm 2023', ...extra },
});

// 1. An Phú district summary. Sheet 1: one table per commune stacked vertically, the commune's
//    name as a title row between tables and the header repeated. Sheet 2: one header, the
//    communes as group rows (`1. Xã An Phú`, no values) with their indicators under them.
async function anPhuHuyen() {
  const b = book('an-phu-huyen-r2');
  const ws = b.sheet('Các xã');
  b.lines(ws, [
    title(1, 'UBND HUYỆN AN PHÚ - PHÒNG TÀI CHÍNH - KẾ HOẠCH'),
    title(2, 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU KT-XH CÁC XÃ NĂM 2023', 'A2:E2'),
  ]);
  const communes = [
    [
      'XÃ PHÚ HỮU',
      [
        [800, 812.4],
        [61, 60.2],
        [2.4, 2.1],
        [95, 95.6],
        [10, 10],
      ],
    ],
    [
      'XÃ PHÚ HỘI',
      [
        [640, 631],
        [60, 61.3],
        [3.1, 3.3],
        [93, 94.1],
        [8, 8],
      ],
    ],
    [
      'XÃ VĨNH LỘC',
      [
        [1020, 1025.6],
        [62.5, 62.5],
        [1.8, 1.75],
        [96, 95.2],
        [12, 11],
      ],
    ],
  ];
  let r = 4;
  for (const [name, v] of communes) {
    b.lines(ws, [title(r, name, `A${r}:E${r}`)]);
    const end = b.table(ws, {
      header: [std(r + 1)],
      cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
      expect: { headerRow: r + 1, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
      start: r + 2,
      rows: [
        { n: 1, l: 'Diện tích lúa cả năm', u: 'ha', p: v[0][0], a: v[0][1], id: 'rice_area' },
        { n: 2, l: 'Năng suất lúa', u: 'tạ/ha', p: v[1][0], a: v[1][1], id: 'rice_yield' },
        { n: 3, l: 'Tỷ lệ hộ nghèo', u: '%', p: v[2][0], a: v[2][1], id: 'poverty_rate' },
        { n: 4, l: 'Tỷ lệ tham gia BHYT', u: '%', p: v[3][0], a: v[3][1], id: 'health_insurance_rate' },
        { n: 5, l: 'Giao quân', u: 'người', p: v[4][0], a: v[4][1], id: 'military_recruitment' },
      ],
    });
    r = end + 1;
  }
  const ws2 = b.sheet('Toàn huyện');
  b.lines(ws2, [title(1, 'BIỂU TỔNG HỢP THEO XÃ - NĂM 2023', 'A1:E1')]);
  b.table(ws2, {
    header: [std(3)],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 4,
    rows: [
      { n: 1, l: 'Xã Phú Hữu', g: 1 },
      { n: '-', l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 55, a: 56.1, id: 'income_per_capita' },
      { n: '-', l: 'Tỷ lệ hộ nghèo', u: '%', p: 2.4, a: 2.1, id: 'poverty_rate' },
      { n: '-', l: 'Tổng thu ngân sách xã', u: 'triệu đồng', p: 6200, a: 6455, id: 'budget_revenue' },
      { n: 2, l: 'Xã Phú Hội', g: 1 },
      { n: '-', l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 52, a: 51.4, id: 'income_per_capita' },
      { n: '-', l: 'Tỷ lệ hộ nghèo', u: '%', p: 3.1, a: 3.3, id: 'poverty_rate' },
      { n: '-', l: 'Tổng thu ngân sách xã', u: 'triệu đồng', p: 5400, a: 5390, id: 'budget_revenue' },
      { n: 3, l: 'Xã Vĩnh Lộc', g: 1 },
      { n: '-', l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 58, a: 59, id: 'income_per_capita' },
      { n: '-', l: 'Tỷ lệ hộ nghèo', u: '%', p: 1.8, a: 1.75, id: 'poverty_rate' },
      { n: '-', l: 'Tổng thu ngân sách xã', u: 'triệu đồng', p: 7100, a: 7350, id: 'budget_revenue' },
    ],
  });
  await b.save();
}

// 2. Tân Mỹ: the header in row 1 (no title), line breaks inside header cells, values typed with
//    their unit (`1.152,3 ha`, `55 tạ/ha`, `97%`), a negative growth, percentages typed as whole
//    numbers in the plan column and as fractions with a % format in the actual column.
async function tanMy() {
  const b = book('tan-my-r2');
  const ws = b.sheet('Sheet1');
  b.table(ws, {
    header: [
      {
        r: 1,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'Đơn vị\ntính',
          D: 'Kế hoạch\nnăm 2023',
          E: 'Thực hiện\nnăm 2023',
          F: 'Tỷ lệ\nTH/KH\n(%)',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 1, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 2,
    rows: [
      // A contraction: the actual is negative, far below plan.
      { n: 1, l: 'Tốc độ tăng trưởng kinh tế', u: '%', p: 6.5, a: T('-2,5', -2.5), id: 'production_value_growth' },
      {
        n: 2,
        l: 'Tổng diện tích gieo trồng',
        u: 'ha',
        p: T('1.150 ha', 1150),
        a: T('1.152,3 ha', 1152.3),
        id: 'annual_crop_area',
      },
      {
        n: 3,
        l: 'Năng suất lúa bình quân',
        u: 'tạ/ha',
        p: T('55 tạ/ha', 55),
        a: T('56,2 tạ/ha', 56.2),
        id: 'rice_yield',
      },
      {
        n: 4,
        l: 'Thu nhập bình quân đầu người',
        u: 'triệu đồng',
        p: T('60 triệu', 60),
        a: T('58,5 triệu', 58.5),
        id: 'income_per_capita',
      },
      { n: 5, l: 'Tỷ lệ người dân tham gia BHYT', u: '%', p: 95, a: { pct: 0.962 }, id: 'health_insurance_rate' },
      { n: 6, l: 'Tỷ lệ hộ dân sử dụng nước sạch', u: '%', p: 98, a: T('97%', 97), id: 'clean_water_rate' },
      { n: 7, l: 'Tỷ lệ che phủ rừng', u: '%', p: 41, a: { pct: 0.415 }, id: 'forest_cover_rate' },
      { n: 8, l: 'Tỷ lệ hộ nghèo', u: '%', p: 1.5, a: { pct: 0.0128, fmt: '0.00%' }, id: 'poverty_rate' },
      { n: 9, l: 'Số lao động được tạo việc làm mới', u: 'người', p: T('200 người', 200), a: 215, id: 'jobs_created' },
    ],
  });
  await b.save();
}

// 3. Vĩnh Quang: headers in ALL CAPS without diacritics, labels without diacritics with
//    abbreviations, text targets `≥ 95%`, `Từ 1% trở xuống`, `Không quá 5 vụ`, `Giảm 0,5%`.
async function vinhQuang() {
  const b = book('vinh-quang-r2');
  const ws = b.sheet('CHI TIEU 2023');
  b.lines(ws, [title(1, 'UBND XA VINH QUANG'), title(2, 'KET QUA THUC HIEN CHI TIEU NAM 2023', 'A2:F2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'TT',
          B: 'CHI TIEU',
          C: 'DVT',
          D: 'KE HOACH NAM 2023',
          E: 'UOC THUC HIEN NAM 2023',
          F: 'GHI CHU',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { n: 'I', l: 'KINH TE', g: 1 },
      { n: 1, l: 'Tang truong GTSX', u: '%', p: 8, a: 8.4, id: 'production_value_growth' },
      { n: 2, l: 'TNBQ dau nguoi', u: 'tr.d', p: 50, a: 51.2, id: 'income_per_capita' },
      { n: 3, l: 'DT gieo trong cay hang nam', u: 'ha', p: 900, a: 905, id: 'annual_crop_area' },
      { n: 4, l: 'SL lua', u: 'tan', p: 4500, a: 4480, id: 'rice_output' },
      { n: 'II', l: 'VAN HOA - XA HOI', g: 1 },
      { n: 1, l: 'Ty le tham gia BHYT', u: '%', p: { t: '≥ 95%', b: 95 }, a: 95.4, id: 'health_insurance_rate' },
      // `Từ 1% trở xuống` is a ceiling of 1 %: the poverty rate is lower-is-better anyway.
      { n: 2, l: 'Ty le ho ngheo', u: '%', p: { t: 'Từ 1% trở xuống', b: 1 }, a: 0.92, id: 'poverty_rate' },
      // `Giảm 0,5%` on the reduction row means "reduce by at least 0,5 points": a text target
      // kept verbatim with bound 0,5 (higher). The actual says the rate fell by 0,6 points.
      { n: 3, l: 'Ty le giam ho ngheo', u: '%', p: { t: 'Giảm 0,5%', b: 0.5 }, a: 0.6, id: 'poverty_reduction_rate' },
      {
        n: 4,
        l: 'Ty le tre em duoi 5 tuoi SDD the thap coi',
        u: '%',
        p: { t: 'dưới 10', b: 10 },
        a: 9.6,
        id: 'child_stunting_rate',
      },
      { n: 5, l: 'Ty le GDVH', u: '%', p: 90, a: 92, id: 'cultural_family_rate' },
      { n: 'III', l: 'QUOC PHONG - AN NINH', g: 1 },
      { n: 1, l: 'So vu TNGT', u: 'vu', p: { t: 'Không quá 5 vụ', b: 5 }, a: 3, id: 'traffic_accidents' },
      { n: 2, l: 'Hoan thanh chi tieu giao quan', u: 'nguoi', p: 10, a: 10, id: 'military_recruitment' },
    ],
  });
  await b.save();
}

// 4. Thủy An: a header of three text rows (`Kết quả thực hiện` over `Năm 2022 | Năm 2023` over
//    `Thực hiện | Kế hoạch | Ước thực hiện | Tỷ lệ (%)`) and a row of column numbers under it.
async function thuyAn() {
  const b = book('thuy-an-r2');
  const ws = b.sheet('Phụ lục 01');
  b.lines(ws, [
    title(1, 'ĐẢNG ỦY XÃ THỦY AN'),
    title(2, 'PHỤ LỤC 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2023', 'A2:H2'),
  ]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kết quả thực hiện', H: 'Ghi chú' },
        merge: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:G4', 'H4:H6'],
      },
      { r: 5, cells: { D: 'Năm 2022', E: 'Năm 2023' }, merge: ['E5:G5'] },
      { r: 6, cells: { D: 'Thực hiện', E: 'Kế hoạch', F: 'Ước thực hiện', G: 'Tỷ lệ (%)' } },
      {
        r: 7,
        cells: { A: '(1)', B: '(2)', C: '(3)', D: '(4)', E: '(5)', F: '(6)', G: '(7)=(6)/(5)', H: '(8)' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 7, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 8,
    rows: [
      {
        n: 1,
        l: 'Tốc độ tăng trưởng giá trị sản xuất',
        u: '%',
        pv: 7.1,
        p: 7.5,
        a: 7.7,
        id: 'production_value_growth',
      },
      { n: 2, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', pv: 47, p: 51, a: 50.6, id: 'income_per_capita' },
      { n: 3, l: 'Tổng đàn trâu, bò', u: 'con', pv: 1800, p: 1850, a: 1870, id: 'cattle_herd' },
      { n: 4, l: 'Tổng đàn lợn', u: 'con', pv: 5400, p: 5600, a: 5210, id: 'pig_herd' },
      { n: 5, l: 'Tổng đàn gia cầm', u: 'con', pv: 38000, p: 40000, a: 41200, id: 'poultry_flock' },
      {
        n: 6,
        l: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
        u: '%',
        pv: 7.9,
        p: 7.5,
        a: 7.2,
        id: 'child_underweight_rate',
      },
      { n: 7, l: 'Tỷ lệ thôn đạt danh hiệu văn hóa', u: '%', pv: 80, p: 85, a: 87.5, id: 'cultural_village_rate' },
      { n: 8, l: 'Số vụ phạm pháp hình sự', u: 'vụ', pv: 4, p: 3, a: 3, id: 'criminal_cases' },
    ],
  });
  await b.save();
}

// 5. Hòa Lộc: plan and actual separated by another column (`KH 2023 | Ghi chú KH | TH 2023`),
//    then an own `Đánh giá kết quả` column holding `Đạt` / `Không đạt` (no role).
async function hoaLoc() {
  const b = book('hoa-loc-r2');
  const ws = b.sheet('Chỉ tiêu 2023');
  b.lines(ws, [title(1, 'UBND XÃ HÒA LỘC - CHỈ TIÊU KINH TẾ XÃ HỘI NĂM 2023', 'A1:G1')]);
  b.table(ws, {
    header: [
      {
        r: 3,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'KH 2023',
          E: 'Ghi chú KH',
          F: 'TH 2023',
          G: 'Đánh giá kết quả',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'D', actual: 'F', previous: null },
    start: 4,
    rows: [
      {
        n: 1,
        l: 'Tốc độ tăng trưởng kinh tế',
        u: '%',
        p: 8.5,
        a: 8.8,
        x: { E: 'NQ ĐH', G: 'Đạt' },
        id: 'production_value_growth',
      },
      {
        n: 2,
        l: 'Sản lượng lúa',
        u: 'tấn',
        p: 3900,
        a: 3850,
        x: { E: 'Điều chỉnh', G: 'Không đạt' },
        id: 'rice_output',
      },
      { n: 3, l: 'Diện tích nuôi trồng thủy sản', u: 'ha', p: 40, a: 42, x: { G: 'Đạt' }, id: 'freshwater_fish_area' },
      {
        n: 4,
        l: 'Số trường đạt chuẩn quốc gia',
        u: 'trường',
        p: 4,
        a: 4,
        x: { G: 'Đạt' },
        id: 'national_standard_schools',
      },
      {
        n: 5,
        l: 'Tỷ lệ sinh con thứ ba trở lên',
        u: '%',
        p: 10,
        a: 11.2,
        x: { G: 'Không đạt' },
        id: 'third_child_birth_rate',
      },
      {
        n: 6,
        l: 'Tỷ lệ thu gom rác thải sinh hoạt',
        u: '%',
        p: 85,
        a: 88,
        x: { G: 'Đạt' },
        id: 'waste_collection_rate',
      },
      { n: 7, l: 'Số vụ tai nạn giao thông', u: 'vụ', p: 2, a: 1, x: { G: 'Đạt' }, id: 'traffic_accidents' },
    ],
  });
  await b.save();
}

// 6. Nghĩa Dân: no STT column, the outline numbers inside the labels (`1.`, `1.1.`, `a)`, `-`),
//    `Trong đó:` sub-rows in several places.
async function nghiaDan() {
  const b = book('nghia-dan-r2');
  const ws = b.sheet('Bieu 1');
  b.lines(ws, [title(1, 'XÃ NGHĨA DÂN - KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023', 'A1:E1')]);
  b.table(ws, {
    header: [{ r: 3, cells: { A: 'Chỉ tiêu', B: 'ĐVT', C: 'Kế hoạch', D: 'Thực hiện', E: 'So với KH (%)' } }],
    cols: { label: 'A', unit: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 3, label: 'A', unit: 'B', plan: 'C', actual: 'D', previous: null },
    start: 4,
    rows: [
      { l: 'I. LĨNH VỰC KINH TẾ', g: 1 },
      { l: '1. Tổng diện tích gieo trồng', u: 'ha', p: 1320, a: 1335.5, id: 'annual_crop_area' },
      // `- Lúa` under the total sown area is the rice area.
      { l: '- Lúa', u: 'ha', p: 1010, a: 1012, id: 'rice_area' },
      { l: '- Ngô', u: 'ha', p: 180, a: 190, id: null },
      { l: '1.1. Năng suất lúa', u: 'tạ/ha', p: 58.5, a: 59, id: 'rice_yield' },
      { l: '1.2. Sản lượng lúa', u: 'tấn', p: 5908, a: 5970.8, id: 'rice_output' },
      { l: '2. Chăn nuôi', g: 1 },
      { l: 'a) Đàn trâu, bò', u: 'con', p: 2100, a: 2050, id: 'cattle_herd' },
      { l: 'b) Đàn lợn', u: 'con', p: 7000, a: 7250, id: 'pig_herd' },
      { l: '3. Tổng thu ngân sách xã', u: 'triệu đồng', p: 8500, a: 9120.4, id: 'budget_revenue' },
      // Tax revenue is a part of the total the catalog does not hold: null.
      { l: 'Trong đó: thu thuế', u: 'triệu đồng', p: 1200, a: 1310, id: null },
      { l: '4. Tổng chi ngân sách xã', u: 'triệu đồng', p: 8500, a: 8320, id: 'budget_expenditure' },
      { l: 'Trong đó: chi thường xuyên', u: 'triệu đồng', p: 6800, a: 6750, id: 'expenditure_recurrent' },
      { l: 'II. LĨNH VỰC VĂN HÓA - XÃ HỘI', g: 1 },
      { l: '1. Tỷ lệ hộ nghèo', u: '%', p: 3, a: 2.7, id: 'poverty_rate' },
      { l: '2. Giải quyết việc làm', u: 'lao động', p: 300, a: 312, id: 'jobs_created' },
      { l: 'Trong đó: xuất khẩu lao động', u: 'người', p: 40, a: 36, id: 'labour_export' },
    ],
  });
  await b.save();
}

// 7. Sơn Hà (English): `No. | Indicators | Unit | Last year | Target | Achieved | % achieved`,
//    the year only in the title.
async function sonHaEn() {
  const b = book('son-ha-r2');
  const ws = b.sheet('Report');
  b.lines(ws, [title(1, 'SON HA COMMUNE - IMPLEMENTATION OF 2023 TARGETS', 'A1:G1')]);
  b.table(ws, {
    header: [
      {
        r: 3,
        cells: { A: 'No.', B: 'Indicators', C: 'Unit', D: 'Last year', E: 'Target', F: 'Achieved', G: '% achieved' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 4,
    rows: [
      {
        n: 1,
        l: 'Economic growth rate',
        u: '%',
        pv: 6.8,
        p: 7,
        a: 7.3,
        x: { G: 104.3 },
        id: 'production_value_growth',
      },
      {
        n: 2,
        l: 'Average income per capita',
        u: 'million VND',
        pv: 44,
        p: 48,
        a: 47.1,
        x: { G: 98.1 },
        id: 'income_per_capita',
      },
      { n: 3, l: 'Rice area', u: 'ha', pv: 520, p: 510, a: 515, x: { G: 101 }, id: 'rice_area' },
      { n: 4, l: 'Rice yield', u: 'quintals/ha', pv: 55, p: 56, a: 56.4, x: { G: 100.7 }, id: 'rice_yield' },
      { n: 5, l: 'Poor household rate', u: '%', pv: 4.2, p: 3.5, a: 3.6, x: { G: 102.9 }, id: 'poverty_rate' },
      {
        n: 6,
        l: 'Health insurance coverage',
        u: '%',
        pv: 91,
        p: 93,
        a: 93.5,
        x: { G: 100.5 },
        id: 'health_insurance_rate',
      },
      {
        n: 7,
        l: 'Households using clean water',
        u: '%',
        pv: 95,
        p: 97,
        a: 97.2,
        x: { G: 100.2 },
        id: 'clean_water_rate',
      },
      { n: 8, l: 'Traffic accidents', u: 'cases', pv: 3, p: 2, a: 2, x: { G: 100 }, id: 'traffic_accidents' },
    ],
  });
  await b.save();
}

// 8. Phú Sơn budget: `Dự toán giao | Dự toán điều chỉnh | Quyết toán`. The settlement is judged
//    against the ADJUSTED estimate (the estimate in force at year end, approved by the council):
//    plan = `Dự toán điều chỉnh`; the original estimate has no role.
async function phuSonNganSach() {
  const b = book('phu-son-ngan-sach-r2');
  const header = {
    r: 4,
    cells: {
      A: 'STT',
      B: 'Nội dung',
      C: 'Dự toán giao đầu năm',
      D: 'Dự toán điều chỉnh',
      E: 'Quyết toán năm 2023',
      F: 'So sánh QT/DTĐC (%)',
    },
  };
  const cols = { stt: 'A', label: 'B', plan: 'D', actual: 'E' };
  const expect = { headerRow: 4, label: 'B', unit: null, plan: 'D', actual: 'E', previous: null };
  const head = (ws, what) =>
    b.lines(ws, [
      title(1, 'UBND XÃ PHÚ SƠN'),
      title(2, `QUYẾT TOÁN ${what} NGÂN SÁCH XÃ NĂM 2023`, 'A2:F2'),
      { r: 3, cells: { E: 'Đơn vị tính: đồng' } },
    ]);
  const thu = b.sheet('Quyết toán thu');
  head(thu, 'THU');
  b.table(thu, {
    header: [header],
    cols,
    expect,
    start: 5,
    rows: [
      { n: 'A', l: 'TỔNG THU NGÂN SÁCH XÃ', x: { C: 6800000000 }, p: 7350000000, a: 7512400000, id: 'budget_revenue' },
      {
        n: 'I',
        l: 'Các khoản thu xã hưởng 100%',
        x: { C: 420000000 },
        p: 450000000,
        a: 468200000,
        id: 'revenue_commune_retained',
      },
      { n: 1, l: 'Thu phí, lệ phí', x: { C: 50000000 }, p: 50000000, a: 47300000, id: 'revenue_fees_charges' },
      {
        n: 2,
        l: 'Thu từ quỹ đất công ích và hoa lợi công sản',
        x: { C: 250000000 },
        p: 280000000,
        a: 290900000,
        id: 'revenue_public_land_assets',
      },
      {
        n: 3,
        l: 'Thu huy động đóng góp tự nguyện',
        x: { C: 120000000 },
        p: 120000000,
        a: 130000000,
        id: 'revenue_voluntary_contributions',
      },
      {
        n: 'II',
        l: 'Các khoản thu phân chia theo tỷ lệ %',
        x: { C: 380000000 },
        p: 400000000,
        a: 410200000,
        id: 'revenue_shared',
      },
      {
        n: 1,
        l: 'Thuế sử dụng đất phi nông nghiệp',
        x: { C: 30000000 },
        p: 30000000,
        a: 31200000,
        id: 'revenue_nonagricultural_land_tax',
      },
      {
        n: 2,
        l: 'Lệ phí trước bạ nhà, đất',
        x: { C: 350000000 },
        p: 370000000,
        a: 379000000,
        id: 'revenue_land_registration_fee',
      },
      {
        n: 'III',
        l: 'Thu bổ sung từ ngân sách cấp trên',
        x: { C: 6000000000 },
        p: 6500000000,
        a: 6634000000,
        id: 'revenue_upper_level_transfers',
      },
    ],
  });
  const chi = b.sheet('Quyết toán chi');
  head(chi, 'CHI');
  b.table(chi, {
    header: [header],
    cols,
    expect,
    start: 5,
    rows: [
      {
        n: 'B',
        l: 'TỔNG CHI NGÂN SÁCH XÃ',
        x: { C: 6800000000 },
        p: 7350000000,
        a: 7102300000,
        id: 'budget_expenditure',
      },
      {
        n: 'I',
        l: 'Chi đầu tư phát triển',
        x: { C: 1200000000 },
        p: 1500000000,
        a: 1480000000,
        id: 'expenditure_development_investment',
      },
      {
        n: 'II',
        l: 'Chi thường xuyên',
        x: { C: 5450000000 },
        p: 5700000000,
        a: 5622300000,
        id: 'expenditure_recurrent',
      },
      {
        n: 1,
        l: 'Chi sự nghiệp giáo dục',
        x: { C: 120000000 },
        p: 120000000,
        a: 118000000,
        id: 'expenditure_education',
      },
      // Over the adjusted estimate: a ceiling overspent is a shortfall (under the original one too).
      {
        n: 2,
        l: 'Chi sự nghiệp văn hóa thông tin',
        x: { C: 90000000 },
        p: 100000000,
        a: 104000000,
        id: 'expenditure_culture_sports',
      },
      {
        n: 3,
        l: 'Chi đảm bảo xã hội',
        x: { C: 900000000 },
        p: 980000000,
        a: 975000000,
        id: 'expenditure_social_assurance',
      },
      {
        n: 4,
        l: 'Chi quản lý nhà nước, Đảng, đoàn thể',
        x: { C: 3900000000 },
        p: 4050000000,
        a: 4010300000,
        id: 'expenditure_administration',
      },
      {
        n: 5,
        l: 'Chi quốc phòng, an ninh',
        x: { C: 440000000 },
        p: 450000000,
        a: 415000000,
        id: 'expenditure_defence_security',
      },
      {
        n: 'III',
        l: 'Dự phòng ngân sách',
        x: { C: 150000000 },
        p: 150000000,
        a: T('-', null),
        id: 'expenditure_contingency',
      },
    ],
  });
  await b.save();
}

// 9. Đại Lộc: the table starts in column H, notes and instructions typed to its left (A:F),
//    a hidden helper column (indicator codes) between unit and plan.
async function daiLoc() {
  const b = book('dai-loc-r2');
  const ws = b.sheet('Báo cáo');
  ws.getColumn('I').width = 48;
  ws.getColumn('J').hidden = true;
  b.lines(ws, [
    { r: 1, cells: { H: 'UBND XÃ ĐẠI LỘC - BÁO CÁO CHỈ TIÊU NĂM 2023' }, merge: 'H1:M1' },
    { r: 2, cells: { A: 'HƯỚNG DẪN NHẬP LIỆU' } },
    { r: 3, cells: { A: '1. Nhập số liệu kế hoạch theo Nghị quyết HĐND xã giao đầu năm.' } },
    { r: 4, cells: { A: '2. Cột thực hiện nhập số ước đến 31/12; tỷ lệ tự tính.' } },
    { r: 5, cells: { A: '3. Không sửa cột mã chỉ tiêu (cột ẩn).' } },
    { r: 6, cells: { A: 'Người nhập: Trần Văn Tú' } },
  ]);
  b.table(ws, {
    header: [
      {
        r: 3,
        cells: { H: 'STT', I: 'Chỉ tiêu', J: 'Mã CT', K: 'ĐVT', L: 'Kế hoạch 2023', M: 'Thực hiện 2023', N: 'Ghi chú' },
      },
    ],
    cols: { stt: 'H', label: 'I', unit: 'K', plan: 'L', actual: 'M' },
    expect: { headerRow: 3, label: 'I', unit: 'K', plan: 'L', actual: 'M', previous: null },
    start: 4,
    rows: [
      {
        n: 1,
        l: 'Thu nhập bình quân đầu người',
        u: 'triệu đồng',
        x: { J: 'KT01' },
        p: 62,
        a: 63.4,
        id: 'income_per_capita',
      },
      { n: 2, l: 'Tổng sản lượng lúa', u: 'tấn', x: { J: 'KT02' }, p: 6100, a: 6055, id: 'rice_output' },
      { n: 3, l: 'Diện tích trồng rừng tập trung', u: 'ha', x: { J: 'KT03' }, p: 30, a: 34.5, id: 'forest_planted' },
      {
        n: 4,
        l: 'Tỷ lệ trẻ em được tiêm chủng đầy đủ',
        u: '%',
        x: { J: 'XH01' },
        p: 98,
        a: 98.6,
        id: 'immunization_rate',
      },
      {
        n: 5,
        l: 'Tỷ lệ tăng dân số tự nhiên',
        u: '%',
        x: { J: 'XH02' },
        p: 1,
        a: 1.05,
        id: 'natural_population_growth_rate',
      },
      {
        n: 6,
        l: 'Số lượt khám chữa bệnh tại trạm y tế',
        u: 'lượt',
        x: { J: 'XH03' },
        p: 4500,
        a: 4720,
        id: 'health_station_visits',
      },
      { n: 7, l: 'Số thanh niên nhập ngũ', u: 'người', x: { J: 'QP01' }, p: 9, a: 9, id: 'military_recruitment' },
    ],
  });
  await b.save();
}

// 10. Tiến Phong: the same indicators twice on one sheet, a 6-month table (`KH năm 2023 | TH 6
//     tháng đầu năm 2023 | % so KH năm`, judged on the 6-month figure as the sheet does) and the
//     annual estimate table (`KH năm 2023 | Ước TH cả năm 2023`); a second sheet repeats the
//     annual table with `Cùng kỳ` first.
async function tienPhong() {
  const b = book('tien-phong-r2');
  const ws = b.sheet('6T và cả năm');
  b.lines(ws, [title(1, 'UBND XÃ TIẾN PHONG'), title(2, 'I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023', 'A2:F2')]);
  const rows6 = [
    { n: 1, l: 'Diện tích lúa đông xuân', u: 'ha', p: 410, a: 410, id: 'rice_area' },
    { n: 2, l: 'Tổng thu ngân sách xã', u: 'triệu đồng', p: 7200, a: 3950, id: 'budget_revenue' },
    { n: 3, l: 'Giải quyết việc làm mới', u: 'lao động', p: 220, a: 118, id: 'jobs_created' },
    { n: 4, l: 'Tỷ lệ tham gia BHYT', u: '%', p: 94, a: 91.8, id: 'health_insurance_rate' },
  ];
  const end = b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH năm 2023', E: 'TH 6 tháng đầu năm 2023', F: '% so KH năm' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: rows6,
  });
  const t2 = end + 2;
  b.lines(ws, [title(t2, 'II. ƯỚC THỰC HIỆN CẢ NĂM 2023', `A${t2}:F${t2}`)]);
  b.table(ws, {
    header: [
      {
        r: t2 + 2,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH năm 2023', E: 'Ước TH cả năm 2023', F: '% so KH' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: t2 + 2, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: t2 + 3,
    rows: [
      { n: 1, l: 'Diện tích lúa cả năm', u: 'ha', p: 820, a: 818, id: 'rice_area' },
      { n: 2, l: 'Tổng thu ngân sách xã', u: 'triệu đồng', p: 7200, a: 7610, id: 'budget_revenue' },
      { n: 3, l: 'Giải quyết việc làm mới', u: 'lao động', p: 220, a: 231, id: 'jobs_created' },
      { n: 4, l: 'Tỷ lệ tham gia BHYT', u: '%', p: 94, a: 94.3, id: 'health_insurance_rate' },
    ],
  });
  const ws2 = b.sheet('So cùng kỳ');
  b.lines(ws2, [title(1, 'SO SÁNH VỚI CÙNG KỲ - NĂM 2023', 'A1:F1')]);
  b.table(ws2, {
    header: [
      { r: 3, cells: { A: 'TT', B: 'Nội dung', C: 'ĐVT', D: 'Cùng kỳ năm trước', E: 'Kế hoạch', F: 'Ước thực hiện' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 4,
    rows: [
      { n: 1, l: 'Diện tích lúa cả năm', u: 'ha', pv: 825, p: 820, a: 818, id: 'rice_area' },
      { n: 2, l: 'Tổng thu ngân sách xã', u: 'triệu đồng', pv: 6900, p: 7200, a: 7610, id: 'budget_revenue' },
      { n: 3, l: 'Tỷ lệ tham gia BHYT', u: '%', pv: 92.5, p: 94, a: 94.3, id: 'health_insurance_rate' },
    ],
  });
  await b.save();
}

// 11. Đông Hưng: two-row header with the years on top (`Năm 2022` over `TH`; `Năm 2023` over
//     `KH | ƯTH`), then `So sánh (%)` over `ƯTH/KH | ƯTH/CK`; heavy abbreviations in labels.
async function dongHung() {
  const b = book('dong-hung-r2');
  const ws = b.sheet('Biểu số 02');
  b.lines(ws, [title(1, 'UBND XÃ ĐÔNG HƯNG'), title(2, 'BIỂU CHỈ TIÊU KT-XH CHỦ YẾU', 'A2:H2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'TT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Năm 2022', E: 'Năm 2023', G: 'So sánh (%)' },
        merge: ['A4:A5', 'B4:B5', 'C4:C5', 'E4:F4', 'G4:H4'],
      },
      { r: 5, cells: { D: 'TH', E: 'KH', F: 'ƯTH', G: 'ƯTH/KH', H: 'ƯTH/CK' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 6,
    rows: [
      { n: 1, l: 'GTSX NN-TS', u: 'tỷ đồng', pv: 210, p: 220, a: 224, id: null },
      { n: 2, l: 'TNBQ/người/năm', u: 'tr.đồng', pv: 52, p: 56, a: 57.2, id: 'income_per_capita' },
      { n: 3, l: 'DT gieo cấy lúa cả năm', u: 'ha', pv: 640, p: 630, a: 633, id: 'rice_area' },
      { n: 4, l: 'SL thóc', u: 'tấn', pv: 4020, p: 4000, a: 4050, id: 'rice_output' },
      { n: 5, l: 'Tổng đàn gia cầm', u: '1000 con', pv: 52, p: 55, a: 54, id: 'poultry_flock' },
      { n: 6, l: 'Số LĐ được GQVL', u: 'LĐ', pv: 180, p: 190, a: 205, id: 'jobs_created' },
      { n: 7, l: 'TL hộ nghèo đa chiều', u: '%', pv: 2.6, p: 2, a: 1.9, id: 'poverty_rate' },
      { n: 8, l: 'TL dân số tham gia BHYT', u: '%', pv: 93, p: 94.5, a: 95, id: 'health_insurance_rate' },
      { n: 9, l: 'TL trẻ <5 tuổi SDD thể thấp còi', u: '%', pv: 14, p: 13.5, a: 13.2, id: 'child_stunting_rate' },
      { n: 10, l: 'Số thanh niên lên đường NVQS', u: 'người', pv: 12, p: 12, a: 12, id: 'military_recruitment' },
      { n: 11, l: 'Số vụ PPHS', u: 'vụ', pv: 6, p: 5, a: 4, id: 'criminal_cases' },
    ],
  });
  await b.save();
}

async function run() {
  const makers = [
    anPhuHuyen,
    tanMy,
    vinhQuang,
    thuyAn,
    hoaLoc,
    nghiaDan,
    sonHaEn,
    phuSonNganSach,
    daiLoc,
    tienPhong,
    dongHung,
  ];
  for (const make of makers) await make();
  console.log(`wrote ${makers.length} workbooks (pending: ${[...PENDING].join(', ') || 'none'})`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
