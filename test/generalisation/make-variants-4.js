#!/usr/bin/env node
/**
 * Fourth round of variant workbooks (names ending `-r4`): messy real-world structure. Labels in
 * cells merged across STT+label (A:B) and label+unit (B:C), blank rows and repeated blank
 * separators inside a table, subtotal rows (`Cộng`, `Tổng cộng`) holding values, a budget whose
 * group rows I/II and sub-items 1/2/a/b all carry values with `Trong đó` lines, revenue lines not in
 * the catalog (`Thuế GTGT`, `Thuế TNCN`), a long narrative report pasted above the table, a
 * `Năm 2022 | Năm 2023 | Năm 2024` header each over `KH | TH`, number formats (`0%` fractions,
 * `96%` text, `1 152,1` with a (no-break) space, a custom `0.0"%"` format), an English budget, a
 * rating table (`Hoàn thành tốt nhiệm vụ` → Tốt) and a project list that is not an indicator table.
 *
 *   node test/generalisation/make-variants-4.js   → <name>-r4.xlsx + .expected.json
 *
 * Same cell DSL (book.js) as make-variants-3.js (p = plan, a = actual, pv = previous), plus `lc` on a row:
 * the column the label is written in (a label merged across A:B sits in A).
 * Judgement calls an accountant would make are commented where they occur.
 * Workbooks listed in PENDING (the engine still misreads them) go to test/generalisation/pending/.
 */
'use strict';
const { books, title, T } = require('./book');

/** Workbooks the engine does not yet read right: kept out of the jest-checked folder until it does. */
const PENDING = new Set([]);
const book = books({ pending: PENDING });
const NBSP = '\u00a0';

// 1. Gia Lộc: messy structure. Group rows written in A and merged A:B (`I. KINH TẾ`); sub-rows
//    without a number whose label sits in A merged across A:B; a label merged across label+unit
//    with the unit in the label (`Tổng đàn gia cầm (con)`); a single blank row and a run of three
//    blank separator rows inside the table; a `Cộng` subtotal of incident counts (a data row: it
//    has values; the sum of unlike incidents is no catalog indicator → null).
async function giaLoc() {
  const b = book('gia-loc-o-gop-r4');
  const ws = b.sheet('Biểu KT-XH');
  b.lines(ws, [
    title(1, 'UBND XÃ GIA LỘC'),
    title(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023', 'A2:F2'),
  ]);
  const AB = 'A#:B#';
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'KH 2023', E: 'TH 2023', F: 'Ghi chú' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { l: 'I. KINH TẾ', lc: 'A', merge: AB, g: 1 },
      { n: 1, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 52, a: 53.1, id: 'income_per_capita' },
      { skip: 1 },
      { n: 2, l: 'Tổng diện tích gieo trồng cây hàng năm', u: 'ha', p: 1250, a: 1262, id: 'annual_crop_area' },
      { l: '- Trong đó: Diện tích lúa', lc: 'A', merge: AB, u: 'ha', p: 900, a: 905, id: 'rice_area' },
      { l: 'Năng suất lúa bình quân', lc: 'A', merge: AB, u: 'tạ/ha', p: 62, a: 63.5, id: 'rice_yield' },
      { skip: 3 },
      { n: 3, l: 'Tổng đàn gia cầm (con)', merge: 'B#:C#', p: 45000, a: 47200, id: 'poultry_flock' },
      { n: 4, l: 'Tổng đàn lợn', u: 'con', p: 3200, a: 3050, id: 'pig_herd' },
      { skip: 1 },
      { l: 'II. VĂN HÓA - XÃ HỘI', lc: 'A', merge: AB, g: 1 },
      { n: 5, l: 'Tỷ lệ hộ nghèo', u: '%', p: 2.5, a: 2.31, id: 'poverty_rate' },
      { n: 6, l: 'Số lao động được giải quyết việc làm', u: 'người', p: 250, a: 262, id: 'jobs_created' },
      { l: 'Trong đó: Xuất khẩu lao động', lc: 'A', merge: AB, u: 'người', p: 30, a: 34, id: 'labour_export' },
      { n: 7, l: 'Tỷ lệ người dân tham gia BHYT', u: '%', p: 94, a: 94.6, id: 'health_insurance_rate' },
      { skip: 2 },
      { l: 'III. QUỐC PHÒNG - AN NINH', lc: 'A', merge: AB, g: 1 },
      { n: 8, l: 'Số vụ phạm pháp hình sự', u: 'vụ', p: 3, a: 2, id: 'criminal_cases' },
      { n: 9, l: 'Số vụ tai nạn giao thông', u: 'vụ', p: 2, a: 3, id: 'traffic_accidents' },
      { n: 10, l: 'Số vụ vi phạm pháp luật khác', u: 'vụ', p: 5, a: 4, id: null },
      { l: 'Cộng', lc: 'A', merge: AB, u: 'vụ', p: 10, a: 9, id: null },
    ],
  });
  await b.save();
}

