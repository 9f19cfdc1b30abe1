/**
 * A class named with its one member in brackets is the member's indicator, to be checked: the label is
 * read with the member's words, and taken when the indicator found names the member and measures what
 * the row's unit says. A list in brackets (several members) is the class, not one of them. Labels
 * invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const matcher = createMatcher(catalog);

test.each([
  ['Tổng sản lượng cây lương thực (lúa)', 'tấn', 'rice_output'],
  ['Tong san luong cay luong thuc (lua)', 'tấn', 'rice_output'],
  ['Diện tích cây lương thực (lúa)', 'ha', 'rice_area'],
])('%s (%s) is %s, to be checked', (label, unit, id) => {
  const { best } = matcher.match(label, unit);
  expect(best?.id).toBe(id);
  expect(best && best.confidence < matcher.tuning.sureAt).toBe(true);
});

test.each([
  ['Tổng sản lượng cây lương thực (lúa, ngô)', 'tấn'],
  ['Tổng sản lượng cây lương thực (lúa)', 'ha'],
])('%s (%s) is not one member', (label, unit) => {
  expect(matcher.match(label, unit).best).toBeNull();
});
