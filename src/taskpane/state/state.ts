/** The task pane's state and how each event changes it. Pure: no host, no engine calls. */
import type { Change } from '../../core/dictionary/merge';
import { EMPTY_DICTIONARY, type Dictionary } from '../../core/dictionary/model';
import type { DictionaryProblem } from '../../core/dictionary/problems';
import type { Draft } from '../../core/draft';
import type { Analysis, Settings, Summary, UserChoices, WorkbookGrids } from '../../core/types';
import type { ApplyResult, Progress, ScanScope } from '../../hosts/host';
import type { UiLanguage } from '../i18n';
import { NO_FOCUS, type ReviewFocus } from './models';

export type View = 'scan' | 'review' | 'results' | 'draft' | 'settings';
export type Busy = 'open' | 'scan' | 'apply' | 'draft' | null;

export interface ErrorNotice {
  message: string;
  sheet?: string;
  cell?: string;
}

export interface PaneSettings extends Settings {
  uiLanguage: UiLanguage;
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

/** A tracking sheet drafted from a resolution's text. */
export interface DraftState {
  text: string;
  /** What the text yields, from the last preview; null before it and once the text changes. */
  preview: Draft | null;
  /** The sheet made from the last preview. */
  created: { name: string; targets: number } | null;
}

/** What the last import of a shared TSV file did: all of it, or nothing and why. */
export interface DictionaryImportNotice {
  file: string;
  imported: boolean;
  added: Change[];
  changed: Change[];
  unchanged: number;
  refused: DictionaryProblem[];
}

export interface TaskpaneState {
  view: View;
  scope: ScanScope;
  busy: Busy;
  progress: Progress | null;
  /** Name of the file open in the browser preview. */
  fileName: string | null;
  hasWorkbook: boolean;
  grids: WorkbookGrids | null;
  choices: UserChoices;
  analysis: Analysis | null;
  summary: Summary | null;
  /** What the review opens on, decided at scan time (see `reviewFocus`). */
  focus: ReviewFocus;
  /** How many times results were written since the last scan, and the last write. */
  applyCount: number;
  lastApply: (ApplyResult & { updatedInPlace: boolean }) | null;
  selection: Selection | null;
  settings: PaneSettings;
  draft: DraftState;
  /** The user's dictionary of wordings, as kept in the browser's storage. */
  dictionary: Dictionary;
  dictionaryImport: DictionaryImportNotice | null;
  /** Whether the engine (and so the catalog) is loaded, for views that need it before any scan. */
  engineReady: boolean;
  error: ErrorNotice | null;
}

export type Action =
  | { type: 'view'; view: View }
  | { type: 'scope'; scope: ScanScope }
  | { type: 'busy'; busy: Busy }
  | { type: 'progress'; progress: Progress | null }
  | { type: 'opened'; fileName: string }
  | {
      type: 'scanned';
      grids: WorkbookGrids;
      choices: UserChoices;
      analysis: Analysis;
      summary: Summary;
      focus: ReviewFocus;
    }
  | { type: 'analysed'; choices: UserChoices; analysis: Analysis; summary: Summary }
  | {
      /** Results written: the summary shown is the applied analysis's, the same the workbook now computes. */
      type: 'applied';
      result: ApplyResult;
      updatedInPlace: boolean;
    }
  | {
      /** The workbook read again after a write, so the next write finds its own columns. */
      type: 'readBack';
      grids: WorkbookGrids;
      analysis: Analysis;
      summary: Summary;
    }
  | { type: 'draftText'; text: string }
  | { type: 'draftPreview'; preview: Draft }
  | {
      type: 'drafted';
      sheet: string;
      /** Set when the sheet went into a new workbook, the browser preview having none open. */
      fileName: string | null;
      grids: WorkbookGrids;
      choices: UserChoices;
      analysis: Analysis;
      summary: Summary;
      focus: ReviewFocus;
    }
  | { type: 'selected'; selection: Selection }
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'dictionary'; dictionary: Dictionary }
  | { type: 'dictionaryImported'; notice: DictionaryImportNotice | null }
  | { type: 'engineReady' }
  | { type: 'error'; error: ErrorNotice | null };

export function initialState(
  settings: PaneSettings,
  hasWorkbook: boolean,
  dictionary: Dictionary = EMPTY_DICTIONARY,
): TaskpaneState {
  return {
    view: 'scan',
    scope: 'workbook',
    busy: null,
    progress: null,
    fileName: null,
    hasWorkbook,
    grids: null,
    choices: {},
    analysis: null,
    summary: null,
    focus: NO_FOCUS,
    applyCount: 0,
    lastApply: null,
    selection: null,
    settings,
    draft: { text: '', preview: null, created: null },
    dictionary,
    dictionaryImport: null,
    engineReady: false,
    error: null,
  };
}

/** A new scan's results: the apply history and the selection start over. */
function freshScan(scan: {
  grids: WorkbookGrids;
  choices: UserChoices;
  analysis: Analysis;
  summary: Summary;
  focus: ReviewFocus;
}): Pick<
  TaskpaneState,
  'grids' | 'choices' | 'analysis' | 'summary' | 'focus' | 'applyCount' | 'lastApply' | 'selection'
> {
  const { grids, choices, analysis, summary, focus } = scan;
  return { grids, choices, analysis, summary, focus, applyCount: 0, lastApply: null, selection: null };
}

export function reduce(state: TaskpaneState, action: Action): TaskpaneState {
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view };
    case 'scope':
      return { ...state, scope: action.scope };
    case 'busy':
      return { ...state, busy: action.busy, progress: null, error: action.busy ? null : state.error };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'opened':
      return {
        ...initialState(state.settings, true, state.dictionary),
        engineReady: state.engineReady,
        fileName: action.fileName,
        scope: state.scope,
        draft: { ...state.draft, created: null },
      };
    case 'scanned':
      return { ...state, ...freshScan(action), view: 'review' };
    case 'analysed':
      return { ...state, choices: action.choices, analysis: action.analysis, summary: action.summary };
    case 'readBack':
      return { ...state, grids: action.grids, analysis: action.analysis, summary: action.summary };
    case 'applied':
      return {
        ...state,
        applyCount: state.applyCount + 1,
        lastApply: { ...action.result, updatedInPlace: action.updatedInPlace },
        view: 'results',
      };
    case 'draftText':
      return { ...state, draft: { text: action.text, preview: null, created: null } };
    case 'draftPreview':
      return { ...state, draft: { ...state.draft, preview: action.preview, created: null } };
    case 'drafted':
      return {
        ...state,
        hasWorkbook: true,
        fileName: action.fileName ?? state.fileName,
        ...freshScan(action),
        draft: {
          ...state.draft,
          created: { name: action.sheet, targets: state.draft.preview?.targets.length ?? 0 },
        },
      };
    case 'selected':
      return { ...state, selection: action.selection };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'dictionary':
      return { ...state, dictionary: action.dictionary };
    case 'dictionaryImported':
      return { ...state, dictionaryImport: action.notice };
    case 'engineReady':
      return { ...state, engineReady: true };
    case 'error':
      return { ...state, error: action.error };
  }
}
