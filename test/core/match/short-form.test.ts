/**
 * A label that is a name of one indicator cut short — three words or more, all standing in one of its
 * names in that order, one of them a word few other indicators use — is that indicator, as `likely`
 * (to be checked), unless its unit says otherwise. Shorter labels and labels with words of their own
 * are left to the ranking. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const matcher = createMatcher(catalog);

test.each([
  ['Khoản thu 100%', 'đồng', 'revenue_commune_retained'],
  ['Khoan thu 100%', 'triệu đồng', 'revenue_commune_retained'],
])('%s (%s) is %s, to be checked', (label, unit, id) => {
  const { best } = matcher.match(label, unit);
  expect(best?.id).toBe(id);
  expect(best && best.confidence < matcher.tuning.sureAt).toBe(true);
});

test.each([
  ['Khoản thu 100%', '%'],
  ['Khai thác', 'ha'],
])('%s (%s) is not taken for a name cut short', (label, unit) => {
  expect(matcher.match(label, unit).best).toBeNull();
});
