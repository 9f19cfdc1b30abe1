/**
 * From a label's name to the words it is matched by, the same for a row's label and for every
 * catalog name and alias:
 * 1. words, each kept as written (lower case, with its diacritics) and folded;
 * 2. abbreviations spelled out (`SL` sản lượng, `tr.đ`), and initialisms (`HGĐ`, `DSTN`, `TL`)
 *    expanded by the initials of phrases the catalog and the vocabulary use — derived, not listed;
 * 3. English words reduced to a stem (spelling variants and irregular plurals first, then Porter2),
 *    so `immunised children` and `immunization of children` meet;
 * 4. words and phrases the vocabulary gives as synonyms read as one canonical word
 *    (`ấp`, `khóm`, `bản`, `tổ dân phố`, `hamlet` → `thôn`).
 */
import stem from 'wink-porter2-stemmer';
import { fold } from '../text';

/** A word of a label. */
export interface Word {
  /** Lower case with its diacritics, the tone mark moved to the end (`hoá` and `hóa` are one word). */
  text: string;
  folded: string;
  /** Written with diacritics or `đ`: a Vietnamese word that must be told from its unaccented twins. */
  accented: boolean;
  /** Written in capitals inside a label that is not all capitals, or with no vowel: an initialism. */
  initialism: boolean;
  /** Written in capitals. */
  caps: boolean;
}

export interface VocabularyData {
  /** Groups of words and phrases with one meaning; the first is the canonical one. */
  readonly synonyms: readonly (readonly string[])[];
  /** Domain phrases whose initials offices write, beside the catalog's own names and aliases. */
  readonly phrases: readonly string[];
  readonly english: {
    /** Suffix spelling variants, British → American (`isation` → `ization`). */
    readonly spelling: readonly (readonly [string, string])[];
    readonly irregular: Readonly<Record<string, string>>;
  };
}

/** Words that join others and name nothing; skipped when initials are read. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'cua',
  'va',
  'cac',
  'cho',
  'tai',
  'trong',
  'voi',
  'the',
  'of',
  'and',
  'in',
  'for',
  'on',
  'to',
  'with',
  'by',
  'at',
  'a',
  'an',
]);

const VOWELS = /[aeiouy]/;

/** A Vietnamese syllable as typed without diacritics: initial consonants, vowels, a final consonant. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Vietnamese tone marks (grave, acute, tilde, hook, dot below); vowel marks (â, ă, ơ, ư) stay in place. */
const TONES: ReadonlySet<string> = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** A word with its tone mark moved to its end: old (`hoá`, `thuỷ`) and new (`hóa`, `thủy`) placements meet. */
export function toneKey(word: string): string {
  let base = '';
  let tones = '';
  for (const ch of word.normalize('NFD')) {
    if (TONES.has(ch)) tones += ch;
    else base += ch;
  }
  return (base + tones).normalize('NFC');
}

/** Splits a text into words: letters and digits, `%`, and `/` between them dropped. */
export function splitWords(text: string): Word[] {
  const raw = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}%]+/gu) ?? [];
  const allCaps = text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text);
  return raw.map((w) => {
    const lower = toneKey(w.toLocaleLowerCase('vi'));
    const folded = fold(lower);
    const caps = w.length >= 2 && w === w.toLocaleUpperCase('vi') && /^[\p{Lu}\p{M}]+$/u.test(w);
    return {
      text: lower,
      folded,
      accented: lower !== folded,
      caps,
      // Capitals in a label that is not all capitals; or, in any case, letters no syllable is made of
      // (`bhyt`, `tnbq`, `HGĐ`). Whether it stands for a phrase is for the vocabulary to say.
      initialism:
        w.length >= 2 &&
        w.length <= 7 &&
        /^[\p{L}\p{M}]+$/u.test(w) &&
        ((caps && (!allCaps || !VOWELS.test(folded))) || !SYLLABLE.test(folded)),
    };
  });
}

/**
 * A two-word entry and the ways a pair is also written: either word first, or joined by `và` / `and`
 * (`trâu bò`: `bò, trâu`, `trâu và bò`, `bò và trâu`; punctuation between them is no word anyway).
 * Two words of one meaning named as a pair are that pair in any order.
 */
