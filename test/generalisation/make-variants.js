#!/usr/bin/env node
/**
 * Builds variant commune workbooks (other communes, wordings, abbreviations, layouts) with their
 * expected results in the format of shared/samples/*.expected.json, to measure how the engine
 * generalises beyond the public samples.
 *
 *   node test/generalisation/make-variants.js   → test/generalisation/workbooks/<name>.xlsx + .expected.json
 *
 * Cell DSL (see book.js) used in the row specs (p = plan, a = actual, pv = previous):
 *   12.5                      a number (expected 12.5)
 *   {pct: 0.266}              a fraction with a % format (expected 26.6)
 *   {t: '1.152,1', n: 1152.1} a number stored as text (expected n; n: null for a placeholder/note)
 *   {t: 'trên 95', b: 95}     a comparator target (expected the text verbatim, bound b)
 *   {t: '9 - 9,5', lo, hi}    a range target (lower end for higher, upper end for lower/ceiling)
 *   {t: 'Loại Khá', r: 'Khá'} a rating (expected the scale word)
 *   {f: 'SUM(D8:D9)', res: x} a formula with its cached result
 *   {err: '#DIV/0!'}          an error value (expected null)
 * Judgement calls an accountant would make are commented where they occur.
 */
'use strict';
const fs = require('fs');
const { WORKBOOKS: OUT, books, title, T } = require('./book');

const book = books({ indent: 1 });

