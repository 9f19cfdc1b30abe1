/**
 * Tables as res-N wrote them: a text grid with `+---+` borders whose header cells wrap over two lines;
 * two plan columns, an upper level's assignment beside the body's own figure; a column per part of
 * the subject beside the whole's.
 */
import { engine } from '../helpers/engine';

const GRID = [
  'NGHỊ QUYẾT',
  'Về dự toán thu, chi ngân sách xã năm 2026',
  'Điều 1. Quyết định dự toán thu, chi ngân sách xã năm 2026 như sau:',
  '                                        Đơn vị tính: triệu đồng',
  '+-----+------------------------------+---------------+---------------+',
  '| TT  | Nội dung                     | Dự toán huyện | Dự toán xã    |',
  '|     |                              | giao          | xây dựng      |',
  '+-----+------------------------------+---------------+---------------+',
  '| A   | TỔNG THU NGÂN SÁCH XÃ        |        18.450 |        18.920 |',
  '| 1   | Thu bổ sung từ ngân sách cấp trên |     16.350 |        16.350 |',
  '| B   | TỔNG CHI NGÂN SÁCH XÃ        |        18.450 |        18.920 |',
  '| 1   | Chi đầu tư phát triển        |         1.000 |         1.350 |',
  '| 2   | Dự phòng ngân sách           |           370 |           370 |',
  '+-----+------------------------------+---------------+---------------+',
].join('\n');

describe('a text grid table with wrapped header cells', () => {
  const draft = engine.draftFromText(GRID);

  test('is read as a table, one row per line between its borders', () => {
    expect(draft.targets.map((t) => t.indicatorId)).toEqual([
      'budget_revenue',
      'revenue_upper_level_transfers',
      'budget_expenditure',
      'expenditure_development_investment',
      'expenditure_contingency',
    ]);
  });

  test('takes the commune’s own estimate, not what the district assigned', () => {
    expect(draft.targets.map((t) => t.plan)).toEqual([18920, 16350, 18920, 1350, 370]);
  });
});

test('a markdown pipe table keeps a row with an empty first cell as its own row', () => {
  const text = [
    'Các chỉ tiêu chủ yếu năm 2026:',
    '| TT | Chỉ tiêu | ĐVT | KH 2026 |',
    '|---|---|---|---|',
    '| 1 | Tổng đàn lợn | con | 12.000 |',
    '|  | Tổng đàn gia cầm | con | 90.000 |',
  ].join('\n');
  expect(engine.draftFromText(text).targets.map((t) => t.plan)).toEqual([12000, 90000]);
});

const WHOLE = [
  'QUYẾT ĐỊNH',
  'Về việc giao chỉ tiêu kế hoạch năm 2026 cho các thôn',
  'BIỂU GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2026',
  'TT\tChỉ tiêu\tĐVT\tBản Nà\tNà Sài\tLũng Pán\tToàn xã',
  '1\tDiện tích lúa (cả năm)\tha\t58\t46\t22\t126',
  '2\tTổng đàn trâu, bò\tcon\t320\t280\t410\t1.010',
  '3\tTỷ lệ hộ gia đình văn hóa\t%\t88\t85\t80\t84',
].join('\n');

test('a column per village beside the whole commune’s: the whole’s is the plan', () => {
  expect(engine.draftFromText(WHOLE).targets.map((t) => [t.indicatorId, t.plan])).toEqual([
    ['rice_area', 126],
    ['cattle_herd', 1010],
    ['cultural_family_rate', 84],
  ]);
});

/** Lines as res-N's slide, e-mail and notice wrote them. */
const draftItem = (line: string) => engine.draftFromText(`Các chỉ tiêu chủ yếu năm 2026:\n${line}`).targets;

test('a bar between items on one line parts them like a semicolon', () => {
  expect(draftItem('• Heo → 18.000 con | gà, vịt → 160.000 con').map((t) => [t.indicatorId, t.plan])).toEqual([
    ['pig_herd', 18000],
    ['poultry_flock', 160000],
  ]);
});

test('arrows on a slide: ↓ is a reduction, → the level aimed at', () => {
  const [down] = draftItem('• Tỷ lệ sinh con thứ 3 trở lên ↓ 0,5%');
  expect(down).toMatchObject({ plan: 0.5, direction: 'higher' });
  expect(down.label).toMatch(/giảm/i);
  expect(draftItem('• Thu nhập BQ/người → ≥ 78 tr.đ')[0]).toMatchObject({
    indicatorId: 'income_per_capita',
    plan: 'từ 78 trở lên',
  });
});

test('`ko vượt`, không typed in a hurry, is an upper bound', () => {
  expect(draftItem('8/ Tong chi NS ko vuot 10.500 tr.d')[0]).toMatchObject({
    indicatorId: 'budget_expenditure',
    plan: 'không quá 10.500',
  });
});

test('an e-mail’s header lines set nothing', () => {
  const text = [
    'From: Ke toan xa <ketoan@example.org>',
    'Date: Thu, 15 Jan 2026 21:47:12 +0700',
    'Subject: chi tieu KH 2026',
    '',
    'Các chỉ tiêu chủ yếu năm 2026:',
    '1/ Tong dan lon 5.400 con',
  ].join('\n');
  expect(engine.draftFromText(text).targets.map((t) => t.plan)).toEqual([5400]);
});

