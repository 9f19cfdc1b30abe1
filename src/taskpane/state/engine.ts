/**
 * The engine (catalog, matcher, layout) and the application's operations are the heaviest part of
 * the pane: they are loaded when the user first scans or drafts, so the pane's first script stays
 * small. The pane keeps one engine for its session, so what it learns of repeated texts is kept.
 */
import type { Engine } from '../../core/engine';
import { HostError } from '../../hosts/host';
import { loadPdfLibraryInPane } from '../services/pdf-library';

type EngineModule = typeof import('./engine-impl');

export interface PaneEngine {
  engine: Engine;
  scan: EngineModule['scan'];
  apply: EngineModule['apply'];
  review: EngineModule['review'];
  reviewInSteps: EngineModule['reviewInSteps'];
  draft: EngineModule['draft'];
  learnFromReview: EngineModule['learnFromReview'];
  /** The dictionary's TSV file, read and written only from the settings: kept out of the pane's first script. */
  tsv: Pick<EngineModule, 'decodeTsv' | 'parseTsv' | 'importEntries' | 'serialiseTsv'>;
  /** A resolution file (.txt, .docx, .pdf) as the text the Draft tab shows. */
  readResolutionText(data: ArrayBuffer, fileName: string): Promise<string>;
}

let loaded: PaneEngine | null = null;
/** The load under way: callers who ask meanwhile (pane start, opening, scanning) share one engine. */
let loading: Promise<PaneEngine> | null = null;

export function loadEngine(): Promise<PaneEngine> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= makeEngine().then(
    (pane) => (loaded = pane),
    (error: unknown) => {
      loading = null; // a chunk that failed to load is fetched again on the next call
      throw error;
    },
  );
  return loading;
}

async function makeEngine(): Promise<PaneEngine> {
  const m = await import(/* webpackChunkName: "engine" */ './engine-impl');
  return {
    engine: m.createEngine(),
    scan: m.scan,
    apply: m.apply,
    review: m.review,
    reviewInSteps: m.reviewInSteps,
    draft: m.draft,
    learnFromReview: m.learnFromReview,
    tsv: {
      decodeTsv: m.decodeTsv,
      parseTsv: m.parseTsv,
      importEntries: m.importEntries,
      serialiseTsv: m.serialiseTsv,
    },
    async readResolutionText(data, fileName) {
      try {
        return m.documentToText(
          await m.readResolution(new Uint8Array(data), fileName, { pdfLibrary: loadPdfLibraryInPane }),
        );
      } catch (e) {
        if (e instanceof m.DocumentError) throw new HostError(`${fileName}: ${m.documentErrorMessage(e)}`);
        throw e;
      }
    },
  };
}

/** The engine once loaded; an analysis in the state means it is. */
export function engine(): PaneEngine {
  if (!loaded) throw new Error('chitieu: the engine is used before it was loaded');
  return loaded;
}
