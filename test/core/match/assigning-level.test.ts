/**
 * The level that sets a target (`… huyện giao`, `… tỉnh giao`, `… cấp trên giao`) is one thing to the
 * matcher: districts were merged away in 2025 and provinces now assign what districts did, and offices
 * name the level or only say `trên`. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null): string | null => match(label, unit).best?.id ?? null;

test.each([
  ['Tỷ lệ hoàn thành chỉ tiêu Công an tỉnh giao', '%'],
  ['Hoàn thành chỉ tiêu do Công an thành phố giao', '%'],
  ['Chỉ tiêu Công an cấp tỉnh giao (tỷ lệ hoàn thành)', '%'],
  ['Tỷ lệ hoàn thành chỉ tiêu Công an quận giao', '%'],
  ['Tỷ lệ hoàn thành chỉ tiêu Công an thị xã giao', '%'],
  ['Completion of targets set by the provincial police', '%'],
])('%s → police_targets_completion_rate', (label, unit) => {
  expect(mapped(label, unit)).toBe('police_targets_completion_rate');
});

test.each([
  ['Thu bổ sung từ ngân sách tỉnh', 'triệu đồng', 'revenue_upper_level_transfers'],
  ['Thu bổ sung từ ngân sách thành phố', 'triệu đồng', 'revenue_upper_level_transfers'],
  ['Xếp loại Công an xã', null, 'commune_police_rating'],
])('the level does not pull other labels to the police target: %s (%s) → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});
