/**
 * A lead that names the thing, then clauses that name only a measure or an act of it (`Lúa: cấy hết
 * 42 ha`, `lúa: DT gieo trồng …, NS …, SL …`, `+ Ngô: trồng 65 ha`), and an act said of an area without
 * a lead (`dừa giữ 900ha`, `Duy trì 1.150 ha cây ăn trái`, `gieo sạ 1.120 ha lúa`): the act means the
 * area of the thing, `NS` its yield, `SL` its output, and the lead passes its thing to each clause
 * that names only a measure. The crop's seasons (`2 vụ`, `hai vụ`) qualify it, they are no figure.
 * Invented forms.
 */
import { engine } from '../helpers/engine';

const HEAD = 'KẾT LUẬN\nvề nhiệm vụ năm 2027\n\nCác chỉ tiêu chủ yếu năm 2027:\n';

/** [form, item, [indicator id, plan][]] */
const CATALOG_FORMS: [string, string, [string, number | string][]][] = [
  ['a lead, an act, one figure', '+ Lúa: gieo cấy 930 ha', [['rice_area', 930]]],
  ['a lead, an act with words after the figure', '- Lúa: cấy hết 57 ha ruộng hai vụ', [['rice_area', 57]]],
  [
    'a lead in lower case, initials and an act',
    '• lúa: DT xuống giống 8.150ha, NS 61 tạ/ha, SL ~49.700 tấn',
    [
      ['rice_area', 8150],
      ['rice_yield', 61],
      ['rice_output', 49700],
    ],
  ],
  [
    'a lead, an act, then a measure',
    '* Cây lúa: gieo trồng 2 vụ 1.640 ha; năng suất 5,9 tấn/ha',
    [
      ['rice_area', 1640],
      ['rice_yield', 5.9],
    ],
  ],
  ['the thing, then the act, no colon', '- lúa cấy 715 ha', [['rice_area', 715]]],
  ['an act, then the thing after the figure', '- Gieo sạ 1.310 ha lúa hai vụ', [['rice_area', 1310]]],
  ['the seasons before the figure', '- Diện tích lúa nước 2 vụ 645 ha', [['rice_area', 645]]],
  [
    'a measure word with its act and thing, a chain after it',
    '- Diện tích gieo trồng lúa 3.300 ha, năng suất bình quân 60 tạ/ha, sản lượng trên 19.800 tấn',
    [
      ['rice_area', 3300],
      ['rice_yield', 60],
      ['rice_output', 'trên 19.800'],
    ],
  ],
];

describe.each(CATALOG_FORMS)('a measure or an act of a thing: %s', (_, item, want) => {
  const draft = engine.draftFromText(HEAD + item);
  test('each figure is the measure of the thing', () => {
    const got = draft.targets.map((t) => [t.indicatorId, t.plan]);
    for (const [id, plan] of want) expect(got).toContainEqual([id, plan]);
  });
});

/** Things the catalog does not have: the target is named `Diện tích <thing>`. [form, item, words, plan] */
const OWN_FORMS: [string, string, string, number][] = [
  ['a lead, `trồng`', '+ Khoai môn: trồng 38 ha.', 'diện tích khoai môn', 38],
  ['the thing, `giữ`', '* bưởi giữ 420ha', 'diện tích bưởi', 420],
  ['`Duy trì`, the thing after the figure', '- Duy trì 260 ha cây thanh long', 'diện tích cây thanh long', 260],
  ['a lead, `giữ ổn định`', '- Cây điều: giữ ổn định 1.075 ha', 'diện tích cây điều', 1075],
  ['the thing, `xuống giống`', '- rau màu xuống giống 310 ha', 'diện tích rau màu', 310],
];

describe.each(OWN_FORMS)('an act of a thing the catalog does not have: %s', (_, item, words, plan) => {
  const draft = engine.draftFromText(HEAD + item);
  test('the target is the area of the thing', () => {
    expect(draft.targets).toHaveLength(1);
    expect(draft.targets[0].plan).toBe(plan);
    expect(draft.targets[0].label.toLocaleLowerCase('vi')).toBe(words);
  });
});

test('planting anew and planting a forest stay what they say', () => {
  const draft = engine.draftFromText(HEAD + '- Trồng rừng tập trung 72 ha\n- Cây mắc ca: trồng mới 15 ha');
  expect(draft.targets.map((t) => [t.indicatorId, t.plan])).toContainEqual(['forest_planted', 72]);
  const anew = draft.targets.find((t) => t.plan === 15);
  expect(anew?.label.toLocaleLowerCase('vi')).not.toMatch(/^diện tích/);
});

test('cases counted in `vụ` are still figures', () => {
  const draft = engine.draftFromText(HEAD + '- Số vụ cháy rừng không quá 2 vụ');
  expect(draft.targets.map((t) => t.plan)).toEqual(['không quá 2']);
});
