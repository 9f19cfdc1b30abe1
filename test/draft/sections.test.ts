/** Where the targets are: headings classified by what they announce, and the plan year. */
import { classifyHeading, isHeading, planYearOf, splitMarker } from '../../src/core/draft/sections';
import { documentFromText } from '../../src/core/draft/document';

const HEADINGS: [string, number | null, string | null][] = [
  ['2. Các chỉ tiêu chủ yếu', 2025, 'targets'],
  ['II. MỤC TIÊU, CHỈ TIÊU NĂM 2025', 2025, 'targets'],
  ['3. Chỉ tiêu cụ thể', 2025, 'targets'],
  ['Một số chỉ tiêu chủ yếu:', 2025, 'targets'],
  ['Đại hội thống nhất 20 chỉ tiêu chủ yếu như sau:', 2030, 'targets'],
  ['Điều 1. Phê chuẩn dự toán thu, chi ngân sách xã năm 2025 như sau:', 2025, 'targets'],
  ['BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2025', 2025, 'targets'],
  ['PHỤ LỤC', 2025, 'targets'],
  ['II. KẾT QUẢ NĂM 2024 VÀ MỤC TIÊU, CHỈ TIÊU NĂM 2025', 2025, 'targets'],
  ['II. MỤC TIÊU, NHIỆM VỤ NĂM 2025', 2025, 'aims'],
  ['1. Mục tiêu tổng quát', 2025, 'general'],
  ['I. MỤC ĐÍCH, YÊU CẦU', 2025, 'general'],
  ['I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023', 2024, 'results'],
  ['1/ về kết quả năm 2025', 2026, 'results'],
  ['III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 2025, 'tasks'],
  ['4. Nhiệm vụ và giải pháp chủ yếu', 2025, 'tasks'],
  ['IV. TỔ CHỨC THỰC HIỆN', 2025, 'other'],
  ['ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I', 2030, null],
  ['1. Về phát triển kinh tế', 2025, null],
];

describe('what a heading announces', () => {
  test.each(HEADINGS)('%s (plan year %p) → %p', (text, year, zone) => {
    expect(classifyHeading(splitMarker(text).text, year)).toBe(zone);
  });
});

const LINES: [string, boolean][] = [
  ['2. Các chỉ tiêu chủ yếu (22 chỉ tiêu)', true],
  ['### 2.1. Các chỉ tiêu về kinh tế:', true],
  ['chỉ tiêu chủ yếu:', true],
  ['(nhóm kinh tế)', true],
  ['* Về kinh tế:', true],
  ['(1) Tốc độ tăng giá trị sản xuất đạt 10 - 10,5%.', false],
  ['1. Kinh tế - xã hội tiếp tục phát triển khá, hoàn thành trên 90% các chỉ tiêu chủ yếu đã đề ra.', false],
  ['- Sản lượng lúa 5.919,6 tấn.', false],
];

describe('a heading or a statement', () => {
  test.each(LINES)('%s → %p', (text, heading) => {
    expect(
      isHeading(
        splitMarker(
          documentFromText(text).blocks[0].kind === 'paragraph'
            ? (documentFromText(text).blocks[0] as { text: string }).text
            : text,
        ),
      ),
    ).toBe(heading);
  });
});

const YEARS: [string, string, number | null][] = [
  [
    "a year's conclusion",
    'KẾT LUẬN\nvề kết quả thực hiện nhiệm vụ năm 2024; phương hướng, nhiệm vụ năm 2025\nI. ĐÁNH GIÁ\nNăm 2024 ...',
    2025,
  ],
  [
    'a term resolution: its last year',
    'NGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ I,\nNHIỆM KỲ 2025 - 2030\n3. Các chỉ tiêu chủ yếu đến năm 2030',
    2030,
  ],
  ['a date is not the plan year', 'Trung Sơn, ngày 28 tháng 12 năm 2023\nKẾT LUẬN\nvề nhiệm vụ năm 2024', 2024],
  [
    'the opening sentence is not the title',
    'KẾT LUẬN\nmục tiêu, nhiệm vụ năm 2026\nNgày 17 tháng 12 năm 2025, Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030 tổ chức Hội nghị lần thứ 5 thảo luận, cho ý kiến về tình hình thực hiện nhiệm vụ chính trị năm 2025.',
    2026,
  ],
  [
    'a pasted list: the year it names, not the one it compares with',
    '- Tổng giá trị sản xuất năm 2025 tăng 8,2% so với năm 2024\n- Đàn lợn 9.500 con',
    2025,
  ],
  [
    'a poverty standard period is no plan year',
    'Điều 2. Mục tiêu, chỉ tiêu kế hoạch năm 2026\n- Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2026 - 2030) còn dưới 3%',
    2026,
  ],
];

describe('the plan year', () => {
  test.each(YEARS)('%s', (_, text, year) => {
    expect(planYearOf(documentFromText(text))).toBe(year);
  });
});
