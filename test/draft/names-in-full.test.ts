/**
 * A target is named in full, the way its text names it (found on res-A…M, kept by kind):
 * - a comma inside a name joins a list (`chi bộ thôn, làng`, `đường, hẻm`, `thu gom, xử lý`);
 * - a label led by its measure (`Tỷ lệ …`) is a name to its end: its last words are not what it names;
 * - a part (`trong đó …`) is named in its whole's terms;
 * - a unit that is a noun of things counted heads the name (`1.000 cây xanh`, `650 hộ kinh doanh`);
 * - a thing without its measure takes the measure its unit implies (`Lúa cả năm 540 ha` is an area);
 * - titles awarded to a unit are ratings (`đạt danh hiệu "Đơn vị Quyết thắng"`);
 * - a herd named by one species is the herd; a unit's military by any of its names.
 */
import { engine } from '../helpers/engine';

const draft = (line: string) => engine.draftFromText(`Các chỉ tiêu chủ yếu năm 2026:\n- ${line}`);
const labels = (line: string) => draft(line).targets.map((t) => t.label);

const LISTS_IN_A_NAME: [string, string][] = [
  ['100% chi bộ thôn, làng có đảng viên là người dân tộc thiểu số.', 'Chi bộ thôn, làng có đảng viên'],
  ['100% tuyến phố, ngõ phố có hệ thống chiếu sáng công cộng.', 'Tuyến phố, ngõ phố có hệ thống chiếu sáng'],
  ['100% đường, hẻm chính được bê tông hóa, nhựa hóa.', 'Đường, hẻm chính được bê tông hóa'],
];

describe.each(LISTS_IN_A_NAME)('a comma inside a name after its figure: %s', (line, start) => {
  test('keeps the whole list', () => {
    expect(labels(line)[0]).toContain(start);
  });
});

test('words after the figure that say how are still no part of the name', () => {
  expect(labels('Giao 25 công dân nhập ngũ, đảm bảo chất lượng.')[0]).not.toMatch(/chất lượng/);
});

test('a measure-led label is not named by its last words', () => {
  const [t] = draft('Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 50%.').targets;
  expect(t.label).toBe('Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý');
  // Wastewater is not solid waste: `thu gom, xử lý` alone would have said waste collection.
  expect(t.indicatorId).toBeNull();
});

test('a measure-led label keeps its subject before a directive inside it', () => {
  const [t] = draft(
    'Tỷ lệ cơ sở chăn nuôi tập trung có hệ thống xử lý chất thải bảo đảm vệ sinh môi trường đạt 85%.',
  ).targets;
  expect(t.label).toBe('Tỷ lệ cơ sở chăn nuôi tập trung có hệ thống xử lý chất thải');
});

const PARTS: [string, string][] = [
  [
    'Tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 35%.',
    'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
  ],
  ['Tỷ lệ hộ dân sử dụng nước hợp vệ sinh 100%, trong đó nước sạch 45%.', 'Tỷ lệ hộ dân sử dụng nước sạch'],
];

describe.each(PARTS)('a part in its whole’s terms: %s', (line, part) => {
  test(`is named “${part}”`, () => {
    expect(labels(line)).toContain(part);
  });
});

test('coordinated acts before an area are acts, not the thing', () => {
  expect(labels('Duy trì và phát triển 1.420 ha cây ăn trái.')[0]).toBe('Diện tích cây ăn trái');
});

const NOUN_UNITS: [string, RegExp][] = [
  ['Phát triển mới 650 hộ kinh doanh.', /hộ kinh doanh/],
  ['Trồng mới 1.000 cây xanh đô thị.', /cây xanh đô thị/],
  ['Đón 650.000 lượt khách du lịch.', /lượt khách du lịch/],
];

describe.each(NOUN_UNITS)('a unit that heads the name: %s', (line, name) => {
  test('stays in the label', () => {
    expect(labels(line)[0]).toMatch(name);
  });
});

test('a unit followed by words of amount or time is only the unit', () => {
  const [t] = draft('Giải quyết việc làm cho 400 lao động trở lên.').targets;
  expect(t.label).not.toMatch(/lao động trở lên/);
});

const IMPLIED_MEASURE: [string, string][] = [
  ['Lúa cả năm 540 ha.', 'rice_area'],
  ['Sắn 520 ha.', 'tuber_area'],
  ['Heo 11.000 con.', 'pig_herd'],
];

describe.each(IMPLIED_MEASURE)('a thing without its measure: %s', (line, id) => {
  test(`is ${id} by its unit`, () => {
    expect(draft(line).targets[0].indicatorId).toBe(id);
  });
});

const TITLES: [string, string, RegExp][] = [
  ['Công an xã đạt danh hiệu "Đơn vị Quyết thắng".', 'commune_police_rating', /quyết thắng/i],
  ['Công an xã hằng năm đạt danh hiệu Đơn vị tiên tiến trở lên.', 'commune_police_rating', /tiên tiến/i],
  ['Lực lượng vũ trang xã xếp loại Vững mạnh toàn diện.', 'local_military_rating', /vững mạnh toàn diện/i],
  ['Ban CHQS xã hoàn thành xuất sắc nhiệm vụ.', 'local_military_rating', /xuất sắc/i],
];

describe.each(TITLES)('a title awarded or a rating: %s', (line, id, plan) => {
  test(`is ${id}`, () => {
    const [t] = draft(line).targets;
    expect(t).toMatchObject({ indicatorId: id, direction: 'rating' });
    expect(String(t.plan)).toMatch(plan);
  });
});