export function coordinations(entry: string): string[] {
  const words = entry.trim().split(/\s+/);
  if (words.length !== 2 || words[0] === words[1]) return [entry];
  const [a, b] = words;
  return [entry, `${b} ${a}`, ...['và', 'and'].flatMap((j) => [`${a} ${j} ${b}`, `${b} ${j} ${a}`])];
}

/** An entry of the vocabulary or the catalog, as words with their keys. */
interface Phrase {
  words: Word[];
  keys: string[];
}

export interface Vocabulary {
  /**
   * The words a name (already free of its anatomy's noise) is matched by: words with diacritics as
   * written (tone mark last), others folded, English ones stemmed, synonyms as their group's first word.
   */
  words(text: string): string[];
  /** The phrases whose initials these are (`hgđ` → `hộ gia đình`), most used first. */
  expansions(initials: string): string[];
  /** Every word and phrase of the synonym group a word belongs to (`bản` → `thôn`, `ấp`, `xóm`, …), or none. */
  synonymGroup(word: string): readonly string[];
}

export interface VocabularySources {
  data: VocabularyData;
  /** Names and aliases of the catalog, whose phrases' initials are read. */
  names: readonly string[];
  /** Abbreviations of single words or fixed phrases (folded, `đ` kept) → what they stand for. */
  abbreviations: ReadonlyMap<string, string>;
}

const MAX_INITIALS = 7;
const CACHE_LIMIT = 50000;

/**
 * What a vocabulary works out from the catalog's names before it reads a label, as data: the same
 * for every engine made from one catalog, so the built-in catalog's is prepared ahead (see
 * `prepareCatalogIndex`) and an engine is made without working it out again.
 */
export interface VocabularyIndex {
  /** Folded words written with diacritics anywhere in the catalog or the vocabulary: Vietnamese, never stemmed. */
  readonly vietnamese: readonly string[];
  /** Folded English words the catalog uses: words, never initials (`rate`, `area`). */
  readonly englishWords: readonly string[];
  /** Initials → the phrases they are the initials of, with how often each is used, in the order first met. */
  readonly initials: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  /** Every synonym entry and its pairings (see `coordinations`) as read, in the vocabulary's order. */
  readonly synonyms: readonly PreparedSynonym[];
  /** Each synonym group's entries (lower case, tone mark last) → the group's place in the vocabulary; a later group wins. */
  readonly groups: readonly (readonly [string, number])[];
}

/** A word as data: text, folded, then `WORD_ACCENTED | WORD_INITIALISM | WORD_CAPS`. */
export type PreparedWord = readonly [text: string, folded: string, flags: number];
const WORD_ACCENTED = 1;
const WORD_INITIALISM = 2;
const WORD_CAPS = 4;

/** A synonym entry as data: its first key folded (what it is indexed by), its group's canonical word, its words and keys. */
export type PreparedSynonym = readonly [
  first: string,
  canonical: string,
  words: readonly PreparedWord[],
  keys: readonly string[],
];

function wordAsData(w: Word): PreparedWord {
  return [
    w.text,
    w.folded,
    (w.accented ? WORD_ACCENTED : 0) | (w.initialism ? WORD_INITIALISM : 0) | (w.caps ? WORD_CAPS : 0),
  ];
}

function wordOfData([text, folded, flags]: PreparedWord): Word {
  return {
    text,
    folded,
    accented: (flags & WORD_ACCENTED) !== 0,
    initialism: (flags & WORD_INITIALISM) !== 0,
    caps: (flags & WORD_CAPS) !== 0,
  };
}

/**
 * How words are keyed (see `Vocabulary.words`): as written when they carry diacritics, else folded,
 * English ones (those not known as Vietnamese) stemmed after their spelling variants and irregulars.
 */
function wordKeys(english: VocabularyData['english'], vietnamese: ReadonlySet<string>): (w: Word) => string {
  const englishKeys = new Map<string, string>();
  const englishKey = (folded: string): string => {
    let key = englishKeys.get(folded);
    if (key === undefined) {
      let w: string = english.irregular[folded] ?? folded;
      for (const [from, to] of english.spelling) {
        if (w.length > from.length + 2 && w.endsWith(from)) {
          w = w.slice(0, -from.length) + to;
          break;
        }
      }
      key = /^[a-z]{3,}$/.test(w) ? stem(w) : w;
      englishKeys.set(folded, key);
    }
    return key;
  };
  return (w) => {
    if (w.accented) return w.text;
    return vietnamese.has(w.folded) || !/^[a-z]+$/.test(w.folded) ? w.folded : englishKey(w.folded);
  };
}

