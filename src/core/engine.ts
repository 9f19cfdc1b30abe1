/**
 * The engine as a value: `createEngine()` builds one catalog, one matcher and one memo, and gives
 * the analyser and the drafter that use them. Nothing in core keeps state at module level, so two
 * engines (another catalog, a test's own) never share a cache. A dictionary of wordings the user
 * taught is part of the value: `withDictionary` gives another engine sharing the catalog, matcher and
 * memo, so learning a correction never rebuilds the catalog's index.
 */
import { analyzeWorkbook, type AnalyzeOptions } from './analyze';
import { createCatalog, type Catalog, type CatalogData } from './catalog';
import { createLookup, EMPTY_DICTIONARY, type Dictionary } from './dictionary';
import { draftFromDocument, draftFromText, type Draft, type ResolutionDocument } from './draft';
import { createMatcher } from './match';
import type { MatchTuning } from './match/calibration';
import { Memo } from './memo';
import type { Analysis, IndicatorMatch, WorkbookGrids } from './types';

export interface EngineOptions {
  /** The standard indicators; the built-in catalog when absent. */
  catalog?: Catalog | CatalogData;
  /** The matcher's calibrated numbers; for calibration runs (scripts/tune.js) only. */
  tuning?: MatchTuning;
  /** Wordings the user taught: an entry beats the catalog's match, never a choice saved in the workbook. */
  dictionary?: Dictionary;
}

export interface Engine {
  readonly catalog: Catalog;
  readonly dictionary: Dictionary;
  /** The same engine (catalog, matcher, memo) reading with another dictionary. */
  withDictionary(dictionary: Dictionary): Engine;
  /** Grids → tables, column roles, rows mapped to the catalog and judged against plan. */
  analyzeWorkbook(grids: WorkbookGrids, options?: AnalyzeOptions): Analysis;
  /** The catalog ranked against a label, best first. */
  rankIndicators(label: string, unit?: string | null): readonly Readonly<IndicatorMatch>[];
  /** A resolution's text (a .txt file or a paste) → the targets of a tracking sheet. */
  draftFromText(text: string): Draft;
  /** A resolution read by a host (paragraphs and tables in reading order) → the targets of a tracking sheet. */
  draftFromDocument(doc: ResolutionDocument): Draft;
}

function isCatalog(value: Catalog | CatalogData): value is Catalog {
  return typeof (value as Catalog).get === 'function';
}

export function createEngine(options: EngineOptions = {}): Engine {
  const catalog = options.catalog
    ? isCatalog(options.catalog)
      ? options.catalog
      : createCatalog(options.catalog)
    : createCatalog();
  const matcher = createMatcher(catalog, options.tuning);
  const memo = new Memo();
  const build = (dictionary: Dictionary): Engine => {
    const parts = { catalog, matcher, memo, dictionary: createLookup(dictionary) };
    return {
      catalog,
      dictionary,
      withDictionary: build,
      analyzeWorkbook: (grids, analyzeOptions) => analyzeWorkbook(parts, grids, analyzeOptions),
      rankIndicators: (label, unit = null) => matcher.rank(label, unit),
      draftFromText: (text) => draftFromText(parts, text),
      draftFromDocument: (doc) => draftFromDocument(parts, doc),
    };
  };
  return build(options.dictionary ?? EMPTY_DICTIONARY);
}
