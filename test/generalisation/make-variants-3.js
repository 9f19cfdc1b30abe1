#!/usr/bin/env node
/**
 * Third, independent round of variant workbooks (names ending `-r3`): district "Biểu mẫu" forms,
 * 9-month / estimated-year reports, budgets in triệu đồng, footnote markers in labels, formulas
 * with cached values or errors, a header repeated after a page break, A/B/C + roman outlines,
 * an English target/achieved report, plan-only / actual-only sheets, the unit column right of the
 * values, two tables on one sheet and word targets (`Hoàn thành`, `Đạt chuẩn`, `100%`).
 *
 *   node test/generalisation/make-variants-3.js   → <name>-r3.xlsx + .expected.json
 *
 * Same cell DSL (book.js) as make-variants.js (p = plan, a = actual, pv = previous):
 *   12.5 | {pct: 0.266} | {t: '1.152,1', n: 1152.1} | {t: 'trên 95', b: 95} | {t: '9 - 9,5', lo, hi}
 *   {t: 'Loại Khá', r: 'Khá'} | {f: 'SUM(D8:D9)', res: x} | {err: '#DIV/0!'}
 * Judgement calls an accountant would make are commented where they occur.
 *   {f: 'E8/D8', res: 0.97, fmt: '0.0%'} (cached fraction with a % format → ×100) | {f: 'C5', err: '#REF!'}
 * Workbooks listed in PENDING (the engine still misreads them) go to test/generalisation/pending/.
 */
'use strict';
const { books, title, T } = require('./book');

/** Workbooks the engine does not yet read right: kept out of the jest-checked folder until it does. */
const PENDING = new Set(['nhu-xuan-muc-tieu-chu-r3']); // the engine still misreads these
const book = books({ pending: PENDING });

const F = (f, res, fmt) => (fmt ? { f, res, fmt } : { f, res });

