/**
 * A class named with its one member in brackets is the member's indicator, to be checked: the label is
 * read with the member's words, and taken when the indicator found names the member and measures what
 * the row's unit says. A list in brackets (several members) is the class, not one of them, unless the
 * vocabulary reads the list as one thing (`trâu, bò`); a part naming what the brackets say does not
 * complete the class's name. Labels
 * invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog, tableIds } from '../../helpers/engine';

const matcher = createMatcher(catalog);

test.each([
  ['Tổng sản lượng cây lương thực (lúa)', 'tấn', 'rice_output'],
  ['Tong san luong cay luong thuc (lua)', 'tấn', 'rice_output'],
  ['Diện tích cây lương thực (lúa)', 'ha', 'rice_area'],
  // a pair the vocabulary reads as one thing is one member
  ['Đàn gia súc (trâu, bò)', 'con', 'cattle_herd'],
  ['Tong dan gia suc (bo, trau)', 'con', 'cattle_herd'],
  ['Tổng đàn gia súc (trâu và bò)', 'con', 'cattle_herd'],
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

test('a part naming what the brackets say is a part of the class, not the indicator', () => {
  expect(
    tableIds([
      [1, 'Đàn gia súc (trâu, bò)', 'con', 1200, 1150],
      ['-', '- Đàn bò', 'con', 700, 690],
    ]),
  ).toEqual(['cattle_herd', null]);
});