/** The synonym entries and groups of a vocabulary (see `VocabularyIndex`), keyed as `keyOf` keys words. */
function indexSynonyms(data: VocabularyData, keyOf: (w: Word) => string): Pick<VocabularyIndex, 'synonyms' | 'groups'> {
  const keysOf = (text: string): { words: Word[]; keys: string[] } => {
    const words = splitWords(text);
    return { words, keys: words.map(keyOf) };
  };
  const synonyms: PreparedSynonym[] = [];
  for (const group of data.synonyms) {
    const canonical = keysOf(group[0]).keys.join('_');
    for (const entry of group.flatMap(coordinations)) {
      const { words, keys } = keysOf(entry);
      // Indexed folded, so a label typed without diacritics finds its entries too.
      if (keys.length) synonyms.push([fold(keys[0]), canonical, words.map(wordAsData), keys]);
    }
  }
  const groups = data.synonyms.flatMap((group, i) =>
    group.map((entry) => [toneKey(entry.toLocaleLowerCase('vi')), i] as const),
  );
  return { synonyms, groups };
}

/** Works out a vocabulary's index from its sources (see `VocabularyIndex`). */
export function indexVocabulary({ data, names }: Pick<VocabularySources, 'data' | 'names'>): VocabularyIndex {
  const vietnamese = new Set<string>();
  for (const text of [...names, ...data.phrases, ...data.synonyms.flat()]) {
    for (const w of splitWords(text)) if (w.accented) vietnamese.add(w.folded);
  }

  // Initials of every phrase of two to MAX_INITIALS words in the catalog's names and aliases and in the
  // vocabulary's phrases, with and without function words → the phrases, most used first.
  const initials = new Map<string, Map<string, number>>();
  const addInitials = (words: Word[]): void => {
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= MAX_INITIALS && i + n <= words.length; n++) {
        const span = words.slice(i, i + n);
        if (span.some((w) => !/^\p{L}/u.test(w.text))) break;
        const full = span.map((w) => w.text[0]).join('');
        const content = span.filter((w) => !FUNCTION_WORDS.has(w.folded));
        const variants = new Set([full, content.map((w) => w.text[0]).join('')]);
        const text = span.map((w) => w.text).join(' ');
        for (const v of variants) {
          if (v.length < 2) continue;
          for (const key of new Set([v, fold(v)])) {
            const spans = initials.get(key) ?? new Map<string, number>();
            spans.set(text, (spans.get(text) ?? 0) + 1);
            initials.set(key, spans);
          }
        }
      }
    }
  };
  for (const text of [...names, ...data.phrases]) addInitials(splitWords(text));

  const englishWords = new Set<string>();
  for (const text of names) {
    for (const w of splitWords(text))
      if (!w.accented && !w.caps && !vietnamese.has(w.folded)) englishWords.add(w.folded);
  }
  return {
    vietnamese: [...vietnamese],
    englishWords: [...englishWords],
    initials: [...initials].map(([key, spans]) => [key, [...spans]] as const),
    ...indexSynonyms(data, wordKeys(data.english, vietnamese)),
  };
}

