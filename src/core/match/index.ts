/**
 * Row label → catalog indicator, with a confidence. Words are weighted by how rarely they
 * occur across the catalog, so `lúa` or `gia cầm` decide more than `tỷ lệ` or `số`.
 * A matcher belongs to one engine: its index and caches are built from that engine's catalog.
 */
import type { Catalog, CatalogEntry } from '../catalog';
import { StringPathCache } from '../memo';
import { fold, stripDiacritics } from '../text';
import type { IndicatorMatch } from '../types';
import { labelAnatomy, withoutQualifiers } from './anatomy';
import { TUNING, type MatchTuning } from './calibration';
import { compileContrasts, foldContrasts, type Contrasts } from './contrasts';
import { deriveFamilies, familyMember, type Family } from './families';
import { createPlaceReader } from './places';
import { splitWords, toneKey, type Vocabulary } from './words';

export interface MatchResult {
  best: IndicatorMatch | null;
  runnerUp: IndicatorMatch | null;
}

export interface Matcher {
  /** The calibrated numbers the matcher decides with; bands come from them too. */
  readonly tuning: MatchTuning;
  /** Ranks the catalog against a label; `exclude` holds indicators the row cannot be (its parents'). */
  rank(label: string, unit: string | null, exclude?: ReadonlySet<string>): readonly Readonly<IndicatorMatch>[];
  /** The best indicator and the runner-up; `best` is null below the threshold. */
  match(label: string, unit: string | null, exclude?: ReadonlySet<string>): MatchResult;
  /**
   * A sub-row that only names a part (`Trong đó: Lúa`) takes its meaning from its parent:
   * it is matched as parent + part, never as the parent itself.
   */
  matchSubItem(label: string, parentLabel: string, unit: string | null, exclude: ReadonlySet<string>): MatchResult;
  /**
   * A row of a list whose first item states a family's head and its own member (`Tổng đàn trâu, bò`,
   * then `Lợn`, `Gia cầm`): the other member of that family its words name, as if under the head, for
   * review (`likely`); null when it names none.
   */
  matchFamilyMate(
    label: string,
    firstLabel: string,
    firstId: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult | null;
  /**
   * A row that only names a place (`- Bản Nà Lốc`, `Thôn 3`) under an indicator's row is that indicator
   * for the place: the parent's id, as sure as the parent; null when the label names more than a place
   * or its unit says it counts something else (households under a rate).
   */
  matchPlacePart(label: string, unit: string | null, parent: Readonly<IndicatorMatch>): MatchResult | null;
  /**
   * A row that names only a thing (`+ Cây cao su, ha`, `- Lúa cả năm` in ha) with no heading: its unit
   * says what is measured (an area, an output), read as the heading would be (`Diện tích`, `Sản
   * lượng`). Null when the unit says no such measure or the label already names one.
   */
  matchByUnit(label: string, unit: string | null, exclude: ReadonlySet<string>): MatchResult | null;
  /**
   * Whether a part gives the words of an indicator's name that its whole lacks: the whole names it by a
   * wider word (`Diện tích nuôi trồng thủy sản`, read as the freshwater fish area) and the part by its
   * own (`- Nuôi cá nước ngọt`). Such a part is the indicator; the whole, wider, is not. A whole
   * written as a list is the sum of its items and no part completes it.
   */
  completesName(wholeLabel: string, label: string, id: string): boolean;
  /** Whether the label says every word of one of the indicator's own names (its Vietnamese or English name, not an alias). */
  saysName(label: string, id: string): boolean;
}

interface AliasForm {
  /** The words that name the indicator. */
  words: string[];
  /** Those words and their adjacent pairs. */
  set: Set<string>;
  /** Words of brackets that qualify the name; they count for less. */
  detail: Set<string>;
}

/** An alias with what scoring needs, computed once when the catalog is indexed. */
interface IndexedAlias extends AliasForm {
  total: number;
  /** The word that sets the alias apart most. */
  key: string | null;
  /** Words at most one other indicator uses (`phục hồi` of the restored pepper area). */
  own: string[];
  /**
   * Its words that name something (no filler), with how often each stands in it: read folded, `Sản
   * lượng sắn` is `san luong san`, and a label must say `san` twice to name all of it.
   */
  needs: readonly (readonly [string, number])[];
  /** Words standing more than once in it, with how often: each further time weighs again (`san luong san`). */
  repeats: readonly (readonly [string, number])[];
  sectors: string[];
}

interface Indexed {
  id: string;
  unit: string;
  aliases: IndexedAlias[];
  /** Whether any of its names says a total (`Tổng đàn …`, `Total …`). */
  saysTotal: boolean;
  /** The words of its Vietnamese and English names that name something, each name apart. */
  primaries: readonly (readonly string[])[];
  /** Every word any of its names uses: what tells two indicators apart whose best names fit a label alike. */
  vocabulary: ReadonlySet<string>;
}

/**
 * Words and adjacent word pairs: Vietnamese words are often two syllables (`nông nghiệp` ≠ `công
 * nghiệp`). A pair is kept in either order: `diện tích lúa gieo trồng` and `diện tích gieo trồng lúa`.
 */
function features(words: readonly string[]): Set<string> {
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    out.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  }
  return out;
}

/** Words that name no indicator by themselves, as written (Vietnamese with their diacritics). */
const FILLER_WORDS: readonly string[] = [
  'của',
  'và',
  'các',
  'những',
  'cho',
  'được',
  'tại',
  'trên',
  'địa',
  'bàn',
  'the',
  'of',
  'and',
  'in',
  'for',
  'to',
  'a',
  'an',
  'with',
  'from',
  'by',
  'at',
  'on',
  'all',
  'who',
  'that',
  'which',
  'their',
  'its',
  'as',
  'into',
  'under',
  // disease names qualify a vaccination (the vocabulary reads them all as `cúm`); they name no indicator
  'cúm',
];

