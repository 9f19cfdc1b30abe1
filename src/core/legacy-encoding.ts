/**
 * Vietnamese typed in the pre-Unicode font encodings, read as Unicode (NFC).
 *
 * Before Unicode, Vietnamese offices typed with fonts that draw Vietnamese letters in place of
 * Latin-1 ones: the cell holds `S¶n l­îng lóa` and the `.VnTime` font shows `Sản lượng lúa`.
 * Two such encodings are still everywhere in commune templates:
 * - TCVN3 (TCVN 5712:1993 VN3, "ABC"): one code per lower-case letter and tone; fonts `.VnTime`,
 *   `.VnArial`, …; the upper-case fonts (`.VnTimeH`, `.VnArialH`) draw the same codes as capitals.
 * - VNI-Windows: a base letter followed by a mark code (`a` + `ù` = `á`); fonts `VNI-Times`, `VNI-Helve`, ….
 * Excel stores what was typed as the Windows-1252 characters of those codes, which is what hosts read.
 *
 * A text is converted only when its font says so or its characters leave no doubt; a text with no
 * character above U+007F is never changed, and one with a Unicode-only character (ư, ạ, đ …) never.
 */

import type { Memo } from './memo';
import type { CellRange, LegacyEncoding, SheetGrid } from './types';

export type { LegacyEncoding };

/** A cell's or document's text read as Unicode, and the encoding it was read from (null: as written). */
export interface DecodedText {
  text: string;
  encoding: LegacyEncoding | null;
}

/** The font's encoding; `upper` for TCVN3 capital fonts (`.VnTimeH`), which draw every letter as a capital. */
export interface FontEncoding {
  encoding: LegacyEncoding;
  upper: boolean;
}

/** The forms of a vowel in the order of the tables below: level, huyền, hỏi, ngã, sắc, nặng. */
const VOWEL_FORMS: Readonly<Record<string, string>> = {
  a: 'aàảãáạ',
  ă: 'ăằẳẵắặ',
  â: 'âầẩẫấậ',
  e: 'eèẻẽéẹ',
  ê: 'êềểễếệ',
  i: 'iìỉĩíị',
  o: 'oòỏõóọ',
  ô: 'ôồổỗốộ',
  ơ: 'ơờởỡớợ',
  u: 'uùủũúụ',
  ư: 'ưừửữứự',
  y: 'yỳỷỹýỵ',
};

/**
 * TCVN3 (ABC) codes of each vowel's six forms, as Excel stores them (Windows-1252 characters),
 * and of đ. Lower-case only: the `.Vn…H` fonts draw these same codes as capitals.
 */
const TCVN3_VOWELS: Readonly<Record<string, string>> = {
  a: 'a\u00b5\u00b6\u00b7\u00b8\u00b9', // a µ ¶ · ¸ ¹
  ă: '\u00a8\u00bb\u00bc\u00bd\u00be\u00c6', // ¨ » ¼ ½ ¾ Æ
  â: '\u00a9\u00c7\u00c8\u00c9\u00ca\u00cb', // © Ç È É Ê Ë
  e: 'e\u00cc\u00ce\u00cf\u00d0\u00d1', // e Ì Î Ï Ð Ñ
  ê: '\u00aa\u00d2\u00d3\u00d4\u00d5\u00d6', // ª Ò Ó Ô Õ Ö
  i: 'i\u00d7\u00d8\u00dc\u00dd\u00de', // i × Ø Ü Ý Þ
  o: 'o\u00df\u00e1\u00e2\u00e3\u00e4', // o ß á â ã ä
  ô: '\u00ab\u00e5\u00e6\u00e7\u00e8\u00e9', // « å æ ç è é
  ơ: '\u00ac\u00ea\u00eb\u00ec\u00ed\u00ee', // ¬ ê ë ì í î
  u: 'u\u00ef\u00f1\u00f2\u00f3\u00f4', // u ï ñ ò ó ô
  ư: '\u00ad\u00f5\u00f6\u00f7\u00f8\u00f9', // soft hyphen õ ö ÷ ø ù
  y: 'y\u00fa\u00fb\u00fc\u00fd\u00fe', // y ú û ü ý þ
};

