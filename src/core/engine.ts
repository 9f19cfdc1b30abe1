/**
 * The engine as a value: `createEngine()` builds one catalog, one matcher and one memo, and gives
 * the analyser and the drafter that use them. Nothing in core keeps state at module level, so two
 * engines (another catalog, a test's own) never share a cache.
 */
import { analyzeWorkbook, type AnalyzeOptions } from './analyze';
import { createCatalog, type Catalog, type CatalogData } from './catalog';
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
}

export interface Engine {
  readonly catalog: Catalog;
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
  const parts = { catalog, matcher, memo };
  return {
    catalog,
    analyzeWorkbook: (grids, analyzeOptions) => analyzeWorkbook(parts, grids, analyzeOptions),
    rankIndicators: (label, unit = null) => matcher.rank(label, unit),
    draftFromText: (text) => draftFromText(parts, text),
    draftFromDocument: (doc) => draftFromDocument(parts, doc),
  };
}