/** The filler words of a reading: as written (tone mark last, as the vocabulary keeps words), or folded. */
function fillerSet(folded: boolean): ReadonlySet<string> {
  return new Set(FILLER_WORDS.map((w) => (folded ? fold(w) : toneKey(w))));
}

/** A member read through the head a list's first item states is offered for review, never sure. */
const MATE_CONFIDENCE = 0.75;

/** What each further word of a one-word synonym phrase adds to its weight. */
const PHRASE_WORD_SHARE = 0.5;
const PAIR_SHARE = 0.7;

type UnitKind = 'percent' | 'area' | 'mass' | 'money' | 'count' | 'rating' | 'other';

function unitKind(unit: string | null | undefined): UnitKind | null {
  if (!unit) return null;
  const u = fold(unit);
  if (!u) return null;
  if (u.includes('%') || u === 'phan tram' || u === 'percent') return 'percent';
  if (/^(ha|hecta|m2|km2)$/.test(u)) return 'area';
  if (/^(tan|ta|kg|tonnes?|tons?|quintals?)$/.test(u)) return 'mass';
  if (/(dong|vnd|ty|trieu|billion|million)/.test(u)) return 'money';
  if (/(xep loai|rating|loai)/.test(u)) return 'rating';
  return 'other';
}

/** Whether two units measure different things (an area and a mass, a rate and a count). */
export function unitsDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = unitKind(a);
  const y = unitKind(b);
  return x !== null && y !== null && x !== y && x !== 'other' && y !== 'other';
}

/** What a unit says is measured, as the words a heading would say it with (as written, and in English). */
const MEASURES: Readonly<Partial<Record<UnitKind, readonly string[]>>> = {
  // Only an area: an output in tấn may be of any catch or harvest (`Cá các loại` under capture).
  area: ['Diện tích', 'area'],
};

function unitPenalty(rowUnit: string | null, indicatorUnit: string): number {
  const a = unitKind(rowUnit);
  const b = unitKind(indicatorUnit);
  if (a === null || b === null || a === b) return 0;
  // A count (`hộ`, `người`) is not a rate, whatever the words say (`- Hộ nghèo` in hộ is not the poverty rate).
  if ((a === 'percent' && b === 'other') || (a === 'other' && b === 'percent')) return 0.4;
  if (a === 'percent' || b === 'percent') return 0.25;
  if ((a === 'area' || a === 'mass') && (b === 'area' || b === 'mass')) return 0.12;
  return 0;
}

/** Whether every word of `part` stands in `words`, in the same order (others may stand between). */
function holdsInOrder(words: readonly string[], part: readonly string[]): boolean {
  let at = 0;
  for (const w of words) if (at < part.length && w === part[at]) at++;
  return at === part.length;
}

/** Whether two lists hold the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Whether words stand in a label in this order, one after another. */
function saysInOrder(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/**
 * The meaning changers a label carries (`khác`, `cận nghèo`), but parts that together make the whole
 * again and changers that are words of a longer name (`xã hội` of `an toàn xã hội`); and, within a
 * domain the label names (fishery), the words that set one part of it apart (capture, brackish), in
 * its brackets too.
 */
function changersOf(c: Contrasts, label: AliasForm): string[] {
  const wholes = c.wholes.filter((parts) => parts.every((x) => label.set.has(x))).flat();
  const bound = c.bound.filter(([, phrase]) => saysInOrder(label.words, phrase)).map(([x]) => x);
  const found = c.meaningChangers.filter((x) => label.set.has(x) && !wholes.includes(x) && !bound.includes(x));
  const has = (x: string): boolean => label.set.has(x) || label.detail.has(x);
  for (const s of c.scoped) if (s.scope.some(has) && !s.unless.some(has)) found.push(...s.changers.filter(has));
  return found;
}

/**
 * Whether a changer the alias lacks is named beside another of its kind the alias has: `phục hồi, tái
 * canh` together is one renewal, the indicator of either.
 */
function kinSaid(c: Contrasts, label: AliasForm, alias: AliasForm, changer: string): boolean {
  return c.kin.some(
    (kin) => kin.includes(changer) && kin.some((x) => x !== changer && label.set.has(x) && alias.set.has(x)),
  );
}

/** `labelChangers` is `changersOf(c, label)`, worked out once per label rather than once per alias scored. */
function contrastPenalty(
  c: Contrasts,
  label: AliasForm,
  labelSectors: string[],
  labelChangers: readonly string[],
  alias: IndexedAlias,
): number {
  let penalty = 0;
  if (labelSectors.length && alias.sectors.length && !labelSectors.some((x) => alias.sectors.includes(x))) {
    penalty += 0.3;
  }
  // An indicator of one sector is not the whole: `Tổng giá trị sản xuất` is not that of CN-TTCN.
  if (!labelSectors.length && alias.sectors.length) penalty += 0.2;
  if (labelChangers.some((x) => !alias.set.has(x) && !kinSaid(c, label, alias, x))) penalty += 0.3;
  if (c.opposites.some((x) => alias.set.has(x) && !label.set.has(x))) penalty += 0.3;
  // Revenue is never expenditure: `Thu từ hoạt động kinh tế` is not `Chi sự nghiệp kinh tế`.
  if (
    c.sides.some(
      ([a, b]) => (label.words[0] === a && alias.words[0] === b) || (label.words[0] === b && alias.words[0] === a),
    )
  ) {
    penalty += 0.4;
  }
  // `gia súc, gia cầm` together is neither the livestock nor the poultry indicator alone.
  if (c.together.some(([a, b]) => label.set.has(a) && label.set.has(b) && alias.set.has(a) !== alias.set.has(b))) {
    penalty += 0.3;
  }
  // The word that sets an alias apart most must be in the label, and so must words only its
  // indicator uses: `Diện tích hồ tiêu` is not the pepper area restored.
  if (alias.key !== null && !label.set.has(alias.key)) penalty += 0.15;
  if (alias.own.some((w) => w !== alias.key && !label.set.has(w))) penalty += 0.1;
  return penalty;
}

/** A count (`Số hộ …`) is not a rate, and a rate (`Tỷ lệ …`) is not a count. */
function kindPenalty(c: Contrasts, label: AliasForm, indicatorUnit: string): number {
  const starts = (list: readonly string[]): boolean =>
    list.some((x) => x === label.words[0] || x === label.words.slice(0, 2).join(' '));
  const percent = indicatorUnit.includes('%');
  if (starts(c.countStarts) && percent) return 0.3;
  if (starts(c.rateStarts) && !percent && indicatorUnit !== 'xếp loại') return 0.2;
  return 0;
}

/** Each word once, with how many times it stands in the list. */
function counted(words: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts];
}

