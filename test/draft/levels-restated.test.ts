/**
 * A target given as an addition or a share of a quota, restated beside it as the level or count the
 * indicator measures; and a count's noun that is the thing counted.
 */
import { draftFromText } from '../helpers/engine';

const head = 'Các chỉ tiêu chủ yếu năm 2026:\n';
const target = (line: string, id: string) => draftFromText(head + line).targets.find((t) => t.indicatorId === id);

test.each([
  ['- Có thêm 01 trường đạt chuẩn quốc gia (lũy kế 9 trường).', 9],
  ['- Có thêm 01 trường đạt chuẩn quốc gia (nâng tổng số lên 5/11 trường).', 5],
  ['- Tăng thêm 2 trường đạt chuẩn quốc gia (tổng số: 7 trường).', 7],
])('an addition restated as the level the count reaches: %s', (line, plan) => {
  const t = target(line, 'national_standard_schools');
  expect(t?.plan).toBe(plan);
  expect(t?.label).not.toMatch(/lũy kế|tổng số/iu);
});

test('an addition with no level beside it stays the addition', () => {
  expect(target('- Có thêm 01 trường đạt chuẩn quốc gia.', 'national_standard_schools')?.plan).toBe(1);
});

test.each([
  ['- Giao quân đạt 100% chỉ tiêu (35 công dân).', 35],
  ['- Tuyển quân hoàn thành 100% kế hoạch giao (28 thanh niên).', 28],
])('the count a whole quota comes to: %s', (line, plan) => {
  expect(target(line, 'military_recruitment')?.plan).toBe(plan);
});

test('a count whose noun is the thing counted is read with it', () => {
  expect(target('- Trồng 15.000 cây phân tán trên đất nông nghiệp.', 'scattered_trees_planted')?.plan).toBe(15000);
});