// 2. Yên Định: the table sits under a report pasted into the sheet: 30 rows of narrative (long
//    paragraphs in A, some merged A:G, some numbered `1.`/`2.` with figures and the words `kế
//    hoạch`, `thực hiện`, `chỉ tiêu`), then `BIỂU CHI TIẾT` and the header on row 33; after the
//    table more numbered narrative lines (`1.`, `2.` in A with text in B) that hold no plan/actual.
async function yenDinh() {
  const b = book('yen-dinh-bao-cao-r4');
  const ws = b.sheet('Báo cáo');
  const para = [
    'ỦY BAN NHÂN DÂN XÃ YÊN ĐỊNH',
    'Số: 312/BC-UBND',
    'BÁO CÁO',
    'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023; phương hướng, nhiệm vụ năm 2024',
    '',
    'Thực hiện Nghị quyết số 18/NQ-HĐND ngày 20/12/2022 của HĐND xã về kế hoạch phát triển kinh tế - xã hội năm 2023, UBND xã báo cáo kết quả thực hiện như sau:',
    'PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023',
    'I. VỀ KINH TẾ',
    '1. Sản xuất nông nghiệp: Tổng diện tích gieo trồng cây hàng năm 1.262 ha, đạt 101% kế hoạch; trong đó diện tích lúa 905 ha.',
    'Năng suất lúa bình quân ước đạt 63,5 tạ/ha, tăng 1,5 tạ/ha so với kế hoạch; sản lượng lúa đạt 5.747 tấn.',
    '2. Chăn nuôi: Tổng đàn lợn 3.050 con, đạt 95% kế hoạch; tổng đàn gia cầm 47.200 con; công tác tiêm phòng được thực hiện đúng kế hoạch.',
    '3. Thu ngân sách: Tổng thu ngân sách xã thực hiện 8.450 triệu đồng, đạt 105,6% dự toán HĐND xã giao.',
    'II. VỀ VĂN HÓA - XÃ HỘI',
    '1. Giáo dục: Duy trì 3/3 trường đạt chuẩn quốc gia; tỷ lệ học sinh tốt nghiệp THCS đạt 99,2%.',
    '2. Y tế: Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%, vượt chỉ tiêu kế hoạch.',
    '3. Giảm nghèo: Tỷ lệ hộ nghèo giảm còn 2,31% (kế hoạch 2,5%).',
    'III. QUỐC PHÒNG - AN NINH',
    'Hoàn thành chỉ tiêu giao quân năm 2023 với 15/15 thanh niên nhập ngũ, đạt 100% chỉ tiêu.',
    'Chỉ tiêu | Kế hoạch | Thực hiện: chi tiết tại biểu kèm theo.',
    'IV. ĐÁNH GIÁ CHUNG',
    'Năm 2023, 14/16 chỉ tiêu đạt và vượt kế hoạch; 02 chỉ tiêu chưa đạt là tổng đàn lợn và tỷ lệ che phủ rừng.',
    'Nguyên nhân: dịch tả lợn châu Phi tái phát tại 02 thôn; một số diện tích rừng đến kỳ khai thác.',
    'PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    '1. Phấn đấu tổng diện tích gieo trồng đạt 1.270 ha; năng suất lúa 64 tạ/ha.',
    '2. Thu ngân sách xã đạt 8.600 triệu đồng trở lên.',
    '3. Giữ vững tỷ lệ người dân tham gia BHYT trên 95%.',
    '',
    'Trên đây là báo cáo tình hình thực hiện nhiệm vụ năm 2023 của UBND xã Yên Định./.',
    'Nơi nhận: - TT Đảng ủy, HĐND xã; - Lưu VT.',
    'TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH',
  ];
  b.lines(
    ws,
    para.map((t, i) => ({
      r: i + 1,
      cells: t ? { A: t } : {},
      merge: t && i % 3 !== 1 ? `A${i + 1}:G${i + 1}` : undefined,
    })),
  );
  b.lines(ws, [title(32, 'BIỂU CHI TIẾT CÁC CHỈ TIÊU NĂM 2023', 'A32:G32')]);
  const end = b.table(ws, {
    header: [
      {
        r: 33,
        cells: {
          A: 'TT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Thực hiện 2022',
          E: 'Kế hoạch 2023',
          F: 'Thực hiện 2023',
          G: 'So với KH (%)',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 33, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 34,
    rows: [
      {
        n: 1,
        l: 'Tổng diện tích gieo trồng cây hàng năm',
        u: 'ha',
        pv: 1248,
        p: 1250,
        a: 1262,
        x: { G: 101 },
        id: 'annual_crop_area',
      },
      { n: 2, l: 'Năng suất lúa', u: 'tạ/ha', pv: 61.8, p: 62, a: 63.5, x: { G: 102.4 }, id: 'rice_yield' },
      { n: 3, l: 'Sản lượng lúa', u: 'tấn', pv: 5600, p: 5580, a: 5747, x: { G: 103 }, id: 'rice_output' },
      { n: 4, l: 'Tổng đàn lợn', u: 'con', pv: 3300, p: 3200, a: 3050, x: { G: 95.3 }, id: 'pig_herd' },
      {
        n: 5,
        l: 'Tổng thu ngân sách xã',
        u: 'triệu đồng',
        pv: 7900,
        p: 8000,
        a: 8450,
        x: { G: 105.6 },
        id: 'budget_revenue',
      },
      {
        n: 6,
        l: 'Tỷ lệ tốt nghiệp THCS',
        u: '%',
        pv: 98.9,
        p: 99,
        a: 99.2,
        x: { G: 100.2 },
        id: 'lower_secondary_graduation_rate',
      },
      {
        n: 7,
        l: 'Tỷ lệ người dân tham gia BHYT',
        u: '%',
        pv: 93.1,
        p: 94,
        a: 94.6,
        x: { G: 100.6 },
        id: 'health_insurance_rate',
      },
      { n: 8, l: 'Tỷ lệ hộ nghèo', u: '%', pv: 2.9, p: 2.5, a: 2.31, x: { G: 92.4 }, id: 'poverty_rate' },
      { n: 9, l: 'Tỷ lệ che phủ rừng', u: '%', pv: 41.2, p: 41.5, a: 40.8, x: { G: 98.3 }, id: 'forest_cover_rate' },
      {
        n: 10,
        l: 'Số thanh niên nhập ngũ',
        u: 'người',
        pv: 14,
        p: 15,
        a: 15,
        x: { G: 100 },
        id: 'military_recruitment',
      },
    ],
  });
  b.lines(ws, [
    {
      r: end + 1,
      cells: { A: 'Ghi chú: số liệu thực hiện năm 2023 là số ước đến 31/12/2023.' },
      merge: `A${end + 1}:G${end + 1}`,
    },
    { r: end + 3, cells: { A: 'PHẦN III. KIẾN NGHỊ, ĐỀ XUẤT' }, merge: `A${end + 3}:G${end + 3}` },
    {
      r: end + 4,
      cells: { A: '1.', B: 'Đề nghị UBND huyện hỗ trợ kinh phí 1.500 triệu đồng xây dựng nhà văn hóa thôn Đông.' },
    },
    { r: end + 5, cells: { A: '2.', B: 'Đề nghị hỗ trợ 30% kinh phí tiêm phòng dịch tả lợn châu Phi năm 2024.' } },
  ]);
  await b.save();
}

// 3. Thiệu Hóa: `Năm 2022 | Năm 2023 | Năm 2024` top row, each merged over `KH | TH`; the 2024
//    TH column is empty. plan/actual = KH/TH 2023; previous = TH 2022; KH 2022 and KH 2024 no role.
async function thieuHoa() {
  const b = book('thieu-hoa-ba-nam-r4');
  const ws = b.sheet('Chỉ tiêu');
  b.lines(ws, [
    title(1, 'UBND XÃ THIỆU HÓA'),
    title(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023', 'A2:I2'),
  ]);
  const rows = [
    [1, 'Tốc độ tăng giá trị sản xuất', '%', 8, 8.3, 8.5, 8.6, 9, 'production_value_growth'],
    [2, 'Thu nhập bình quân đầu người', 'triệu đồng', 48, 48.5, 52, 51.4, 56, 'income_per_capita'],
    [3, 'Diện tích gieo trồng lúa', 'ha', 760, 758, 750, 752, 745, 'rice_area'],
    [4, 'Sản lượng lúa', 'tấn', 4600, 4680, 4650, 4702, 4700, 'rice_output'],
    [5, 'Tổng đàn trâu, bò', 'con', 1500, 1480, 1550, 1502, 1600, 'cattle_herd'],
    [6, 'Tỷ lệ hộ nghèo', '%', 3.5, 3.4, 2.8, 2.75, 2.2, 'poverty_rate'],
    [7, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', '%', 12, 11.8, 11.5, 11.6, 11, 'child_stunting_rate'],
    [8, 'Số trường đạt chuẩn quốc gia', 'trường', 3, 3, 4, 4, 4, 'national_standard_schools'],
    [9, 'Số vụ tai nạn giao thông', 'vụ', 3, 4, 3, 2, 2, 'traffic_accidents'],
  ];
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Năm 2022', F: 'Năm 2023', H: 'Năm 2024' },
        merge: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:I4'],
      },
      { r: 5, cells: { D: 'KH', E: 'TH', F: 'KH', G: 'TH', H: 'KH', I: 'TH' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'E', plan: 'F', actual: 'G' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'F', actual: 'G', previous: 'E' },
    start: 6,
    rows: rows.map(([n, l, u, kh22, th22, p, a, kh24, id]) => ({
      n,
      l,
      u,
      pv: th22,
      p,
      a,
      id,
      x: { D: kh22, H: kh24 },
    })),
  });
  await b.save();
}

// 4. Hoằng Hóa: number formats. A plan 0.95 with a `0%` format (→ 95) against an actual typed
//    `96%`; `95,5 %` with a space; thousands separated by a space or a no-break space (`1 152,1`,
//    `3 250`); `12.500` (Vietnamese thousands); a custom format `0.0"%"` on 96.5 (a literal `%`
//    sign, not a percent format → 96.5, not 9650); a fraction with `0.00%` (0.0185 → 1.85).
async function hoangHoa() {
  const b = book('hoang-hoa-dinh-dang-so-r4');
  const ws = b.sheet('Số liệu');
  b.lines(ws, [title(1, 'UBND XÃ HOẰNG HÓA'), title(2, 'THỰC HIỆN CHỈ TIÊU NĂM 2023', 'A2:E2')]);
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Tên chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch', E: 'Thực hiện' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      {
        n: 1,
        l: 'Tổng diện tích gieo trồng cây hàng năm',
        u: 'ha',
        p: T('1 152,1', 1152.1),
        a: T(`1${NBSP}160,4`, 1160.4),
        id: 'annual_crop_area',
      },
      {
        n: 2,
        l: 'Tổng đàn gia cầm',
        u: 'con',
        p: T('12.500', 12500),
        a: T(`13${NBSP}250`, 13250),
        id: 'poultry_flock',
      },
      {
        n: 3,
        l: 'Tỷ lệ hộ gia đình đạt chuẩn văn hóa',
        u: '%',
        p: { pct: 0.95, fmt: '0%' },
        a: T('96%', 96),
        id: 'cultural_family_rate',
      },
      {
        n: 4,
        l: 'Tỷ lệ thôn đạt danh hiệu khu dân cư văn hóa',
        u: '%',
        p: T('95,5 %', 95.5),
        a: { pct: 0.9, fmt: '0.0%' },
        id: 'cultural_village_rate',
      },
      {
        n: 5,
        l: 'Tỷ lệ hộ sử dụng nước hợp vệ sinh',
        u: '%',
        p: 98,
        a: { t: 96.5, fmt: '0.0"%"', n: 96.5 },
        id: 'clean_water_rate',
      },
      {
        n: 6,
        l: 'Tỷ lệ sinh con thứ 3 trở lên',
        u: '%',
        p: { pct: 0.02, fmt: '0.00%' },
        a: { pct: 0.0185, fmt: '0.00%' },
        id: 'third_child_birth_rate',
      },
      {
        n: 7,
        l: 'Số lượt khám chữa bệnh tại trạm y tế',
        u: 'lượt',
        p: T('9 000', 9000),
        a: T('9 415', 9415),
        id: 'health_station_visits',
      },
      {
        n: 8,
        l: 'Tỷ lệ tiêm phòng dại chó',
        u: '%',
        p: T('85%', 85),
        a: T('82,5%', 82.5),
        id: 'dog_rabies_vaccination_rate',
      },
    ],
  });
  await b.save();
}

