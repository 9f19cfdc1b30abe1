/**
 * A level of none of a measurable thing is a target with plan 0 and direction lower: `không còn hộ
 * nghèo`, `không để xảy ra cháy rừng`, `không có học sinh bỏ học`, `không để phát sinh điểm nóng`,
 * `không có trọng án` — when the thing is counted (cases, households, pupils …) or a catalog
 * indicator. An aim in words with nothing to count (`không để bị động bất ngờ`) is no target.
 * Invented forms.
 */
import { engine } from '../helpers/engine';

const HEAD = 'KẾT LUẬN\nvề nhiệm vụ năm 2027\n\nCác chỉ tiêu chủ yếu năm 2027:\n';

/** [form, item, indicator id or null, words of the label] */
const FORMS: [string, string, string | null, string][] = [
  ['`không còn`, a catalog indicator', '- Không còn hộ nghèo theo chuẩn đa chiều.', 'poverty_rate', 'hộ nghèo'],
  ['`không để xảy ra`, cases', '- Không để xảy ra cháy rừng trên địa bàn.', null, 'cháy rừng'],
  ['`không có`, pupils', '- Không có học sinh bỏ học giữa chừng.', null, 'học sinh bỏ học giữa chừng'],
  ['`không để phát sinh`, hot spots', '- Không để phát sinh điểm nóng về đất đai.', null, 'điểm nóng về đất đai'],
  ['`không có`, serious crimes', '- Không có trọng án xảy ra.', null, 'trọng án'],
  ['`không để`, people harmed', '- Không để thiệt hại về người do thiên tai.', null, 'thiệt hại về người do thiên tai'],
];

describe.each(FORMS)('a level of none: %s', (_, item, id, words) => {
  const draft = engine.draftFromText(HEAD + item);
  test('a target with plan 0, lower', () => {
    expect(draft.targets).toHaveLength(1);
    const t = draft.targets[0];
    expect([t.plan, t.direction]).toEqual([0, 'lower']);
    if (id) expect(t.indicatorId).toBe(id);
    else expect(t.label.toLocaleLowerCase('vi')).toContain(words);
  });
});

test('levels of none among other clauses of a sentence', () => {
  const draft = engine.draftFromText(
    HEAD + '- Tỷ lệ hộ dùng nước sạch đạt 96%; không có người xuất cảnh trái phép, không để xảy ra trọng án.',
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([96, 0, 0]);
});

test('an aim in words with nothing counted is no target', () => {
  const draft = engine.draftFromText(
    HEAD +
      '- Không để bị động, bất ngờ trong mọi tình huống.\n- Không để hình thành tụ điểm phức tạp.\n- Trồng mới 40 ha rừng.',
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([40]);
});

test('a remark that a document has no figures is no target', () => {
  const draft = engine.draftFromText(
    HEAD + '- Biên bản họp chi bộ, không có số liệu.\n- Báo cáo quý I chưa có số hóa.\n- Trồng mới 40 ha rừng.',
  );
  expect(draft.targets.map((t) => t.plan)).toEqual([40]);
});
