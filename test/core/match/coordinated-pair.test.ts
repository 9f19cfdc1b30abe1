/**
 * A pair of words with one meaning (`trâu bò`, the buffalo-and-cattle herd) is that pair however it is
 * written: either word first, with a comma, a dash, `và` or `and` between. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { coordinations } from '../../../src/core/match/words';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null): string | null => match(label, unit).best?.id ?? null;

test.each([
  ['Tổng đàn bò, trâu', 'con'],
  ['Đàn bò - trâu', 'con'],
  ['Tổng đàn bò và trâu', 'con'],
  ['Tổng đàn trâu và bò', 'con'],
  ['TONG DAN BO, TRAU', 'con'],
  ['Dan bo/trau', 'con'],
])('%s → cattle_herd', (label, unit) => {
  expect(mapped(label, unit)).toBe('cattle_herd');
});

// One of the pair alone is the herd where the other is hardly kept: every author of the resolution
// sets (res-A…O) and of rounds 25–26 read `Tổng đàn bò` so; under the pair's row it is a part (families).
test.each([['Tổng đàn bò'], ['Đàn trâu'], ['Dan bo']])('one of the pair alone names the herd: %s', (label) => {
  expect(mapped(label, 'con')).toBe('cattle_herd');
});

test('only two-word entries are turned', () => {
  expect(coordinations('tổ dân phố')).toEqual(['tổ dân phố']);
  expect(coordinations('trâu bò')).toEqual([
    'trâu bò',
    'bò trâu',
    'trâu và bò',
    'bò và trâu',
    'trâu and bò',
    'bò and trâu',
  ]);
});
