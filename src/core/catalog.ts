/**
 * The standard indicators and the words commune sheets use for them, as a value: the built-in
 * catalog (catalog/indicators.json and catalog/abbreviations.json) or any other with the same shape.
 */
import defaultAbbreviations from './catalog/abbreviations.json';
import defaultIndicators from './catalog/indicators.json';
import defaultVocabulary from './catalog/vocabulary.json';
import builtInIndex from './catalog/prepared-index.json';
import type { PreparedReading } from './match';
import { createVocabulary, type Vocabulary, type VocabularyData, type VocabularyIndex } from './match/words';
import { fold } from './text';
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
  /** Synonyms, domain phrases and English spelling, kept beside the catalog. */
  readonly vocabulary: VocabularyData;
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
  /** How the words of a label and of the catalog's names are read (abbreviations, initialisms, synonyms). */
  readonly vocabulary: Vocabulary;
  /** Entries whose Vietnamese or English name or alias contains the query, with or without diacritics. */
  search(query: string, limit?: number): CatalogEntry[];
  /** What indexing the catalog works out, when it was prepared ahead (the built-in catalog's). */
  readonly prepared?: PreparedCatalogIndex;
}

/**
 * What making an engine works out from a catalog before it reads a label, as data: the vocabulary's
 * index and, for each of the matcher's readings, every name and alias as it reads them and the
 * families they make. The built-in catalog's
 * is prepared ahead (`npm run prepare-catalog`; a test fails when it is out of date), so an engine
 * is made in a few milliseconds instead of most of a second.
 */
export interface PreparedCatalogIndex {
  readonly vocabulary: VocabularyIndex;
  readonly readings: { readonly asWritten: PreparedReading; readonly folded: PreparedReading };
}

export const DEFAULT_CATALOG_DATA: CatalogData = {
  indicators: defaultIndicators.indicators,
  abbreviations: defaultAbbreviations,
  vocabulary: defaultVocabulary as unknown as VocabularyData,
};

/** The built-in catalog's index, prepared ahead from DEFAULT_CATALOG_DATA. */
const BUILT_IN_INDEX = builtInIndex as unknown as PreparedCatalogIndex;

/** Every name and alias of the catalog's indicators, in catalog order: what the vocabulary and the matcher read. */
export function catalogNames(data: CatalogData): string[] {
  return data.indicators.flatMap((e) => [e.nameVi, e.nameEn, ...e.aliases]);
}

const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'ceiling', 'info', 'rating'];

function toEntry(raw: CatalogData['indicators'][number]): CatalogEntry {
  if (!DIRECTIONS.includes(raw.direction as Direction)) {
    throw new Error(`catalog: indicator ${raw.id} has an unknown direction "${raw.direction}"`);
  }
  return Object.freeze({ ...raw, direction: raw.direction as Direction, aliases: Object.freeze([...raw.aliases]) });
}

/**
 * Builds a catalog; throws naming the indicator when the data is not a valid catalog. `prepared` is
 * what indexing it works out, made ahead from the same data: the built-in catalog's by default,
 * none for any other (then it is worked out as the engine is made).
 */
export function createCatalog(
  data: CatalogData = DEFAULT_CATALOG_DATA,
  prepared: PreparedCatalogIndex | null = data === DEFAULT_CATALOG_DATA ? BUILT_IN_INDEX : null,
): Catalog {
  const entries: readonly CatalogEntry[] = Object.freeze(data.indicators.map(toEntry));
  const byId: ReadonlyMap<string, CatalogEntry> = new Map(entries.map((e) => [e.id, e]));
  const abbreviations: ReadonlyMap<string, string> = new Map(
    Object.entries(data.abbreviations).filter(([key]) => !key.startsWith('_')),
  );
  const vocabulary = createVocabulary(
    { data: data.vocabulary, names: catalogNames(data), abbreviations },
    prepared?.vocabulary,
  );

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

  return { entries, get: (id) => byId.get(id), vocabulary, search, ...(prepared && { prepared }) };
}
