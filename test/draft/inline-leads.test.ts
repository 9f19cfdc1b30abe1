/**
 * A numbered paragraph whose lead names its stretch before a colon, on the same line as what it
 * announces (`1. Về kết quả năm 2025: …`, `3. Về nhiệm vụ, giải pháp: …`): the lead opens that stretch
 * as a heading would, so last year's figures and the tasks' figures are no targets, and the targets
 * announced inline are read.
 */
import { engine } from '../helpers/engine';

/** [form, results paragraph, targets paragraph, tasks paragraph] */
const FORMS: [string, string, string, string][] = [
  [
    'decimal numbers, `Về …:`',
    '1. Về kết quả năm 2025: diện tích lúa đạt 700 ha; thu nhập bình quân 50 triệu đồng.',
    '2. Về mục tiêu, chỉ tiêu năm 2026: phấn đấu diện tích lúa 812 ha; trồng rừng tập trung 65 ha.',
    '3. Về nhiệm vụ, giải pháp: bảo đảm nước tưới cho 1.900 ha cà phê.',
  ],
  [
    'roman numbers, `về` in lower case',
    'I. về tình hình thực hiện năm 2025: đàn trâu bò 2.000 con; tỷ lệ hộ nghèo còn 5,1%.',
    'II. về các chỉ tiêu chủ yếu năm 2026: đàn trâu bò 2.150 con; tỷ lệ hộ nghèo dưới 4%.',
    'III. về giải pháp thực hiện: làm mới 12 km đường giao thông nông thôn.',
  ],
  [
    'unnumbered paragraphs',
    'Về đánh giá kết quả năm 2025: kết nạp 10 đảng viên mới; tỷ lệ che phủ rừng 40%.',
    'Về chỉ tiêu năm 2026: kết nạp 14 đảng viên mới; tỷ lệ che phủ rừng 41%.',
    'Về tổ chức thực hiện: hoàn thành kế hoạch trong 15 ngày.',
  ],
];

FORMS.push([
  'a lead that names its year, no `Về`',
  'Kết quả năm 2025: đàn lợn 9.000 con; thu nhập bình quân 48 triệu đồng.',
  'Chỉ tiêu năm 2026: đàn lợn 9.600 con; trồng rừng tập trung 30 ha.',
  'Về giải pháp: làm mới 8 km đường giao thông nông thôn.',
]);

describe.each(FORMS)('a stretch announced in its paragraph: %s', (_, results, targets, tasks) => {
  const draft = engine.draftFromText(
    `KẾT LUẬN\nvề nhiệm vụ năm 2026\n\nBan Chấp hành kết luận:\n\n${results}\n\n${targets}\n\n${tasks}`,
  );
  const plans = draft.targets.map((t) => String(t.plan));

  test('only the targets paragraph is read', () => {
    expect(plans.length).toBe(2);
    for (const p of plans) expect(targets.replace(/\./g, '').replace(/,/g, '.')).toContain(p.replace(/\D+$/, ''));
  });
});

test('a lead that states the aim in words does not close the targets after it', () => {
  const draft = engine.draftFromText(
    'KẾT LUẬN\nvề nhiệm vụ năm 2026\n\n2. Năm 2026, Hội nghị thống nhất mục tiêu chung: phát triển du lịch cộng đồng. Hội nghị thống nhất 3 chỉ tiêu: diện tích chè 410 ha; trồng rừng 150 ha; kết nạp 12 đảng viên mới.',
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([410, 150, 12]);
});