// ---------------------------------------------------------------------------------------------
// 1. Lâm Sơn: `Chỉ tiêu KH giao năm 2023 | Ước TH năm 2023`, abbreviations, text targets, ratings,
//    a signature block under the table.
async function lamSon() {
  const b = book('lam-son-2023');
  const ws = b.sheet('Chỉ tiêu KT-XH');
  b.lines(ws, [
    title(1, 'ỦY BAN NHÂN DÂN XÃ LÂM SƠN'),
    title(2, 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023', 'A2:G2'),
    title(3, '(Kèm theo Báo cáo số 125/BC-UBND ngày 15/12/2023 của UBND xã Lâm Sơn)', 'A3:G3'),
  ]);
  const end = b.table(ws, {
    header: [
      {
        r: 5,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Chỉ tiêu KH giao năm 2023',
          E: 'Ước TH năm 2023',
          F: 'So sánh (%)',
          G: 'Ghi chú',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 6,
    rows: [
      { n: 'I', l: 'KINH TẾ', g: 1 },
      { n: 1, l: 'Tốc độ tăng trưởng GTSX', u: '%', p: 9.5, a: 10.2, id: 'production_value_growth' },
      { n: 2, l: 'Thu nhập BQ/người/năm', u: 'Triệu đồng', p: 52, a: 53.5, id: 'income_per_capita' },
      { n: 3, l: 'Tổng diện tích gieo trồng cây hàng năm', u: 'ha', p: 1250, a: 1262.4, id: 'annual_crop_area' },
      { l: 'Trong đó: Diện tích gieo cấy lúa', u: 'ha', p: 980, a: 975.2, id: 'rice_area' },
      { n: 4, l: 'Năng suất lúa BQ', u: 'Tạ/ha', p: 58, a: 59.1, id: 'rice_yield' },
      { n: 5, l: 'Tổng sản lượng lúa cả năm', u: 'Tấn', p: 5684, a: 5763.4, id: 'rice_output' },
      // All livestock (buffalo, cattle, pigs, goats): neither the cattle nor the pig herd.
      { n: 6, l: 'Tổng đàn gia súc', u: 'Con', p: 4200, a: 4350, id: null },
      { n: 7, l: 'Tỷ lệ tiêm phòng dại cho đàn chó', u: '%', p: 85, a: 81.3, id: 'dog_rabies_vaccination_rate' },
      { n: 8, l: 'Giá trị sản xuất CN-TTCN', u: 'Tỷ đồng', p: 45, a: 47.3, id: 'industry_handicraft_output_value' },
      { n: 9, l: 'Số HTX hoạt động hiệu quả', u: 'HTX', p: 3, a: 2, id: null },
      { n: 10, l: 'Số tiêu chí NTM nâng cao đạt được', u: 'Tiêu chí', p: 15, a: 16, id: 'new_rural_criteria_met' },
      { n: 'II', l: 'VĂN HÓA - XÃ HỘI', g: 1 },
      { n: 1, l: 'Tỷ lệ hộ gia đình đạt danh hiệu GĐVH', u: '%', p: 90, a: 91.5, id: 'cultural_family_rate' },
      // A count of households is not the rate the catalog holds: an accountant would not put
      // 1.872 households next to 91,5 %. Unmapped.
      { n: 2, l: 'Số hộ gia đình đạt GĐVH', u: 'Hộ', p: 1850, a: 1872, id: null },
      { n: 3, l: 'Tỷ lệ tham gia BHYT', u: '%', p: { t: 'trên 95', b: 95 }, a: 96.2, id: 'health_insurance_rate' },
      {
        n: 4,
        l: 'Tỷ lệ hộ nghèo (theo chuẩn đa chiều)',
        u: '%',
        p: { t: 'không quá 1,5', b: 1.5 },
        a: 1.38,
        id: 'poverty_rate',
      },
      { n: 5, l: 'Số lao động được giải quyết việc làm', u: 'Người', p: 150, a: 162, id: 'jobs_created' },
      { n: 6, l: 'Số lao động đi XKLĐ', u: 'Người', p: 20, a: 14, id: 'labour_export' },
      {
        n: 7,
        l: 'Tỷ lệ trẻ em dưới 1 tuổi được TCMR đầy đủ',
        u: '%',
        p: { t: 'tối thiểu 95%', b: 95 },
        a: 97,
        id: 'immunization_rate',
      },
      {
        n: 8,
        l: 'Tỷ lệ tăng dân số tự nhiên',
        u: '%',
        p: T('0,95', 0.95),
        a: 0.98,
        id: 'natural_population_growth_rate',
      },
      { n: 'III', l: 'QUỐC PHÒNG - AN NINH', g: 1 },
      { n: 1, l: 'Giao quân', u: 'Thanh niên', p: 12, a: 12, id: 'military_recruitment' },
      // A wish, not a number: nothing to compare with.
      { n: 2, l: 'Số vụ TNGT', u: 'Vụ', p: T('Giảm so với năm 2022', null), a: 2, id: 'traffic_accidents' },
      {
        n: 3,
        l: 'Xếp loại công tác QS địa phương',
        u: 'Xếp loại',
        p: { t: 'Hoàn thành tốt nhiệm vụ', r: 'Tốt' },
        a: { t: 'Hoàn thành xuất sắc nhiệm vụ', r: 'Xuất sắc' },
        id: 'local_military_rating',
      },
      {
        n: 4,
        l: 'Công an xã',
        u: 'Xếp loại',
        p: { t: 'Trong sạch, vững mạnh', r: 'Tốt' },
        a: { t: 'Loại Khá', r: 'Khá' },
        id: 'commune_police_rating',
      },
    ],
  });
  b.lines(ws, [
    {
      r: end + 1,
      cells: { A: 'Ghi chú: Số liệu ước thực hiện đến hết ngày 31/12/2023.' },
      merge: `A${end + 1}:G${end + 1}`,
    },
    { r: end + 3, cells: { B: 'Người lập biểu', E: 'TM. ỦY BAN NHÂN DÂN' } },
    { r: end + 4, cells: { E: 'CHỦ TỊCH' } },
    { r: end + 7, cells: { B: 'Nguyễn Thị Hoa', E: 'Lê Văn Nam' } },
  ]);
  await b.save();
}

// 2. Mỹ Hòa: `TT | Nội dung | ĐVT | Cùng kỳ | KH năm | TH năm | TH/KH | TH/CK`, year only in the
//    title, heavy abbreviations (SDD = suy dinh dưỡng here), a discontinued row with only TH 2022.
async function myHoa() {
  const b = book('my-hoa-2023');
  const ws = b.sheet('Biểu 01');
  b.lines(ws, [title(1, 'UBND XÃ MỸ HÒA'), title(2, 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHÁT TRIỂN KT-XH NĂM 2023', 'A2:H2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'TT', B: 'Nội dung', C: 'ĐVT', D: 'Cùng kỳ', E: 'KH năm', F: 'TH năm', G: 'TH/KH', H: 'TH/CK' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 5,
    rows: [
      { n: 'I', l: 'Lĩnh vực kinh tế', g: 1 },
      { n: 1, l: 'DT lúa cả năm', u: 'ha', pv: 702, p: 700, a: 705.6, x: { G: 100.8, H: 100.5 }, id: 'rice_area' },
      { n: 2, l: 'NS lúa', u: 'tạ/ha', pv: 61.2, p: 62, a: 60.4, x: { G: 97.4, H: 98.7 }, id: 'rice_yield' },
      { n: 3, l: 'SL lúa', u: 'tấn', pv: 4296, p: 4340, a: 4261.8, x: { G: 98.2, H: 99.2 }, id: 'rice_output' },
      // Cereal output (rice + maize): not rice output.
      { n: 4, l: 'SL lương thực có hạt', u: 'tấn', pv: 4720, p: 4800, a: 4690, id: null },
      { n: 5, l: 'GTSX ngành CN-TTCN', u: 'tỷ đồng', pv: 38, p: 41, a: 42.2, id: 'industry_handicraft_output_value' },
      { n: 6, l: 'Tỷ trọng TM-DV', u: '%', pv: 35.2, p: 36, a: 36.4, id: 'share_trade_services' },
      { n: 7, l: 'Tổng mức bán lẻ HH và DT dịch vụ', u: 'tỷ đồng', pv: 120, p: 130, a: 128.5, id: 'retail_sales' },
      // Discontinued: only last year's figure, no plan or actual → not a data row.
      { n: 8, l: 'Diện tích cây thuốc lá', u: 'ha', pv: 12 },
      { n: 'II', l: 'Lĩnh vực văn hóa - xã hội - môi trường', g: 1 },
      { n: 1, l: 'TL che phủ rừng', u: '%', pv: 38.1, p: 38.5, a: 38.6, id: 'forest_cover_rate' },
      { n: 2, l: 'TL hộ dùng nước HVS', u: '%', pv: 97, p: 98, a: 98.3, id: 'clean_water_rate' },
      { n: 3, l: 'TL thu gom, xử lý rác thải SH', u: '%', pv: 85, p: 90, a: 88, id: 'waste_collection_rate' },
      { n: 4, l: 'Số trường đạt chuẩn QG', u: 'trường', pv: 2, p: 3, a: 3, id: 'national_standard_schools' },
      { n: 5, l: 'TL hộ nghèo', u: '%', pv: 2.9, p: 2.5, a: 2.31, id: 'poverty_rate' },
      { n: 6, l: 'TL trẻ dưới 5 tuổi SDD thể thấp còi', u: '%', pv: 12.1, p: 11.5, a: 11.8, id: 'child_stunting_rate' },
      { n: 7, l: 'TL trẻ dưới 5 tuổi SDD thể nhẹ cân', u: '%', pv: 8.4, p: 8, a: 7.6, id: 'child_underweight_rate' },
      { n: 8, l: 'TL sinh con thứ 3 trở lên', u: '%', pv: 9.2, p: 8.5, a: 9.4, id: 'third_child_birth_rate' },
      { n: 9, l: 'TL KDC đạt danh hiệu văn hóa', u: '%', pv: 80, p: 85, a: 85, id: 'cultural_village_rate' },
      { n: 10, l: 'Số lượt KCB tại TYT', u: 'lượt', pv: 5400, p: 5500, a: 6120, id: 'health_station_visits' },
      // A count of poor households is not in the catalog (only the rate is): null + higher.
      { n: 11, l: 'Số hộ nghèo', u: 'hộ', pv: 52, p: 45, a: 41, id: null },
    ],
  });
  await b.save();
}

// 3. Hà Phong: table starts in column C (A:B empty), two-row merged header `Năm 2023` over
//    `Kế hoạch | TH 6 tháng | Ước thực hiện cả năm`, no STT column, outline bullets in the labels,
//    sub-rows that take their meaning from their parent, fractions with a % format.
async function haPhong() {
  const b = book('ha-phong-2023');
  const ws = b.sheet('Sheet1');
  b.lines(ws, [
    { r: 1, cells: { C: 'BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI XÃ HÀ PHONG' }, merge: 'C1:H1' },
    { r: 3, cells: { G: 'Đơn vị tính: theo từng chỉ tiêu' } },
  ]);
  b.table(ws, {
    header: [
      {
        r: 5,
        cells: { C: 'Chỉ tiêu', D: 'Đơn vị tính', E: 'Năm 2023', H: 'Ghi chú' },
        merge: ['C5:C6', 'D5:D6', 'E5:G5', 'H5:H6'],
      },
      { r: 6, cells: { E: 'Kế hoạch', F: 'TH 6 tháng', G: 'Ước thực hiện cả năm' } },
    ],
    cols: { label: 'C', unit: 'D', plan: 'E', partial: 'F', actual: 'G' },
    expect: { headerRow: 6, label: 'C', unit: 'D', plan: 'E', actual: 'G', previous: null },
    start: 7,
    rows: [
      { l: '1. Nông nghiệp', g: 1 },
      { l: 'a) Trồng trọt', g: 1 },
      { l: '- Diện tích lúa cả năm', u: 'ha', p: 845, h: 420, a: 843.2, id: 'rice_area' },
      // Between rice area and rice output under `Trồng trọt`, a bare `Năng suất bình quân` is rice yield.
      { l: '- Năng suất bình quân', u: 'tạ/ha', p: 60, h: 61, a: 60.8, id: 'rice_yield' },
      { l: '- Sản lượng lúa', u: 'tấn', p: 5070, h: 2562, a: 5126.7, id: 'rice_output' },
      { l: 'b) Chăn nuôi', g: 1 },
      { l: '- Đàn trâu, bò', u: 'con', p: 1500, h: 1480, a: 1462, id: 'cattle_herd' },
      { l: '- Đàn lợn', u: 'con', p: 6000, h: 5200, a: 6150, id: 'pig_herd' },
      { l: '- Đàn gia cầm', u: 'con', p: 45000, h: 41000, a: 47800, id: 'poultry_flock' },
      // Livestock and poultry together: neither catalog rate alone (a judgement call).
      {
        l: '- Tỷ lệ tiêm phòng gia súc, gia cầm',
        u: '%',
        p: { pct: 0.95 },
        h: { pct: 0.6 },
        a: { pct: 0.962 },
        id: null,
      },
      { l: '2. Thủy sản', g: 1 },
      // Under `Thủy sản` the bare `Diện tích nuôi trồng` / `Sản lượng` are the fish indicators.
      { l: '- Diện tích nuôi trồng', u: 'ha', p: 62, h: 62, a: 63.5, id: 'freshwater_fish_area' },
      { l: '- Sản lượng', u: 'tấn', p: 310, h: 140, a: 322.4, id: 'freshwater_fish_output' },
      { l: '3. Môi trường', g: 1 },
      {
        l: '- Tỷ lệ che phủ rừng',
        u: '%',
        p: { pct: 0.42 },
        h: { pct: 0.42 },
        a: { pct: 0.425 },
        id: 'forest_cover_rate',
      },
      {
        l: '- Tỷ lệ hộ sử dụng nước sạch',
        u: '%',
        p: { pct: 0.98 },
        h: { pct: 0.97 },
        a: { pct: 0.979 },
        id: 'clean_water_rate',
      },
      { l: '4. Văn hóa - Xã hội', g: 1 },
      {
        l: '- Tỷ lệ hộ nghèo',
        u: '%',
        p: { pct: 0.032, fmt: '0.00%' },
        h: { pct: 0.035, fmt: '0.00%' },
        a: { pct: 0.0295, fmt: '0.00%' },
        id: 'poverty_rate',
      },
      {
        l: '- Tỷ lệ người dân tham gia BHYT',
        u: '%',
        p: { pct: 0.93 },
        h: { pct: 0.9 },
        a: { pct: 0.915 },
        id: 'health_insurance_rate',
      },
    ],
  });
  await b.save();
}

// 4. Tân Lập budget: `STT | Nội dung | Dự toán | Quyết toán | QT/DT (%)`, year only in the title,
//    `ĐVT: đồng` above the header, abbreviations (SN, QLNN, ĐBXH, QP-AN, LPTB, SDĐ, NN), formulas.
async function tanLap() {
  const b = book('tan-lap-ngan-sach-2023');
  const head = (ws, what) => {
    b.lines(ws, [
      title(1, 'UBND XÃ TÂN LẬP'),
      title(2, `QUYẾT TOÁN ${what} NGÂN SÁCH XÃ NĂM 2023`, 'A2:E2'),
      { r: 3, cells: { D: 'ĐVT: đồng' } },
    ]);
  };
  const header = { r: 4, cells: { A: 'STT', B: 'Nội dung', C: 'Dự toán', D: 'Quyết toán', E: 'QT/DT (%)' } };
  const expect = { headerRow: 4, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null };
  const cols = { stt: 'A', label: 'B', plan: 'C', actual: 'D' };
  const thu = b.sheet('Thu NS');
  head(thu, 'THU');
  b.table(thu, {
    header: [header],
    cols,
    expect,
    start: 5,
    rows: [
      {
        n: 'A',
        l: 'TỔNG THU NSX',
        p: { f: 'C6+C10+C14+C17', res: 7252000000 },
        a: { f: 'D6+D10+D14+D17', res: 7569310500 },
        id: 'budget_revenue',
      },
      { n: 'I', l: 'Các khoản thu NS xã hưởng 100%', p: 512000000, a: 560150000, id: 'revenue_commune_retained' },
      { n: 1, l: 'Phí, lệ phí', p: 60000000, a: 58400000, id: 'revenue_fees_charges' },
      {
        n: 2,
        l: 'Thu từ quỹ đất công ích, hoa lợi công sản',
        p: 300000000,
        a: 331250000,
        id: 'revenue_public_land_assets',
      },
      { n: 3, l: 'Thu khác ngân sách', p: 152000000, a: 170500000, id: null },
      { n: 'II', l: 'Các khoản thu phân chia theo tỷ lệ %', p: 740000000, a: 655900000, id: 'revenue_shared' },
      { n: 1, l: 'Thuế SDĐ phi NN', p: 40000000, a: 42300000, id: 'revenue_nonagricultural_land_tax' },
      { n: 2, l: 'LPTB nhà, đất', p: 200000000, a: 213600000, id: 'revenue_land_registration_fee' },
      { n: 3, l: 'Thu tiền SDĐ', p: 500000000, a: 400000000, id: 'revenue_land_use_fees' },
      { n: 'III', l: 'Thu bổ sung từ NS cấp trên', p: 6000000000, a: 6187260500, id: 'revenue_upper_level_transfers' },
      { n: 1, l: 'Bổ sung cân đối', p: 4200000000, a: 4200000000, id: null },
      { n: 2, l: 'Bổ sung có mục tiêu', p: 1800000000, a: 1987260500, id: null },
      { n: 'IV', l: 'Thu kết dư NS năm 2022', p: 0, a: 166000000, id: 'revenue_prior_year_surplus' },
    ],
  });
  const chi = b.sheet('Chi NS');
  head(chi, 'CHI');
  b.table(chi, {
    header: [header],
    cols,
    expect,
    start: 5,
    rows: [
      { n: 'B', l: 'TỔNG CHI NSX', p: 7252000000, a: 7010455000, id: 'budget_expenditure' },
      { n: 'I', l: 'Chi đầu tư phát triển', p: 1500000000, a: 1498000000, id: 'expenditure_development_investment' },
      { n: 'II', l: 'Chi thường xuyên', p: 5607000000, a: 5512455000, id: 'expenditure_recurrent' },
      { n: 1, l: 'Chi SN kinh tế', p: 420000000, a: 455300000, id: 'expenditure_economic' },
      { n: 2, l: 'Chi SN giáo dục', p: 150000000, a: 148000000, id: 'expenditure_education' },
      { n: 3, l: 'Chi SN y tế', p: 60000000, a: 52000000, id: 'expenditure_health' },
      { n: 4, l: 'Chi SN VHTT - TDTT', p: 120000000, a: 118500000, id: 'expenditure_culture_sports' },
      { n: 5, l: 'Chi ĐBXH', p: 850000000, a: 912000000, id: 'expenditure_social_assurance' },
      { n: 6, l: 'Chi QLNN, Đảng, đoàn thể', p: 3567000000, a: 3421655000, id: 'expenditure_administration' },
      { n: 7, l: 'Chi QP-AN', p: 380000000, a: 365000000, id: 'expenditure_defence_security' },
      { n: 8, l: 'Chi SN môi trường', p: 60000000, a: 40000000, id: 'expenditure_environment' },
      { n: 'III', l: 'Dự phòng NS', p: 145000000, a: T('-', null), id: 'expenditure_contingency' },
    ],
  });
  await b.save();
}

// 5. Phước An: two tables on one sheet (economy, then budget after blank rows and a title),
//    a sheet with only a title and notes, a staff list with a `Kết quả đánh giá` column, and a
//    budget note.
async function phuocAn() {
  const b = book('phuoc-an-2023');
  const ws = b.sheet('Báo cáo');
  b.lines(ws, [title(1, 'BIỂU 01: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023 - XÃ PHƯỚC AN', 'A1:F1')]);
  const end = b.table(ws, {
    header: [
      {
        r: 3,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch năm 2023', E: 'Thực hiện năm 2023', F: 'Ghi chú' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 4,
    rows: [
      { n: 1, l: 'Tổng giá trị sản xuất tăng', u: '%', p: 8, a: 8.3, id: 'production_value_growth' },
      { n: 2, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', p: 58, a: 60.2, id: 'income_per_capita' },
      { n: 3, l: 'Diện tích cao su khai thác', u: 'ha', p: 640, a: 652, id: 'rubber_area' },
      { n: 4, l: 'Sản lượng mủ cao su', u: 'tấn', p: 1020, a: 998.4, id: 'rubber_output' },
      { n: 5, l: 'Diện tích trồng rừng tập trung', u: 'ha', p: 35, a: 41, id: 'forest_planted' },
      { n: 6, l: 'Trồng cây phân tán', u: 'cây', p: 5000, a: 5600, id: 'scattered_trees_planted' },
      { n: 7, l: 'Tỷ lệ Zêbu hóa đàn bò', u: '%', p: 45, a: 47.5, id: 'cattle_zebu_rate' },
      { n: 8, l: 'Số sản phẩm OCOP đạt 3 sao', u: 'sản phẩm', p: 2, a: 1, id: null },
    ],
  });
  const t2 = end + 3;
  b.lines(ws, [
    title(t2, 'BIỂU 02: THU, CHI NGÂN SÁCH XÃ NĂM 2023', `A${t2}:F${t2}`),
    { r: t2 + 1, cells: { E: 'Đơn vị: triệu đồng' } },
  ]);
  b.table(ws, {
    header: [
      {
        r: t2 + 2,
        cells: { A: 'STT', B: 'Nội dung', C: 'ĐVT', D: 'Dự toán năm 2023', E: 'Thực hiện năm 2023', F: 'Tỷ lệ (%)' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: t2 + 2, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: t2 + 3,
    rows: [
      {
        n: 1,
        l: 'Tổng thu ngân sách trên địa bàn',
        u: 'triệu đồng',
        p: 6120,
        a: 6544.7,
        x: { F: { err: '#DIV/0!' } },
        id: 'budget_revenue',
      },
      { n: 2, l: 'Tổng chi ngân sách', u: 'triệu đồng', p: 6120, a: 6233.1, id: 'budget_expenditure' },
      { n: 3, l: 'Tỷ lệ thu thuế, phí, lệ phí', u: '%', p: 100, a: 96, id: 'fees_collection_rate' },
    ],
  });
  const notes = b.sheet('Ghi chú');
  b.lines(notes, [
    title(1, 'GHI CHÚ CÁCH TÍNH CÁC CHỈ TIÊU'),
    title(3, '1. Thu nhập bình quân đầu người tính theo giá hiện hành, năm 2023 đạt 60,2 triệu đồng.'),
    title(4, '2. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025.'),
    title(5, '3. Số liệu thực hiện năm 2023 là số ước đến 31/12/2023; kế hoạch năm 2024 dự kiến.'),
  ]);
  const staff = b.sheet('DS cán bộ');
  b.lines(staff, [
    title(1, 'DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ PHƯỚC AN NĂM 2023', 'A1:F1'),
    {
      r: 3,
      cells: { A: 'STT', B: 'Họ và tên', C: 'Chức vụ', D: 'Năm sinh', E: 'Kết quả đánh giá năm 2023', F: 'Ghi chú' },
    },
    { r: 4, cells: { A: 1, B: 'Nguyễn Văn An', C: 'Chủ tịch UBND', D: 1975, E: 'Hoàn thành tốt nhiệm vụ' } },
    { r: 5, cells: { A: 2, B: 'Trần Thị Bình', C: 'Phó Chủ tịch UBND', D: 1980, E: 'Hoàn thành xuất sắc nhiệm vụ' } },
    { r: 6, cells: { A: 3, B: 'Lê Văn Cường', C: 'Công chức Địa chính', D: 1988, E: 'Hoàn thành nhiệm vụ' } },
    {
      r: 7,
      cells: { A: 4, B: 'Phạm Thị Dung', C: 'Công chức Tài chính - Kế toán', D: 1990, E: 'Hoàn thành tốt nhiệm vụ' },
    },
  ]);
  const memo = b.sheet('Thuyết minh NS');
  b.lines(memo, [
    title(1, 'THUYẾT MINH THU, CHI NGÂN SÁCH NĂM 2023'),
    {
      r: 3,
      cells: { A: 'Tổng thu ngân sách trên địa bàn năm 2023 ước đạt 6.544,7 triệu đồng, bằng 106,9% dự toán.' },
      merge: 'A3:F3',
    },
    { r: 4, cells: { A: 'Kế hoạch', B: 'Nguồn thu chủ yếu từ bổ sung cân đối ngân sách cấp trên.' } },
    { r: 5, cells: { A: 'Thực hiện', B: 'Chi thường xuyên đảm bảo theo dự toán được giao.' } },
  ]);
  await b.save();
}

// 6. Bình Minh (English): `No. | Indicator | Unit | Result 2022 | Target 2023 | Result 2023 |
//    Result/Target (%)`, English wordings, English text numbers, English text targets.
async function binhMinh() {
  const b = book('binh-minh-2023-en');
  const ws = b.sheet('Targets and results');
  b.lines(ws, [
    title(1, "BINH MINH COMMUNE PEOPLE'S COMMITTEE"),
    title(2, 'SOCIO-ECONOMIC TARGETS AND RESULTS, 2023', 'A2:G2'),
  ]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'No.',
          B: 'Indicator',
          C: 'Unit',
          D: 'Result 2022',
          E: 'Target 2023',
          F: 'Result 2023',
          G: 'Result/Target (%)',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 5,
    rows: [
      { n: 'I', l: 'ECONOMY', g: 1 },
      { n: 1, l: 'GDP growth rate of the commune', u: '%', pv: 7.8, p: 8, a: 8.4, id: 'production_value_growth' },
      { n: 2, l: 'Per capita income', u: 'million VND', pv: 48, p: 52, a: 51.3, id: 'income_per_capita' },
      { n: 3, l: 'Paddy area', u: 'ha', pv: 610, p: 600, a: 604, id: 'rice_area' },
      { n: 4, l: 'Paddy yield', u: 'quintals/ha', pv: 56, p: 57, a: 57.8, id: 'rice_yield' },
      {
        n: 5,
        l: 'Paddy production',
        u: 'tonnes',
        pv: T('3,416', 3416),
        p: T('3,420', 3420),
        a: T('3,491.1', 3491.1),
        id: 'rice_output',
      },
      { n: 6, l: 'Number of cooperatives', u: 'coop', pv: 2, p: 3, a: 3, id: null },
      {
        n: 7,
        l: 'Total budget revenue',
        u: 'VND',
        pv: T('5,210,000,000', 5210000000),
        p: T('5,600,000,000', 5600000000),
        a: T('5,812,400,000', 5812400000),
        id: 'budget_revenue',
      },
      { n: 'II', l: 'SOCIAL AFFAIRS', g: 1 },
      {
        n: 1,
        l: 'Multidimensional poverty rate',
        u: '%',
        pv: 3.1,
        p: { t: 'below 2.5', b: 2.5 },
        a: 2.42,
        id: 'poverty_rate',
      },
      {
        n: 2,
        l: 'Health insurance participation rate',
        u: '%',
        pv: 92,
        p: { t: 'at least 95', b: 95 },
        a: 94.1,
        id: 'health_insurance_rate',
      },
      {
        n: 3,
        l: 'Households recognised as cultural families',
        u: '%',
        pv: 88,
        p: 90,
        a: 91.2,
        id: 'cultural_family_rate',
      },
      { n: 4, l: 'Stunting among children under five', u: '%', pv: 9.8, p: 9.5, a: 9.1, id: 'child_stunting_rate' },
      { n: 5, l: 'Trained workers rate', u: '%', pv: 55, p: 60, a: 61, id: null },
      { n: 6, l: 'Forest coverage', u: '%', pv: 44, p: 45, a: 44.6, id: 'forest_cover_rate' },
      { n: 'III', l: 'DEFENCE AND SECURITY', g: 1 },
      { n: 1, l: 'Youth enlisted', u: 'persons', pv: 8, p: 9, a: 9, id: 'military_recruitment' },
      { n: 2, l: 'Traffic accidents', u: 'cases', pv: 4, p: 3, a: 2, id: 'traffic_accidents' },
      {
        n: 3,
        l: 'Commune police',
        u: 'rating',
        pv: 'Good',
        p: { t: 'Excellent', r: 'Xuất sắc' },
        a: { t: 'Good', r: 'Giỏi' },
        id: 'commune_police_rating',
      },
    ],
  });
  await b.save();
}

// 7. Quảng Tiến: `NQ ĐH giao` (term target) before `KH 2023`, numbers stored as Vietnamese
//    text, fractions with a % format, text targets, an own `Đánh giá` column.
async function quangTien() {
  const b = book('quang-tien-2023');
  const ws = b.sheet('KQ thực hiện');
  b.lines(ws, [title(1, 'XÃ QUẢNG TIẾN - KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023', 'A1:G1')]);
  b.table(ws, {
    header: [
      {
        r: 3,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'NQ ĐH giao (2020-2025)',
          E: 'KH 2023',
          F: 'TH 2023',
          G: 'Đánh giá',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'E', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: null },
    start: 4,
    rows: [
      {
        n: 1,
        l: 'Tốc độ tăng trưởng kinh tế',
        u: '%',
        x: { D: { t: 'từ 9% trở lên' } },
        p: { t: 'từ 9% trở lên', b: 9 },
        a: T('8,7', 8.7),
        id: 'production_value_growth',
      },
      {
        n: 2,
        l: 'Thu nhập bình quân đầu người',
        u: 'tr.đ',
        x: { D: 70 },
        p: T('55,5', 55.5),
        a: T('56,12', 56.12),
        id: 'income_per_capita',
      },
      {
        n: 3,
        l: 'Tổng DT gieo trồng',
        u: 'ha',
        x: { D: 1300 },
        p: T('1.152,1', 1152.1),
        a: T('1.160,4', 1160.4),
        id: 'annual_crop_area',
      },
      {
        n: 4,
        l: 'Tổng thu NS trên địa bàn',
        u: 'đồng',
        x: { D: 'x' },
        p: T('4.976.000.000', 4976000000),
        a: T('5.102.340.500', 5102340500),
        id: 'budget_revenue',
      },
      {
        n: 5,
        l: 'Tỷ trọng nông nghiệp',
        u: '%',
        x: { D: 30 },
        p: { pct: 0.32 },
        a: { pct: 0.318 },
        id: 'share_agriculture',
      },
      {
        n: 6,
        l: 'Tỷ trọng CN-TTCN-XD',
        u: '%',
        x: { D: 35 },
        p: { pct: 0.33 },
        a: { pct: 0.335 },
        id: 'share_industry_construction',
      },
      {
        n: 7,
        l: 'Tỷ lệ thôn đạt chuẩn văn hóa',
        u: '%',
        x: { D: 100 },
        p: T('90%', 90),
        a: T('92,3%', 92.3),
        id: 'cultural_village_rate',
      },
      {
        n: 8,
        l: 'Tỷ lệ giảm hộ nghèo',
        u: '%',
        x: { D: 1.5 },
        p: { t: '1 - 1,5', lo: 1, hi: 1.5 },
        a: 1.2,
        id: 'poverty_reduction_rate',
      },
      {
        n: 9,
        l: 'Tỷ lệ tiêm chủng mở rộng',
        u: '%',
        x: { D: 98 },
        p: { t: 'trên 95', b: 95 },
        a: { pct: 0.964 },
        id: 'immunization_rate',
      },
      {
        n: 10,
        l: 'Tỷ lệ trẻ SDD thể nhẹ cân',
        u: '%',
        x: { D: 5 },
        p: { t: 'dưới 6', b: 6 },
        a: T('6,2', 6.2),
        id: 'child_underweight_rate',
      },
      {
        n: 11,
        l: 'Tỷ lệ tăng dân số tự nhiên',
        u: '%',
        x: { D: 1 },
        p: { t: '0,9 - 1', lo: 0.9, hi: 1 },
        a: 0.97,
        id: 'natural_population_growth_rate',
      },
      { n: 12, l: 'Số vụ phạm pháp hình sự', u: 'vụ', x: { D: 'giảm' }, p: 5, a: 4, id: 'criminal_cases' },
      { n: 13, l: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', u: '%', x: { D: 100 }, p: 100, a: T('98,5', 98.5), id: null },
    ],
  });
  await b.save();
}

// 8. Hòa Bình: multi-year two-row header (`Thực hiện năm 2022 | Năm 2023: Kế hoạch, Ước thực
//    hiện | Kế hoạch năm 2024 | So sánh: TH/KH 2023, TH 2023/TH 2022`) and a column-number row.
async function hoaBinh() {
  const b = book('hoa-binh-2023');
  const ws = b.sheet('KT-XH 2023');
  b.lines(ws, [
    title(1, 'ĐẢNG BỘ XÃ HÒA BÌNH'),
    title(2, 'PHỤ LỤC: MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023 VÀ KẾ HOẠCH NĂM 2024', 'A2:J2'),
  ]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'TT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Thực hiện năm 2022',
          E: 'Năm 2023',
          G: 'Kế hoạch năm 2024',
          H: 'So sánh (%)',
        },
        merge: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:G5', 'H4:I4'],
      },
      { r: 5, cells: { E: 'Kế hoạch', F: 'Ước thực hiện', H: 'TH/KH 2023', I: 'TH 2023/TH 2022' } },
      {
        r: 6,
        cells: {
          A: '(1)',
          B: '(2)',
          C: '(3)',
          D: '(4)',
          E: '(5)',
          F: '(6)',
          G: '(7)',
          H: '(8)=(6)/(5)',
          I: '(9)=(6)/(4)',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 6, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 7,
    rows: [
      { n: 'I', l: 'Các chỉ tiêu kinh tế', g: 1 },
      {
        n: 1,
        l: 'Tổng giá trị sản xuất (giá SS 2010)',
        u: 'tỷ đồng',
        pv: 412,
        p: 445,
        a: 447.2,
        x: { G: 480 },
        id: null,
      },
      { n: 2, l: 'Tốc độ tăng trưởng', u: '%', pv: 7.6, p: 8, a: 8.5, x: { G: 8.5 }, id: 'production_value_growth' },
      { n: 3, l: 'Sản lượng lương thực có hạt', u: 'tấn', pv: 6480, p: 6500, a: 6522, x: { G: 6550 }, id: null },
      // `thóc` under the cereal total is rice output.
      { l: 'Trong đó: thóc', u: 'tấn', pv: 6010, p: 6050, a: 6084, x: { G: 6100 }, id: 'rice_output' },
      { n: 4, l: 'Tổng đàn trâu, bò', u: 'con', pv: 2300, p: 2350, a: 2290, x: { G: 2400 }, id: 'cattle_herd' },
      { n: 5, l: 'Tổng mức bán lẻ hàng hóa', u: 'tỷ đồng', pv: 150, p: 165, a: 171, x: { G: 180 }, id: 'retail_sales' },
      { n: 'II', l: 'Các chỉ tiêu xã hội', g: 1 },
      { n: 6, l: 'Tỷ lệ hộ nghèo đa chiều', u: '%', pv: 3.8, p: 3, a: 2.95, x: { G: 2.3 }, id: 'poverty_rate' },
      { n: 7, l: 'Số hộ nghèo', u: 'hộ', pv: 62, p: 50, a: 48, x: { G: 40 }, id: null },
      { n: 8, l: 'Giải quyết việc làm mới', u: 'lao động', pv: 240, p: 250, a: 262, x: { G: 260 }, id: 'jobs_created' },
      { n: 9, l: 'Xuất khẩu lao động', u: 'người', pv: 30, p: 35, a: 28, x: { G: 35 }, id: 'labour_export' },
      {
        n: 10,
        l: 'Tỷ lệ học sinh tốt nghiệp THCS',
        u: '%',
        pv: 99.1,
        p: 99,
        a: 100,
        x: { G: 99 },
        id: 'lower_secondary_graduation_rate',
      },
      {
        n: 11,
        l: 'Tỷ lệ học sinh hoàn thành chương trình tiểu học',
        u: '%',
        pv: 100,
        p: 100,
        a: 99.6,
        x: { G: 100 },
        id: 'primary_completion_rate',
      },
      {
        n: 12,
        l: 'Số thôn đạt chuẩn NTM kiểu mẫu',
        u: 'thôn',
        pv: 1,
        p: 2,
        a: 2,
        x: { G: 3 },
        id: 'model_new_rural_villages',
      },
    ],
  });
  await b.save();
}
// `Tổng giá trị sản xuất` (a value in tỷ đồng) is not the growth rate: null.

// 9. Xuân Phong: `STT | Tên chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ % | Ghi chú`, units in the
//    labels, STT `1.` / `a)` in the STT column, lower-is-better and ceiling rows.
async function xuanPhong() {
  const b = book('xuan-phong-2023');
  const ws = b.sheet('Tổng hợp');
  b.lines(ws, [title(1, 'UBND XÃ XUÂN PHONG'), title(2, 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023', 'A2:F2')]);
  b.table(ws, {
    header: [
      { r: 4, cells: { A: 'STT', B: 'Tên chỉ tiêu', C: 'Kế hoạch', D: 'Thực hiện', E: 'Tỷ lệ %', F: 'Ghi chú' } },
    ],
    cols: { stt: 'A', label: 'B', plan: 'C', actual: 'D' },
    expect: { headerRow: 4, label: 'B', unit: null, plan: 'C', actual: 'D', previous: null },
    start: 5,
    rows: [
      { n: '1.', l: 'Thu nhập bình quân đầu người (triệu đồng/người/năm)', p: 48, a: 49.6, id: 'income_per_capita' },
      { n: '2.', l: 'Sản xuất nông nghiệp', g: 1 },
      { n: 'a)', l: 'Diện tích gieo trồng cây hàng năm (ha)', p: 920, a: 931.5, id: 'annual_crop_area' },
      { n: 'b)', l: 'Diện tích sắn (ha)', p: 150, a: 143, id: 'tuber_area' },
      { n: 'c)', l: 'Sản lượng sắn tươi (tấn)', p: 3000, a: 2870, id: 'tuber_output' },
      { n: 'd)', l: 'Diện tích nuôi trồng thủy sản (ha)', p: 25, a: 25, id: 'freshwater_fish_area' },
      { n: '3.', l: 'Thu, chi ngân sách', g: 1 },
      { n: 'a)', l: 'Tổng thu ngân sách xã (triệu đồng)', p: 5200, a: 5410.5, id: 'budget_revenue' },
      { n: 'b)', l: 'Tổng chi ngân sách xã (triệu đồng)', p: 5200, a: 5350.2, id: 'budget_expenditure' },
      { n: '4.', l: 'Dân số - y tế', g: 1 },
      { n: 'a)', l: 'Tỷ lệ sinh con thứ 3 trở lên (%)', p: 12, a: 10.5, id: 'third_child_birth_rate' },
      {
        n: 'b)',
        l: 'Tỷ lệ trẻ em SDD thể nhẹ cân (%)',
        p: { t: 'dưới 5', b: 5 },
        a: 4.2,
        id: 'child_underweight_rate',
      },
      { n: 'c)', l: 'Số lượt khám, chữa bệnh tại Trạm Y tế (lượt)', p: 4000, a: 4380, id: 'health_station_visits' },
      { n: '5.', l: 'Số vụ phạm pháp hình sự (vụ)', p: 3, a: 5, id: 'criminal_cases' },
      { n: '6.', l: 'Số vụ tai nạn giao thông (vụ)', p: 2, a: 0, id: 'traffic_accidents' },
      {
        n: '7.',
        l: 'Tỷ lệ hoàn thành các chỉ tiêu Công an huyện giao (%)',
        p: 100,
        a: 100,
        id: 'police_targets_completion_rate',
      },
      { n: '8.', l: 'Số hồ sơ đăng ký kinh doanh (hồ sơ)', p: 40, a: 46, id: null },
    ],
  });
  await b.save();
}

// 10. Kim Liên: headers without diacritics `Chi tieu | DVT | KH nam 2023 | TH 9 thang | Uoc TH ca
//     nam | % so KH`, labels without diacritics.
async function kimLien() {
  const b = book('kim-lien-2023');
  const ws = b.sheet('Bieu so 1');
  b.lines(ws, [title(1, 'UBND XA KIM LIEN'), title(2, 'CAC CHI TIEU KINH TE - XA HOI CHU YEU NAM 2023', 'A2:G2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'TT',
          B: 'Chi tieu',
          C: 'DVT',
          D: 'KH nam 2023',
          E: 'TH 9 thang',
          F: 'Uoc TH ca nam',
          G: '% so KH',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', partial: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'F', previous: null },
    start: 5,
    rows: [
      { n: 'A', l: 'KINH TE', g: 1 },
      { n: 1, l: 'Toc do tang truong gia tri san xuat', u: '%', p: 10, h: 7.1, a: 10.4, id: 'production_value_growth' },
      { n: 2, l: 'Thu nhap binh quan dau nguoi', u: 'trieu dong', p: 60, h: 44, a: 61.5, id: 'income_per_capita' },
      { n: 3, l: 'Dien tich lua ca nam', u: 'ha', p: 520, h: 520, a: 518, id: 'rice_area' },
      { n: 4, l: 'Nang suat lua', u: 'ta/ha', p: 62, h: 61.5, a: 62.4, id: 'rice_yield' },
      { n: 5, l: 'San luong lua', u: 'tan', p: 3224, h: 3198, a: 3232.3, id: 'rice_output' },
      { n: 6, l: 'Tong dan lon', u: 'con', p: 3500, h: 3100, a: 3320, id: 'pig_herd' },
      { n: 'B', l: 'VAN HOA - XA HOI', g: 1 },
      { n: 1, l: 'Ty le gia dinh van hoa', u: '%', p: 92, h: null, a: 93.5, id: 'cultural_family_rate' },
      { n: 2, l: 'Ty le ho ngheo', u: '%', p: 1.8, h: 2.1, a: 1.75, id: 'poverty_rate' },
      { n: 3, l: 'Ty le tham gia BHYT', u: '%', p: 95, h: 91, a: 94.2, id: 'health_insurance_rate' },
      { n: 4, l: 'Ty le ho su dung nuoc hop ve sinh', u: '%', p: 100, h: 99, a: 100, id: 'clean_water_rate' },
    ],
  });
  await b.save();
}

// 11. Đông Sơn: plan and actual headers without a year next to `Thực hiện năm 2022`, the year
//     only in the title, and a standalone `TH 2023/TH 2022` ratio column.
async function dongSon() {
  const b = book('dong-son-2023');
  const ws = b.sheet('Chỉ tiêu');
  b.lines(ws, [title(1, 'UBND XÃ ĐÔNG SƠN'), title(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023', 'A2:H2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: {
          A: 'STT',
          B: 'Chỉ tiêu',
          C: 'ĐVT',
          D: 'Thực hiện năm 2022',
          E: 'Kế hoạch',
          F: 'Thực hiện',
          G: 'TH 2023/TH 2022',
          H: 'Ghi chú',
        },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 5,
    rows: [
      {
        n: 1,
        l: 'Tốc độ tăng giá trị sản xuất',
        u: '%',
        pv: 7.2,
        p: 7.5,
        a: 7.9,
        x: { G: 109.7 },
        id: 'production_value_growth',
      },
      {
        n: 2,
        l: 'Thu nhập bình quân đầu người',
        u: 'triệu đồng',
        pv: 45.1,
        p: 49,
        a: 48.2,
        x: { G: 106.9 },
        id: 'income_per_capita',
      },
      { n: 3, l: 'Diện tích gieo trồng lúa', u: 'ha', pv: 402, p: 400, a: 398.5, x: { G: 99.1 }, id: 'rice_area' },
      { n: 4, l: 'Sản lượng lúa', u: 'tấn', pv: 2390, p: 2400, a: 2431, x: { G: 101.7 }, id: 'rice_output' },
      { n: 5, l: 'Tỷ lệ hộ nghèo', u: '%', pv: 2.8, p: 2.2, a: 2.05, x: { G: 73.2 }, id: 'poverty_rate' },
      {
        n: 6,
        l: 'Tỷ lệ người dân tham gia BHYT',
        u: '%',
        pv: 93.4,
        p: 95,
        a: 95.3,
        x: { G: 102 },
        id: 'health_insurance_rate',
      },
      { n: 7, l: 'Số vụ tai nạn giao thông', u: 'vụ', pv: 3, p: 2, a: 3, x: { G: 100 }, id: 'traffic_accidents' },
    ],
  });
  await b.save();
}

async function run() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const make of [
    lamSon,
    myHoa,
    haPhong,
    tanLap,
    phuocAn,
    binhMinh,
    quangTien,
    hoaBinh,
    xuanPhong,
    kimLien,
    dongSon,
  ])
    await make();
  console.log(`wrote ${fs.readdirSync(OUT).filter((f) => f.endsWith('.xlsx')).length} workbooks to ${OUT}`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
