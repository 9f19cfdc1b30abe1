/** Scan: a workbook's sheets read from the host, with the choices kept in it, analysed by the engine. */
import type { Engine } from '../core/engine';
import { summarize } from '../core/summary';
import type { Analysis, Settings, Summary, UserChoices, WorkbookGrids } from '../core/types';
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

export async function scan(engine: Engine, host: WorkbookHost, options: ScanOptions = {}): Promise<Scanned> {
  const grids = await host.read(options.scope ?? 'workbook', options.onProgress);
  const choices = options.choices ?? (await host.loadChoices());
  return { grids, choices, ...review(engine, grids, choices, options.settings) };
}
