/**
 * Targets no heading announces: when no stretch is headed by targets (`chỉ tiêu`, `dự toán`) or the
 * year's aims, the whole text is the list, but last year's results and formalities — so targets
 * spread through the paragraphs of the year's tasks (`Nhiệm vụ, giải pháp năm 2026` then one paragraph
 * per sector) are read, and the results before them are not.
 */
import { engine } from '../helpers/engine';

const RESULTS =
  'I. KẾT QUẢ NĂM 2025\nDiện tích lúa đạt 700 ha; trồng rừng 40 ha; thu nhập bình quân đạt 50 triệu đồng.';

/** [form, heading of the tasks, paragraphs under it, figures drafted] */
const FORMS: [string, string, string, string[]][] = [
  [
    'numbered sectors, a sentence after the sector',
    'II. NHIỆM VỤ, GIẢI PHÁP NĂM 2026',
    '1. Về kinh tế. Phấn đấu diện tích lúa 812 ha, trồng mới 65 ha rừng tập trung.\n2. Về xã hội. Tỷ lệ tham gia bảo hiểm y tế đạt 93%.',
    ['812', '65', '93'],
  ],
  [
    'unnumbered paragraphs',
    'II. Phương hướng, giải pháp năm 2026',
    'Tập trung sản xuất nông nghiệp, gieo cấy 812 ha lúa; tỷ lệ che phủ rừng 47%.\nChăm lo đời sống, tạo việc làm mới cho 230 lao động.',
    ['812', '47', '230'],
  ],
  [
    'lettered sectors with a colon',
    'B. Các giải pháp chủ yếu năm 2026',
    'a) Kinh tế: đàn trâu bò 2.150 con, trồng mới 65 ha rừng.\nb) Xây dựng Đảng: kết nạp 14 đảng viên mới.',
    ['2150', '65', '14'],
  ],
];

describe.each(FORMS)('targets in the tasks, none announced: %s', (_, heading, body, figures) => {
  const draft = engine.draftFromText(
    `NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\n\n${RESULTS}\n\n${heading}\n${body}\n\nIII. TỔ CHỨC THỰC HIỆN\nGiao UBND xã xây dựng kế hoạch trước ngày 15/01/2026.`,
  );
  const plans = draft.targets.map((t) => String(t.plan).replace(/\D/g, ''));

  test('the tasks are read', () => {
    for (const f of figures) expect(plans).toContain(f);
    expect(draft.year).toBe(2026);
  });

  test('last year is not', () => {
    expect(plans).not.toContain('700');
    expect(plans).not.toContain('50');
  });
});

test('an announced targets stretch still keeps the tasks out', () => {
  const draft = engine.draftFromText(
    'II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n- Diện tích lúa 812 ha.\nIII. NHIỆM VỤ, GIẢI PHÁP\n1. Về kinh tế. Trồng 65 ha rừng phòng hộ.',
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([812]);
});
