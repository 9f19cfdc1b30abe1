/**
 * Domain words written otherwise (the vocabulary's synonyms beside the catalog): English farming,
 * building, fish ponds, small industry and crafts, work abroad, recognised titles, targets achieved,
 * third or later births; `ao cá` (a fish pond); a `còn lại` (remaining) at the end of a name does not
 * change the measure; English number words are their digits (`under five`, `under 5`). Labels
 * invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null): string | null => match(label, unit).best?.id ?? null;

test.each([
  ['Area of fish ponds', 'ha', 'freshwater_fish_area'],
  ['Fish culture area', 'ha', 'freshwater_fish_area'],
  ['DT ao cá', 'ha', 'freshwater_fish_area'],
  ['Dien tich ao ca', 'ha', 'freshwater_fish_area'],
  ['Cottage industry establishments', 'cơ sở', 'industry_handicraft_establishments'],
  ['Handicraft businesses', 'cơ sở', 'industry_handicraft_establishments'],
  ['Production value of crafts', 'tỷ đồng', 'industry_handicraft_output_value'],
  ['People working overseas', 'người', 'labour_export'],
  ['Labourers sent overseas', 'người', 'labour_export'],
  ['Hamlets certified as cultural', '%', 'cultural_village_rate'],
  ['District police targets fulfilled', '%', 'police_targets_completion_rate'],
  ['Third or more births', '%', 'third_child_birth_rate'],
  ['Tỷ lệ hộ nghèo còn lại', '%', 'poverty_rate'],
  ['Ty le ho ngheo con lai', '%', 'poverty_rate'],
  ['Poor households remaining', '%', 'poverty_rate'],
])('%s (%s) → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});

test('a crossbred herd written with diacritics keeps its `con lai`', () => {
  expect(mapped('Đàn bò con lai', 'con')).not.toBe('cattle_herd');
});

test.each([
  ['Stunting among kids below 5', '%', 'child_stunting_rate'],
  ['Stunted children aged below five', '%', 'child_stunting_rate'],
  ['Underweight among children aged under 5 years', '%', 'child_underweight_rate'],
  ['Underweight children under five years', '%', 'child_underweight_rate'],
])('an English number word and its digits are one word: %s (%s) → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});

/**
 * Large livestock written otherwise: `gia súc lớn` is `đại gia súc` (the Sino-Vietnamese `đại` is a
 * trailing `lớn`), and a herd of cattle alone (`đàn bò`) is the buffalo-and-cattle herd where few
 * buffalo are kept; a crossbred or dairy part keeps its own words, and a part under the herd is no herd.
 */
test.each([
  ['Đàn gia súc lớn', 'con', 'cattle_herd'],
  ['Tổng đàn gia súc lớn', 'con', 'cattle_herd'],
  ['Dan gia suc lon', 'con', 'cattle_herd'],
  ['Đàn bò (con)', null, 'cattle_herd'],
  ['Dan bo', 'con', 'cattle_herd'],
  ['Tỷ lệ đàn bò lai Zê bu', '%', 'cattle_zebu_rate'],
])('%s (%s) → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});
