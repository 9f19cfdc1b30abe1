/**
 * The standard indicators and the words commune sheets use for them, as a value: the built-in
 * catalog (catalog/indicators.json and catalog/abbreviations.json) or any other with the same shape.
 */
import defaultAbbreviations from './catalog/abbreviations.json';
import defaultIndicators from './catalog/indicators.json';
import { fold, foldWords } from './text';
import type { Direction, Indicator } from './types';

export interface CatalogEntry extends Indicator {
  aliases: readonly string[];
}

/** What a catalog is made from: the JSON files' shape. */
export interface CatalogData {
  readonly indicators: readonly {
    readonly id: string;
    readonly group: string;
    readonly nameVi: string;
    readonly nameEn: string;
    readonly unit: string;
    readonly direction: string;
    readonly aliases: readonly string[];
  }[];
  /** Folded abbreviation → what it stands for; keys starting with `_` are comments. */
  readonly abbreviations: Readonly<Record<string, string>>;
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
  /** Folded words of a text with the sheet abbreviations spelled out (`SL lúa` → `san luong lua`). */
  expandWords(text: string): string[];
  /** Entries whose Vietnamese or English name or alias contains the query, with or without diacritics. */
  search(query: string, limit?: number): CatalogEntry[];
}

export const DEFAULT_CATALOG_DATA: CatalogData = {
  indicators: defaultIndicators.indicators,
  abbreviations: defaultAbbreviations,
};

const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'ceiling', 'info', 'rating'];

function toEntry(raw: CatalogData['indicators'][number]): CatalogEntry {
  if (!DIRECTIONS.includes(raw.direction as Direction)) {
    throw new Error(`catalog: indicator ${raw.id} has an unknown direction "${raw.direction}"`);
  }
  return Object.freeze({ ...raw, direction: raw.direction as Direction, aliases: Object.freeze([...raw.aliases]) });
}

/** Builds a catalog; throws naming the indicator when the data is not a valid catalog. */
export function createCatalog(data: CatalogData = DEFAULT_CATALOG_DATA): Catalog {
  const entries: readonly CatalogEntry[] = Object.freeze(data.indicators.map(toEntry));
  const byId: ReadonlyMap<string, CatalogEntry> = new Map(entries.map((e) => [e.id, e]));
  const abbreviations: ReadonlyMap<string, string> = new Map(
    Object.entries(data.abbreviations).filter(([key]) => !key.startsWith('_')),
  );
  const longest = Math.max(1, ...[...abbreviations.keys()].map((k) => k.split(' ').length));

  /**
   * Folded words, but `đ` kept where an abbreviation needs it to be told apart
   * (`SDĐ` sử dụng đất, `SDD` suy dinh dưỡng).
   */
  const abbreviationWords = (text: string): string[] => {
    const keepD = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^a-z0-9%đ]+/g, ' ')
      .trim();
    return keepD.split(' ').map((w) => (abbreviations.has(w) ? w : w.replace(/đ/g, 'd')));
  };

  const expandWords = (text: string): string[] => {
    const words = (/đ/i.test(text) ? abbreviationWords(text) : foldWords(text).split(' ')).filter(
      (w) => w && !/^(19|20)\d\d$/.test(w),
    );
    const out: string[] = [];
    for (let i = 0; i < words.length;) {
      let matched = false;
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        const expansion = abbreviations.get(words.slice(i, i + n).join(' '));
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
  };

  const search = (query: string, limit = 20): CatalogEntry[] => {
    const q = fold(query);
    if (!q) return entries.slice(0, limit);
    const words = q.split(' ');
    const scored: { entry: CatalogEntry; score: number }[] = [];
    for (const entry of entries) {
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
  };

  return { entries, get: (id) => byId.get(id), expandWords, search };
}