const SYNONYMS: [string, string][] = [
  ['Tổng đàn bò 4.200 con.', 'cattle_herd'],
  ['Đàn trâu 1.900 con.', 'cattle_herd'],
  ['Huy động trẻ 6 tuổi vào lớp 1 đạt 100%.', 'school_enrollment_rate'],
  ['Tỷ lệ hộ nghèo theo chuẩn thành phố còn 0,5%.', 'poverty_rate'],
  ['Cơ cấu kinh tế: nông nghiệp chiếm 35%.', 'share_agriculture'],
  ['Giao quân đạt 100% chỉ tiêu huyện giao.', 'military_recruitment'],
  ['100% trường học đạt chuẩn quốc gia.', 'national_standard_schools'],
];

describe.each(SYNONYMS)('named another way: %s', (line, id) => {
  test(`is ${id}`, () => {
    expect(draft(line).targets.map((t) => t.indicatorId)).toContain(id);
  });
});

const NOT_FIGURES: [string, string][] = [
  ['a list of service levels', 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đạt 60%.'],
  ['a phone number', 'Mọi ý kiến xin liên hệ ĐT DĐ: 427 306 918.'],
  ['a day and month after ngày', 'Các thôn gửi báo cáo trước ngày 24/12 về Văn phòng.'],
  ['a page counter', 'Cập nhật 09:15 | Lượt xem: 1.248'],
];

describe.each(NOT_FIGURES)('no figure: %s', (_, line) => {
  test('sets no target with its numbers', () => {
    const plans = draft(line).targets.map((t) => t.plan);
    expect(plans.filter((p) => p !== 60)).toEqual([]);
  });
});

test('a term year named once in a speech about next year is not the plan year', () => {
  const text = [
    'BÀI PHÁT BIỂU CHỈ ĐẠO',
    'của đồng chí Bí thư Đảng ủy tại Kỳ họp thứ Bảy, Hội đồng nhân dân xã khóa XII',
    'Kính thưa các vị đại biểu, thưa toàn thể các đồng chí!',
    'Hôm nay Hội đồng nhân dân xã họp để đánh giá kết quả thực hiện nhiệm vụ năm 2025 và quyết định những nội dung quan trọng của năm 2026, năm đầu thực hiện Nghị quyết Đại hội.',
    'Bước sang năm 2026, tôi đề nghị các vị đại biểu và cả hệ thống chính trị phải quyết tâm cao hơn: thu nhập bình quân đầu người phải đạt 66 triệu đồng, tỷ lệ hộ nghèo còn dưới 1,35%.',
    'Thưa các đồng chí, Nghị quyết Đại hội đặt ra đến năm 2030 thu nhập bình quân đạt 100 triệu đồng, nghĩa là mỗi năm chúng ta phải tăng trên 8 triệu đồng.',
  ].join('\n');
  expect(engine.draftFromText(text).year).toBe(2026);
});

/** Found on res-O after its first sight. */
test('a part that is a kind of the whole’s thing is measured as the whole is', () => {
  expect(labels('Tổng sản lượng thủy sản 48.500 tấn, trong đó khai thác 43.000 tấn.')).toContain(
    'Sản lượng thủy sản khai thác',
  );
});

const SCOPED_BUDGET: [string, string][] = [
  ['Thu ngân sách nhà nước trên địa bàn 31.450 triệu đồng.', 'budget_revenue'],
  ['Tổng thu NSNN trên địa bàn 29.000 triệu đồng.', 'budget_revenue'],
];

describe.each(SCOPED_BUDGET)('a budget total named by its scope in a list of targets: %s', (line, id) => {
  test(`is ${id}`, () => {
    expect(draft(line).targets[0].indicatorId).toBe(id);
  });
});

test('the commune budget’s own total keeps the indicator over one named by its scope', () => {
  const targets = draft(
    'Thu ngân sách nhà nước trên địa bàn 9.850 triệu đồng; tổng thu ngân sách xã 18.920 triệu đồng.',
  ).targets;
  expect(targets.find((t) => t.indicatorId === 'budget_revenue')?.plan).toBe(18920);
});

const UNIT_SAYS_MEASURE: [string, string][] = [
  ['Cá nước ngọt 260 ha.', 'freshwater_fish_area'],
  ['Diện tích khoai tây, khoai lang vụ đông 310 ha.', 'tuber_area'],
  ['Tỷ lệ trẻ em 6 - 14 tuổi đến trường 99,7%.', 'school_enrollment_rate'],
  ['Cơ cấu kinh tế: nông nghiệp 15%, dịch vụ 40%.', 'share_agriculture'],
];

describe.each(UNIT_SAYS_MEASURE)('named by its kind, season or age span: %s', (line, id) => {
  test(`is ${id}`, () => {
    expect(draft(line).targets.map((t) => t.indicatorId)).toContain(id);
  });
});

test('when the announced stretch gives nothing, the rest of the text but last year’s results is read', () => {
  const text = [
    'KẾ HOẠCH phát triển kinh tế - xã hội năm 2026',
    'I. KẾT QUẢ NĂM 2025',
    '- Tổng đàn lợn đạt 11.200 con; thu nhập bình quân đầu người 56 triệu đồng.',
    'II. CHỈ TIÊU NĂM 2026',
    'Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu Nghị quyết Hội đồng nhân dân xã giao.',
    'III. NHIỆM VỤ CỤ THỂ',
    '- Tổng đàn lợn 12.000 con;',
    '- Thu nhập bình quân đầu người 60 triệu đồng;',
    '- Tỷ lệ hộ nghèo còn dưới 2%.',
  ].join('\n');
  const plans = engine.draftFromText(text).targets.map((t) => t.plan);
  expect(plans).toEqual(expect.arrayContaining([12000, 60, 'dưới 2']));
  expect(plans).not.toContain(11200);
});
