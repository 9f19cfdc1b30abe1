/**
 * Draft: a tracking sheet from a resolution's targets, added to the host's workbook, with the same
 * percent and status columns as any table (from the same analysis and write plan). The same for the
 * command line and the task pane: nothing is added when no target has a plan figure.
 */
import { draftSheet, type Draft } from '../core/draft';
import type { Engine } from '../core/engine';
import type { Messages } from '../core/messages';
import type { Analysis, Settings } from '../core/types';
import { buildWritePlan } from '../core/write-plan';
import { HostError, type WorkbookHost } from '../hosts/host';

export interface DraftOptions {
  messages: Messages;
  /** The document as the user knows it (a file name), for messages. */
  documentName: string;
  /** The sheet's name; a host that has it already adds `NAME (2)`. */
  sheetName: string;
  /** Where the targets came from, written under the sheet's title. */
  source?: string;
  settings?: Partial<Settings>;
}

export interface Drafted {
  /** The name the host gave the sheet. */
  sheet: string;
  /** The drafted sheet's analysis alone. */
  analysis: Analysis;
}

export async function draft(
  engine: Engine,
  host: WorkbookHost,
  targets: Draft,
  options: DraftOptions,
): Promise<Drafted> {
  if (!targets.targets.length) throw new HostError(options.messages.noTargets(options.documentName));
  if (!host.addSheet) throw new HostError(options.messages.cannotAddSheet());
  const { name } = await host.addSheet(draftSheet(targets, options.sheetName, options.source));
  const choices = await host.loadChoices();
  const all = await host.read('workbook');
  const analysis = engine.analyzeWorkbook(
    { sheets: all.sheets.filter((sheet) => sheet.name === name) },
    { choices, settings: options.settings },
  );
  await host.apply(buildWritePlan(analysis, options.settings));
  return { sheet: name, analysis };
}
