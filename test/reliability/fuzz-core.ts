/**
 * The fuzzer's invariants, shared by the jest suite (a few hundred cases) and `npm run fuzz`
 * (10,000 by default). Each case builds a random workbook, then analyses, plans and applies twice
 * through the xlsx host as the CLI does (bytes in, bytes out):
 *  1. nothing throws except a HostError;
 *  2. a HostError names a sheet of the workbook and a cell, and the workbook is unchanged;
 *  3. a successful apply changes no pre-existing cell (value, formula, number format, merge);
 *  4. every written cell is a fixed header, a status text, '' or a plan formula: no label text;
 *  5. applying again to the applied workbook changes nothing (idempotent).
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../helpers/engine';
import { OUTPUT_HEADERS } from '../../src/core/headers';
import { buildWritePlan, STATUS_TEXTS } from '../../src/core/write-plan';
import type { WritePlan } from '../../src/core/types';
import { HostError } from '../../src/hosts/host';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { toFileFormula } from '../../src/hosts/xlsx-package';
import { fromBytes, toBytes } from '../helpers/xlsx-host';
import { buildWorkbook, HOSTILE_TEXT, type WorkbookSpec, workbookArb } from './generators';

export class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** Every cell holding something, with value (formula included) and number format; every merge; rule counts. */
export function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  wb.eachSheet((ws) => {
    for (const merge of (ws.model as { merges?: string[] }).merges ?? []) cells.set(`${ws.name}!merge ${merge}`, merge);
    const rules = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
    // A loaded file spells absent style parts as null; a fresh rule leaves them out.
    cells.set(
      `${ws.name}!rules`,
      JSON.stringify(rules, (_key, value: unknown) => (value === null ? undefined : value)),
    );
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // An empty string shows as an empty cell, and write.ts counts it as one.
        if (cell.value === '') return;
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null }));
      });
    });
  });
  return cells;
}

function diff(
  before: Map<string, string>,
  after: Map<string, string>,
  onlyBefore: boolean,
  exempt = new Set<string>(),
): string | null {
  for (const [key, value] of before) {
    if (exempt.has(key)) continue;
    // New conditional formats are expected after an apply, and only then.
    if (onlyBefore && key.endsWith('!rules')) continue;
    if (after.get(key) !== value) return `${key}: ${value} → ${after.get(key)}`;
  }
  if (!onlyBefore) for (const [key, value] of after) if (!before.has(key)) return `${key}: (new) ${value}`;
  return null;
}

const ALLOWED_VALUES = new Set<string>([
  '',
  ...Object.values(STATUS_TEXTS).flatMap((t) => Object.values(t)),
  ...Object.values(OUTPUT_HEADERS).flatMap((h) => Object.values(h)),
]);

const HOSTILE = HOSTILE_TEXT.map((t) => t.trim()).filter((t) => t.length >= 4 && !ALLOWED_VALUES.has(t));

function checkWritten(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const table of plan.tables) {
    const ws = wb.getWorksheet(table.sheet) ?? fail(`plan names a missing sheet ${table.sheet}`);
    for (const column of table.columns) {
      const header = ws.getCell(column.headerTop + 1, column.col + 1).value;
      if (typeof header !== 'string' || !ALLOWED_VALUES.has(header))
        fail(`header ${JSON.stringify(header)} is not a fixed text`);
      for (const cell of column.cells) {
        const written = ws.getCell(cell.row + 1, column.col + 1).value;
        if (cell.formula !== undefined) {
          const f = (written as ExcelJS.CellFormulaValue | null)?.formula;
          if (f === undefined || f !== toFileFormula(cell.formula))
            fail(`${table.sheet}!R${cell.row + 1}C${column.col + 1}: formula ${f} not the plan's`);
          for (const text of HOSTILE) if (f.includes(text)) fail(`a label reached a formula: ${text}`);
        } else {
          const v = written ?? '';
          if (typeof v !== 'string' || !ALLOWED_VALUES.has(v))
            fail(`written value ${JSON.stringify(v)} is not a fixed text`);
        }
      }
    }
  }
}

const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;

function checkRejection(e: unknown, wb: ExcelJS.Workbook): void {
  if (!(e instanceof HostError)) {
    fail(`uncaught ${(e as Error)?.name ?? typeof e}: ${(e as Error)?.stack ?? String(e)}`);
  }
  const names = wb.worksheets.map((w) => w.name);
  if (!e.sheet || !names.includes(e.sheet)) fail(`HostError names no sheet of the workbook: ${e.message}`);
  if (!e.message.includes(e.sheet)) fail(`HostError message does not name the sheet: ${e.message}`);
  if (!e.cell || !ADDRESS.test(e.cell)) fail(`HostError names no cell: ${e.message}`);
  if (!e.message.includes(e.cell.replace(/\d+$/, '')))
    fail(`HostError message does not name the cell ${e.cell}: ${e.message}`);
}

interface Outcome {
  plan: WritePlan;
  error: HostError | null;
  /** The file after the apply (the same bytes as before when it was refused). */
  bytes: Uint8Array;
}

/** Analyses, plans and applies through the xlsx host; returns the plan, the file, and the HostError that rejected it. */
async function applyOnce(bytes: Uint8Array, wb: ExcelJS.Workbook): Promise<Outcome> {
  const host = await FileHost.open(bytes, 'fuzz.xlsx');
  let plan: WritePlan;
  try {
    plan = buildWritePlan(analyzeWorkbook(await host.read('workbook')));
  } catch (e) {
    fail(`analysis threw ${(e as Error)?.stack ?? String(e)}`);
  }
  try {
    await host.apply(plan);
    return { plan, error: null, bytes: host.toBytes() };
  } catch (e) {
    checkRejection(e, wb);
    return { plan, error: e as HostError, bytes: host.toBytes() };
  }
}

/** Checks every invariant on one workbook; throws InvariantError on the first broken one. */
export async function checkCase(spec: WorkbookSpec): Promise<'applied' | 'rejected' | 'empty'> {
  const bytes = await toBytes(buildWorkbook(spec));
  const wb = await fromBytes(bytes);
  const before = snapshot(wb);
  const first = await applyOnce(bytes, wb);
  const written = await fromBytes(first.bytes);
  const afterFirst = snapshot(written);
  if (first.error) {
    const changed = diff(before, afterFirst, false);
    if (changed) fail(`rejected (${first.error.message}) but changed ${changed}`);
    return 'rejected';
  }
  const changed = diff(before, afterFirst, true);
  if (changed) fail(`apply changed a pre-existing cell ${changed}`);
  checkWritten(written, first.plan);
  if (!first.plan.tables.length) return 'empty';

  const again = await applyOnce(first.bytes, written);
  if (again.error) fail(`second apply rejected: ${again.error.message}`);
  const drift = diff(afterFirst, snapshot(await fromBytes(again.bytes)), false);
  if (drift) fail(`applying twice differs from once: ${drift}`);
  return 'applied';
}

export interface FuzzStats {
  applied: number;
  rejected: number;
  empty: number;
}

/** Runs `count` random cases; fast-check shrinks and reports the smallest failing workbook. */
export async function runFuzz(count: number, seed?: number, shrink = false): Promise<FuzzStats> {
  const stats: FuzzStats = { applied: 0, rejected: 0, empty: 0 };
  await fc.assert(
    fc.asyncProperty(workbookArb, async (spec) => {
      const outcome = await checkCase(spec);
      stats[outcome]++;
    }),
    // Shrinking a workbook takes thousands of cases; the seed and the failing workbook are enough to replay.
    { numRuns: count, seed, endOnFailure: !shrink },
  );
  return stats;
}
