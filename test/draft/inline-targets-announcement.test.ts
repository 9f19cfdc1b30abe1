/**
 * A paragraph that opens with the genre's announcement of the targets before a colon (`Chỉ tiêu cụ
 * thể: …; …; …`, `Các chỉ tiêu chủ yếu: …`, `Một số chỉ tiêu: …`, `Mục tiêu, chỉ tiêu: …`, in any
 * case) opens the targets stretch, as an inline `Về …:` lead does; the rest of the paragraph is read
 * clause by clause, cut at `;`, and the announcement is no target's name.
 */
import { engine } from '../helpers/engine';

/** [form, the announcement, its marker] */
const FORMS: [string, string, string][] = [
  ['`Chỉ tiêu cụ thể:` after a decimal number', 'Chỉ tiêu cụ thể', '2. '],
  ['`Các chỉ tiêu chủ yếu:` unnumbered', 'Các chỉ tiêu chủ yếu', ''],
  ['`Một số chỉ tiêu:` after a roman number', 'Một số chỉ tiêu', 'II. '],
  ['`Mục tiêu, chỉ tiêu:` after a slash number', 'Mục tiêu, chỉ tiêu', '3/ '],
  ['in capitals', 'CHỈ TIÊU CỤ THỂ', '2. '],
  ['in lower case', 'các chỉ tiêu chủ yếu', ''],
];

describe.each(FORMS)('a targets announcement opening its paragraph: %s', (_, announcement, mark) => {
  const draft = engine.draftFromText(
    [
      'KẾ HOẠCH',
      'phát triển kinh tế - xã hội năm 2026',
      '',
      'I. MỤC TIÊU',
      '1. Mục tiêu tổng quát',
      'Phát triển nông nghiệp hàng hóa; giữ vững quốc phòng - an ninh.',
      '',
      `${mark}${announcement}: Diện tích lúa cả năm 780 ha; tổng đàn gia cầm 54.000 con; tỷ lệ hộ nghèo giảm còn dưới 2,1%; trồng rừng tập trung 45 ha.`,
      '',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Lĩnh vực kinh tế: làm mới 9 km đường giao thông nông thôn; hỗ trợ 30 hộ chuyển đổi cây trồng.',
    ].join('\n'),
  );

  test('the paragraph is read, clause by clause, and only it', () => {
    expect(draft.targets.map((t) => String(t.plan).replace(/,/g, '.'))).toEqual(['780', '54000', 'dưới 2.1', '45']);
  });

  test('the announcement names no target', () => {
    for (const t of draft.targets) expect(JSON.stringify(t).toLowerCase()).not.toContain('chỉ tiêu');
  });
});

test('a lead that only mentions targets in passing opens no stretch', () => {
  const draft = engine.draftFromText(
    [
      'KẾ HOẠCH',
      'phát triển kinh tế - xã hội năm 2026',
      '',
      'I. CÁC CHỈ TIÊU CHỦ YẾU',
      'Diện tích lúa cả năm 780 ha; tổng đàn gia cầm 54.000 con.',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      'Theo dõi kết quả thực hiện các chỉ tiêu: làm mới 9 km đường giao thông nông thôn; hỗ trợ 30 hộ.',
    ].join('\n'),
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([780, 54000]);
});