/** TCVN3 codes of the letters that are not vowel forms, and of the capitals it has (level tone only). */
const TCVN3_OTHERS: Readonly<Record<string, string>> = {
  đ: '\u00ae', // ®
  Ă: '\u00a1', // ¡
  Â: '\u00a2', // ¢
  Ê: '\u00a3', // £
  Ô: '\u00a4', // ¤
  Ơ: '\u00a5', // ¥
  Ư: '\u00a6', // ¦
  Đ: '\u00a7', // §
};

/**
 * VNI-Windows sequences of each vowel's six forms (lower case; capitals are the same sequences in
 * capitals: `AÙ` = Á), and of đ. A toned i and ỵ are single codes; every other form is a base
 * letter followed by one mark code.
 */
const VNI_VOWELS: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00f9', 'a\u00ef'], // a aø aû aõ aù aï
  ă: ['a\u00ea', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00e9', 'a\u00eb'], // aê aè aú aü aé aë
  â: ['a\u00e2', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e1', 'a\u00e4'], // aâ aà aå aã aá aä
  e: ['e', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00f9', 'e\u00ef'],
  ê: ['e\u00e2', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e1', 'e\u00e4'],
  i: ['i', '\u00ec', '\u00e6', '\u00f3', '\u00ed', '\u00f2'], // i ì æ ó í ò
  o: ['o', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00f9', 'o\u00ef'],
  ô: ['o\u00e2', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e1', 'o\u00e4'],
  ơ: ['\u00f4', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00f9', '\u00f4\u00ef'], // ô = ơ
  u: ['u', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00f9', 'u\u00ef'],
  ư: ['\u00f6', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00f9', '\u00f6\u00ef'], // ö = ư
  y: ['y', 'y\u00f8', 'y\u00fb', 'y\u00f5', 'y\u00f9', '\u00ee'], // … î = ỵ
};

const VNI_D = '\u00f1'; // ñ = đ

/** What Windows-1252 puts at 0x80–0x9F: characters above U+00FF that a legacy text can still hold. */
const CP1252_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const CP1252_HIGH_CODES: ReadonlySet<number> = new Set([...CP1252_HIGH].map((ch) => ch.charCodeAt(0)));

/** A UTF-16 code unit no legacy font text holds (half of a surrogate pair included). */
function isUnicodeOnly(code: number): boolean {
  return code > 0xff && !CP1252_HIGH_CODES.has(code);
}

interface Tables {
  /** TCVN3 code → lower-case Unicode letter. */
  readonly tcvn3: ReadonlyMap<string, string>;
  /** VNI sequence (one or two characters) → Unicode letter. */
  readonly vni: ReadonlyMap<string, string>;
  /** Unicode letter → TCVN3 code (capitals without a code of their own get the lower-case code). */
  readonly toTcvn3: ReadonlyMap<string, string>;
  /** Unicode letter → VNI sequence. */
  readonly toVni: ReadonlyMap<string, string>;
}

function buildTables(): Tables {
  const tcvn3 = new Map<string, string>();
  const vni = new Map<string, string>();
  const toTcvn3 = new Map<string, string>();
  const toVni = new Map<string, string>();
  for (const [vowel, forms] of Object.entries(VOWEL_FORMS)) {
    const codes = [...TCVN3_VOWELS[vowel]];
    const sequences = VNI_VOWELS[vowel];
    [...forms].forEach((letter, i) => {
      const capital = letter.toUpperCase();
      if (codes[i] !== letter) tcvn3.set(codes[i], letter);
      if (codes[i] !== letter) {
        toTcvn3.set(letter, codes[i]);
        toTcvn3.set(capital, codes[i]);
      }
      if (sequences[i] !== letter) {
        vni.set(sequences[i], letter);
        vni.set(sequences[i].toUpperCase(), capital);
      }
      toVni.set(letter, sequences[i]);
      toVni.set(capital, sequences[i].toUpperCase());
    });
  }
  for (const [letter, code] of Object.entries(TCVN3_OTHERS)) {
    tcvn3.set(code, letter);
    toTcvn3.set(letter, code);
  }
  // The level-tone capitals TCVN3 has replace the lower-case codes set above.
  for (const letter of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) toTcvn3.set(letter, TCVN3_OTHERS[letter]);
  vni.set(VNI_D, 'đ');
  vni.set(VNI_D.toUpperCase(), 'Đ');
  toVni.set('đ', VNI_D);
  toVni.set('Đ', VNI_D.toUpperCase());
  return { tcvn3, vni, toTcvn3, toVni };
}

const TABLES: Tables = buildTables();

/** The encoding a font draws, from its family name: `.VnTime`, `.VnArialH` (TCVN3), `VNI-Times` (VNI). */
export function encodingOfFont(font: string | null | undefined): FontEncoding | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', upper: /H$/.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', upper: false };
  return null;
}

/** Whether a font can show Unicode Vietnamese (any font that is not a legacy-encoding one). */
export function isUnicodeFont(font: string | null | undefined): boolean {
  return Boolean(font && font.trim()) && encodingOfFont(font) === null;
}

/** TCVN3 text → Unicode NFC; `upper` for text in a capital font (`.VnTimeH`). */
export function decodeTcvn3(text: string, upper = false): string {
  let out = '';
  for (const ch of text) out += TABLES.tcvn3.get(ch) ?? ch;
  out = out.normalize('NFC');
  return upper ? out.toUpperCase() : out;
}

/** VNI-Windows text → Unicode NFC. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = i + 1 < text.length ? TABLES.vni.get(text.slice(i, i + 2)) : undefined;
    if (pair) {
      out += pair;
      i++;
      continue;
    }
    out += TABLES.vni.get(text[i]) ?? text[i];
  }
  return out.normalize('NFC');
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, upper) : decodeVni(text);
}

/**
 * Unicode → the legacy encoding, as an office typing in that font would have stored it. TCVN3 has
 * no codes for toned capitals: they get the lower-case code, as the `.Vn…H` fonts draw them.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === 'tcvn3' ? TABLES.toTcvn3 : TABLES.toVni;
  let out = '';
  for (const ch of text.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}

/** Whether the text holds a character no legacy font text can hold (ư, ạ, đ, combining marks …). */
export function hasUnicodeOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isUnicodeOnly(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Whether a text could be legacy-encoded at all: some character above U+007F, none that is Unicode-only. */
export function mayBeLegacy(text: string): boolean {
  // One pass by code unit over every text cell, and no regular expression: a literal in a function is a
  // new object on every call.
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (isUnicodeOnly(code)) return false;
    high = true;
  }
  return high;
}

/**
 * Rhymes of Vietnamese syllables without tone (`ương`, `oanh`, `uyêt`): with the initial
 * consonants below, what a word read as Vietnamese may be.
 */
const RHYMES: ReadonlySet<string> = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăp oăt oe oec oen oeo oet ' +
    'oi oc om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut ' +
    'uy uya uych uyên uyêt uyn uynh uyp uyt uyu ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêt yêu'
  ).split(' '),
);

/** Every lower-case letter a Vietnamese word may hold. */
const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set(
  'abcdefghijklmnopqrstuvwxyzđ' + Object.values(VOWEL_FORMS).join(''),
);

/** Initial consonants, longest first. */
const ONSETS: readonly string[] = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** The five tone marks, as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const STOP_ENDING = /(c|ch|p|t)$/;

/** The tone marks of a word, in order. */
function tonesOf(word: string): string[] {
  return [...word.normalize('NFD')].filter((ch) => TONE_MARKS.includes(ch));
}

const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';

/**
 * Where a rhyme's tone may sit (0-based in the rhyme): on the vowel with a mark of its own (the
 * last: ươ → ơ), else on the only vowel, the last before a final consonant, the first of two
 * (mái, múa; oa/oe/uy either: hóa, hoá), the middle of three (ngoái).
 */
function tonePlaces(rhyme: string): readonly number[] {
  let vowels = 0;
  while (vowels < rhyme.length && VOWELS.includes(rhyme[vowels])) vowels++;
  for (let i = vowels - 1; i >= 0; i--) if (MARKED_VOWELS.includes(rhyme[i])) return [i];
  if (vowels === 1) return [0];
  if (vowels < rhyme.length) return [vowels - 1];
  if (vowels === 2) return ['oa', 'oe', 'uy'].includes(rhyme) ? [0, 1] : [0];
  return [1];
}

/**
 * Whether one word is a Vietnamese syllable: an initial, a rhyme, at most one tone, on the vowel
 * that carries it; only sắc or nặng before c, ch, p, t.
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize('NFC');
  // Only Vietnamese letters: `ñ` or `ö` decompose to a Latin letter and a mark, but are none.
  for (const ch of lower) if (!VIETNAMESE_LETTERS.has(ch)) return false;
  let tone: string | null = null;
  let toneAt = -1;
  let letters = 0;
  let bare = '';
  for (const ch of lower.normalize('NFD')) {
    if (TONE_MARKS.includes(ch)) {
      if (tone !== null) return false;
      tone = ch;
      toneAt = letters - 1;
    } else {
      // A combining mark (circumflex, breve, horn) belongs to the letter before it.
      const code = ch.charCodeAt(0);
      if (code < 0x300 || code > 0x36f) letters++;
      bare += ch;
    }
  }
  bare = bare.normalize('NFC');
  return ONSETS.some((onset) => {
    if (!bare.startsWith(onset)) return false;
    const rhyme = bare.slice(onset.length);
    if (!RHYMES.has(rhyme)) return false;
    if (STOP_ENDING.test(rhyme) && tone !== '\u0301' && tone !== '\u0323') return false;
    return tone === null || tonePlaces(rhyme).includes(toneAt - onset.length);
  });
}

/** How well one reading of a text explains its words that hold characters above U+007F. */
interface Reading {
  /** Words that read as Vietnamese syllables. */
  syllables: number;
  /** Of those, the words this reading changed. */
  changed: number;
  /** Words that hold a character this reading cannot place, or more than one tone. */
  broken: number;
}

/** What one word is in one reading: a syllable (changed by the reading or not), broken, or neither. */
type Verdict = 'changed' | 'same' | 'broken' | 'other';

function verdict(word: string, decode: ((word: string) => string) | null): Verdict {
  const text = decode ? decode(word) : word;
  if (isVietnameseSyllable(text)) return text !== word ? 'changed' : 'same';
  // More than one tone, or a character that is no letter: this reading cannot be right.
  if (!/^[\p{L}\u0300-\u036f]+$/u.test(text) || tonesOf(text).length > 1) return 'broken';
  return 'other';
}

function read(
  words: readonly string[],
  reading: 'unicode' | LegacyEncoding,
  memo: Map<string, Verdict> | undefined,
): Reading {
  const decode = reading === 'unicode' ? null : reading === 'tcvn3' ? (w: string) => decodeTcvn3(w) : decodeVni;
  const counts: Reading = { syllables: 0, changed: 0, broken: 0 };
  for (const word of words) {
    const key = `${reading}:${word}`;
    let v = memo?.get(key);
    if (v === undefined) {
      v = verdict(word, decode);
      memo?.set(key, v);
    }
    if (v === 'changed' || v === 'same') counts.syllables++;
    if (v === 'changed') counts.changed++;
    if (v === 'broken') counts.broken++;
  }
  return counts;
}

/** What separates words: anything but letters and the TCVN3 codes that are not letters (µ ¶ · × ÷ ¨ …). */
const NOT_WORD = /[^\p{L}\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]+/u;

/** The words of a text that hold a character above U+007F: the only ones a decoding can change. */
function nonAsciiWords(text: string): string[] {
  return text.split(NOT_WORD).filter((w) => w !== '' && /[^\p{ASCII}]/u.test(w));
}

/** What the characters of a text say about its encoding: counts of each reading. */
export interface LegacyEvidence {
  words: number;
  unicode: Reading;
  tcvn3: Reading;
  vni: Reading;
}

/**
 * What the characters of a text say. `memo` remembers the words already judged: a sheet repeats
 * its words row after row.
 */
export function legacyEvidence(text: string, memo?: Map<string, Verdict>): LegacyEvidence | null {
  if (!mayBeLegacy(text)) return null;
  const words = nonAsciiWords(text);
  if (!words.length) return null;
  return {
    words: words.length,
    unicode: read(words, 'unicode', memo),
    tcvn3: read(words, 'tcvn3', memo),
    vni: read(words, 'vni', memo),
  };
}

/**
 * The encoding the characters alone show beyond doubt: more of the words read as Vietnamese in it
 * than as written, more than break, and more than in the other encoding (or as many, with more of
 * them changed by it).
 */
export function encodingByEvidence(evidence: LegacyEvidence | null): LegacyEncoding | null {
  if (!evidence) return null;
  const { unicode, tcvn3, vni } = evidence;
  const wins = (r: Reading, other: Reading): boolean =>
    r.changed > 0 &&
    r.syllables > r.broken &&
    r.syllables > unicode.syllables &&
    (r.syllables > other.syllables || (r.syllables === other.syllables && r.changed > other.changed));
  if (wins(tcvn3, vni)) return 'tcvn3';
  if (wins(vni, tcvn3)) return 'vni';
  return null;
}

/**
 * One cell's text as Unicode. A legacy font converts any text that may be legacy; without one, the
 * characters must show the encoding beyond doubt. Text with nothing above U+007F is never changed.
 */
export function decodeCellText(text: string, font?: string | null): DecodedText {
  if (!mayBeLegacy(text)) return { text, encoding: null };
  const byFont = encodingOfFont(font);
  if (byFont) return { text: decodeLegacy(text, byFont.encoding, byFont.upper), encoding: byFont.encoding };
  const encoding = encodingByEvidence(legacyEvidence(text));
  return encoding ? { text: decodeLegacy(text, encoding), encoding } : { text, encoding: null };
}

/**
 * A whole document (a resolution's text) as Unicode: converted when its words, taken together,
 * read as Vietnamese in one legacy encoding beyond doubt. Used where no font is known (text files).
 */
export function decodeLegacyText(text: string): DecodedText {
  const encoding = encodingByEvidence(legacyEvidence(text));
  return encoding ? { text: decodeLegacy(text, encoding), encoding } : { text, encoding: null };
}

/** Names of the encodings for messages. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
};

/** One sheet as the engine reads it: legacy text read as Unicode, and what was written. */
export interface DecodedSheet {
  /** The grid with decoded texts; the sheet's own grid when nothing was decoded. */
  grid: SheetGrid;
  /** The encoding most decoded cells were in; null when none was decoded. */
  encoding: LegacyEncoding | null;
  /** Each decoded text as written, by its Unicode reading. */
  written: ReadonlyMap<string, string>;
  /** Text cells decoded or in a legacy font, by `row * 16384 + col`, with their encoding. */
  legacyCells: ReadonlyMap<number, LegacyEncoding>;
}

const KEY_COLUMNS = 16384;

/** Decoded cells of one encoding on a sheet from which its other cells of doubtful text are read in it too. */
const SHEET_EVIDENCE = 2;

/** `legacyEvidence` of one text alone, for an engine's memo. */
function evidenceOfText(text: string): LegacyEvidence | null {
  return legacyEvidence(text);
}

/**
 * A sheet's texts as Unicode. A cell in a legacy font is read in it; a cell without one when its
 * characters show the encoding. When a sheet's cells show one encoding, the cells whose characters
 * read in it at least as well as written, with nothing broken (`Giái` = Giỏi, `Cã` = Có,
 * `®vt` = đvt, `ÑVT` = ĐVT), are read in it too.
 * `memo`, when given, remembers what each text's characters say for as long as the engine lives;
 * without it, each text and word is judged once per sheet.
 */
export function decodeSheetGrid(grid: SheetGrid, defaultFont?: string | null, memo?: Memo): DecodedSheet {
  const written = new Map<string, string>();
  const legacyCells = new Map<number, LegacyEncoding>();
  const decoded: { row: number; col: number; text: string; encoding: LegacyEncoding }[] = [];
  const doubtful: { row: number; col: number; text: string; evidence: LegacyEvidence }[] = [];
  const counts: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  // Texts and words repeat row after row: each is judged once per sheet.
  const evidenceOf = new Map<string, LegacyEvidence | null>();
  const verdicts = new Map<string, Verdict>();
  const fontEncodings = new Map<string | null | undefined, FontEncoding | null>();
  // Loops, not closures made per sheet, whose optimised code would be compiled again on every scan.
  for (let row = 0; row < grid.values.length; row++) {
    const cells = grid.values[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (typeof value !== 'string') continue;
      const font = grid.fonts?.[row]?.[col] ?? grid.columnFonts?.[col] ?? defaultFont;
      let byFont = fontEncodings.get(font);
      if (byFont === undefined) fontEncodings.set(font, (byFont = encodingOfFont(font)));
      if (byFont) legacyCells.set(row * KEY_COLUMNS + col, byFont.encoding);
      if (!mayBeLegacy(value)) continue;
      if (byFont) {
        decoded.push({ row, col, text: decodeLegacy(value, byFont.encoding, byFont.upper), encoding: byFont.encoding });
        counts[byFont.encoding]++;
        continue;
      }
      let evidence = memo ? memo.get(evidenceOfText, value) : evidenceOf.get(value);
      if (evidence === undefined) evidenceOf.set(value, (evidence = legacyEvidence(value, verdicts)));
      const encoding = encodingByEvidence(evidence);
      if (encoding) {
        decoded.push({ row, col, text: decodeLegacy(value, encoding), encoding });
        counts[encoding]++;
      } else if (evidence) doubtful.push({ row, col, text: value, evidence });
    }
  }
  const encoding: LegacyEncoding | null =
    counts.tcvn3 + counts.vni === 0 ? null : counts.tcvn3 >= counts.vni ? 'tcvn3' : 'vni';
  if (encoding && counts[encoding] >= SHEET_EVIDENCE) {
    for (const cell of doubtful) {
      const reading = cell.evidence[encoding];
      // `Giái` reads as well either way; `®vt`, `ÑVT` as no word either way: on this sheet they are Giỏi, đvt, ĐVT.
      if (reading.broken === 0 && reading.syllables >= cell.evidence.unicode.syllables) {
        decoded.push({ row: cell.row, col: cell.col, text: decodeLegacy(cell.text, encoding), encoding });
      }
    }
  }
  if (!decoded.length) return { grid, encoding: null, written, legacyCells };
  const values = grid.values.map((cells) => (cells ? [...cells] : cells));
  for (const cell of decoded) {
    const before = values[cell.row][cell.col] as string;
    values[cell.row][cell.col] = cell.text;
    legacyCells.set(cell.row * KEY_COLUMNS + cell.col, cell.encoding);
    if (cell.text !== before) written.set(cell.text.trim(), before.trim());
  }
  return { grid: { ...grid, values }, encoding, written, legacyCells };
}

/** The encoding a range of a decoded sheet is typed in: the sheet's, when a cell in it was decoded or is in a legacy font. */
export function encodingOfRange(sheet: DecodedSheet, range: CellRange): LegacyEncoding | null {
  for (const [key, encoding] of sheet.legacyCells) {
    const row = Math.floor(key / KEY_COLUMNS);
    const col = key % KEY_COLUMNS;
    if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) {
      return sheet.encoding ?? encoding;
    }
  }
  return null;
}

/** The font chitieu's own cells get beside a legacy table: the workbook's default when it shows Unicode. */
export function unicodeFontFor(defaultFont: string | null | undefined): string {
  return defaultFont && isUnicodeFont(defaultFont) ? defaultFont.trim() : 'Times New Roman';
}
