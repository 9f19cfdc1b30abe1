/** Scan: a workbook's sheets read from the host, with the choices kept in it, analysed by the engine. */
import type { Engine } from '../core/engine';
import { summarize } from '../core/summary';
import type { Analysis, Issue, Settings, SheetAnalysis, Summary, UserChoices, WorkbookGrids } from '../core/types';
import type { Progress, ScanScope, WorkbookHost } from '../hosts/host';

export interface ScanOptions {
  scope?: ScanScope;
  settings?: Partial<Settings>;
  /** The choices the user has made in this session; when absent, those kept in the workbook. */
  choices?: UserChoices;
  onProgress?: (progress: Progress) => void;
}

export interface Reviewed {
  analysis: Analysis;
  summary: Summary;
}

export interface Scanned extends Reviewed {
  grids: WorkbookGrids;
  choices: UserChoices;
}

/** The grids analysed again with changed choices or settings; nothing is read from the host. */
export function review(
  engine: Engine,
  grids: WorkbookGrids,
  choices: UserChoices,
  settings?: Partial<Settings>,
): Reviewed {
  const analysis = engine.analyzeWorkbook(grids, { choices, settings });
  return { analysis, summary: summarize(analysis) };
}

/**
 * Lets the host's event loop run between two pieces of work, so a task pane repaints and its
 * progress bar moves: `scheduler.yield()` where the browser has it, else a macrotask.
 */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `review` one sheet at a time, yielding between sheets and reporting each: the same analysis (the
 * engine reads every sheet on its own), without one long task over a district's workbook.
 */
export async function reviewInSteps(
  engine: Engine,
  grids: WorkbookGrids,
  choices: UserChoices,
  settings?: Partial<Settings>,
  onProgress?: (progress: Progress) => void,
): Promise<Reviewed> {
  const sheets: SheetAnalysis[] = [];
  const issues: Issue[] = [];
  const total = grids.sheets.length;
  for (const [i, sheet] of grids.sheets.entries()) {
    onProgress?.({ done: i, total, step: sheet.name });
    await yieldToHost();
    const part = engine.analyzeWorkbook(
      { sheets: [sheet], ...(grids.defaultFont && { defaultFont: grids.defaultFont }) },
      { choices, settings },
    );
    sheets.push(...part.sheets);
    issues.push(...part.issues);
  }
  onProgress?.({ done: total, total, step: '' });
  const analysis: Analysis = { sheets, issues, ...(grids.defaultFont && { defaultFont: grids.defaultFont }) };
  return { analysis, summary: summarize(analysis) };
}

/**
 * Reads the sheets in scope and analyses them sheet by sheet. Progress runs over both halves: the
 * host's reading (its own counts, scaled to the first half), then one step per sheet analysed.
 */
export async function scan(engine: Engine, host: WorkbookHost, options: ScanOptions = {}): Promise<Scanned> {
  const { onProgress } = options;
  // The choices first: a file host reads them from the grids it holds, which it hands over on `read`
  // (after that it would read the whole package again for one hidden sheet).
  const choices = options.choices ?? (await host.loadChoices());
  const grids = await host.read(
    options.scope ?? 'workbook',
    onProgress && ((p) => onProgress({ done: p.total > 0 ? p.done / p.total : 0, total: 2, step: p.step })),
  );
  const reviewed = await reviewInSteps(
    engine,
    grids,
    choices,
    options.settings,
    onProgress && ((p) => onProgress({ done: 1 + (p.total > 0 ? p.done / p.total : 1), total: 2, step: p.step })),
  );
  return { grids, choices, ...reviewed };
}
