/**
 * Row label → catalog indicator, with a confidence. Words are weighted by how rarely they
 * occur across the catalog, so `lúa` or `gia cầm` decide more than `tỷ lệ` or `số`.
 */
import { expandWords, getCatalog } from './catalog';
import { fold, normaliseLabel } from './text';
import type { IndicatorMatch } from './types';

/** Below this a row stays unmapped: the user is asked rather than told. */
export const MATCH_THRESHOLD = 0.62;

interface AliasForm {
  words: string[];
  set: Set<string>;
}

interface Indexed {
  id: string;
  unit: string;
  aliases: AliasForm[];
}

function form(text: string): AliasForm {
  const words = expandWords(normaliseLabel(text));
  return { words, set: new Set(words) };
}

const INDEX: Indexed[] = getCatalog().map((e) => ({
  id: e.id,
  unit: e.unit,
  aliases: [e.nameVi, e.nameEn, ...e.aliases].map(form).filter((a) => a.words.length > 0),
}));

const DOCUMENT_FREQUENCY = new Map<string, number>();
for (const entry of INDEX) {
  const seen = new Set<string>();
  for (const alias of entry.aliases) for (const w of alias.set) seen.add(w);
  for (const w of seen) DOCUMENT_FREQUENCY.set(w, (DOCUMENT_FREQUENCY.get(w) ?? 0) + 1);
}
const N = INDEX.length;

/** Words that name no indicator by themselves. */
const FILLER = new Set(['cua', 'va', 'cac', 'the', 'of', 'and', 'in', 'for', 'to', 'a', 'tai', 'tren', 'dia', 'ban', 'xa']);

function weight(word: string): number {
  if (FILLER.has(word)) return 0.3;
  const df = DOCUMENT_FREQUENCY.get(word);
  // A word the catalog never uses tells that the label means something else.
  return Math.log(1 + N / (df ?? 1.5));
}

function sumWeights(words: Iterable<string>): number {
  let total = 0;
  for (const w of words) total += weight(w);
  return total;
}

function bigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Weighted Dice similarity of two word sets, nudged by shared word pairs (word order). */
function similarity(label: AliasForm, alias: AliasForm): number {
  let common = 0;
  for (const w of label.set) if (alias.set.has(w)) common += weight(w);
  if (common === 0) return 0;
  const dice = (2 * common) / (sumWeights(label.set) + sumWeights(alias.set));
  const lb = bigrams(label.words);
  const ab = bigrams(alias.words);
  if (lb.size === 0 || ab.size === 0) return dice;
  let sharedPairs = 0;
  for (const b of lb) if (ab.has(b)) sharedPairs++;
  const order = (2 * sharedPairs) / (lb.size + ab.size);
  return 0.85 * dice + 0.15 * order;
}

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
  if (a === 'percent' || b === 'percent') return 0.12;
  if ((a === 'area' || a === 'mass') && (b === 'area' || b === 'mass')) return 0.12;
  return 0;
}

export interface MatchResult {
  best: IndicatorMatch | null;
  runnerUp: IndicatorMatch | null;
}

/** Ranks the catalog against a label; `exclude` holds indicators the row cannot be (its parents'). */
export function rankIndicators(
  label: string,
  unit: string | null,
  exclude: ReadonlySet<string> = new Set(),
): IndicatorMatch[] {
  const labelForm = form(label);
  if (labelForm.words.length === 0) return [];
  const ranked: IndicatorMatch[] = [];
  for (const entry of INDEX) {
    if (exclude.has(entry.id)) continue;
    let best = 0;
    for (const alias of entry.aliases) best = Math.max(best, similarity(labelForm, alias));
    best -= unitPenalty(unit, entry.unit);
    if (best > 0) ranked.push({ id: entry.id, confidence: Math.min(1, best) });
  }
  return ranked.sort((a, b) => b.confidence - a.confidence);
}

/** The best indicator and the runner-up; `best` is null below the threshold. */
export function matchLabel(
  label: string,
  unit: string | null,
  exclude: ReadonlySet<string> = new Set(),
): MatchResult {
  const ranked = rankIndicators(label, unit, exclude);
  const top = ranked[0] ?? null;
  const second = ranked[1] ?? null;
  if (!top || top.confidence < MATCH_THRESHOLD) return { best: null, runnerUp: top };
  return { best: top, runnerUp: second };
}

/**
 * A sub-row that only names a part (`Trong đó: Lúa`) takes its meaning from its parent:
 * it is matched as parent + part, never as the parent itself.
 */
export function matchSubItem(
  label: string,
  parentLabel: string,
  unit: string | null,
  exclude: ReadonlySet<string>,
): MatchResult {
  const own = matchLabel(label, unit, exclude);
  const partWords = new Set(form(label).words);
  const combined = rankIndicators(`${normaliseLabel(parentLabel)} ${normaliseLabel(label)}`, unit, exclude).filter(
    (m) => {
      const aliases = INDEX.find((e) => e.id === m.id)?.aliases ?? [];
      return aliases.some((a) => [...partWords].every((w) => a.set.has(w)));
    },
  );
  const top = combined[0];
  if (top && top.confidence >= MATCH_THRESHOLD && (!own.best || top.confidence > own.best.confidence)) {
    return { best: top, runnerUp: combined[1] ?? own.best };
  }
  return own;
}