// 1. Thanh Xuân: the district "Biểu mẫu" layout. Title block left (`UBND HUYỆN …` / `UBND XÃ …`),
//    national motto right, a `Biểu số 01/KTXH` tag, a two-row header (`So sánh (%)` over `TH/KH |
//    TH/CK`), a column-number row `A | B | C | 1 | 2 | 3 | 4=3/2 | 5=3/1`, footnote markers in
//    labels (`(*)`, `¹`, `(1)`), footnotes and a dated signature block under the table.
async function thanhXuan() {
  const b = book('thanh-xuan-bieu-mau-r3');
  const ws = b.sheet('Biểu 01');
  b.lines(ws, [
    { r: 1, cells: { A: 'UBND HUYỆN THANH HÀ', E: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }, merge: ['A1:C1', 'E1:H1'] },
    { r: 2, cells: { A: 'UBND XÃ THANH XUÂN', E: 'Độc lập - Tự do - Hạnh phúc' }, merge: ['A2:C2', 'E2:H2'] },
    { r: 3, cells: { H: 'Biểu số 01/KTXH' } },
    title(4, 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023', 'A4:H4'),
    title(5, '(Kèm theo Báo cáo số 215/BC-UBND ngày 15/12/2023 của UBND xã Thanh Xuân)', 'A5:H5'),
  ]);
  const end = b.table(ws, {
    header: [
      {
        r: 7,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'Đơn vị tính',
          D: 'Thực hiện năm 2022',
          E: 'Kế hoạch năm 2023',
          F: 'Ước thực hiện năm 2023',
          G: 'So sánh (%)',
        },
        merge: ['A7:A8', 'B7:B8', 'C7:C8', 'D7:D8', 'E7:E8', 'F7:F8', 'G7:H7'],
      },
      { r: 8, cells: { G: 'TH/KH', H: 'TH/CK' } },
      { r: 9, cells: { A: 'A', B: 'B', C: 'C', D: '1', E: '2', F: '3', G: '4=3/2', H: '5=3/1' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    // The column-number row is the lowest header row (as in the earlier rounds).
    expect: { headerRow: 9, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 10,
    rows: [
      { n: 'I', l: 'KINH TẾ', g: 1 },
      // A value in tỷ đồng, not the growth rate: not in the catalog.
      { n: 1, l: 'Tổng giá trị sản xuất (giá so sánh 2010)', u: 'tỷ đồng', pv: 310, p: 335, a: 338.2, id: null },
      {
        n: 2,
        l: 'Tốc độ tăng trưởng giá trị sản xuất (*)',
        u: '%',
        pv: 8.1,
        p: 8.5,
        a: 8.7,
        id: 'production_value_growth',
      },
      {
        n: 3,
        l: 'Thu nhập bình quân đầu người (*)',
        u: 'triệu đồng/người',
        pv: 48.2,
        p: 53,
        a: 53.6,
        id: 'income_per_capita',
      },
      { n: 4, l: 'Tổng sản lượng lương thực có hạt', u: 'tấn', pv: 7850, p: 7900, a: 7962, id: null },
      { n: 5, l: 'Sản lượng lúa ¹', u: 'tấn', pv: 7120, p: 7200, a: 7185, id: 'rice_output' },
      { n: 6, l: 'Tổng đàn lợn (thời điểm 01/10)', u: 'con', pv: 5400, p: 5600, a: 5710, id: 'pig_herd' },
      { n: 'II', l: 'VĂN HÓA - XÃ HỘI', g: 1 },
      {
        n: 7,
        l: 'Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) (*)',
        u: '%',
        pv: 3.12,
        p: 2.5,
        a: 2.38,
        id: 'poverty_rate',
      },
      { n: 8, l: 'Tỷ lệ người dân tham gia BHYT (1)', u: '%', pv: 91.5, p: 93, a: 93.4, id: 'health_insurance_rate' },
      {
        n: 9,
        l: 'Tỷ lệ gia đình đạt danh hiệu "Gia đình văn hóa"',
        u: '%',
        pv: 90.2,
        p: 91,
        a: 91.5,
        id: 'cultural_family_rate',
      },
      { n: 10, l: 'Số lao động được tạo việc làm mới', u: 'người', pv: 180, p: 200, a: 195, id: 'jobs_created' },
      {
        n: 11,
        l: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng (thể nhẹ cân) (*)',
        u: '%',
        pv: 8.5,
        p: 8,
        a: 7.9,
        id: 'child_underweight_rate',
      },
      { n: 'III', l: 'MÔI TRƯỜNG', g: 1 },
      {
        n: 12,
        l: 'Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh ²',
        u: '%',
        pv: 98,
        p: 99,
        a: 99.2,
        id: 'clean_water_rate',
      },
      {
        n: 13,
        l: 'Tỷ lệ rác thải sinh hoạt được thu gom, xử lý (2)',
        u: '%',
        pv: 85,
        p: 90,
        a: 88,
        id: 'waste_collection_rate',
      },
      { n: 'IV', l: 'QUỐC PHÒNG - AN NINH', g: 1 },
      { n: 14, l: 'Tuyển quân (giao quân)', u: 'người', pv: 12, p: 14, a: 14, id: 'military_recruitment' },
    ],
  });
  b.lines(ws, [
    {
      r: end + 1,
      cells: {
        A: 'Ghi chú: (*) Chỉ tiêu Nghị quyết HĐND xã giao; (1) Không tính đối tượng tham gia BHYT tự nguyện ngoài địa bàn; (2) Tính trên địa bàn các thôn đã có tổ thu gom.',
      },
      merge: `A${end + 1}:H${end + 1}`,
    },
    {
      r: end + 2,
      cells: { A: '¹ Sản lượng lúa cả năm (vụ Chiêm xuân và vụ Mùa); ² Theo tiêu chí nông thôn mới.' },
      merge: `A${end + 2}:H${end + 2}`,
    },
    { r: end + 4, cells: { F: 'Thanh Xuân, ngày 15 tháng 12 năm 2023' }, merge: `F${end + 4}:H${end + 4}` },
    { r: end + 5, cells: { B: 'NGƯỜI LẬP BIỂU', F: 'TM. ỦY BAN NHÂN DÂN' }, merge: `F${end + 5}:H${end + 5}` },
    { r: end + 6, cells: { B: '(Ký, ghi rõ họ tên)', F: 'CHỦ TỊCH' }, merge: `F${end + 6}:H${end + 6}` },
    { r: end + 10, cells: { B: 'Lê Thị Hoa', F: 'Nguyễn Văn Bình' }, merge: `F${end + 10}:H${end + 10}` },
  ]);
  await b.save();
}

// 2. Xuân Hòa: `TT | Chỉ tiêu | ĐVT | Thực hiện 9 tháng | Ước TH cả năm | KH năm | % so KH | % so
//    cùng kỳ`, the year only in the title. The estimated full year is the actual (it is what the
//    year is judged on); the 9-month figure has no role; the ratio columns (formulas) have none.
async function xuanHoa() {
  const b = book('xuan-hoa-9-thang-r3');
  const ws = b.sheet('KT-XH');
  b.lines(ws, [
    title(1, 'ỦY BAN NHÂN DÂN XÃ XUÂN HÒA'),
    title(2, 'BÁO CÁO ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023', 'A2:H2'),
    title(3, '(Số liệu thực hiện 9 tháng đầu năm và ước thực hiện cả năm)', 'A3:H3'),
  ]);
  const rows = [
    [1, 'Diện tích gieo trồng cây hàng năm', 'ha', 1180, 1230, 1240, 'annual_crop_area', 101.2],
    ['-', 'Trong đó: Diện tích lúa', 'ha', 820, 850, 860, 'rice_area', 100.6],
    [2, 'Năng suất lúa bình quân', 'tạ/ha', 58.5, 60, 59, 'rice_yield', 102.1],
    [3, 'Sản lượng thịt hơi xuất chuồng', 'tấn', 610, 830, 800, null, 104.0],
    [4, 'Thu ngân sách xã', 'triệu đồng', 4100, 5200, 5600, 'budget_revenue', 96.3],
    [5, 'Tỷ lệ hộ nghèo', '%', null, 2.9, 3.0, 'poverty_rate', 90.6],
    [6, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 90.1, 92.5, 92, 'health_insurance_rate', 101.6],
    [7, 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin', '%', 72, 97, 98, 'immunization_rate', 99.0],
    [8, 'Số vụ phạm pháp hình sự', 'vụ', 2, 3, { t: 'không quá 4', b: 4 }, 'criminal_cases', 75.0],
  ];
  b.table(ws, {
    header: [
      {
        r: 5,
        cells: {
          A: 'TT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Thực hiện 9 tháng',
          E: 'Ước TH cả năm',
          F: 'KH năm',
          G: '% so KH',
          H: '% so cùng kỳ',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', partial: 'D', actual: 'E', plan: 'F' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'F', actual: 'E', previous: null },
    start: 6,
    rows: rows.map(([n, l, u, h, a, p, id, ck], i) => ({
      n,
      l,
      u,
      h,
      a,
      p,
      id,
      x: {
        G: typeof p === 'number' ? F(`IFERROR(E${6 + i}/F${6 + i}*100,"")`, (a / p) * 100, '0.0') : '',
        H: ck,
      },
    })),
  });
  await b.save();
}

// 3. Định Tân budget: sheets `Thu NS` and `Chi NS`, `STT | Nội dung thu | Dự toán HĐND giao |
//    Thực hiện | Tỷ lệ %`, `ĐVT: triệu đồng` in a title line (no unit column → unit null), the year
//    only in the title, A/I/1 outline, totals as SUM formulas with cached values.
async function dinhTan() {
  const b = book('dinh-tan-thu-chi-ns-r3');
  const ws = b.sheet('Thu NS');
  b.lines(ws, [
    title(1, 'UBND XÃ ĐỊNH TÂN'),
    title(2, 'BÁO CÁO THỰC HIỆN THU NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    title(3, '(Kèm theo Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của HĐND xã)', 'A3:E3'),
    { r: 4, cells: { D: 'ĐVT: triệu đồng' }, merge: 'D4:E4' },
  ]);
  const hdr = (r, what) => ({
    r,
    cells: { A: 'STT', B: what, C: 'Dự toán HĐND giao', D: 'Thực hiện', E: 'Tỷ lệ %' },
  });
  const pc = (r, p, a) => ({ E: F(`D${r}/C${r}*100`, (a / p) * 100, '0.0') });
  const thu = [
    ['A', 'TỔNG THU NGÂN SÁCH XÃ', F('C7+C12+C16', 8250.5), F('D7+D12+D16', 8439.2), 'budget_revenue', 8250.5, 8439.2],
    [
      'I',
      'Các khoản thu xã hưởng 100%',
      F('SUM(C8:C11)', 420),
      F('SUM(D8:D11)', 468.3),
      'revenue_commune_retained',
      420,
      468.3,
    ],
    [1, 'Phí, lệ phí', 65, 71.2, 'revenue_fees_charges'],
    [2, 'Thu từ quỹ đất công ích, hoa lợi công sản', 230, 255.1, 'revenue_public_land_assets'],
    [3, 'Đóng góp tự nguyện của nhân dân', 95, 110, 'revenue_voluntary_contributions'],
    [4, 'Thu khác ngân sách', 30, 32, null],
    [
      'II',
      'Các khoản thu phân chia theo tỷ lệ %',
      F('SUM(C13:C15)', 1180),
      F('SUM(D13:D15)', 1320.4),
      'revenue_shared',
      1180,
      1320.4,
    ],
    [1, 'Thuế SDĐ phi nông nghiệp', 45, 41.7, 'revenue_nonagricultural_land_tax'],
    [2, 'Lệ phí trước bạ nhà, đất', 135, 150.2, 'revenue_land_registration_fee'],
    [3, 'Tiền sử dụng đất', 1000, 1128.5, 'revenue_land_use_fees'],
    [
      'III',
      'Thu bổ sung từ ngân sách cấp trên',
      F('C17+C18', 6650.5),
      F('D17+D18', 6650.5),
      'revenue_upper_level_transfers',
      6650.5,
      6650.5,
    ],
    [1, 'Bổ sung cân đối', 5800, 5800, null],
    [2, 'Bổ sung có mục tiêu', 850.5, 850.5, null],
    // The surplus carried over is information (no estimate for it).
    ['IV', 'Thu kết dư ngân sách năm 2022', null, 215.6, 'revenue_prior_year_surplus'],
  ];
  b.table(ws, {
    header: [hdr(6, 'Nội dung thu')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 6, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 7,
    rows: thu.map(([n, l, p, a, id, pn, an], i) => ({
      n,
      l,
      p,
      a,
      id,
      x: p === null ? {} : pc(7 + i, pn ?? p, an ?? a),
    })),
  });
  const ws2 = b.sheet('Chi NS');
  b.lines(ws2, [
    title(1, 'UBND XÃ ĐỊNH TÂN'),
    title(2, 'BÁO CÁO THỰC HIỆN CHI NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    { r: 3, cells: { D: 'ĐVT: triệu đồng' }, merge: 'D3:E3' },
  ]);
  const chi = [
    ['', 'TỔNG CHI NGÂN SÁCH XÃ', 8250.5, 7644.2, 'budget_expenditure'],
    ['I', 'Chi đầu tư phát triển', 1500, 1320, 'expenditure_development_investment'],
    ['II', 'Chi thường xuyên', 6600.5, 6324.2, 'expenditure_recurrent'],
    [1, 'Chi công tác quốc phòng - an ninh', 420, 398.5, 'expenditure_defence_security'],
    [2, 'Chi sự nghiệp giáo dục - đào tạo', 180, 176.1, 'expenditure_education'],
    [3, 'Chi sự nghiệp y tế', 95, 90.3, 'expenditure_health'],
    [4, 'Chi sự nghiệp văn hóa - thể thao', 260, 244.9, 'expenditure_culture_sports'],
    [5, 'Chi sự nghiệp kinh tế', 900, 871.6, 'expenditure_economic'],
    [6, 'Chi đảm bảo xã hội', 700, 752.4, 'expenditure_social_assurance'],
    [7, 'Chi quản lý hành chính (QLNN, Đảng, đoàn thể)', 4045.5, 3790.4, 'expenditure_administration'],
    // Unused contingency: `-` in the actual → not evaluable; the ratio cell holds a cached error.
    ['III', 'Dự phòng ngân sách', 150, '-', 'expenditure_contingency'],
  ];
  b.table(ws2, {
    header: [hdr(5, 'Nội dung chi')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: chi.map(([n, l, p, a, id], i) => ({
      n,
      l,
      p,
      a,
      id,
      x: typeof a === 'number' ? pc(6 + i, p, a) : { E: { f: `D${6 + i}/C${6 + i}*100`, err: '#VALUE!' } },
    })),
  });
  await b.save();
}

// 4. Cẩm Thủy: actual cells are formulas pulling from a helper sheet `Số liệu` (cached values),
//    one cached `#REF!` (broken link → null → not evaluable), a plan formula whose cached value is a
//    fraction with a % format, a ratio column `=IFERROR(E/D,"")` in % format. The helper sheet
//    (codes by quarter, no plan or actual) gives no rows.
async function camThuy() {
  const b = book('cam-thuy-cong-thuc-r3');
  const ws = b.sheet('Tổng hợp');
  b.lines(ws, [title(1, 'UBND XÃ CẨM THỦY'), title(2, 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023', 'A2:F2')]);
  const rows = [
    [1, 'Tổng diện tích gieo trồng', 'ha', 960, F("'Số liệu'!F3", 972.4), 'annual_crop_area'],
    [2, 'Sản lượng lúa', 'tấn', 4300, F("'Số liệu'!F4", 4188), 'rice_output'],
    [3, 'Tổng đàn gia cầm', 'con', 42000, F("'Số liệu'!F5", 44350), 'poultry_flock'],
    [4, 'Tổng đàn trâu, bò', 'con', 1500, { f: "'[Data_2023.xlsx]Q4'!F6", err: '#REF!' }, 'cattle_herd'],
    [5, 'Tỷ lệ che phủ rừng', '%', F('0.52', 0.52, '0%'), F("'Số liệu'!F7", 0.528, '0.0%'), 'forest_cover_rate'],
    [6, 'Tỷ lệ hộ nghèo', '%', 2.8, F("'Số liệu'!F8", 2.65), 'poverty_rate'],
    [7, 'Số lao động đi làm việc ở nước ngoài', 'người', 25, F("'Số liệu'!F9", 31), 'labour_export'],
  ];
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH 2023', E: 'TH 2023', F: 'TH/KH' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: rows.map(([n, l, u, p, a, id], i) => {
      const pn = typeof p === 'number' ? p : p.res;
      const an = a.err ? null : a.res;
      return {
        n,
        l,
        u,
        p,
        a,
        id,
        x: {
          F:
            an === null
              ? { f: `IFERROR(E${5 + i}/D${5 + i},"")`, res: '' }
              : F(`IFERROR(E${5 + i}/D${5 + i},"")`, an / pn, '0.0%'),
        },
      };
    }),
  });
  const ws2 = b.sheet('Số liệu');
  b.lines(ws2, [
    { r: 1, cells: { A: 'Mã', B: 'Quý I', C: 'Quý II', D: 'Quý III', E: 'Quý IV', F: 'Cả năm' } },
    { r: 2, cells: { A: 'CT01', B: 120, C: 130, D: 140, E: 150, F: 540 } },
    { r: 3, cells: { A: 'CT02', B: 480, C: 0, D: 492.4, E: 0, F: 972.4 } },
    { r: 4, cells: { A: 'CT03', B: 2100, C: 0, D: 2088, E: 0, F: 4188 } },
    { r: 5, cells: { A: 'CT04', B: 43000, C: 43500, D: 44000, E: 44350, F: 44350 } },
    { r: 7, cells: { A: 'CT06', F: 0.528 } },
    { r: 8, cells: { A: 'CT07', F: 2.65 } },
    { r: 9, cells: { A: 'CT08', B: 5, C: 9, D: 8, E: 9, F: 31 } },
  ]);
  await b.save();
}

// 5. Hà Trung: a printed report pasted into Excel. The header and its column-number row are
//    repeated after the page break in the middle of the table, with a `Trang 2` line and a group
//    row `(tiếp)`; the table (one table) continues under it.
async function haTrung() {
  const b = book('ha-trung-trang-r3');
  const ws = b.sheet('Báo cáo');
  b.lines(ws, [title(1, 'UBND XÃ HÀ TRUNG'), title(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KT-XH NĂM 2023', 'A2:F2')]);
  const head = (r) => [
    {
      r,
      cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch năm 2023', E: 'Thực hiện năm 2023', F: 'Ghi chú' },
    },
    { r: r + 1, cells: { A: '1', B: '2', C: '3', D: '4', E: '5', F: '6' } },
  ];
  const end = b.table(ws, {
    header: head(4),
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 6,
    rows: [
      { n: 'I', l: 'CÁC CHỈ TIÊU KINH TẾ', g: 1 },
      { n: 1, l: 'Tốc độ tăng trưởng kinh tế', u: '%', p: 9, a: 9.3, id: 'production_value_growth' },
      { n: 2, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 52, a: 52.8, id: 'income_per_capita' },
      { n: 3, l: 'Diện tích lúa cả năm', u: 'ha', p: 700, a: 695.5, id: 'rice_area' },
      { n: 4, l: 'Năng suất lúa', u: 'tạ/ha', p: 62, a: 63.1, id: 'rice_yield' },
      { n: 5, l: 'Sản lượng lúa', u: 'tấn', p: 4340, a: 4388.6, id: 'rice_output' },
      { n: 6, l: 'Diện tích nuôi trồng thủy sản', u: 'ha', p: 35, a: 35, id: 'freshwater_fish_area' },
      { n: 7, l: 'Tổng đàn trâu bò', u: 'con', p: 1200, a: 1150, id: 'cattle_herd' },
      { n: 8, l: 'Số cơ sở sản xuất CN-TTCN', u: 'cơ sở', p: 85, a: 88, id: 'industry_handicraft_establishments' },
      { n: 'II', l: 'CÁC CHỈ TIÊU VĂN HÓA - XÃ HỘI', g: 1 },
      { n: 9, l: 'Tỷ lệ hộ nghèo', u: '%', p: 2.5, a: 2.31, id: 'poverty_rate' },
      { n: 10, l: 'Tỷ lệ tham gia BHYT', u: '%', p: 94, a: 94.6, id: 'health_insurance_rate' },
      { skip: 1 },
    ],
  });
  // Page break: `Trang 2`, then the header and the number row again.
  b.lines(ws, [{ r: end, cells: { F: 'Trang 2' } }, ...head(end + 1)]);
  const tail = [
    { n: 'II', l: 'CÁC CHỈ TIÊU VĂN HÓA - XÃ HỘI (tiếp)', g: 1 },
    { n: 11, l: 'Tỷ lệ gia đình văn hóa', u: '%', p: 92, a: 92.7, id: 'cultural_family_rate' },
    { n: 12, l: 'Tỷ lệ trường đạt chuẩn quốc gia', u: '%', p: 100, a: 100, id: null },
    { n: 13, l: 'Số lao động được giải quyết việc làm', u: 'người', p: 250, a: 262, id: 'jobs_created' },
    { n: 'III', l: 'MÔI TRƯỜNG, QUỐC PHÒNG - AN NINH', g: 1 },
    { n: 14, l: 'Tỷ lệ hộ dùng nước hợp vệ sinh', u: '%', p: 99, a: 99.4, id: 'clean_water_rate' },
    { n: 15, l: 'Hoàn thành chỉ tiêu giao quân', u: 'người', p: 11, a: 11, id: 'military_recruitment' },
    { n: 16, l: 'Số vụ tai nạn giao thông', u: 'vụ', p: 2, a: 3, id: 'traffic_accidents' },
  ];
  // The rows after the break belong to the same table (same columns); written with the table
  // helper so they are expected, but the columns entry is not repeated.
  const saved = b.columns.length;
  b.table(ws, {
    header: [],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: {},
    start: end + 3,
    rows: tail,
  });
  b.columns.length = saved;
  await b.save();
}

// 6. Nga Sơn: STT `A`, `B`, `C` for the areas (no values), roman `I`, `II` sub-groups, numbers
//    running on across groups; one roman row holds a total with values (a data row) and its sub-rows
//    take their meaning from it. `Tên chỉ tiêu | Đơn vị | KH | TH | Tỷ lệ TH/KH (%) | Ghi chú`, the
//    year only in the title.
async function ngaSon() {
  const b = book('nga-son-abc-r3');
  const ws = b.sheet('Chỉ tiêu');
  b.lines(ws, [
    title(1, 'ỦY BAN NHÂN DÂN XÃ NGA SƠN'),
    title(2, 'BIỂU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT HĐND XÃ NĂM 2023', 'A2:G2'),
  ]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Tên chỉ tiêu', C: 'Đơn vị', D: 'KH', E: 'TH', F: 'Tỷ lệ TH/KH (%)', G: 'Ghi chú' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { n: 'A', l: 'CHỈ TIÊU VỀ KINH TẾ', g: 1 },
      { n: 'I', l: 'Tổng diện tích gieo trồng', u: 'ha', p: 950, a: 962, x: { F: 101.3 }, id: 'annual_crop_area' },
      { n: 1, l: 'Lúa', u: 'ha', p: 640, a: 648, x: { F: 101.3 }, id: 'rice_area' },
      { n: 2, l: 'Ngô', u: 'ha', p: 120, a: 118, x: { F: 98.3 }, id: null },
      { n: 3, l: 'Cây có củ', u: 'ha', p: 60, a: 66, x: { F: 110 }, id: 'tuber_area' },
      { n: 'II', l: 'Chăn nuôi', g: 1 },
      { n: 4, l: 'Đàn lợn', u: 'con', p: 6500, a: 6120, x: { F: 94.2 }, id: 'pig_herd' },
      { n: 5, l: 'Đàn gia cầm', u: 'nghìn con', p: 55, a: 57.3, x: { F: 104.2 }, id: 'poultry_flock' },
      { n: 6, l: 'Tỷ lệ tiêm phòng gia súc', u: '%', p: 90, a: 92, x: { F: 102.2 }, id: 'livestock_vaccination_rate' },
      { n: 'B', l: 'CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI', g: 1 },
      { n: 'I', l: 'Giáo dục', g: 1 },
      {
        n: 7,
        l: 'Tỷ lệ học sinh tốt nghiệp THCS',
        u: '%',
        p: 98,
        a: 99.1,
        x: { F: 101.1 },
        id: 'lower_secondary_graduation_rate',
      },
      {
        n: 8,
        l: 'Số trường đạt chuẩn quốc gia',
        u: 'trường',
        p: 3,
        a: 3,
        x: { F: 100 },
        id: 'national_standard_schools',
      },
      { n: 'II', l: 'Y tế - Dân số', g: 1 },
      { n: 9, l: 'Tỷ lệ sinh con thứ 3 trở lên', u: '%', p: 8, a: 9.2, x: { F: 115 }, id: 'third_child_birth_rate' },
      {
        n: 10,
        l: 'Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi',
        u: '%',
        p: 12,
        a: 11.6,
        x: { F: 96.7 },
        id: 'child_stunting_rate',
      },
      { n: 'C', l: 'CHỈ TIÊU VỀ QUỐC PHÒNG - AN NINH', g: 1 },
      { n: 11, l: 'Giao quân', u: 'thanh niên', p: 10, a: 10, x: { F: 100 }, id: 'military_recruitment' },
      {
        n: 12,
        l: 'Xếp loại Công an xã',
        u: '',
        p: { t: 'Khá', r: 'Khá' },
        a: { t: 'Tốt', r: 'Tốt' },
        id: 'commune_police_rating',
      },
    ],
  });
  await b.save();
}

// 7. Lang Chánh (English): `No. | Indicator | Unit | Achieved 2022 | Target (plan) 2023 | Achieved
//    2023 | Variance | Remarks`; `Variance` (= achieved - target) has no role.
async function langChanhEn() {
  const b = book('lang-chanh-en-r3');
  const ws = b.sheet('Targets 2023');
  b.lines(ws, [
    title(1, "LANG CHANH COMMUNE PEOPLE'S COMMITTEE"),
    title(2, 'REPORT ON THE IMPLEMENTATION OF SOCIO-ECONOMIC TARGETS IN 2023', 'A2:H2'),
  ]);
  const rows = [
    { n: 'I', l: 'ECONOMY', g: 1 },
    { n: 1, l: 'Average income per capita', u: 'million VND', pv: 45, p: 50, a: 51.2, id: 'income_per_capita' },
    { n: 2, l: 'Rice cultivation area', u: 'ha', pv: 640, p: 650, a: 648, id: 'rice_area' },
    { n: 3, l: 'Rice yield', u: 'quintals/ha', pv: 56, p: 57, a: 58.1, id: 'rice_yield' },
    { n: 4, l: 'Number of OCOP products', u: 'products', pv: 1, p: 2, a: 2, id: null },
    { n: 'II', l: 'SOCIAL AFFAIRS', g: 1 },
    { n: 5, l: 'Poverty rate (multidimensional)', u: '%', pv: 4.1, p: 3.5, a: 3.6, id: 'poverty_rate' },
    { n: 6, l: 'Households with hygienic water (%)', u: '%', pv: 95, p: 97, a: 97.5, id: 'clean_water_rate' },
    { n: 7, l: 'Health insurance coverage', u: '%', pv: 88, p: 90, a: 91.2, id: 'health_insurance_rate' },
    { n: 8, l: 'Newly created jobs', u: 'persons', pv: 150, p: 160, a: 172, id: 'jobs_created' },
    { n: 9, l: 'Stunting among children under 5', u: '%', pv: 18, p: 17, a: 16.5, id: 'child_stunting_rate' },
    {
      n: 10,
      l: 'Households recognised as cultural families',
      u: '%',
      pv: 90,
      p: { t: 'at least 92', b: 92 },
      a: 92.4,
      id: 'cultural_family_rate',
    },
    { n: 'III', l: 'DEFENCE AND SECURITY', g: 1 },
    { n: 11, l: 'Military recruits', u: 'persons', pv: 10, p: 11, a: 11, id: 'military_recruitment' },
    { n: 12, l: 'Traffic accidents', u: 'cases', pv: 3, p: 0, a: 2, id: 'traffic_accidents' },
  ];
  for (const s of rows) {
    if (!s.g && typeof s.p === 'number') s.x = { G: Math.round((s.a - s.p) * 100) / 100 };
  }
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'No.',
          B: 'Indicator',
          C: 'Unit',
          D: 'Achieved 2022',
          E: 'Target (plan) 2023',
          F: 'Achieved 2023',
          G: 'Variance',
          H: 'Remarks',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 5,
    rows,
  });
  await b.save();
}

// 8. Quan Sơn: plans and results on separate sheets. `KH 2023` holds only the plan column (rows are
//    data rows, actual null → not evaluable); `TH 2023` holds `Thực hiện 2022 | Thực hiện 2023`
//    and a note pointing at the plan sheet (plan null → not evaluable).
async function quanSon() {
  const b = book('quan-son-kh-th-r3');
  const ws = b.sheet('KH 2023');
  b.lines(ws, [title(1, 'UBND XÃ QUAN SƠN'), title(2, 'CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2023 (Nghị quyết HĐND xã)', 'A2:D2')]);
  const items = [
    ['Thu nhập bình quân đầu người', 'triệu đồng', 42, 43.5, 40.1, 'income_per_capita'],
    ['Diện tích trồng rừng mới', 'ha', 60, 72.3, 55, 'forest_planted'],
    ['Tỷ lệ che phủ rừng', '%', 78, 78.4, 77.6, 'forest_cover_rate'],
    ['Tỷ lệ hộ nghèo', '%', 12.5, 11.9, 15.2, 'poverty_rate'],
    ['Tỷ lệ tham gia BHYT', '%', 98, 98.3, 97.9, 'health_insurance_rate'],
    ['Số thôn đạt chuẩn khu dân cư văn hóa', 'thôn', 8, 9, 7, null],
  ];
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch năm 2023' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: null, previous: null },
    start: 5,
    rows: items.map(([l, u, p, , , id], i) => ({ n: i + 1, l, u, p, id })),
  });
  const ws2 = b.sheet('TH 2023');
  b.lines(ws2, [title(1, 'UBND XÃ QUAN SƠN'), title(2, 'KẾT QUẢ THỰC HIỆN NĂM 2023', 'A2:F2')]);
  b.table(ws2, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Thực hiện 2022', E: 'Thực hiện 2023', F: 'Ghi chú' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: null, actual: 'E', previous: 'D' },
    start: 5,
    rows: items.map(([l, u, , a, pv, id], i) => ({ n: i + 1, l, u, a, pv, id, x: { F: 'KH: xem biểu KH 2023' } })),
  });
  await b.save();
}

// 9. Mường Lát: the unit column to the right of the values (`TT | Nội dung chỉ tiêu | Kế hoạch
//    2023 | Thực hiện 2023 | ĐVT | TH so KH (%)`), no title row at all above a one-line heading.
async function muongLat() {
  const b = book('muong-lat-dvt-phai-r3');
  const ws = b.sheet('Sheet1');
  b.lines(ws, [title(1, 'Kết quả thực hiện chỉ tiêu năm 2023 - xã Mường Lát')]);
  const rows = [
    [1, 'Tổng diện tích gieo trồng cây hằng năm', 1450, 1466.2, 'ha', 'annual_crop_area'],
    [2, 'Diện tích ngô', 380, 372, 'ha', null],
    [3, 'Tổng đàn đại gia súc (trâu, bò)', 2600, 2710, 'con', 'cattle_herd'],
    [4, 'Trồng rừng tập trung', 120, 131.5, 'ha', 'forest_planted'],
    [5, 'Thu nhập bình quân', 32, 31.4, 'tr.đ/người/năm', 'income_per_capita'],
    [6, 'Tỷ lệ hộ nghèo', 28.5, 26.9, '%', 'poverty_rate'],
    [7, 'Tỷ lệ giảm hộ nghèo', 3, 3.4, '%', 'poverty_reduction_rate'],
    [8, 'Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo', 100, 99.6, '%', 'school_enrollment_rate'],
    [9, 'Tỷ lệ hộ được sử dụng nước sinh hoạt hợp vệ sinh', 92, 93.3, '%', 'clean_water_rate'],
  ];
  b.table(ws, {
    header: [
      {
        r: 3,
        cells: {
          A: 'TT',
          B: 'Nội dung chỉ tiêu',
          C: 'Kế hoạch 2023',
          D: 'Thực hiện 2023',
          E: 'ĐVT',
          F: 'TH so KH (%)',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D', unit: 'E' },
    expect: { headerRow: 3, label: 'B', unit: 'E', plan: 'C', actual: 'D', previous: null },
    start: 4,
    rows: rows.map(([n, l, p, a, u, id]) => ({ n, l, p, a, u, id, x: { F: Math.round((a / p) * 1000) / 10 } })),
  });
  await b.save();
}

// 10. Hậu Lộc: two tables on one sheet. `A. CÁC CHỈ TIÊU CHỦ YẾU` (`KH 2023 | TH 2023 | Đánh giá`)
//     and, after blank rows, `B. CÁC CHỈ TIÊU KHÁC` with its own header (`TH 2022 | KH 2023 |
//     TH 2023 | So sánh TH/KH (%)`).
async function hauLoc() {
  const b = book('hau-loc-hai-bang-r3');
  const ws = b.sheet('Chỉ tiêu 2023');
  b.lines(ws, [
    title(1, 'UBND XÃ HẬU LỘC'),
    title(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023', 'A2:G2'),
    title(3, 'A. CÁC CHỈ TIÊU CHỦ YẾU (Nghị quyết HĐND xã giao)', 'A3:G3'),
  ]);
  const end = b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH 2023', E: 'TH 2023', F: 'Đánh giá' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      {
        n: 1,
        l: 'Tốc độ tăng giá trị sản xuất',
        u: '%',
        p: 10,
        a: 10.4,
        x: { F: 'Đạt' },
        id: 'production_value_growth',
      },
      {
        n: 2,
        l: 'Thu nhập bình quân đầu người',
        u: 'triệu đồng',
        p: 60,
        a: 61.5,
        x: { F: 'Vượt' },
        id: 'income_per_capita',
      },
      {
        n: 3,
        l: 'Tổng thu ngân sách trên địa bàn',
        u: 'triệu đồng',
        p: 9800,
        a: 10450,
        x: { F: 'Vượt' },
        id: 'budget_revenue',
      },
      { n: 4, l: 'Tỷ lệ hộ nghèo', u: '%', p: 1.5, a: 1.62, x: { F: 'Không đạt' }, id: 'poverty_rate' },
      { n: 5, l: 'Tỷ lệ dân số tham gia BHYT', u: '%', p: 95, a: 95.3, x: { F: 'Đạt' }, id: 'health_insurance_rate' },
      {
        n: 6,
        l: 'Tỷ lệ thu gom, xử lý rác thải sinh hoạt',
        u: '%',
        p: 95,
        a: 96,
        x: { F: 'Đạt' },
        id: 'waste_collection_rate',
      },
    ],
  });
  b.lines(ws, [title(end + 2, 'B. CÁC CHỈ TIÊU KHÁC', `A${end + 2}:G${end + 2}`)]);
  const h2 = end + 3;
  b.table(ws, {
    header: [
      {
        r: h2,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'TH 2022', E: 'KH 2023', F: 'TH 2023', G: 'So sánh TH/KH (%)' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: h2, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: h2 + 1,
    rows: [
      { n: 1, l: 'Diện tích lúa', u: 'ha', pv: 1510, p: 1500, a: 1498, x: { G: 99.9 }, id: 'rice_area' },
      { n: 2, l: 'Năng suất lúa', u: 'tạ/ha', pv: 63, p: 64, a: 64.8, x: { G: 101.3 }, id: 'rice_yield' },
      {
        n: 3,
        l: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
        u: 'tỷ đồng',
        pv: 410,
        p: 450,
        a: 462,
        x: { G: 102.7 },
        id: 'retail_sales',
      },
      {
        n: 4,
        l: 'Tỷ lệ tăng dân số tự nhiên',
        u: '%',
        pv: 0.9,
        p: 0.85,
        a: 0.82,
        x: { G: 96.5 },
        id: 'natural_population_growth_rate',
      },
      {
        n: 5,
        l: 'Số lượt khám chữa bệnh tại trạm y tế',
        u: 'lượt',
        pv: 8900,
        p: 9000,
        a: 9420,
        x: { G: 104.7 },
        id: 'health_station_visits',
      },
      { n: 6, l: 'Số vụ phạm pháp hình sự', u: 'vụ', pv: 4, p: 3, a: 3, x: { G: 100 }, id: 'criminal_cases' },
    ],
  });
  await b.save();
}

// 11. Như Xuân: word targets. As an accountant reads them: `100%` typed as text is the number 100;
//     `Duy trì trên 52%` is a comparator (bound 52); `Hoàn thành` / `Đạt chuẩn` name no number, so
//     the target is kept verbatim and the row is not evaluable (nothing to divide by) — even when
//     the actual says the same words; `Khá trở lên` on a rating row is the rating Khá.
async function nhuXuan() {
  const b = book('nhu-xuan-muc-tieu-chu-r3');
  const ws = b.sheet('Chỉ tiêu 2023');
  b.lines(ws, [title(1, 'UBND XÃ NHƯ XUÂN'), title(2, 'ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU NĂM 2023', 'A2:F2')]);
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH 2023', E: 'TH 2023', F: 'Ghi chú' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { n: 1, l: 'Tỷ lệ che phủ rừng', u: '%', p: { t: 'Duy trì trên 52%', b: 52 }, a: 52.6, id: 'forest_cover_rate' },
      {
        n: 2,
        l: 'Tỷ lệ trẻ em trong độ tuổi đến trường',
        u: '%',
        p: T('100%', 100),
        a: { pct: 0.998 },
        id: 'school_enrollment_rate',
      },
      {
        n: 3,
        l: 'Tỷ lệ hoàn thành chỉ tiêu Công an huyện giao',
        u: '%',
        p: T('100%', 100),
        a: T('100%', 100),
        id: 'police_targets_completion_rate',
      },
      { n: 4, l: 'Giao quân', u: 'người', p: { t: 'Hoàn thành', w: 1 }, a: 15, id: 'military_recruitment' },
      {
        n: 5,
        l: 'Xây dựng xã đạt chuẩn nông thôn mới nâng cao',
        u: '',
        p: { t: 'Đạt chuẩn', w: 1 },
        a: { t: 'Đạt chuẩn', w: 1 },
        id: null,
      },
      { n: 6, l: 'Tỷ lệ thu thuế, phí, lệ phí', u: '%', p: T('100%', 100), a: 103.5, id: 'fees_collection_rate' },
      {
        n: 7,
        l: 'Xếp loại công tác quân sự địa phương',
        u: '',
        p: { t: 'Khá trở lên', r: 'Khá' },
        a: { t: 'Loại Tốt', r: 'Tốt' },
        id: 'local_military_rating',
      },
      {
        n: 8,
        l: 'Số tiêu chí nông thôn mới nâng cao đạt được',
        u: 'tiêu chí',
        p: 19,
        a: 19,
        id: 'new_rural_criteria_met',
      },
      // A verb before the target (`Phấn đấu đạt`, `Giữ vững`, `Giảm còn`) does not change its bound.
      {
        n: 9,
        l: 'Tỷ lệ gia đình văn hóa',
        u: '%',
        p: { t: 'Phấn đấu đạt 92%', b: 92 },
        a: 93.1,
        id: 'cultural_family_rate',
      },
      {
        n: 10,
        l: 'Tỷ lệ hộ sử dụng nước hợp vệ sinh',
        u: '%',
        p: { t: 'Giữ vững 100%', b: 100 },
        a: 100,
        id: 'clean_water_rate',
      },
      { n: 11, l: 'Tỷ lệ hộ nghèo', u: '%', p: { t: 'Giảm còn dưới 2%', b: 2 }, a: 1.85, id: 'poverty_rate' },
    ],
  });
  await b.save();
}

async function run() {
  const makers = [
    thanhXuan,
    xuanHoa,
    dinhTan,
    camThuy,
    haTrung,
    ngaSon,
    langChanhEn,
    quanSon,
    muongLat,
    hauLoc,
    nhuXuan,
  ];
  for (const make of makers) await make();
  console.log(`wrote ${makers.length} workbooks (pending: ${[...PENDING].join(', ') || 'none'})`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
