/**
 * The task pane's store: state from `reduce`, and the actions the views call.
 * Every host call and engine run happens here, and every failure ends in `state.error`.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { Scanned } from '../../app/scan';
import { engine, loadEngine } from './engine';
import {
  EMPTY_DICTIONARY,
  withoutColumn,
  withoutWording,
  withWording,
  type Dictionary,
} from '../../core/dictionary/model';
import { messages } from '../../core/messages';
import type { Direction, RoleName, Settings, ShortfallItem, UserChoices, WorkbookGrids } from '../../core/types';
import { HostError, type Progress, type ScanScope, type WorkbookHost } from '../../hosts/host';
import type { UiLanguage } from '../i18n';
import type { DictionaryStore } from '../services/dictionary-storage';
import { saveBlob } from '../services/download';
import { QUIET_MS } from '../services/offline';
import { afterPaint } from '../services/paint';
import { saveSettings } from '../services/settings-storage';
import { withColumnRole, withRowDirection, withRowIndicator, withTableAccepted } from './choices';
import { reviewFocus, type ReviewTable } from './models';
import { initialState, reduce, type ErrorNotice, type PaneSettings, type TaskpaneState, type View } from './state';

/** A host whose workbook can be handed back as a file: the browser preview's. */
export interface DownloadableHost extends WorkbookHost {
  toBlob(): Promise<Blob>;
  downloadName(): string;
}

/** Opens a file in the browser preview; `language` is that of its error messages. */
export type OpenWorkbookFile = (data: ArrayBuffer, fileName: string, language: UiLanguage) => Promise<DownloadableHost>;
export type NewWorkbookFile = (fileName: string, language: UiLanguage) => Promise<DownloadableHost>;

/** The drafted sheet's name; a taken one becomes `Theo dõi chỉ tiêu (2)`. */
export const DRAFT_SHEET_NAME = 'Theo dõi chỉ tiêu';
/** The workbook the browser preview drafts into when no file is open. */
export const DRAFT_FILE_NAME = 'theo-doi-chi-tieu.xlsx';
/** The name the dictionary is exported under. */
export const DICTIONARY_FILE_NAME = 'chitieu-tu-dien.tsv';

export interface TaskpaneOptions {
  /** The Excel host; null in the browser preview until a file is opened. */
  host: WorkbookHost | null;
  settings: PaneSettings;
  openWorkbookFile?: OpenWorkbookFile;
  newWorkbookFile?: NewWorkbookFile;
  saveFile?: (blob: Blob, fileName: string) => void;
  /** Where the dictionary of wordings is kept; none: it lives for the session only. */
  dictionaryStore?: DictionaryStore;
  /**
   * Called each time the pane has had nothing to do (no file opening, no scan, no write) for
   * `QUIET_MS`: the browser preview then registers its offline worker, whose install would slow a
   * file opened at once.
   */
  onQuiet?: () => void;
}

export interface TaskpaneActions {
  setView(view: View): void;
  setScope(scope: ScanScope): void;
  openFile(file: File): Promise<void>;
  scan(): Promise<void>;
  changeIndicator(rowKey: string, indicatorId: string | null): void;
  changeDirection(rowKey: string, direction: Direction): void;
  changeColumn(tableKey: string, role: RoleName, column: number | null): void;
  /** Keeps every row and column role the review asked about in the table as it is now, in one step. */
  acceptTable(table: ReviewTable): void;
  apply(): Promise<void>;
  select(item: ShortfallItem): Promise<void>;
  download(): Promise<void>;
  changeSettings(settings: PaneSettings): void;
  changeDraftText(text: string): void;
  /** Reads a resolution file into the Draft tab's text and previews its targets. */
  openDraftFile(file: File): Promise<void>;
  previewDraft(): Promise<void>;
  createDraftSheet(): Promise<void>;
  dismissError(): void;
  /** Loads the engine, for the catalog's names in the dictionary's settings. */
  loadCatalog(): Promise<void>;
  /** Changes a learned wording's indicator or direction. */
  editWording(key: string, change: { indicatorId?: string; direction?: Direction }): void;
  deleteWording(key: string): void;
  deleteColumnWording(key: string): void;
  forgetDictionary(): void;
  exportDictionary(): Promise<void>;
  importDictionary(file: File): Promise<void>;
}

