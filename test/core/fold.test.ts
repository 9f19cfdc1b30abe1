/**
 * `fold` is read by a table for speed; it must stay exactly its definition (NFD, marks dropped,
 * đ → d, lower case, runs of white space as one space, trimmed) on any text a sheet can hold.
 */
import { fold, foldByDefinition as byDefinition } from '../../src/core/text';

const PIECES = [
  'Tỷ lệ',
  'HỘ NGHÈO',
  'Đường',
  'đất',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\ufeff',
  'Thu ngân sách (tr.đ)',
  'e\u0301', // e + combining acute, as some exports write it
  'Ư\u0309',
  '%',
  '1.234,5',
  'ΣΑΣ', // Greek capitals: lower case depends on the neighbours
  'İstanbul',
  '水稻',
  '🌾',
  'ß',
  'ǅ',
  'ﬁ',
  '—',
  '·',
];

/** A small deterministic generator, so a failure names the text it failed on. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + (next() % 6);
    for (let p = 0; p < parts; p++) text += PIECES[next() % PIECES.length];
    yield text;
  }
}

test('is its definition on mixed texts of many scripts and spaces', () => {
  for (const text of texts(5000)) expect([text, fold(text)]).toEqual([text, byDefinition(text)]);
});

test('on every single character of the Latin and Vietnamese ranges', () => {
  for (let code = 0; code < 0x2000; code++) {
    const text = `A${String.fromCharCode(code)}b`;
    expect([code, fold(text)]).toEqual([code, byDefinition(text)]);
  }
});