/** How sure a share named by part of its sector's words is: mapped, but flagged for review. */
const SHARE_CONFIDENCE = 0.75;

/** The words that end a share's sector: what follows is the whole (`trong GTSX`, `in output`). */
const WHOLE_STARTS: ReadonlySet<string> = new Set(['trong', 'in']);

/** The share indicator (its index) whose sector words hold all of a share label's, when only one does. */
function shareOf(
  reading: { shares: Reading['shares']; isFiller(word: string): boolean },
  words: readonly string[],
): number | null {
  if (!reading.shares.starts.has(words[0])) return null;
  const sector: string[] = [];
  for (const w of words.slice(1)) {
    if (WHOLE_STARTS.has(w)) break;
    if (!reading.isFiller(w)) sector.push(w);
  }
  if (!sector.length) return null;
  const holding = reading.shares.entries.filter((s) => sector.every((w) => s.words.has(w)));
  return holding.length === 1 ? holding[0].entry : null;
}

/** Words that say a label is a total; followed by `số` / `number` they only start a count. */
const TOTAL_WORDS: readonly string[] = ['tổng', 'total'];
const COUNT_AFTER_TOTAL: readonly string[] = ['số', 'number'];
/** Taken off an indicator narrower than a total names (see `rankUncached`). */
const TOTAL_PENALTY = 0.4;
/** Confidences closer than this are a tie, decided by the label's other words. */
const TIE = 0.005;

/** Noun classifiers written before a crop's or an animal's name (`Cây cao su`): no word of the name. */
const CLASSIFIERS: readonly string[] = ['cây', 'con'];

/** How many readings of one initialism a heading's family is asked about. */
const MAX_READINGS = 8;

/** Caches stop growing here; commune after commune repeats the same labels. */
const CACHE_LIMIT = 20000;

function exclusionKey(exclude: ReadonlySet<string>): string {
  return exclude.size === 0 ? '' : exclude.size === 1 ? [...exclude][0] : [...exclude].sort().join(',');
}

const NO_EXCLUSIONS: ReadonlySet<string> = new Set();

/**
 * One way of reading labels against the catalog. A label typed with diacritics is read word for word
 * as written (`sản` is not `sắn`, `cây` is not `cấy`); one typed without them can only be read folded,
 * against the catalog folded the same way. Each reading has its own rarity weights and index.
 */
interface Reading {
  form(text: string): AliasForm;
  isFiller(word: string): boolean;
  families: readonly Family[];
  /** Words that say a total, and words after them that make it a count instead (in this reading). */
  totals: { words: ReadonlySet<string>; countAfter: ReadonlySet<string> };
  /** Noun classifiers (`cây`), in this reading. */
  classifiers: ReadonlySet<string>;
  /** Whether the catalog uses a word at all (in this reading). */
  knows(word: string): boolean;
  index: Indexed[];
  postings: Map<string, { entry: number; alias: number }[]>;
  /**
   * A share of a sector's output (`Tỷ trọng …`, `Share of …`): the words that start one, and the words
   * each share indicator names its sector by (every alias of it, the share word aside).
   */
  shares: { starts: ReadonlySet<string>; entries: readonly { entry: number; words: ReadonlySet<string> }[] };
  weight(feature: string): number;
  repeatWeight(counts: readonly (readonly [string, number])[]): number;
  sumWeights(features: Iterable<string>): number;
  contrasts: Contrasts;
}

/** A name or label as one reading reads it: the words of its name, and those of its brackets not among them. */
export interface NameReading {
  readonly words: readonly string[];
  readonly detail: readonly string[];
}

/**
 * Reads a name or label as written (`folded` false) or as typed without diacritics (`folded`): read
 * folded, a label and the catalog are both read as typed without diacritics, so the same words meet
 * the same synonyms and initials on both sides.
 */
export function readName(vocabulary: Vocabulary, folded: boolean, text: string): NameReading {
  const mapWords = (words: string[]): string[] => (folded ? words.map(fold) : words);
  const typed = (t: string): string => (folded ? stripDiacritics(t) : t);
  const anatomy = labelAnatomy(text);
  const words = mapWords(vocabulary.words(typed(withoutQualifiers(anatomy.name))));
  const set = features(words);
  const detail = new Set(mapWords(vocabulary.words(typed(anatomy.detail))).filter((w) => !set.has(w)));
  return { words, detail: [...detail] };
}

/** An indicator's names: Vietnamese, English, then its aliases. */
function namesOf(entry: CatalogEntry): string[] {
  return [entry.nameVi, entry.nameEn, ...entry.aliases];
}

/** A name of the catalog as a reading reads it: the name, its words, its brackets' other words. */
export type PreparedName = readonly [name: string, words: readonly string[], detail: readonly string[]];

/** What one reading works out from the catalog before it reads a label, as data (see `PreparedCatalogIndex`). */
export interface PreparedReading {
  /** Every name and alias of the catalog, each once, as the reading reads it. */
  readonly names: readonly PreparedName[];
  /** The families the indicators' names make, read this way. */
  readonly families: readonly Family[];
}

