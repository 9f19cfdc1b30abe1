/** The standard indicators and the words commune sheets use for them (catalog/indicators.json). */
import abbreviationData from './catalog/abbreviations.json';
import catalogData from './catalog/indicators.json';
import { fold, foldWords } from './text';
import type { Direction, Indicator } from './types';

export interface CatalogEntry extends Indicator {
  aliases: string[];
}

const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'ceiling', 'info', 'rating'];

function toEntry(raw: (typeof catalogData.indicators)[number]): CatalogEntry {
  if (!DIRECTIONS.includes(raw.direction as Direction)) {
    throw new Error(`catalog: indicator ${raw.id} has an unknown direction "${raw.direction}"`);
  }
  return { ...raw, direction: raw.direction as Direction };
}

const ENTRIES: readonly CatalogEntry[] = catalogData.indicators.map(toEntry);
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

export function getCatalog(): readonly CatalogEntry[] {
  return ENTRIES;
}

export function getIndicator(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(abbreviationData as Record<string, string>).filter(([key]) => !key.startsWith('_')),
);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS.keys()].map((k) => k.split(' ').length));

/**
 * Folded words, but `đ` kept where an abbreviation needs it to be told apart
 * (`SDĐ` sử dụng đất, `SDD` suy dinh dưỡng).
 */
function abbreviationWords(text: string): string[] {
  const keepD = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^a-z0-9%đ]+/g, ' ')
    .trim();
  return keepD.split(' ').map((w) => (ABBREVIATIONS.has(w) ? w : w.replace(/đ/g, 'd')));
}

/** Folded words of a text with the sheet abbreviations spelled out (`SL lúa` → `san luong lua`). */
export function expandWords(text: string): string[] {
  const words = (/đ/i.test(text) ? abbreviationWords(text) : foldWords(text).split(' ')).filter(
    (w) => w && !/^(19|20)\d\d$/.test(w),
  );
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let n = Math.min(LONGEST_ABBREVIATION, words.length - i); n >= 1; n--) {
      const key = words.slice(i, i + n).join(' ');
      const expansion = ABBREVIATIONS.get(key);
      if (expansion !== undefined) {
        out.push(...expansion.split(' '));
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) out.push(words[i++]);
  }
  return out;
}

/** Catalog entries whose Vietnamese or English name or alias contains the query, with or without diacritics. */
export function searchCatalog(query: string, limit = 20): CatalogEntry[] {
  const q = fold(query);
  if (!q) return ENTRIES.slice(0, limit);
  const words = q.split(' ');
  const scored: { entry: CatalogEntry; score: number }[] = [];
  for (const entry of ENTRIES) {
    const names = [entry.nameVi, entry.nameEn, entry.id, ...entry.aliases].map(fold);
    const hay = names.join(' | ');
    if (!words.every((w) => hay.includes(w))) continue;
    const score = names.some((n) => n.startsWith(q)) ? 2 : names.some((n) => n.includes(q)) ? 1 : 0;
    scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.entry);
}