type FileHostModule = typeof import('../../hosts/xlsx/file-host');
/** The browser preview's file host: its chunk is small, and loaded before the engine's, so a file opens at once. */
let fileHostLoading: Promise<FileHostModule> | null = null;
function loadFileHost(): Promise<FileHostModule> {
  fileHostLoading ??= import('../../hosts/xlsx/file-host').catch((error: unknown) => {
    fileHostLoading = null; // a chunk that failed to load is fetched again on the next call
    throw error;
  });
  return fileHostLoading;
}

const openFromBytes: OpenWorkbookFile = async (data, fileName, language) => {
  const { FileHost } = await loadFileHost();
  return FileHost.open(data, fileName, { language });
};

const newFile: NewWorkbookFile = async (fileName, language) => {
  const { FileHost } = await loadFileHost();
  return FileHost.create(fileName, { language });
};

export function useTaskpane(options: TaskpaneOptions): { state: TaskpaneState; actions: TaskpaneActions } {
  const [state, dispatch] = useReducer(reduce, undefined, () =>
    initialState(options.settings, options.host !== null, loadDictionary(options.dictionaryStore)),
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const hostRef = useRef<WorkbookHost | null>(options.host);
  /** The workbook being read again after a write; the next write waits for it. */
  const readBack = useRef<Promise<void> | null>(null);
  /** Resolves the wait of a write's read-back once its results are committed (see `apply`). */
  const resultsCommitted = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    resultsCommitted.current?.();
    resultsCommitted.current = null;
  }, [state.applyCount]);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  /**
   * The scan begun once a file is open, before "Quét" is pressed: the person looks at the file they
   * opened meanwhile, and nothing of it shows until they ask. Dropped when the workbook, the scope,
   * the settings or the dictionary it was begun with are no longer the pane's.
   */
  const scanAhead = useRef<ScanAhead | null>(null);
  /** Where the running scan reports its progress: to the pane once "Quét" is pressed. */
  const scanProgress = useRef<((progress: Progress) => void) | null>(null);

  const fail = useCallback((error: unknown) => dispatch({ type: 'error', error: toNotice(error) }), []);

  // In Excel a workbook is there from the start: the engine loads once the pane has shown itself. In
  // the browser preview, once the browser is idle after that: a person takes a while choosing a file.
  const hasHost = options.host !== null;
  useEffect(() => {
    const load = () => void loadEngine().catch(() => undefined);
    if (hasHost) {
      const timer = setTimeout(load, 0);
      return () => clearTimeout(timer);
    }
    // Where the browser cannot say it is idle, the engine loads when a file is opened.
    if (typeof requestIdleCallback !== 'function') return;
    // The file host first, the engine in a later idle slice: a file chosen meanwhile opens without
    // waiting behind the engine's chunk, which takes the main thread for a few hundred ms.
    let cancelled = false;
    let idle = requestIdleCallback(
      () => {
        void loadFileHost()
          .catch(() => undefined)
          .then(() => {
            if (!cancelled) idle = requestIdleCallback(load, { timeout: 2000 });
          });
      },
      { timeout: 2000 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [hasHost]);

  const quiet = state.busy === null;
  useEffect(() => {
    if (!quiet) return;
    const timer = setTimeout(() => optionsRef.current.onQuiet?.(), QUIET_MS);
    return () => clearTimeout(timer);
  }, [quiet]);

  const reanalyse = useCallback(
    (
      choices: UserChoices,
      settings: PaneSettings = stateRef.current.settings,
      dictionary: Dictionary = stateRef.current.dictionary,
    ) => {
      const grids = stateRef.current.grids;
      if (!grids) return;
      try {
        dispatch({ type: 'analysed', choices, ...analyse(grids, choices, settings, dictionary) });
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  /** Keeps a changed dictionary in the state and the browser's storage. */
  const keepDictionary = useCallback((dictionary: Dictionary) => {
    dispatch({ type: 'dictionary', dictionary });
    try {
      optionsRef.current.dictionaryStore?.save(dictionary);
    } catch {
      // Storage full or blocked: the dictionary lives for this session; exporting it keeps it.
    }
  }, []);

  /** A dictionary edited in the settings: kept, and the open workbook read again with it. */
  const changeDictionary = useCallback(
    (dictionary: Dictionary) => {
      keepDictionary(dictionary);
      if (stateRef.current.analysis) reanalyse(stateRef.current.choices, stateRef.current.settings, dictionary);
    },
    [keepDictionary, reanalyse],
  );

  const remember = useCallback(
    (choices: UserChoices) => {
      reanalyse(choices);
      scanAhead.current = null;
      hostRef.current?.saveChoices(choices).catch(fail);
    },
    [reanalyse, fail],
  );

  const actions = useMemo<TaskpaneActions>(
    () => ({
      setView: (view) => dispatch({ type: 'view', view }),
      setScope: (scope) => dispatch({ type: 'scope', scope }),
      dismissError: () => dispatch({ type: 'error', error: null }),

      async openFile(file) {
        dispatch({ type: 'busy', busy: 'open' });
        scanAhead.current = null;
        // The engine's chunk and catalog load while the file is read, not after "Quét".
        loadEngine().catch(() => undefined);
        // The file host's chunk, if not yet loaded, comes while the file is read.
        if (!optionsRef.current.openWorkbookFile) loadFileHost().catch(() => undefined);
        try {
          const open = optionsRef.current.openWorkbookFile ?? openFromBytes;
          const host = await open(await file.arrayBuffer(), file.name, stateRef.current.settings.uiLanguage);
          hostRef.current = host;
          dispatch({ type: 'opened', fileName: file.name });
          // Once the open file is painted; the scan yields between sheets, so "Quét" is taken at once.
          const { scope, settings, dictionary } = stateRef.current;
          const outcome = afterPaint()
            .then(() => loadEngine())
            .then((pane) =>
              pane.scan(pane.engine.withDictionary(dictionary), host, {
                scope,
                settings: engineSettings(settings),
                onProgress: (progress) => scanProgress.current?.(progress),
              }),
            );
          outcome.catch(() => undefined); // a failure is the scan's that asks for it; none may
          scanAhead.current = { host, scope, settings, dictionary, outcome };
        } catch (error) {
          fail(error);
        } finally {
          dispatch({ type: 'busy', busy: null });
        }
      },

      async scan() {
        const host = hostRef.current;
        if (!host) return;
        dispatch({ type: 'busy', busy: 'scan' });
        const onProgress = (progress: Progress) => dispatch({ type: 'progress', progress });
        try {
          const { scope, settings, dictionary } = stateRef.current;
          const ahead = scanAhead.current;
          scanAhead.current = null;
          let scanned: Scanned;
          if (
            ahead?.host === host &&
            ahead.scope === scope &&
            ahead.settings === settings &&
            ahead.dictionary === dictionary
          ) {
            scanProgress.current = onProgress;
            scanned = await ahead.outcome;
          } else {
            scanProgress.current = null;
            const pane = await loadEngine();
            const reading = pane.engine.withDictionary(dictionary);
            scanned = await pane.scan(reading, host, { scope, settings: engineSettings(settings), onProgress });
          }
          dispatch({ type: 'scanned', ...scanned, focus: reviewFocus(scanned.analysis) });
        } catch (error) {
          fail(error);
        } finally {
          if (scanProgress.current === onProgress) scanProgress.current = null;
          dispatch({ type: 'busy', busy: null });
        }
      },

      changeIndicator: (rowKey, indicatorId) =>
        remember(withRowIndicator(stateRef.current.choices, rowKey, indicatorId)),
      changeDirection: (rowKey, direction) => remember(withRowDirection(stateRef.current.choices, rowKey, direction)),
      changeColumn: (tableKey, role, column) =>
        remember(withColumnRole(stateRef.current.choices, tableKey, role, column)),
      acceptTable: (table) => remember(withTableAccepted(stateRef.current.choices, table)),

      async apply() {
        // An earlier write's read-back first: this write must find the columns that one made.
        await readBack.current;
        const host = hostRef.current;
        const { analysis, settings, scope, choices, fileName, dictionary } = stateRef.current;
        if (!host || !analysis) return;
        dispatch({ type: 'busy', busy: 'apply' });
        scanAhead.current = null;
        let written = false;
        let committed: Promise<void> = Promise.resolve();
        let learnedDictionary = dictionary;
        try {
          const pane = engine();
          const m = messages(settings.uiLanguage);
          const { result, updatedInPlace } = await pane.apply(pane.engine.withDictionary(dictionary), host, {
            analysis,
            settings: engineSettings(settings),
            messages: m,
            workbookName: fileName ?? m.thisWorkbook,
            onProgress: (progress) => dispatch({ type: 'progress', progress }),
          });
          // The corrections are confirmed by a successful apply: the dictionary learns them for the next workbook.
          const learned = pane.learnFromReview(dictionary, analysis, choices);
          if (learned.added.length || learned.changed.length || learned.forgotten.length) {
            keepDictionary(learned.dictionary);
          }
          learnedDictionary = learned.dictionary;
          committed = new Promise<void>((resolve) => (resultsCommitted.current = resolve));
          dispatch({ type: 'applied', result, updatedInPlace });
          written = true;
        } catch (error) {
          fail(error);
        } finally {
          dispatch({ type: 'busy', busy: null });
        }
        if (!written) return;
        // Read back what is now in the workbook, so the next apply finds its own columns and updates
        // them: once the results are painted, since they are the applied analysis's own (reading a
        // district's workbook again takes as long as writing it). Painted, not only dispatched: a
        // frame that came before React rendered them let the read-back hold them back until it ended.
        const loaded = engine();
        readBack.current = committed
          .then(() => afterPaint())
          .then(() =>
            loaded.scan(loaded.engine.withDictionary(learnedDictionary), host, {
              scope,
              settings: engineSettings(settings),
              choices,
            }),
          )
          .then((after) => {
            const now = stateRef.current;
            // A choice made while reading back is analysed again over the new grids.
            const { analysis: analysed, summary } =
              now.choices === choices ? after : analyse(after.grids, now.choices, now.settings, now.dictionary);
            // The ref is the latest state for the next action, before React renders it.
            stateRef.current = { ...now, grids: after.grids, analysis: analysed, summary };
            dispatch({ type: 'readBack', grids: after.grids, analysis: analysed, summary });
          })
          .catch(fail)
          .finally(() => {
            readBack.current = null;
          });
      },

      async select(item) {
        const host = hostRef.current;
        if (!host) return;
        try {
          await host.select(item.sheet, item.row, item.col);
          dispatch({ type: 'selected', selection: { sheet: item.sheet, row: item.row, col: item.col } });
        } catch (error) {
          fail(error);
        }
      },

      async download() {
        const host = hostRef.current;
        if (!host || !isDownloadable(host)) return;
        try {
          const blob = await host.toBlob();
          const save = optionsRef.current.saveFile ?? saveBlob;
          save(blob, host.downloadName());
        } catch (error) {
          fail(error);
        }
      },

      changeDraftText: (text) => dispatch({ type: 'draftText', text }),
      async openDraftFile(file) {
        try {
          const pane = await loadEngine();
          const text = await pane.readResolutionText(await file.arrayBuffer(), file.name);
          dispatch({ type: 'draftText', text });
          dispatch({ type: 'draftPreview', preview: pane.engine.draftFromText(text) });
        } catch (error) {
          fail(error);
        }
      },
      async previewDraft() {
        try {
          const { engine: drafter } = await loadEngine();
          dispatch({ type: 'draftPreview', preview: drafter.draftFromText(stateRef.current.draft.text) });
        } catch (error) {
          fail(error);
        }
      },

      async createDraftSheet() {
        const { draft, settings, scope } = stateRef.current;
        if (!draft.preview?.targets.length) return;
        dispatch({ type: 'busy', busy: 'draft' });
        try {
          let fileName: string | null = null;
          let host = hostRef.current;
          if (!host) {
            const create = optionsRef.current.newWorkbookFile ?? newFile;
            host = hostRef.current = await create(DRAFT_FILE_NAME, settings.uiLanguage);
            fileName = DRAFT_FILE_NAME;
          }
          scanAhead.current = null;
          const pane = await loadEngine();
          const { sheet: name } = await pane.draft(pane.engine, host, draft.preview, {
            messages: messages(settings.uiLanguage),
            documentName: DRAFT_SHEET_NAME,
            sheetName: DRAFT_SHEET_NAME,
            settings: engineSettings(settings),
          });
          const choices = await host.loadChoices();
          const grids = await host.read(scope);
          const { analysis, summary } = analyse(grids, choices, settings, stateRef.current.dictionary);
          const focus = reviewFocus(analysis);
          dispatch({ type: 'drafted', sheet: name, fileName, grids, choices, analysis, summary, focus });
        } catch (error) {
          fail(error);
        } finally {
          dispatch({ type: 'busy', busy: null });
        }
      },

      changeSettings(settings) {
        const before = stateRef.current.settings;
        dispatch({ type: 'settings', settings });
        try {
          saveSettings(settings);
        } catch {
          // Settings only live for this session when storage is full or blocked.
        }
        if (before.nearMissPercent !== settings.nearMissPercent || before.outputLanguage !== settings.outputLanguage) {
          reanalyse(stateRef.current.choices, settings);
        }
      },

      async loadCatalog() {
        try {
          await loadEngine();
          dispatch({ type: 'engineReady' });
        } catch (error) {
          fail(error);
        }
      },
      editWording(key, change) {
        const { dictionary } = stateRef.current;
        const entry = dictionary.wordings.find((e) => e.key === key);
        if (!entry) return;
        const edited = { ...entry, ...change, source: 'learned' as const };
        // A new indicator brings its own direction, unless one is chosen after.
        if (change.indicatorId !== undefined && change.direction === undefined) delete edited.direction;
        changeDictionary(withWording(dictionary, edited));
      },
      deleteWording: (key) => changeDictionary(withoutWording(stateRef.current.dictionary, key)),
      deleteColumnWording: (key) => changeDictionary(withoutColumn(stateRef.current.dictionary, key)),
      forgetDictionary() {
        changeDictionary(EMPTY_DICTIONARY);
        dispatch({ type: 'dictionaryImported', notice: null });
      },
      async exportDictionary() {
        try {
          const { tsv } = await loadEngine();
          const text = tsv.serialiseTsv(stateRef.current.dictionary);
          const save = optionsRef.current.saveFile ?? saveBlob;
          save(new Blob([text], { type: 'text/tab-separated-values;charset=utf-8' }), DICTIONARY_FILE_NAME);
        } catch (error) {
          fail(error);
        }
      },
      async importDictionary(file) {
        try {
          const { engine: reader, tsv } = await loadEngine();
          dispatch({ type: 'engineReady' });
          const text = tsv.decodeTsv(new Uint8Array(await file.arrayBuffer()));
          const read = tsv.parseTsv(text, (id) => reader.catalog.get(id) !== undefined);
          const { dictionary, imported, added, changed, unchanged, refused } = tsv.importEntries(
            stateRef.current.dictionary,
            read,
          );
          if (imported) changeDictionary(dictionary);
          dispatch({
            type: 'dictionaryImported',
            notice: { file: file.name, imported, added, changed, unchanged, refused },
          });
        } catch (error) {
          fail(error);
        }
      },
    }),
    [fail, reanalyse, remember, keepDictionary, changeDictionary],
  );

  return { state, actions };
}

/** A scan begun ahead of "Quét" (see `scanAhead`), with what it was begun with. */
interface ScanAhead {
  host: WorkbookHost;
  scope: ScanScope;
  settings: PaneSettings;
  dictionary: Dictionary;
  outcome: Promise<Scanned>;
}

function analyse(grids: WorkbookGrids, choices: UserChoices, settings: PaneSettings, dictionary: Dictionary) {
  const pane = engine();
  return pane.review(pane.engine.withDictionary(dictionary), grids, choices, engineSettings(settings));
}

function loadDictionary(store: DictionaryStore | undefined): Dictionary {
  try {
    return store?.load() ?? EMPTY_DICTIONARY;
  } catch {
    return EMPTY_DICTIONARY; // storage blocked: the session starts with an empty dictionary
  }
}

function engineSettings({ nearMissPercent, outputLanguage, year }: PaneSettings): Settings {
  return { nearMissPercent, outputLanguage, year };
}

export function isDownloadable(host: WorkbookHost): host is DownloadableHost {
  return 'toBlob' in host && 'downloadName' in host;
}

function toNotice(error: unknown): ErrorNotice {
  if (error instanceof HostError) return { message: error.message, sheet: error.sheet, cell: error.cell };
  return { message: error instanceof Error ? error.message : String(error) };
}