/** A vocabulary over its sources; `index` is worked out from them when none was prepared. */
export function createVocabulary(
  { data, names, abbreviations }: VocabularySources,
  index: VocabularyIndex = indexVocabulary({ data, names }),
): Vocabulary {
  // Words written with diacritics anywhere in the catalog or the vocabulary are Vietnamese: never stemmed.
  const vietnamese: ReadonlySet<string> = new Set(index.vietnamese);
  /** A word as it is matched: as written when it carries diacritics, else folded, English words stemmed. */
  const keyOf = wordKeys(data.english, vietnamese);

  /**
   * Whether a label word is the vocabulary's word: as written when both carry diacritics; a word
   * typed without them meets an accented one only inside a phrase (`cay` alone is cây more often
   * than cấy); `exact` asks for the word itself, not its stem (production ≠ productivity).
   */
  const same = (
    label: Word,
    labelKey: string,
    entry: Word,
    entryKey: string,
    alone: boolean,
    exact: boolean,
  ): boolean => {
    if (label.accented && entry.accented) return label.text === entry.text;
    if (entry.accented && alone) return false;
    return exact ? label.folded === entry.folded : labelKey === entryKey;
  };

  // Synonyms: every entry → its group's canonical word, indexed by the entry's first key.
  const synonymIndex = new Map<string, { phrase: Phrase; canonical: string }[]>();
  for (const [first, canonical, words, keys] of index.synonyms) {
    const list = synonymIndex.get(first) ?? [];
    list.push({ phrase: { words: words.map(wordOfData), keys: [...keys] }, canonical });
    synonymIndex.set(first, list);
  }
  for (const list of synonymIndex.values()) list.sort((a, b) => b.phrase.keys.length - a.phrase.keys.length);
  const groupOf = new Map<string, readonly string[]>(index.groups.map(([key, i]) => [key, data.synonyms[i]]));

  const initials: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
    index.initials.map(([key, spans]) => [key, new Map(spans)]),
  );
  const foldedNames = names.map((n) => ` ${fold(n).replace(/[^a-z0-9%]+/g, ' ')} `);
  /**
   * The ways a catalog name may say a span: the span itself, or a word of its synonym group (`KP` is
   * khu phố, which names say as thôn or khu dân cư). Folded, spaced as `foldedNames`; kept per span.
   */
  const spanForms = new Map<string, readonly string[]>();
  const formsOfSpan = (text: string): readonly string[] => {
    let forms = spanForms.get(text);
    if (!forms) {
      const group = groupOf.get(toneKey(text)) ?? [];
      forms = [
        ...new Set(
          [text, ...group].map(
            (t) =>
              ` ${fold(t)
                .replace(/[^a-z0-9%]+/g, ' ')
                .trim()} `,
          ),
        ),
      ];
      spanForms.set(text, forms);
    }
    return forms;
  };

  // English words the catalog uses are words, never initials (`rate`, `area`).
  const englishWords: ReadonlySet<string> = new Set(index.englishWords);

  /**
   * The phrase an initialism stands for: the one used in a catalog name with most of the label's other
   * words (`CT` beside `hoàn thành … tiểu học` is chương trình), else the most used.
   */
  // The catalog names holding each expansion (or a synonym of it), found once per expansion: every
  // initialism of every label and name is weighed against them.
  const namesWithSpan = new Map<string, readonly string[]>();
  const namesWith = (text: string): readonly string[] => {
    let list = namesWithSpan.get(text);
    if (list === undefined) {
      const forms = formsOfSpan(text);
      namesWithSpan.set(text, (list = foldedNames.filter((n) => forms.some((f) => n.includes(f)))));
    }
    return list;
  };
  /**
   * The label's other terms an initialism is read beside: each a word, or another initialism as it is
   * written or as it was read (`THCS`, or `trung học cơ sở` in any order): one term however many
   * syllables it spells, and said in part by a name that says some of them. A term is each of its
   * ways of being said, as words.
   */
  type Term = readonly (readonly string[])[];
  const says = (text: string, words: readonly string[]): boolean => words.every((w) => text.includes(` ${w} `));
  /** How much of a term a name says: the best of its ways, by the share of its words the name holds. */
  const saidOf = (name: string, term: Term): number =>
    Math.max(...term.map((way) => way.filter((w) => name.includes(` ${w} `)).length / way.length));
  const expandInitialism = (word: Word, rest: readonly Term[]): Word[] | null => {
    if (!word.accented && word.text === word.folded && englishWords.has(word.folded) && !word.caps) return null;
    const spans = initials.get(word.text) ?? initials.get(word.folded);
    if (!spans) return null;
    let best: string | null = null;
    let bestScore = -1;
    for (const [text, count] of spans) {
      const spanText = ` ${fold(text)} `;
      const others = rest.filter((term) => term.every((way) => way.every((w) => w.length > 1) && !says(spanText, way)));
      let context = 0;
      for (const n of namesWith(text)) {
        const shared = others.reduce((sum, term) => sum + saidOf(n, term), 0);
        if (shared > context) context = shared;
      }
      // A reading fits when a name with it says at least half the label's other terms (a term said in
      // part counts in part): `Chi TX` is chi thường xuyên, but `Tổng SL lương thực` is not `Tổng số
      // lợn` for its `tổng`. Else the most used wins.
      const score = (2 * context >= others.length ? context : 0) * 1000 + count;
      if (score > bestScore) {
        best = text;
        bestScore = score;
      }
    }
    return best === null ? null : splitWords(best);
  };

  /**
   * Initialisms spelled out by the phrases whose initials they are. Twice: first each by the label's
   * plain words, then each again by what the others were read as (`GT SX CN-TTCN`, all initials).
   */
  const expandInitialisms = (words: Word[]): Word[] => {
    const plain: Term[] = [...new Set(words.filter((w) => !w.initialism).map((w) => w.folded))].map((w) => [[w]]);
    const first = words.map((w) => (w.initialism ? (expandInitialism(w, plain) ?? [w]) : [w]));
    if (!words.some((w) => w.initialism)) return first.flat();
    return words.flatMap((w, i) => {
      if (!w.initialism) return [w];
      const others: Term[] = [...plain];
      words.forEach((other, j) => {
        if (j !== i && other.initialism) others.push([[other.folded], first[j].map((x) => x.folded)]);
      });
      return expandInitialism(w, others) ?? [w];
    });
  };

  /** Abbreviations of one or two words (`SL`, `tr đ`, `thu nhập` glued) spelled out as listed. */
  const expandAbbreviations = (words: Word[]): Word[] => {
    const out: Word[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length ? `${abbreviationKey(words[i])} ${abbreviationKey(words[i + 1])}` : null;
      const pairExpansion = pair === null ? undefined : abbreviations.get(pair);
      if (pairExpansion !== undefined) {
        out.push(...splitWords(pairExpansion));
        i++;
        continue;
      }
      const single = abbreviations.get(abbreviationKey(words[i]));
      out.push(...(single === undefined ? [words[i]] : splitWords(single)));
    }
    return out;
  };

  const expand = (words: Word[]): Word[] => expandAbbreviations(expandInitialisms(expandAbbreviations(words)));

  // Pairs of words the catalog's names and the vocabulary's phrases say: folded, to leave any pair a name
  // may mean alone; and with `đ` kept, for what a respelling must meet (`giảm` is never `đảm`).
  const saidPairs = new Set<string>();
  const spelledPairs = new Set<string>();
  for (const text of [...names, ...data.synonyms.flat()]) {
    const ws = splitWords(text);
    for (let i = 0; i + 1 < ws.length; i++) {
      saidPairs.add(`${ws[i].folded} ${ws[i + 1].folded}`);
      spelledPairs.add(`${unmarked(ws[i])} ${unmarked(ws[i + 1])}`);
    }
  }
  const respell = (words: Word[]): Word[] =>
    respeltPairs(
      words,
      (a, b) => saidPairs.has(`${a.folded} ${b.folded}`),
      (a, b) => spelledPairs.has(`${unmarked(a)} ${unmarked(b)}`),
    );

  // Folded pairs of words a synonym group's phrases say, with the groups (by their canonical word).
  const pairGroups = new Map<string, Set<string>>();
  for (const [, canonicalWord, words] of index.synonyms) {
    for (let i = 0; i + 1 < words.length; i++) {
      const key = `${words[i][1]} ${words[i + 1][1]}`;
      const groups = pairGroups.get(key) ?? new Set<string>();
      groups.add(canonicalWord);
      pairGroups.set(key, groups);
    }
  }
  /**
   * Whether a word typed without diacritics stands beside a neighbour as a phrase of the group says the
   * two (`dan bo`, as in `đàn bò`): then it is that group's word even alone (`Tong dan bo`).
   */
  const anchored = (words: Word[], i: number, group: string): boolean =>
    !words[i].accented &&
    ((i > 0 && (pairGroups.get(`${words[i - 1].folded} ${words[i].folded}`)?.has(group) ?? false)) ||
      (i + 1 < words.length && (pairGroups.get(`${words[i].folded} ${words[i + 1].folded}`)?.has(group) ?? false)));

  const canonical = (words: Word[]): string[] => {
    const keys = words.map(keyOf);
    const out: string[] = [];
    for (let i = 0; i < words.length;) {
      const candidates = synonymIndex.get(fold(keys[i])) ?? [];
      const fits = (exact: boolean) =>
        candidates.find(({ phrase: p, canonical: group }) => {
          const alone = p.words.length === 1 && !anchored(words, i, group);
          return (
            i + p.keys.length <= words.length &&
            p.words.every((e, k) => same(words[i + k], keys[i + k], e, p.keys[k], alone, exact))
          );
        });
      // The longer phrase wins, read exactly or by its stems: `criminal offences` is one crime, not
      // `criminal` and then `offences` (a plural inside a phrase is still the phrase).
      const exactHit = fits(true);
      const stemHit = fits(false);
      const hit =
        stemHit && (!exactHit || stemHit.phrase.keys.length > exactHit.phrase.keys.length) ? stemHit : exactHit;
      if (hit) {
        out.push(hit.canonical);
        i += hit.phrase.keys.length;
      } else {
        out.push(keys[i]);
        i++;
      }
    }
    return out;
  };

  const cache = new Map<string, string[]>();
  return {
    synonymGroup: (word) => groupOf.get(toneKey(word.toLocaleLowerCase('vi'))) ?? [],
    expansions(text: string): string[] {
      const spans = initials.get(text.toLocaleLowerCase('vi')) ?? initials.get(fold(text));
      return spans ? [...spans].sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase) : [];
    },
    words(text: string): string[] {
      let result = cache.get(text);
      if (!result) {
        result = canonical(respell(expand(splitWords(text)))).filter((w) => w && !/^(?:19|20)\d\d$/.test(w));
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(text, result);
      }
      return result;
    },
  };
}

