/**
 * Row label → catalog indicator, with a confidence. Words are weighted by how rarely they
 * occur across the catalog, so `lúa` or `gia cầm` decide more than `tỷ lệ` or `số`.
 * A matcher belongs to one engine: its index and caches are built from that engine's catalog.
 */
import type { Catalog } from './catalog';
import { fold, labelCore } from './text';
import type { IndicatorMatch } from './types';

/** Below this a row stays unmapped: the user is asked rather than told. */
export const MATCH_THRESHOLD = 0.62;

export interface MatchResult {
  best: IndicatorMatch | null;
  runnerUp: IndicatorMatch | null;
}

export interface Matcher {
  /** Ranks the catalog against a label; `exclude` holds indicators the row cannot be (its parents'). */
  rank(label: string, unit: string | null, exclude?: ReadonlySet<string>): readonly Readonly<IndicatorMatch>[];
  /** The best indicator and the runner-up; `best` is null below the threshold. */
  match(label: string, unit: string | null, exclude?: ReadonlySet<string>): MatchResult;
  /**
   * A sub-row that only names a part (`Trong đó: Lúa`) takes its meaning from its parent:
   * it is matched as parent + part, never as the parent itself.
   */
  matchSubItem(label: string, parentLabel: string, unit: string | null, exclude: ReadonlySet<string>): MatchResult;
}

interface AliasForm {
  words: string[];
  set: Set<string>;
}

/** An alias with what scoring needs, computed once when the catalog is indexed. */
interface IndexedAlias extends AliasForm {
  total: number;
  /** The word that sets the alias apart most. */
  key: string | null;
  sectors: string[];
}

interface Indexed {
  id: string;
  unit: string;
  aliases: IndexedAlias[];
}

