/**
 * `chitieu apply` on a workbook held in memory, as the CLI runs it: open the bytes, read the
 * grids, analyse, plan, write the columns and the summary sheet, and save to bytes.
 */
import { buildWritePlan, DEFAULT_SETTINGS, type Engine } from '../src/core';
import { buildSummarySheet } from '../src/core/summary-sheet';
import { FileHost } from '../src/hosts/xlsx/file-host';

/** The bytes of the applied workbook. */
export async function applyInMemory(engine: Engine, buffer: Buffer): Promise<Uint8Array> {
  const host = await FileHost.open(buffer, 'bench.xlsx');
  const analysis = engine.analyzeWorkbook(await host.read('workbook'), {
    choices: await host.loadChoices(),
    settings: DEFAULT_SETTINGS,
  });
  const plan = buildWritePlan(analysis, DEFAULT_SETTINGS);
  await host.apply(plan);
  await host.writeSummary(buildSummarySheet(analysis, plan.language));
  return host.toBytes();
}