// 5. Thạch Thành budget (triệu đồng in a title line, no unit column): revenue lines `Thuế GTGT`,
//    `Thuế TNCN`, `Thu khác ngân sách` (not in the catalog → null), a/b under the transfers, the
//    total at the bottom (`Tổng cộng thu ngân sách xã`). Expenditure: group rows
//    I/II and sub-items 1..8 all carry values, a/b/c under culture and administration (parts of a
//    catalog item, not the item → null), `Trong đó:` lines naming no catalog item (null).
async function thachThanh() {
  const b = book('thach-thanh-ngan-sach-r4');
  const ws = b.sheet('Thu NS 2023');
  b.lines(ws, [
    title(1, 'UBND XÃ THẠCH THÀNH'),
    title(2, 'QUYẾT TOÁN THU NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    { r: 3, cells: { E: 'Đơn vị: triệu đồng' } },
  ]);
  const hdr = (r, what) => ({
    r,
    cells: { A: 'STT', B: what, C: 'Dự toán năm 2023', D: 'Quyết toán năm 2023', E: 'So sánh QT/DT (%)' },
  });
  const thu = [
    ['I', 'Thu ngân sách xã hưởng 100%', 520, 566.4, 'revenue_commune_retained'],
    [1, 'Phí, lệ phí', 60, 64.2, 'revenue_fees_charges'],
    [2, 'Thu từ quỹ đất công ích và hoa lợi công sản', 280, 301.5, 'revenue_public_land_assets'],
    [3, 'Thu khác ngân sách', 180, 200.7, null],
    ['II', 'Các khoản thu phân chia theo tỷ lệ %', 1450, 1380.2, 'revenue_shared'],
    [1, 'Thuế GTGT', 85, 92.3, null],
    [2, 'Thuế TNCN', 40, 37.6, null],
    [3, 'Thuế sử dụng đất phi nông nghiệp', 25, 27.1, 'revenue_nonagricultural_land_tax'],
    [4, 'Lệ phí trước bạ nhà, đất', 100, 96.2, 'revenue_land_registration_fee'],
    [5, 'Thu tiền sử dụng đất', 1200, 1127, 'revenue_land_use_fees'],
    ['III', 'Thu bổ sung từ ngân sách cấp trên', 6030, 6310, 'revenue_upper_level_transfers'],
    ['a', 'Bổ sung cân đối', 5400, 5400, null],
    ['b', 'Bổ sung có mục tiêu', 630, 910, null],
    ['IV', 'Thu kết dư ngân sách năm 2022', null, 154.8, 'revenue_prior_year_surplus'],
    ['', 'Tổng cộng thu ngân sách xã', 8000, 8411.4, 'budget_revenue'],
  ];
  b.table(ws, {
    header: [hdr(5, 'Nội dung')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: thu.map(([n, l, p, a, id]) => ({ n, l, p, a, id, x: p ? { E: Math.round((a / p) * 1000) / 10 } : {} })),
  });
  const ws2 = b.sheet('Chi NS 2023');
  b.lines(ws2, [
    title(1, 'UBND XÃ THẠCH THÀNH'),
    title(2, 'QUYẾT TOÁN CHI NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    { r: 3, cells: { E: 'Đơn vị: triệu đồng' } },
  ]);
  const chi = [
    ['A', 'TỔNG CHI NGÂN SÁCH XÃ', 8000, 7705.3, 'budget_expenditure'],
    ['I', 'Chi đầu tư phát triển', 1500, 1420, 'expenditure_development_investment'],
    [1, 'Công trình chuyển tiếp', 600, 600, null],
    [2, 'Công trình khởi công mới', 900, 820, null],
    ['II', 'Chi thường xuyên', 6340, 6285.3, 'expenditure_recurrent'],
    [1, 'Chi quốc phòng - an ninh', 430, 452.1, 'expenditure_defence_security'],
    [2, 'Chi sự nghiệp giáo dục, đào tạo', 150, 141, 'expenditure_education'],
    [3, 'Chi sự nghiệp y tế, dân số và gia đình', 110, 104.5, 'expenditure_health'],
    [4, 'Chi sự nghiệp văn hóa thông tin, thể dục thể thao, truyền thanh', 300, 286.4, 'expenditure_culture_sports'],
    ['a', 'Sự nghiệp văn hóa thông tin', 180, 175, null],
    ['b', 'Sự nghiệp thể dục thể thao', 70, 64.4, null],
    ['c', 'Sự nghiệp truyền thanh', 50, 47, null],
    [5, 'Chi sự nghiệp kinh tế', 900, 880, 'expenditure_economic'],
    ['', 'Trong đó: Sự nghiệp giao thông', 500, 498, null],
    [6, 'Chi sự nghiệp bảo vệ môi trường', 250, 240, 'expenditure_environment'],
    [7, 'Chi đảm bảo xã hội', 700, 735.3, 'expenditure_social_assurance'],
    [8, 'Chi quản lý nhà nước, Đảng, đoàn thể', 3500, 3446, 'expenditure_administration'],
    ['', 'Trong đó: Quỹ lương', 2600, 2590, null],
    ['a', 'Quản lý nhà nước', 2100, 2080, null],
    ['b', 'Đảng Cộng sản Việt Nam', 700, 690, null],
    ['c', 'Mặt trận Tổ quốc và các đoàn thể', 700, 676, null],
    ['III', 'Dự phòng ngân sách', 160, null, 'expenditure_contingency'],
  ];
  b.table(ws2, {
    header: [hdr(5, 'Nội dung')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: chi.map(([n, l, p, a, id]) => ({ n, l, p, a, id, x: a ? { E: Math.round((a / p) * 1000) / 10 } : {} })),
  });
  await b.save();
}

// 6. Kim Sơn, English budget: `No. | Revenue | Budget estimate | Actual | %` and the same for
//    expenditure, `Unit: VND million` above the header, A/I/1 outline, `Other revenue` (null).
async function kimSonEn() {
  const b = book('kim-son-budget-en-r4');
  const ws = b.sheet('Revenue');
  b.lines(ws, [
    title(1, "KIM SON COMMUNE PEOPLE'S COMMITTEE"),
    title(2, 'BUDGET REVENUE IN 2023', 'A2:E2'),
    { r: 3, cells: { E: 'Unit: VND million' } },
  ]);
  const rev = [
    ['A', 'Total budget revenue', 7200, 7512.6, 'budget_revenue'],
    ['I', 'Revenue retained 100% by the commune', 480, 515.2, 'revenue_commune_retained'],
    [1, 'Fees and charges', 55, 61, 'revenue_fees_charges'],
    [2, 'Revenue from public land and public assets', 300, 322.2, 'revenue_public_land_assets'],
    [3, 'Other revenue', 125, 132, null],
    ['II', 'Shared revenue', 900, 842.4, 'revenue_shared'],
    [1, 'Non-agricultural land use tax', 30, 33.4, 'revenue_nonagricultural_land_tax'],
    [2, 'Registration fee on houses and land', 120, 109, 'revenue_land_registration_fee'],
    [3, 'Land use fees', 750, 700, 'revenue_land_use_fees'],
    ['III', 'Transfers from the upper-level budget', 5820, 6020, 'revenue_upper_level_transfers'],
    ['IV', 'Surplus carried over from 2022', null, 135, 'revenue_prior_year_surplus'],
  ];
  const hdr = (r, what) => ({ r, cells: { A: 'No.', B: what, C: 'Budget estimate', D: 'Actual', E: '%' } });
  b.table(ws, {
    header: [hdr(5, 'Revenue')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: rev.map(([n, l, p, a, id]) => ({ n, l, p, a, id, x: p ? { E: Math.round((a / p) * 1000) / 10 } : {} })),
  });
  const ws2 = b.sheet('Expenditure');
  b.lines(ws2, [title(1, 'BUDGET EXPENDITURE IN 2023', 'A1:E1'), { r: 2, cells: { E: 'Unit: VND million' } }]);
  const exp = [
    ['B', 'Total budget expenditure', 7200, 6890.5, 'budget_expenditure'],
    ['I', 'Development investment', 1200, 1105, 'expenditure_development_investment'],
    ['II', 'Recurrent expenditure', 5860, 5785.5, 'expenditure_recurrent'],
    [1, 'Defence and security', 390, 402.3, 'expenditure_defence_security'],
    [2, 'Education and training', 140, 132, 'expenditure_education'],
    [3, 'Health', 90, 85.2, 'expenditure_health'],
    [4, 'Culture, information and sports', 250, 241, 'expenditure_culture_sports'],
    [5, 'Economic services', 800, 790, 'expenditure_economic'],
    [6, 'Environmental protection', 200, 188, 'expenditure_environment'],
    [7, 'Social assurance', 690, 720, 'expenditure_social_assurance'],
    [8, 'State management, the Party and mass organisations', 3300, 3227, 'expenditure_administration'],
    ['III', 'Contingency reserve', 140, '-', 'expenditure_contingency'],
  ];
  b.table(ws2, {
    header: [hdr(4, 'Expenditure')],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 4, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 5,
    rows: exp.map(([n, l, p, a, id]) => ({
      n,
      l,
      p,
      a,
      id,
      x: typeof a === 'number' ? { E: Math.round((a / p) * 1000) / 10 } : {},
    })),
  });
  await b.save();
}

// 7. Hà Trung: a rating table with `Mục tiêu | Kết quả` headers. `Hoàn thành tốt nhiệm vụ` → Tốt,
//    `Hoàn thành xuất sắc nhiệm vụ` → Xuất sắc (met); `Loại Khá` vs `Trung bình` → shortfall;
//    numeric rows beside them.
async function haTrung() {
  const b = book('ha-trung-xep-loai-r4');
  const ws = b.sheet('Đánh giá');
  b.lines(ws, [title(1, 'UBND XÃ HÀ TRUNG'), title(2, 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2023', 'A2:E2')]);
  b.table(ws, {
    header: [{ r: 4, cells: { A: 'STT', B: 'Nội dung', C: 'ĐVT', D: 'Mục tiêu năm 2023', E: 'Kết quả năm 2023' } }],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { n: 1, l: 'Tỷ lệ hộ nghèo', u: '%', p: 3, a: 2.85, id: 'poverty_rate' },
      { n: 2, l: 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', u: '%', p: 98, a: 97.5, id: 'immunization_rate' },
      { n: 3, l: 'Số thanh niên nhập ngũ', u: 'người', p: 12, a: 12, id: 'military_recruitment' },
      {
        n: 4,
        l: 'Xếp loại Công an xã',
        u: '',
        p: { t: 'Hoàn thành tốt nhiệm vụ', r: 'Tốt' },
        a: { t: 'Hoàn thành xuất sắc nhiệm vụ', r: 'Xuất sắc' },
        id: 'commune_police_rating',
      },
      {
        n: 5,
        l: 'Xếp loại công tác quân sự địa phương',
        u: '',
        p: { t: 'Loại Khá', r: 'Khá' },
        a: { t: 'Trung bình', r: 'Trung bình' },
        id: 'local_military_rating',
      },
      { n: 6, l: 'Tỷ lệ hoàn thành công tác tuyên truyền', u: '%', p: 100, a: 100, id: 'propaganda_completion_rate' },
    ],
  });
  await b.save();
}

// 8. Nông Cống: an indicator sheet plus `Danh mục công trình` (`Tên công trình | Địa điểm | Tổng
//    mức đầu tư | Đã giải ngân | Tỷ lệ giải ngân (%)`). The project list is not an indicator
//    table: `Tổng mức đầu tư` is a project's total cost over its life, not the year's plan, and
//    the rows are projects, not indicators — an irrelevant sheet like a staff list → no table.
async function nongCong() {
  const b = book('nong-cong-cong-trinh-r4');
  const ws = b.sheet('Chỉ tiêu KT-XH');
  b.lines(ws, [title(1, 'UBND XÃ NÔNG CỐNG'), title(2, 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023', 'A2:F2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Cùng kỳ năm 2022',
          E: 'Kế hoạch năm 2023',
          F: 'Thực hiện năm 2023',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 5,
    rows: [
      { n: 1, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', pv: 50.5, p: 55, a: 55.8, id: 'income_per_capita' },
      { n: 2, l: 'Tổng thu ngân sách xã', u: 'triệu đồng', pv: 9100, p: 9500, a: 9820, id: 'budget_revenue' },
      { n: 3, l: 'Tỷ lệ rác thải được thu gom, xử lý', u: '%', pv: 88, p: 90, a: 91, id: 'waste_collection_rate' },
      { n: 4, l: 'Số thôn đạt nông thôn mới kiểu mẫu', u: 'thôn', pv: 2, p: 3, a: 3, id: 'model_new_rural_villages' },
    ],
  });
  const ws2 = b.sheet('Danh mục công trình');
  b.lines(ws2, [
    title(1, 'DANH MỤC CÔNG TRÌNH ĐẦU TƯ XÂY DỰNG NĂM 2023', 'A1:F1'),
    { r: 2, cells: { F: 'ĐVT: triệu đồng' } },
    {
      r: 3,
      cells: {
        A: 'STT',
        B: 'Tên công trình',
        C: 'Địa điểm xây dựng',
        D: 'Tổng mức đầu tư',
        E: 'Đã giải ngân',
        F: 'Tỷ lệ giải ngân (%)',
      },
    },
    { r: 4, cells: { A: 1, B: 'Nhà văn hóa thôn Đông', C: 'Thôn Đông', D: 1850, E: 1620, F: 87.6 } },
    { r: 5, cells: { A: 2, B: 'Đường giao thông nội đồng thôn Bắc', C: 'Thôn Bắc', D: 2400, E: 2400, F: 100 } },
    { r: 6, cells: { A: 3, B: 'Trường mầm non (phòng học 2 tầng)', C: 'Trung tâm xã', D: 5200, E: 3100, F: 59.6 } },
    { r: 7, cells: { A: 4, B: 'Kênh tưới tiêu xứ đồng Cửa Đình', C: 'Thôn Nam', D: 950, E: 400, F: 42.1 } },
    { r: 8, cells: { B: 'Cộng', D: 10400, E: 7520, F: 72.3 } },
  ]);
  await b.save();
}

// 9. Quảng Xương: the header `Chỉ tiêu` merged across A:B over a number column A and the label
//    column B (no `STT` header), and `Kế hoạch`/`Thực hiện` each merged across two rows beside a
//    two-row `Đơn vị tính`; numbers typed in A as `1.`, `2.`; a `Tổng số` subtotal of households.
async function quangXuong() {
  const b = book('quang-xuong-tieu-de-gop-r4');
  const ws = b.sheet('Sheet1');
  b.lines(ws, [title(1, 'UBND XÃ QUẢNG XƯƠNG'), title(2, 'TỔNG HỢP CHỈ TIÊU NĂM 2023', 'A2:E2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'Chỉ tiêu', C: 'Đơn vị tính', D: 'Kế hoạch năm 2023', E: 'Thực hiện năm 2023' },
        merge: ['A4:B5', 'C4:C5', 'D4:D5', 'E4:E5'],
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 6,
    rows: [
      { n: '1.', l: 'Năng suất lúa', u: 'tạ/ha', p: 60, a: 61.2, id: 'rice_yield' },
      { n: '2.', l: 'Sản lượng cá nước ngọt', u: 'tấn', p: 320, a: 335, id: 'freshwater_fish_output' },
      { n: '3.', l: 'Diện tích nuôi cá nước ngọt', u: 'ha', p: 85, a: 85, id: 'freshwater_fish_area' },
      { n: '4.', l: 'Số hộ nghèo theo chuẩn đa chiều', u: 'hộ', g: 1 },
      { n: '', l: '- Hộ nghèo', u: 'hộ', p: 60, a: 54, id: null },
      { n: '', l: '- Hộ cận nghèo', u: 'hộ', p: 110, a: 118, id: null },
      { n: '', l: 'Tổng số', u: 'hộ', p: 170, a: 172, id: null },
      { n: '5.', l: 'Tỷ lệ hộ nghèo', u: '%', p: 2.2, a: 1.98, id: 'poverty_rate' },
      {
        n: '6.',
        l: 'Số cơ sở sản xuất CN - TTCN',
        u: 'cơ sở',
        p: 140,
        a: 146,
        id: 'industry_handicraft_establishments',
      },
    ],
  });
  await b.save();
}

// 10. Tĩnh Gia budget: the totals are a bare `Tổng cộng` (bottom of the revenue sheet) and `Tổng số`
//     (top of the expenditure sheet, no outline number). By meaning, on a sheet titled `THU NGÂN
//     SÁCH` / `CHI NGÂN SÁCH`, the grand total of the sheet is the commune's total revenue /
//     expenditure, as an accountant would read it (judgement call: the label alone says nothing).
//     A `Cộng I` subtotal inside an indicator table (gia-loc) stays null; here it is the budget total.
async function tinhGia() {
  const b = book('tinh-gia-tong-cong-r4');
  const hdr = (r) => ({
    r,
    cells: { A: 'STT', B: 'Nội dung', C: 'Dự toán năm 2023', D: 'Thực hiện năm 2023', E: 'Tỷ lệ TH/DT (%)' },
  });
  const ws = b.sheet('Thu');
  b.lines(ws, [
    title(1, 'UBND XÃ TĨNH GIA'),
    title(2, 'BÁO CÁO THU NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    { r: 3, cells: { E: 'ĐVT: đồng' } },
  ]);
  const thu = [
    [1, 'Thu phí, lệ phí', 48000000, 51200000, 'revenue_fees_charges'],
    [2, 'Thu từ quỹ đất công ích, hoa lợi công sản', 210000000, 226500000, 'revenue_public_land_assets'],
    [3, 'Thuế sử dụng đất phi nông nghiệp', 22000000, 23400000, 'revenue_nonagricultural_land_tax'],
    [4, 'Lệ phí trước bạ nhà, đất', 90000000, 84000000, 'revenue_land_registration_fee'],
    [5, 'Thu bổ sung từ ngân sách cấp trên', 5630000000, 5630000000, 'revenue_upper_level_transfers'],
    ['', 'Tổng cộng', 6000000000, 6015100000, 'budget_revenue'],
  ];
  b.table(ws, {
    header: [hdr(5)],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: thu.map(([n, l, p, a, id]) => ({ n, l, p, a, id })),
  });
  const ws2 = b.sheet('Chi');
  b.lines(ws2, [
    title(1, 'UBND XÃ TĨNH GIA'),
    title(2, 'BÁO CÁO CHI NGÂN SÁCH XÃ NĂM 2023', 'A2:E2'),
    { r: 3, cells: { E: 'ĐVT: đồng' } },
  ]);
  const chi = [
    ['', 'Tổng số', 6000000000, 5712000000, 'budget_expenditure'],
    [1, 'Chi đầu tư phát triển', 900000000, 850000000, 'expenditure_development_investment'],
    [2, 'Chi thường xuyên', 5000000000, 4862000000, 'expenditure_recurrent'],
    [3, 'Dự phòng ngân sách', 100000000, null, 'expenditure_contingency'],
  ];
  b.table(ws2, {
    header: [hdr(5)],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 5, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 6,
    rows: chi.map(([n, l, p, a, id]) => ({ n, l, p, a, id })),
  });
  await b.save();
}

async function run() {
  const makers = [giaLoc, yenDinh, thieuHoa, hoangHoa, thachThanh, kimSonEn, haTrung, nongCong, quangXuong, tinhGia];
  for (const make of makers) await make();
  console.log(`wrote ${makers.length} workbooks (pending: ${[...PENDING].join(', ') || 'none'})`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
