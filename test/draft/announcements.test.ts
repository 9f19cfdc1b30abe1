/**
 * The same targets, announced in the many ways resolutions announce them (or not at all), drafted
 * alike; last year's results and the tasks around them are not targets.
 */
import { engine } from '../helpers/engine';

const TARGETS = ['- Sản lượng lúa 5.250 tấn.', '- Tỷ lệ hộ nghèo còn dưới 2%.', '- Kết nạp 12 đảng viên mới.'].join(
  '\n',
);
const RESULTS = 'Năm 2024 sản lượng lúa đạt 5.100 tấn; tỷ lệ hộ nghèo còn 2,4%; kết nạp 9 đảng viên.';
const TASKS =
  'Tập trung chỉ đạo sản xuất, duy trì 37 mã số vùng trồng; hoàn thành 5 km kênh mương trước ngày 30/6/2025.';

const SHAPES: [string, string][] = [
  [
    'numbered heading',
    `I. KẾT QUẢ NĂM 2024\n${RESULTS}\nII. MỤC TIÊU NĂM 2025\n2. Các chỉ tiêu chủ yếu\n${TARGETS}\n3. Nhiệm vụ, giải pháp\n${TASKS}`,
  ],
  [
    'capitals with the year',
    `TÌNH HÌNH NĂM 2024\n${RESULTS}\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2025\n${TARGETS}\nNHIỆM VỤ, GIẢI PHÁP\n${TASKS}`,
  ],
  [
    'an article',
    `Điều 1. Đánh giá tình hình thực hiện nhiệm vụ năm 2024\n${RESULTS}\nĐiều 2. Mục tiêu, chỉ tiêu năm 2025\n${TARGETS}\nĐiều 3. Tổ chức thực hiện\nGiao Ủy ban nhân dân xã tổ chức thực hiện.`,
  ],
  [
    'a sentence counting them',
    `1/ kết quả năm 2024\n${RESULTS}\n2/ mục tiêu năm 2025\nHội nghị thống nhất 3 chỉ tiêu chủ yếu như sau:\n${TARGETS}\n3/ nhiệm vụ, giải pháp\n${TASKS}`,
  ],
  ['lower case, ending with a full stop', `kết quả năm 2024.\n${RESULTS}\nchỉ tiêu cụ thể năm 2025.\n${TARGETS}`],
  ['no heading: a pasted list', TARGETS.replace('lúa 5.250', 'lúa năm 2025 là 5.250')],
];

describe.each(SHAPES)('targets announced by %s', (_, text) => {
  const draft = engine.draftFromText(text);
  test('are drafted, and nothing else', () => {
    expect(draft.year).toBe(2025);
    const rows = draft.targets.map((t) => [t.indicatorId ?? t.label, t.plan, t.direction]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['rice_output', 5250, 'higher'],
        ['poverty_rate', 'dưới 2', 'lower'],
      ]),
    );
    expect(draft.targets).toHaveLength(3);
    expect(draft.targets.find((t) => t.indicatorId === null)).toMatchObject({
      plan: 12,
      unit: 'đảng viên',
      direction: 'higher',
    });
  });
});