/** Works out a reading's names and families from the catalog (see `PreparedReading`). */
export function prepareReading(catalog: Catalog, folded: boolean): PreparedReading {
  const names = [...new Set(catalog.entries.flatMap(namesOf))].map((text): PreparedName => {
    const { words, detail } = readName(catalog.vocabulary, folded, text);
    return [text, words, detail];
  });
  const wordsOf = new Map(names.map(([text, words]) => [text, words]));
  const fillers = fillerSet(folded);
  const families = deriveFamilies(
    catalog.entries.map((e) => ({
      id: e.id,
      group: e.group,
      unit: e.unit,
      aliases: namesOf(e)
        .map((text) => [...(wordsOf.get(text) ?? [])])
        .filter((words) => words.length > 0),
    })),
    (word) => fillers.has(word),
  );
  return { names, families };
}

/**
 * The two halves of a label written in two languages (`Rice sown area / Diện tích gieo sạ lúa`): one
 * typed with Vietnamese marks, the other in English words; null for any other label.
 */
function languageHalves(label: string): [string, string] | null {
  const halves = label.split(/\s+\/\s+/);
  if (halves.length !== 2) return null;
  const marked = halves.map(hasDiacritics);
  if (marked[0] === marked[1]) return null;
  const english = halves[marked[0] ? 1 : 0];
  // English words, not initials in capitals (`Thu NSNN`, `KCB BHYT`), which either language writes.
  return (english.match(/\b(?![A-Z]{2,}\b)[A-Za-z][a-z]{2,}\b/g)?.length ?? 0) >= 2 ? [halves[0], halves[1]] : null;
}

/**
 * A label written as a list (`Văn hóa, xã hội`, `Lao động - Giảm nghèo`, `Chi quản lý hành chính,
 * Đảng, đoàn thể`): the sum of its items, no one whole a part could name more exactly.
 */
function writtenAsList(label: string): boolean {
  return /[,;]|\s[-–—]\s|\s(?:và|va|and|&)\s/iu.test(withoutQualifiers(labelAnatomy(label).name));
}

/** Whether a text was typed with Vietnamese diacritics (`đ` included). */
function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a label (its brackets included) says every word of one of the indicator's own names, not an alias. */
function saysOwnName(entry: Indexed, label: Pick<AliasForm, 'set' | 'detail'>): boolean {
  return entry.primaries.some((name) => name.length > 0 && name.every((w) => label.set.has(w) || label.detail.has(w)));
}

