/**
 * Apply: the percent and status columns of every table found, then chitieu's summary sheet.
 * The same rules for the command line and the task pane: nothing is written when no table is found,
 * the host checks every target cell before it writes one, and the summary sheet is replaced each time.
 */
import type { Engine } from '../core/engine';
import type { Messages } from '../core/messages';
import { buildSummarySheet } from '../core/summary-sheet';
import type { Analysis, Settings, WritePlan } from '../core/types';
import { buildWritePlan } from '../core/write-plan';
import { HostError, type ApplyResult, type Progress, type WorkbookHost } from '../hosts/host';
import { scan, yieldToHost } from './scan';

export interface ApplyOptions {
  messages: Messages;
  /** The workbook as the user knows it (a file name), for messages. */
  workbookName: string;
  /** The analysis the user reviewed; when absent, the workbook is scanned with the choices kept in it. */
  analysis?: Analysis;
  settings?: Partial<Settings>;
  onProgress?: (progress: Progress) => void;
}

export interface Applied {
  analysis: Analysis;
  plan: WritePlan;
  result: ApplyResult;
  /** The summary sheet's name; null when the host cannot write one. */
  summarySheet: string | null;
  /** Whether columns chitieu wrote before were updated rather than added. */
  updatedInPlace: boolean;
}

export function hasTables(analysis: Analysis): boolean {
  return analysis.sheets.some((sheet) => sheet.tables.length > 0);
}

export async function apply(engine: Engine, host: WorkbookHost, options: ApplyOptions): Promise<Applied> {
  const analysis = options.analysis ?? (await scan(engine, host, { settings: options.settings })).analysis;
  if (!hasTables(analysis)) throw new HostError(options.messages.noTableToApply(options.workbookName));
  const plan = buildWritePlan(analysis, options.settings);
  // Between the plan, the write and the summary, a task pane repaints its progress.
  await yieldToHost();
  const result = await host.apply(plan, options.onProgress);
  await yieldToHost();
  const summarySheet = host.writeSummary ? await host.writeSummary(buildSummarySheet(analysis, plan.language)) : null;
  return { analysis, plan, result, summarySheet, updatedInPlace: plan.tables.some((t) => t.updatesInPlace) };
}