/** As res-O wrote them. */
test('a bracket that gives the plan of a name is its figure', () => {
  const text = [
    'II. CHỈ TIÊU CỤ THỂ (số trong ngoặc là mức kế hoạch năm 2026)',
    '- Thu nhập bình quân đầu người (KH: 72 triệu đồng/người/năm)',
    '- Diện tích lúa cả năm (KH: 5.400 ha)',
  ].join('\n');
  expect(engine.draftFromText(text).targets.map((t) => [t.indicatorId, t.plan])).toEqual([
    ['income_per_capita', 72],
    ['rice_area', 5400],
  ]);
});

test('rows exported as CSV, under a title in the first row, are a table', () => {
  const text = [
    '"Biểu 01: CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026",,,,,',
    '"STT","Chỉ tiêu","ĐVT","Ước TH 2025","KH 2026","Ghi chú"',
    '"1","Thu nhập bình quân đầu người","Tr.đ/người/năm","74","80",""',
    '"2","Diện tích lúa cả năm","ha","2.960","2.900","Chuyển đổi 60 ha sang cây ăn quả"',
  ].join('\n');
  expect(engine.draftFromText(text).targets.map((t) => [t.indicatorId, t.plan])).toEqual([
    ['income_per_capita', 80],
    ['rice_area', 2900],
  ]);
});

test('`… với các chỉ tiêu chủ yếu sau:` announces the targets; `… các nội dung sau:` does not', () => {
  const targets = (announce: string) =>
    engine.draftFromText(
      [
        'NGHỊ QUYẾT về kế hoạch năm 2026',
        `Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026 ${announce}`,
        'a) Về kinh tế',
        '+ Tổng đàn lợn duy trì 21.000 con;',
        '+ Căn cứ Nghị quyết số 202/2025/QH15 của Quốc hội.',
      ].join('\n'),
    ).targets;
  expect(targets('với các chỉ tiêu chủ yếu sau:').map((t) => t.plan)).toEqual([21000]);
});

/** As res-P wrote them. */
test('an aligned text table keeps its group rows (`A    KINH TẾ`) and its plan year over a note’s', () => {
  const text = [
    'BIỂU TỔNG HỢP CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI',
    'Ghi chú: Số liệu năm 2024 theo Niên giám 2024.',
    'TT   Chỉ tiêu                            ĐVT        TH 2024   ƯTH 2025    KH 2026',
    '---------------------------------------------------------------------------------',
    'A    KINH TẾ',
    '1    Thu nhập bình quân đầu người        tr.đ          39,5       43,0       47,5',
    '2    Tổng đàn lợn                        con          4.100      4.250      4.400',
    'B    VĂN HÓA - XÃ HỘI',
    '3    Tỷ lệ hộ nghèo                      %             9,8        8,1        6,5',
  ].join('\n');
  const draft = engine.draftFromText(text);
  expect(draft.year).toBe(2026);
  expect(draft.targets.map((t) => [t.indicatorId, t.plan])).toEqual([
    ['income_per_capita', 47.5],
    ['pig_herd', 4400],
    ['poverty_rate', 6.5],
  ]);
});

test('a long sentence ending `… đạt các chỉ tiêu sau:` announces the targets', () => {
  const text = [
    'KẾT LUẬN của Ban Thường vụ về tình hình thực hiện nhiệm vụ và định hướng năm 2026',
    '1. Đánh giá chung',
    'Đảng ủy xã lãnh đạo thực hiện đạt và vượt 14/17 chỉ tiêu; tổng đàn gia súc đạt 2.700 con.',
    '2. Đối với năm 2026, Ban Thường vụ Huyện ủy thống nhất yêu cầu Đảng ủy xã lãnh đạo phấn đấu đạt các chỉ tiêu sau:',
    '1) Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm trở lên;',
    '2) Tổng đàn lợn 4.400 con.',
  ].join('\n');
  expect(engine.draftFromText(text).targets.map((t) => t.plan)).toEqual(['từ 48 trở lên', 4400]);
});

test('the years of the documents a plan rests on are not its year; its current state is no target', () => {
  const text = [
    'KẾ HOẠCH',
    'Phát triển cây cà phê bền vững năm 2026',
    'Căn cứ Kế hoạch số 87/KH-UBND của UBND tỉnh về tái canh cà phê giai đoạn 2026 - 2030; căn cứ tình hình thực tế của địa phương, UBND xã xây dựng Kế hoạch như sau:',
    'I. THỰC TRẠNG',
    'Toàn xã hiện có 6.930 ha cà phê, trong đó khoảng 1.450 ha già cỗi.',
    'II. MỤC TIÊU, CHỈ TIÊU',
    '2. Chỉ tiêu cụ thể năm 2026:',
    '- Tái canh cà phê 320 ha;',
    '- Sản lượng hồ tiêu đạt 1.450 tấn.',
  ].join('\n');
  const draft = engine.draftFromText(text);
  expect(draft.year).toBe(2026);
  expect(draft.targets.map((t) => t.plan)).toEqual([320, 1450]);
});

test('a portal’s visitor counter and a road’s number are no figures', () => {
  const plans = engine
    .draftFromText(
      [
        'Các chỉ tiêu chủ yếu năm 2026:',
        '- Giải phóng mặt bằng dự án đường Vành đai 4 đạt 98%.',
        'Tổng truy cập: 2.456.913',
      ].join('\n'),
    )
    .targets.map((t) => t.plan);
  expect(plans).toEqual([98]);
});
