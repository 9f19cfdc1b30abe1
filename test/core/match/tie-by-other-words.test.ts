/**
 * Two indicators whose best names fit a label alike are told apart by the label's other words: the one
 * whose names use more of them comes first (`chiều cao` belongs to the stunting rate's names, `cân
 * nặng` to the underweight rate's). Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);

test.each([
  ['Trẻ em < 5 tuổi SDD chiều cao', 'child_stunting_rate'],
  ['Trẻ em < 5 tuổi SDD cân nặng', 'child_underweight_rate'],
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (chiều cao theo tuổi)', 'child_stunting_rate'],
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng theo tuổi)', 'child_underweight_rate'],
])('%s → %s', (label, id) => {
  expect(match(label, '%').best?.id).toBe(id);
});