/**
 * Initial consonants people write for one another, as regional speech merges them (`năng xuất` for
 * `năng suất`, `gieo chồng` for `gieo trồng`).
 */
const CONFUSED_INITIALS: readonly (readonly string[])[] = [
  ['s', 'x'],
  ['ch', 'tr'],
  // the longer initial first: `gi` is read before `g` could be
  ['gi', 'd', 'r'],
  ['l', 'n'],
];

/** A word without its diacritics but `đ`, which is another letter than `d`. */
function unmarked(word: Word): string {
  return word.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The word written with each initial consonant it is confused with. */
function confusedSpellings(word: Word): Word[] {
  if (word.initialism || word.caps || !/^[\p{L}\p{M}]{2,}$/u.test(word.text)) return [];
  const out: Word[] = [];
  const plain = unmarked(word);
  for (const group of CONFUSED_INITIALS) {
    const initial = group.find((c) => plain.startsWith(c));
    if (!initial || word.folded.length === initial.length) continue;
    for (const other of group) {
      if (other === initial) continue;
      const text = other + word.text.slice(initial.length);
      out.push({ ...word, text, folded: other + word.folded.slice(initial.length) });
    }
  }
  return out;
}

/**
 * Words with a confused initial consonant put right where the pair they stand in is one no catalog name
 * or vocabulary phrase says and the other spelling makes one that does: a pair decides, never a word
 * alone, and a word standing in a pair a name says is left as it is.
 */
function respeltPairs(
  words: Word[],
  said: (a: Word, b: Word) => boolean,
  spelled: (a: Word, b: Word) => boolean,
): Word[] {
  let out = words;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (said(a, b)) continue;
    // A word a name says beside its other neighbour is written as meant (`phủ rừng` before `đạt`).
    const bPlaced = i + 2 < out.length && said(b, out[i + 2]);
    const aPlaced = i > 0 && said(out[i - 1], a);
    const right = bPlaced ? undefined : confusedSpellings(b).find((v) => spelled(a, v));
    const left = right || aPlaced ? undefined : confusedSpellings(a).find((v) => spelled(v, b));
    if (!right && !left) continue;
    if (out === words) out = [...words];
    if (right) out[i + 1] = right;
    else if (left) out[i] = left;
  }
  return out;
}

/** An abbreviation is looked up folded, with `đ` kept: `SDĐ` (sử dụng đất) is not `SDD` (suy dinh dưỡng). */
function abbreviationKey(w: Word): string {
  return w.text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