/** Words and adjacent word pairs: Vietnamese words are often two syllables (`nông nghiệp` ≠ `công nghiệp`). */
function features(words: string[]): Set<string> {
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Words that name no indicator by themselves. */
const FILLER: ReadonlySet<string> = new Set([
  'cua',
  'va',
  'cac',
  'the',
  'of',
  'and',
  'in',
  'for',
  'to',
  'a',
  'tai',
  'tren',
  'dia',
  'ban',
  'xa',
]);

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

/** Words that set indicators apart although the rest of the label is alike. */
const SECTORS: readonly string[] = [
  'nong nghiep',
  'cong nghiep',
  'lam nghiep',
  'ngu nghiep',
  'thuy san',
  'dich vu',
  'thuong mai',
];
/** Pairs that turn a label into another indicator (`hộ cận nghèo` is not `hộ nghèo`). */
const MEANING_CHANGERS: readonly string[] = [
  'can ngheo',
  'thoat ngheo',
  'tai ngheo',
  'lao dong',
  'cao tuoi',
  // bảo hiểm xã hội is not bảo hiểm y tế; THPT is not THCS
  'xa hoi',
  'social insurance',
  'thpt',
  // parts of a transfer, not the transfer: bổ sung cân đối / có mục tiêu
  'can doi',
  'muc tieu',
  'targeted',
  // a cultural house is not a cultural village; deaths and damage are not the thing itself
  'nha van',
  'chet',
  'thiet hai',
  'damaged',
];
/** Pairs an alias may not have when the label lacks them (`phi nông nghiệp` is not `nông nghiệp`). */
const OPPOSITES: readonly string[] = ['phi nong', 'can ngheo', 'thoat ngheo'];
/** Word pairs that, named together, make a combined indicator of their own. */
const TOGETHER: readonly (readonly [string, string])[] = [['gia suc', 'gia cam']];

function contrastPenalty(label: AliasForm, labelSectors: string[], alias: IndexedAlias): number {
  let penalty = 0;
  if (labelSectors.length && alias.sectors.length && !labelSectors.some((x) => alias.sectors.includes(x))) {
    penalty += 0.3;
  }
  if (MEANING_CHANGERS.some((x) => label.set.has(x) && !alias.set.has(x))) penalty += 0.3;
  if (OPPOSITES.some((x) => alias.set.has(x) && !label.set.has(x))) penalty += 0.3;
  // `gia súc, gia cầm` together is neither the livestock nor the poultry indicator alone.
  if (TOGETHER.some(([a, b]) => label.set.has(a) && label.set.has(b) && alias.set.has(a) !== alias.set.has(b))) {
    penalty += 0.3;
  }
  // The word that sets an alias apart most must be in the label.
  if (alias.key !== null && !label.set.has(alias.key)) penalty += 0.15;
  return penalty;
}

/** A count (`Số hộ …`) is not a rate, and a rate (`Tỷ lệ …`) is not a count. */
function kindPenalty(label: AliasForm, indicatorUnit: string): number {
  const first = label.words.slice(0, 2).join(' ');
  const percent = indicatorUnit.includes('%');
  if ((label.words[0] === 'so' || first === 'tong so' || first === 'tong dan' || first === 'number of') && percent) {
    return 0.25;
  }
  if (
    (first === 'ty le' || label.words[0] === 'rate' || first === 'share of') &&
    !percent &&
    indicatorUnit !== 'xếp loại'
  ) {
    return 0.2;
  }
  return 0;
}

/** Caches stop growing here; commune after commune repeats the same labels. */
const CACHE_LIMIT = 20000;

function exclusionKey(exclude: ReadonlySet<string>): string {
  return exclude.size === 0 ? '' : exclude.size === 1 ? [...exclude][0] : [...exclude].sort().join(',');
}

const NO_EXCLUSIONS: ReadonlySet<string> = new Set();

/** Indexes the catalog's names and aliases; the matcher's caches live as long as it does. */
export function createMatcher(catalog: Catalog): Matcher {
  const form = (text: string): AliasForm => {
    const words = catalog.expandWords(labelCore(text));
    return { words, set: features(words) };
  };

  const forms = catalog.entries.map((e) => ({
    id: e.id,
    unit: e.unit,
    aliases: [e.nameVi, e.nameEn, ...e.aliases].map(form).filter((a) => a.words.length > 0),
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
    if (parts.some((p) => FILLER.has(p))) return parts.length > 1 ? 0.15 : 0.3;
    const df = documentFrequency.get(feature);
    // A word the catalog never uses tells that the label means something else.
    const idf = Math.log(1 + n / (df ?? 1.5));
    return parts.length > 1 ? PAIR_SHARE * idf : idf;
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
  const rarestWord = (words: string[]): string | null => {
    let key: string | null = null;
    for (const w of words) if (key === null || weight(w) > weight(key)) key = w;
    return key;
  };

  const index: Indexed[] = forms.map((e) => ({
    ...e,
    aliases: e.aliases.map((a) => ({
      ...a,
      total: sumWeights(a.set),
      key: a.words.length > 1 ? rarestWord(a.words) : null,
      sectors: SECTORS.filter((x) => a.set.has(x)),
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

  /** Weighted Dice similarity over words and word pairs, each weighted by its rarity in the catalog, less the contrasts. */
  const rankUncached = (label: string, unit: string | null, exclude: ReadonlySet<string>): IndicatorMatch[] => {
    const labelForm = form(label);
    if (labelForm.words.length === 0) return [];
    const labelTotal = sumWeights(labelForm.set);
    const labelSectors = SECTORS.filter((x) => labelForm.set.has(x));
    const common = new Map<number, number>();
    for (const f of labelForm.set) {
      const list = postings.get(f);
      if (!list) continue;
      const w = weight(f);
      for (const p of list) {
        const k = p.entry * 4096 + p.alias;
        common.set(k, (common.get(k) ?? 0) + w);
      }
    }
    const bestByEntry = new Map<number, number>();
    for (const [k, shared] of common) {
      const e = Math.floor(k / 4096);
      const alias = index[e].aliases[k % 4096];
      const score = (2 * shared) / (labelTotal + alias.total) - contrastPenalty(labelForm, labelSectors, alias);
      bestByEntry.set(e, Math.max(bestByEntry.get(e) ?? 0, score));
    }
    const ranked: (IndicatorMatch & { order: number })[] = [];
    for (const [e, score] of bestByEntry) {
      const entry = index[e];
      if (exclude.has(entry.id)) continue;
      const best = score - unitPenalty(unit, entry.unit) - kindPenalty(labelForm, entry.unit);
      if (best > 0) ranked.push({ id: entry.id, confidence: Math.min(1, best), order: e });
    }
    ranked.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
    return ranked.map(({ id, confidence }) => ({ id, confidence }));
  };

  const rankings = new Map<string, readonly Readonly<IndicatorMatch>[]>();
  const rank = (
    label: string,
    unit: string | null,
    exclude: ReadonlySet<string> = NO_EXCLUSIONS,
  ): readonly Readonly<IndicatorMatch>[] => {
    const cacheKey = `${label}\u0000${unit ?? ''}\u0000${exclusionKey(exclude)}`;
    const cached = rankings.get(cacheKey);
    if (cached) return cached;
    // Frozen: one ranking serves every row with the same wording, commune after commune.
    const ranked = Object.freeze(rankUncached(label, unit, exclude).map((m) => Object.freeze(m)));
    if (rankings.size > CACHE_LIMIT) rankings.clear();
    rankings.set(cacheKey, ranked);
    return ranked;
  };

  const match = (label: string, unit: string | null, exclude: ReadonlySet<string> = NO_EXCLUSIONS): MatchResult => {
    const ranked = rank(label, unit, exclude);
    const top = ranked[0] ?? null;
    const second = ranked[1] ?? null;
    if (!top || top.confidence < MATCH_THRESHOLD) return { best: null, runnerUp: top };
    return { best: top, runnerUp: second };
  };

  const matchSubItemUncached = (
    label: string,
    parentLabel: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult => {
    const own = match(label, unit, exclude);
    const partWords = form(label).words;
    const parentWords = new Set(form(parentLabel).words);
    if (!partWords.length) return own;
    // An alias made of the part's words plus words of the parent reads the sub-row in its parent's terms.
    const structural: IndicatorMatch[] = [];
    for (const entry of index) {
      if (exclude.has(entry.id)) continue;
      let best = 0;
      for (const alias of entry.aliases) {
        if (!partWords.every((w) => alias.words.includes(w))) continue;
        const rest = alias.words.filter((w) => !partWords.includes(w));
        if (!rest.length || !rest.every((w) => parentWords.has(w))) continue;
        best = Math.max(best, 0.8 + 0.15 * Math.min(1, rest.length / Math.max(1, parentWords.size)));
      }
      if (best > 0) structural.push({ id: entry.id, confidence: best - unitPenalty(unit, entry.unit) });
    }
    structural.sort((a, b) => b.confidence - a.confidence);
    const top = structural[0];
    if (top && top.confidence >= MATCH_THRESHOLD && (!own.best || top.confidence > own.best.confidence)) {
      return { best: top, runnerUp: structural[1] ?? own.best ?? own.runnerUp };
    }
    return own;
  };

  const subItems = new Map<string, MatchResult>();
  const matchSubItem = (
    label: string,
    parentLabel: string,
    unit: string | null,
    exclude: ReadonlySet<string>,
  ): MatchResult => {
    const key = `${label}\u0000${parentLabel}\u0000${unit ?? ''}\u0000${exclusionKey(exclude)}`;
    let result = subItems.get(key);
    if (!result) {
      result = matchSubItemUncached(label, parentLabel, unit, exclude);
      if (subItems.size > CACHE_LIMIT) subItems.clear();
      subItems.set(key, result);
    }
    return result;
  };

  return { rank, match, matchSubItem };
}