/** Indexes the catalog's names and aliases; the matcher's caches live as long as it does. */
export function createMatcher(catalog: Catalog, tuning: MatchTuning = TUNING): Matcher {
  const exactContrasts = compileContrasts(catalog.vocabulary);

  const reading = (folded: boolean): Reading => {
    const fillers = fillerSet(folded);
    const isFiller = (word: string): boolean => fillers.has(word);
    const contrasts: Contrasts = folded ? foldContrasts(exactContrasts) : exactContrasts;
    // The catalog's names as this reading reads them and their families: prepared ahead, or worked out now.
    const prepared = catalog.prepared?.readings[folded ? 'folded' : 'asWritten'] ?? prepareReading(catalog, folded);
    const names = new Map(prepared.names.map(([text, words, detail]) => [text, { words, detail }]));
    const form = (text: string): AliasForm => {
      const { words, detail } = names.get(text) ?? readName(catalog.vocabulary, folded, text);
      return { words: [...words], set: features(words), detail: new Set(detail) };
    };
    const forms = catalog.entries.map((e) => ({
      id: e.id,
      unit: e.unit,
      aliases: namesOf(e)
        .map(form)
        .filter((a) => a.words.length > 0),
    }));
    const documentFrequency = new Map<string, number>();
    for (const entry of forms) {
      const seen = new Set<string>();
      for (const alias of entry.aliases) for (const w of alias.set) seen.add(w);
      for (const w of seen) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    }
    const n = forms.length;
    const weights = new Map<string, number>();
    const computeWeight = (feature: string): number => {
      const parts = feature.split(' ');
      if (parts.some((p) => isFiller(p))) return parts.length > 1 ? 0.15 : 0.3;
      const df = documentFrequency.get(feature);
      // A word the catalog never uses tells that the label means something else.
      const idf = Math.log(1 + n / (df ?? tuning.unknownWordEntries));
      // A synonym phrase read as one word (`phục_hồi`) says more than any one of its words.
      const phraseWords = feature.split('_').length;
      return parts.length > 1 ? PAIR_SHARE * idf : idf * (1 + PHRASE_WORD_SHARE * (phraseWords - 1));
    };
    const weight = (feature: string): number => {
      let w = weights.get(feature);
      if (w === undefined) weights.set(feature, (w = computeWeight(feature)));
      return w;
    };
    const sumWeights = (words: Iterable<string>): number => {
      let total = 0;
      for (const w of words) total += weight(w);
      return total;
    };
    /** What the further times of repeated words weigh. */
    const repeatWeight = (counts: readonly (readonly [string, number])[]): number => {
      let total = 0;
      for (const [w, times] of counts) if (times > 1) total += (times - 1) * weight(w);
      return total;
    };
    const rarestWord = (words: string[]): string | null => {
      let key: string | null = null;
      for (const w of words) if (key === null || weight(w) > weight(key)) key = w;
      return key;
    };
    const totalWords = new Set(TOTAL_WORDS.flatMap((w) => form(w).words));
    const countAfter = new Set(COUNT_AFTER_TOTAL.flatMap((w) => form(w).words));
    const index: Indexed[] = forms.map((e, i) => ({
      ...e,
      saysTotal: e.aliases.some((a) => a.words.some((w) => totalWords.has(w))),
      primaries: [catalog.entries[i].nameVi, catalog.entries[i].nameEn].map((n) =>
        form(n).words.filter((w) => !isFiller(w) && !totalWords.has(w)),
      ),
      vocabulary: new Set(e.aliases.flatMap((a) => [...a.words, ...a.detail])),
      aliases: e.aliases.map((a) => ({
        ...a,
        total: sumWeights(a.set) + repeatWeight(counted(a.words)),
        key: a.words.length > 1 ? rarestWord(a.words) : null,
        own: a.words.length > 1 ? a.words.filter((w) => (documentFrequency.get(w) ?? 0) <= 2 && !isFiller(w)) : [],
        sectors: contrasts.sectors.filter((x) => a.set.has(x)),
        needs: counted(a.words.filter((w) => !isFiller(w))),
        repeats: counted(a.words).filter(([, times]) => times > 1),
      })),
    }));
    /** Where each word or pair occurs: only aliases sharing something with a label are scored. */
    const postings = new Map<string, { entry: number; alias: number }[]>();
    index.forEach((entry, e) =>
      entry.aliases.forEach((alias, a) => {
        for (const f of alias.set) {
          let list = postings.get(f);
          if (!list) postings.set(f, (list = []));
          list.push({ entry: e, alias: a });
        }
      }),
    );
    const { families } = prepared;
    const shareStarts = new Set(['tỷ trọng', 'share'].map((w) => form(w).words[0]).filter(Boolean));
    const shareEntries = index.flatMap((entry, e) =>
      entry.aliases.some((a) => shareStarts.has(a.words[0]))
        ? [
            {
              entry: e,
              words: new Set(entry.aliases.flatMap((a) => a.words.filter((w) => !shareStarts.has(w) && !isFiller(w)))),
            },
          ]
        : [],
    );
    return {
      form,
      isFiller,
      families,
      totals: { words: totalWords, countAfter },
      classifiers: new Set(CLASSIFIERS.flatMap((w) => form(w).words)),
      shares: { starts: shareStarts, entries: shareEntries },
      knows: (word) => documentFrequency.has(word),
      index,
      postings,
      weight,
      repeatWeight,
      sumWeights,
      contrasts,
    };
  };

  const asWritten = reading(false);
  // Built on the first label typed without diacritics: many workbooks have none, and each reading
  // indexes the whole catalog (half of making an engine).
  let folded: Reading | null = null;
  const foldedReading = (): Reading => (folded ??= reading(true));
  const readingFor = (label: string): Reading => (hasDiacritics(label) ? asWritten : foldedReading());

  /** Weighted Dice similarity over words and word pairs, each weighted by its rarity in the catalog, less the contrasts. */
  const rankUncached = (label: string, unit: string | null, exclude: ReadonlySet<string>): IndicatorMatch[] => {
    const labelReading = readingFor(label);
    const {
      form,
      isFiller,
      knows,
      index: entries,
      postings,
      weight,
      repeatWeight,
      sumWeights,
      contrasts,
    } = labelReading;
    const labelForm = form(label);
    if (labelForm.words.length === 0) return [];
    // A word the catalog never uses, standing where an indicator has a word the label lacks, names
    // something else (`Năng suất ngô` is not `Năng suất lúa`, `nuôi tôm` not `nuôi cá`).
    const substitutes = labelForm.words.some((w) => !isFiller(w) && !/^\d/.test(w) && !knows(w));
    const labelCounted = counted(labelForm.words);
    const labelCounts = new Map(labelCounted);
    const labelTotal =
      sumWeights(labelForm.set) + repeatWeight(labelCounted) + tuning.detailWeight * sumWeights(labelForm.detail);
    const labelSectors = contrasts.sectors.filter((x) => labelForm.set.has(x));
    const labelChangers = changersOf(contrasts, labelForm);
    // A label that starts as a total (`Tổng sản lượng thủy sản`; `trong tổng …` is the whole of a
    // share) is not an indicator narrower than it, one the label names only by a shorter alias (the
    // freshwater fish output, named `Sản lượng thủy sản`): unless a name of the indicator says a total
    // too, the label must say all of its Vietnamese or English name.
    const { totals } = labelReading;
    const saysTotal = totals.words.has(labelForm.words[0]) && !totals.countAfter.has(labelForm.words[1]);
    const narrower = (entry: Indexed): boolean => saysTotal && !entry.saysTotal && !saysOwnName(entry, labelForm);
    const common = new Map<number, number>();
    const share = (f: string, w: number): void => {
      const list = postings.get(f);
      if (!list) return;
      for (const p of list) {
        const k = p.entry * 4096 + p.alias;
        common.set(k, (common.get(k) ?? 0) + w);
      }
    };
    for (const f of labelForm.set) share(f, weight(f));
    for (const f of labelForm.detail) share(f, tuning.detailWeight * weight(f));
    const bestByEntry = new Map<number, number>();
    for (const [k, shared] of common) {
      const e = Math.floor(k / 4096);
      const alias = entries[e].aliases[k % 4096];
      const missing = substitutes && alias.needs.some(([w, times]) => (labelCounts.get(w) ?? 0) < times);
      // A word said again is shared again only as often as both say it.
      let sharedAgain = 0;
      for (const [w, times] of alias.repeats)
        sharedAgain += Math.max(0, Math.min(times, labelCounts.get(w) ?? 0) - 1) * weight(w);
      const score =
        (2 * (shared + sharedAgain)) / (labelTotal + alias.total) -
        contrastPenalty(contrasts, labelForm, labelSectors, labelChangers, alias) -
        (missing ? tuning.substitutionPenalty : 0);
      bestByEntry.set(e, Math.max(bestByEntry.get(e) ?? 0, score));
    }
    // A share naming part of one sector's words (`Tỷ trọng nông, lâm nghiệp`, its initials, `Share of
    // farming in output`) is that sector's share: what follows `trong` / `in` is the whole it is a share of.
    const sectorShare = shareOf(labelReading, labelForm.words);
    if (sectorShare !== null) {
      bestByEntry.set(sectorShare, Math.max(bestByEntry.get(sectorShare) ?? 0, SHARE_CONFIDENCE));
    }
    // A label that is a name of one indicator cut short (`Các khoản thu 100%` of `Các khoản thu ngân
    // sách xã hưởng 100%`): three words or more, all in one of its names in that order, one of them a
    // word few other indicators use, leaving out no word that changes a name's meaning (`phi nông
    // nghiệp`, `phục hồi`), and a unit or a first word (`Tổng đàn`, `Tỷ lệ`) that does not say otherwise. It is that indicator, to be checked.
    const content = labelForm.words.filter((w) => !isFiller(w));
    const unsaidChangers = [...contrasts.opposites, ...contrasts.meaningChangers].filter((x) => !labelForm.set.has(x));
    const shortForm = (entry: Indexed): boolean =>
      content.length >= 3 &&
      labelForm.detail.size === 0 &&
      entry.aliases.some(
        (a) =>
          holdsInOrder(a.words, content) &&
          content.some((w) => a.own.includes(w)) &&
          unsaidChangers.every((x) => !a.set.has(x)),
      );
    const ranked: (IndicatorMatch & { order: number })[] = [];
    for (const [e, score] of bestByEntry) {
      const entry = entries[e];
      if (exclude.has(entry.id)) continue;
      const best =
        score -
        unitPenalty(unit, entry.unit) -
        kindPenalty(contrasts, labelForm, entry.unit) -
        (narrower(entry) ? TOTAL_PENALTY : 0);
      const confidence =
        best >= tuning.suggestAt &&
        best < tuning.acceptAt &&
        unitPenalty(unit, entry.unit) === 0 &&
        kindPenalty(contrasts, labelForm, entry.unit) === 0 &&
        shortForm(entry)
          ? tuning.acceptAt
          : best;
      if (confidence > 0) ranked.push({ id: entry.id, confidence: Math.min(1, confidence), order: e });
    }
    ranked.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
    // Two indicators whose best names fit alike (`SDD chiều cao`: the underweight and the stunting rate,
    // each named `… suy dinh dưỡng thể …`) are told apart by the label's other words: the one whose
    // names use more of them (`chiều cao` is in the stunting rate's) comes first.
    if (ranked.length > 1 && ranked[0].confidence - ranked[1].confidence < TIE) {
      const used = (m: { order: number }): number => {
        const words = entries[m.order].vocabulary;
        let n = 0;
        for (const w of labelForm.words) if (words.has(w)) n++;
        for (const w of labelForm.detail) if (words.has(w)) n++;
        return n;
      };
      if (used(ranked[1]) > used(ranked[0])) {
        const [first, second] = ranked;
        ranked[0] = { ...second, confidence: first.confidence };
        ranked[1] = { ...first, confidence: second.confidence };
      }
    }
    return ranked.map(({ id, confidence }) => ({ id, confidence }));
  };

  /** A label in two languages is read a half at a time: each indicator as well as either half names it. */
  const rankEither = (label: string, unit: string | null, exclude: ReadonlySet<string>): IndicatorMatch[] => {
    const halves = languageHalves(label);
    if (!halves) return rankUncached(label, unit, exclude);
    const best = new Map<string, IndicatorMatch>();
    for (const half of halves) {
      for (const m of rankUncached(half, unit, exclude)) {
        const seen = best.get(m.id);
        if (!seen || m.confidence > seen.confidence) best.set(m.id, m);
      }
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence);
  };

  const rankings = new StringPathCache<readonly Readonly<IndicatorMatch>[]>(CACHE_LIMIT);
  const rank = (
    label: string,
    unit: string | null,
    exclude: ReadonlySet<string> = NO_EXCLUSIONS,
  ): readonly Readonly<IndicatorMatch>[] => {
    // Frozen: one ranking serves every row with the same wording, commune after commune.
    return rankings.remember([label, unit ?? '', exclusionKey(exclude)], () =>
      Object.freeze(rankEither(label, unit, exclude).map((m) => Object.freeze(m))),
    );
  };

  const match = (label: string, unit: string | null, exclude: ReadonlySet<string> = NO_EXCLUSIONS): MatchResult => {
    const ranked = rank(label, unit, exclude);
    const top = ranked[0] ?? null;
    const second = ranked[1] ?? null;
    if (top && top.confidence >= tuning.acceptAt) return { best: top, runnerUp: second };
    const member = memberInBracketsCached(label, unit, exclude);
    if (member) return { best: member, runnerUp: top };
    return { best: null, runnerUp: top };
  };

  /**
   * A class named with its one member in brackets (`Sản lượng lương thực (lúa)`, `Tổng đàn gia súc
   * (trâu, bò)`: a pair the vocabulary reads as one thing) is the member's
   * indicator: the label read with the member's words, when the indicator found names the member and
   * measures what the unit says. To be checked.
   */
  const memberInBrackets = (
    label: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): IndicatorMatch | null => {
    const { name, detail } = labelAnatomy(label);
    if (!detail || detail.split(/\s+/).length > 3) return null;
    const { form, isFiller, index } = readingFor(label);
    const member = form(detail).words.filter((w) => !isFiller(w));
    if (!member.length) return null;
    // A list is one member only when the vocabulary reads it as one thing (`trâu, bò`: the cattle).
    const listed = /[,;/]|\s(?:và|va|and|hoặc|hoac|or)\s/iu.test(detail);
    if (listed && (member.length !== 1 || form(detail).words.length !== 1)) return null;
    const top = rank(`${name} ${detail}`, unit, exclude)[0];
    if (!top || top.confidence < tuning.suggestAt) return null;
    const entry = index.find((e) => e.id === top.id);
    if (!entry || unitPenalty(unit, entry.unit) > 0 || !member.every((w) => entry.vocabulary.has(w))) return null;
    return { id: top.id, confidence: Math.max(tuning.acceptAt, Math.min(top.confidence, tuning.sureAt - 0.01)) };
  };
  const members = new StringPathCache<IndicatorMatch | null>(CACHE_LIMIT);
  const memberInBracketsCached = (
    label: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): IndicatorMatch | null =>
    members.remember([label, unit ?? '', exclusionKey(exclude)], () => memberInBrackets(label, unit, exclude));

  /** A label with each initialism of its name spelled out as each phrase it may stand for (a few, most used first). */
  const initialismReadings = (label: string): string[] => {
    const out: string[] = [];
    const text = label.normalize('NFC');
    // The same pieces `splitWords` reads, so each is known as an initialism or not within the label.
    const raws = text.match(/[\p{L}\p{M}\p{N}%]+/gu) ?? [];
    const words = splitWords(text);
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      // Only what is written as initials (capitals, or letters with no vowel): `Salt` is a word.
      const word = words[i];
      if (!word?.initialism || !(word.caps || !/[aeiouy]/.test(word.folded))) continue;
      const at = new RegExp(`(^|[^\\p{L}\\p{M}])${raw}(?=[^\\p{L}\\p{M}]|$)`, 'u');
      for (const phrase of catalog.vocabulary.expansions(raw).slice(0, MAX_READINGS)) {
        out.push(text.replace(at, (_, before: string) => `${before}${phrase}`));
      }
    }
    return out;
  };

  const matchSubItemUncached = (
    label: string,
    parentLabel: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult => {
    const own = match(label, unit, exclude);
    const { form, isFiller, knows, index, families, contrasts, classifiers } = readingFor(`${parentLabel} ${label}`);
    const part = form(label);
    const partWords = part.words.filter((w) => !isFiller(w));
    if (!partWords.length) return own;
    // A classifier before a name (`Cây cao su`) is no word of it: the part names what follows.
    const naming = partWords.length > 1 && classifiers.has(partWords[0]) ? partWords.slice(1) : partWords;
    const parent = form(parentLabel);
    // A part that changes the meaning (`Chi khác`, the residual; `Hộ cận nghèo`) is only an indicator
    // whose alias says so too: the heading's words complete a part, they never undo what it says. And
    // an alias whose words set it apart (`phục hồi`, restored) is only a part or heading that says them:
    // a bare crop (`Tiêu`) under `Diện tích cây lâu năm` is not the pepper area restored.
    const changers = changersOf(contrasts, part);
    const said = (x: string): boolean => part.set.has(x) || part.detail.has(x) || parent.set.has(x);
    const keepsMeaning = (alias: AliasForm): boolean =>
      changers.every((x) => alias.set.has(x)) && contrasts.opposites.every((x) => !alias.set.has(x) || said(x));
    const entryKeepsMeaning = (id: string): boolean =>
      index.find((e) => e.id === id)?.aliases.some(keepsMeaning) ?? false;
    // What the parent and the part's own brackets say may complete an alias (`Chó (bệnh dại)` under
    // `Tiêm phòng`); words that join others never matter.
    const context = new Set([...parent.words, ...parent.detail, ...part.detail]);
    const headingWords = new Set([...parent.words, ...parent.detail]);
    // A member of the family the heading names, by its tail; or by the part's words after a classifier.
    // What a heading completes a part into measures what the row's unit says (`Cây có củ` in ha
    // under `Sản lượng lúa` in tấn is no output).
    const measuresUnit = (id: string): boolean => !unitsDiffer(unit, catalog.get(id)?.unit);
    const memberOf = (words: readonly string[], detail: ReadonlySet<string>): { id: string; exact: boolean } | null => {
      const found = familyMember(families, headingWords, words, detail, exclude, knows);
      return found && entryKeepsMeaning(found.id) && measuresUnit(found.id) ? found : null;
    };
    let member = memberOf(partWords, part.detail) ?? (naming !== partWords ? memberOf(naming, part.detail) : null);
    // An initialism is read as the heading's family reads it: `NN` under `Cơ cấu GTSX` is nông nghiệp,
    // a member of the sector shares, though alone it is read as nhập ngũ.
    if (!member) {
      for (const alternative of initialismReadings(label)) {
        const alt = form(alternative);
        const words = alt.words.filter((w) => !isFiller(w));
        // Only a reading that is a member's whole tail: the part is then that member, nothing more.
        const found = words.length ? memberOf(words, alt.detail) : null;
        if (found?.exact) {
          member = found;
          break;
        }
      }
    }
    if (member) {
      const confidence = (member.exact ? 0.9 : 0.8) - unitPenalty(unit, catalog.get(member.id)?.unit ?? '');
      if (confidence >= tuning.acceptAt && (!own.best || confidence >= own.best.confidence)) {
        return { best: { id: member.id, confidence }, runnerUp: own.best ?? own.runnerUp };
      }
    }
    const structural: IndicatorMatch[] = [];
    for (const entry of index) {
      if (exclude.has(entry.id) || !measuresUnit(entry.id)) continue;
      let best = 0;
      for (const alias of entry.aliases) {
        if (!naming.every((w) => alias.words.includes(w)) || !keepsMeaning(alias)) continue;
        const rest = alias.words.filter((w) => !naming.includes(w) && !isFiller(w));
        if (!rest.length || !rest.every((w) => context.has(w))) continue;
        best = Math.max(best, 0.8 + 0.15 * Math.min(1, rest.length / Math.max(1, context.size)));
      }
      if (best > 0) structural.push({ id: entry.id, confidence: best - unitPenalty(unit, entry.unit) });
    }
    // Else the part read in its parent's words, as long as the indicator names every word of the part:
    // the part decides which member of the heading's family the row is.
    if (!structural.length) {
      for (const m of rank(`${parentLabel} ${label}`, unit, exclude).slice(0, 3)) {
        const entry = index.find((e) => e.id === m.id);
        if (
          entry &&
          measuresUnit(entry.id) &&
          entry.aliases.some((a) => keepsMeaning(a) && naming.every((w) => a.words.includes(w)))
        )
          structural.push({ ...m });
      }
    }
    structural.sort((a, b) => b.confidence - a.confidence);
    const top = structural[0];
    // A heading that lists fields (`Lao động, việc làm - Giảm nghèo`) names no one whole: its words
    // complete a part that names nothing alone, never turn one that does (`Hộ nghèo`) into another.
    if (own.best && top && top.id !== own.best.id && writtenAsList(parentLabel)) return own;
    if (top && top.confidence >= tuning.acceptAt && (!own.best || top.confidence > own.best.confidence)) {
      return { best: top, runnerUp: structural[1] ?? own.best ?? own.runnerUp };
    }
    return own;
  };

  const subItems = new StringPathCache<MatchResult>(CACHE_LIMIT);
  const matchSubItem = (
    label: string,
    parentLabel: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult =>
    subItems.remember([label, parentLabel, unit ?? '', exclusionKey(exclude)], () =>
      matchSubItemUncached(label, parentLabel, unit, exclude),
    );

  const matchFamilyMateUncached = (
    label: string,
    firstLabel: string,
    firstId: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult | null => {
    const { form, isFiller, families } = readingFor(`${firstLabel} ${label}`);
    const first = form(firstLabel);
    const part = form(label);
    const partWords = part.words.filter((w) => !isFiller(w));
    if (!partWords.length) return null;
    // The families the first item belongs to as it is written: its head and its tail, or its tail bare
    // (`Trâu, bò`, then `Lợn`).
    const firstWords = first.words.filter((w) => !isFiller(w));
    const stated = families.filter((f) =>
      f.members.some(
        (m) =>
          m.id === firstId && (f.head.every((w) => first.set.has(w)) || m.tails.some((t) => sameWords(t, firstWords))),
      ),
    );
    if (!stated.length) return null;
    // Only a member whose tail the row's words are, word for word: a row saying more (`Hộ cận nghèo`,
    // a place's name) is something else.
    const named = new Set<string>();
    for (const f of stated) {
      for (const m of f.members) {
        if (m.id === firstId || exclude.has(m.id)) continue;
        if (m.tails.some((t) => sameWords(t, partWords))) named.add(m.id);
      }
    }
    const [id] = named;
    // What a bare name measures is only its unit: it must be the member's kind (`Lợn` in tấn is meat).
    if (named.size !== 1 || (unit !== null && unitKind(unit) !== unitKind(catalog.get(id)?.unit))) return null;
    return { best: { id, confidence: MATE_CONFIDENCE }, runnerUp: null };
  };
  const mates = new StringPathCache<MatchResult | null>(CACHE_LIMIT);
  const matchFamilyMate = (
    label: string,
    firstLabel: string,
    firstId: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult | null =>
    mates.remember([label, firstLabel, firstId, unit ?? '', exclusionKey(exclude)], () =>
      matchFamilyMateUncached(label, firstLabel, firstId, unit, exclude),
    );

  const places = createPlaceReader(catalog.vocabulary, (w) => asWritten.knows(w) || foldedReading().knows(fold(w)));
  const matchPlacePart = (label: string, unit: string | null, parent: Readonly<IndicatorMatch>): MatchResult | null => {
    const entry = catalog.get(parent.id);
    if (!entry || !places.namesOnlyAPlace(label)) return null;
    // A count of households under a rate is the place's households, not its rate.
    if (unitPenalty(unit, entry.unit) >= 0.25) return null;
    return { best: { id: parent.id, confidence: parent.confidence }, runnerUp: null };
  };

  const matchByUnit = (label: string, unit: string | null, exclude: ReadonlySet<string>): MatchResult | null => {
    const kind = unitKind(unit);
    const measures = kind === null ? undefined : MEASURES[kind];
    if (!measures) return null;
    // A place (`Bản Bon`) is no thing measured.
    if (places.namesOnlyAPlace(label)) return null;
    const bare = !hasDiacritics(label);
    const headings = measures.map((m) => (bare ? stripDiacritics(m) : m));
    // A label that names a measure already (`Salt production area`) has nothing to complete.
    const namesMeasure = (heading: string): boolean => {
      const { form } = readingFor(`${heading} ${label}`);
      const named = form(label).words;
      return form(heading).words.some((w) => named.includes(w));
    };
    if (headings.some(namesMeasure)) return null;
    for (const heading of headings) {
      const result = matchSubItem(label, heading, unit, exclude);
      if (result.best) return result;
    }
    return null;
  };

  const completions = new StringPathCache<boolean>(CACHE_LIMIT);
  const completesNameUncached = (wholeLabel: string, label: string, id: string): boolean => {
    // A whole written as a list (`Chi quản lý hành chính, Đảng, đoàn thể`) is the sum of its items: a
    // part naming one of them is no more exact a name of it.
    if (writtenAsList(wholeLabel)) return false;
    const { form, index } = readingFor(`${wholeLabel} ${label}`);
    const entry = index.find((e) => e.id === id);
    if (!entry) return false;
    const whole = form(wholeLabel);
    const part = form(label);
    return entry.primaries.some((name) => {
      // what the whole says in its brackets it says too (`Tổng đàn gia súc (trâu, bò)`)
      const lacking = name.filter((w) => !whole.set.has(w) && !whole.detail.has(w));
      return lacking.length > 0 && lacking.every((w) => part.set.has(w));
    });
  };
  const completesName = (wholeLabel: string, label: string, id: string): boolean =>
    completions.remember([wholeLabel, label, id], () => completesNameUncached(wholeLabel, label, id));

  const saysName = (label: string, id: string): boolean => {
    const { form, index } = readingFor(label);
    const entry = index.find((e) => e.id === id);
    return entry !== undefined && saysOwnName(entry, form(label));
  };

  return { tuning, rank, match, matchSubItem, matchFamilyMate, matchPlacePart, matchByUnit, completesName, saysName };
}
