/**
 * Sentences that report a past year inside the targets are no targets; a measure named alone reads
 * the thing of the clause before it; a part (`trong đó …`) is never the whole again.
 */
import { pastSentences, splitItem } from '../../src/core/draft/clauses';
import { engine } from '../helpers/engine';

const never = (): boolean => false;

/** Paragraphs whose first sentence(s) report a year before the plan year (2026), then the targets. */
const REPORTS: [string, string, string[]][] = [
  ['opens with the year', 'Năm 2025 toàn xã đã trồng 90 ha rừng. Năm 2026 phấn đấu trồng 120 ha rừng.', ['120 ha']],
  [
    'inside the year',
    'Trong năm 2024, kết nạp được 18 đảng viên; tuyển 30 lao động. Năm 2026: kết nạp 20 đảng viên.',
    ['20 đảng viên'],
  ],
  [
    'the year just past',
    'Năm qua đàn lợn đạt 7.100 con; gia cầm 60.000 con. Sang năm 2026 đàn lợn 7.500 con.',
    ['7.500 con'],
  ],
  [
    'several sentences after it',
    'Năm 2025 thu ngân sách đạt 4,1 tỷ đồng. Hộ nghèo còn 3,2%. Năm 2026 tỷ lệ hộ nghèo dưới 2,5%.',
    ['dưới 2,5%'],
  ],
  ['no past year', 'Trồng 80 ha rừng. Tỷ lệ che phủ rừng 52%.', ['80 ha', '52%']],
];

describe.each(REPORTS)('a report of a past year: %s', (_, text, kept) => {
  test('only the plan year sentences keep their figures', () => {
    const blanked = pastSentences(text, 2026).reduce(
      (t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end),
      text,
    );
    const clauses = splitItem(blanked, 2026, never).clauses.map((c) => c.source);
    for (const k of kept) expect(clauses.some((c) => c.includes(k))).toBe(true);
    expect(clauses.filter((c) => /\d/.test(c))).toHaveLength(kept.length);
  });
});

/** A measure alone (`NS`, `năng suất bình quân`, `sản lượng cả năm`) after a clause with its own thing. */
const CHAINS: [string, string, string][] = [
  ['short initials', 'Cây hằng năm 1.500 ha; lúa 900 ha, NS 58 tạ/ha, SL 5.220 tấn', 'rice_output'],
  ['a qualified measure', 'Diện tích lúa 900 ha, năng suất bình quân 58 tạ/ha, sản lượng 5.220 tấn', 'rice_output'],
  ['a measure of the year', 'Lúa cả năm 900 ha, năng suất cả năm 58 tạ/ha, sản lượng 5.220 tấn', 'rice_output'],
  ['yield after a thing', 'Gieo trồng cây hằng năm 1.500 ha; lúa 900 ha, năng suất 58 tạ/ha', 'rice_yield'],
  ['after and', 'Lúa 900 ha và năng suất trung bình 58 tạ/ha, sản lượng đạt 5.220 tấn', 'rice_output'],
];

describe.each(CHAINS)('a chain of measures: %s', (_, text, id) => {
  test(`the last measure is ${id}`, () => {
    const draft = engine.draftFromText(`Các chỉ tiêu chủ yếu năm 2026:\n- ${text}.`);
    expect(draft.targets.map((t) => t.indicatorId)).toContain(id);
  });
});

/** A part named inside a whole: the part is its own indicator, not the whole again. */
const PARTS: [string, string, string][] = [
  ['trong đó', 'Tổng diện tích gieo trồng cây hằng năm 2.400 ha, trong đó lúa nước 800 ha', 'rice_area'],
  ['trong đó with a colon', 'Diện tích gieo trồng cả năm 2.400 ha, trong đó: lúa 800 ha', 'rice_area'],
  ['trong số đó', 'Tổng diện tích gieo trồng 2.400 ha, trong số đó cây lúa 800 ha', 'rice_area'],
  ['in brackets', 'Tổng diện tích gieo trồng cây hằng năm 2.400 ha (trong đó lúa 2 vụ 800 ha)', 'rice_area'],
  ['a part of output', 'Tổng sản lượng lương thực có hạt 5.000 tấn, trong đó thóc 4.600 tấn', 'rice_output'],
];

describe.each(PARTS)('a part of a whole: %s', (_, text, id) => {
  test(`the part is ${id} and the whole keeps its own`, () => {
    const draft = engine.draftFromText(`Các chỉ tiêu chủ yếu năm 2026:\n- ${text}.`);
    const ids = draft.targets.map((t) => t.indicatorId);
    expect(ids).toContain(id);
    expect(draft.targets).toHaveLength(2);
  });
});
