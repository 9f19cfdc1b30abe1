/**
 * `chitieu apply` on a workbook held in memory, as the CLI runs it: open the bytes, read the
 * grids, analyse, plan, write the columns and the summary sheet, and save to bytes.
 */
import { buildWritePlan, DEFAULT_SETTINGS, type Engine } from '../src/core';
import { buildSummarySheet } from '../src/core/summary-sheet';
import { readChoices } from '../src/hosts/xlsx/choices';
import { loadWorkbook } from '../src/hosts/xlsx/open';
import { readWorkbookGrids } from '../src/hosts/xlsx/read';
import { writeSummarySheet } from '../src/hosts/xlsx/summary';
import { applyWritePlan } from '../src/hosts/xlsx/write';

/** The bytes of the applied workbook. */
export async function applyInMemory(engine: Engine, buffer: Buffer): Promise<Uint8Array> {
  const wb = await loadWorkbook(buffer, 'bench.xlsx');
  const analysis = engine.analyzeWorkbook(readWorkbookGrids(wb), {
    choices: readChoices(wb),
    settings: DEFAULT_SETTINGS,
  });
  const plan = buildWritePlan(analysis, DEFAULT_SETTINGS);
  applyWritePlan(wb, plan);
  writeSummarySheet(wb, buildSummarySheet(analysis, plan.language));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
