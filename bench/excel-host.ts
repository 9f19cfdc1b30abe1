/**
 * The Excel host on the recording fake of Office.js (test/fakes/excel-fake.ts): fills a fake
 * workbook from the grids of a generated file, scans it and applies the engine's write plan,
 * and reports the syncs and request/response sizes the fake recorded.
 */
import type { WorkbookGrids, WritePlan } from '../src/core/types';
import { ExcelHost } from '../src/hosts/excel';
import { FakeWorkbook, installExcelFake, type SyncRecord } from '../test/fakes/excel-fake';

export interface RoundTrips {
  scanSyncs: number;
  applySyncs: number;
  /** Largest request sent in any sync (scan or apply), bytes. */
  maxRequestBytes: number;
  /** Largest answer in any sync, bytes. */
  maxResponseBytes: number;
  /** All bytes of the scan's answers and of the apply's requests: what has to cross in chunks. */
  scanResponseBytes: number;
  applyRequestBytes: number;
  cellsWritten: number;
}

/** Puts the grids' cells, merges and Excel tables into a fake workbook, as Excel would hold that file. */
export function fillFakeWorkbook(book: FakeWorkbook, grids: WorkbookGrids): void {
  for (const grid of grids.sheets) {
    const sheet = book.addSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const numberFormat = grid.numberFormats?.[r]?.[c] ?? undefined;
        const formula = grid.formulas?.[r]?.[c] ?? undefined;
        if (typeof value === 'object') sheet.setCell(r, c, { error: value.error, numberFormat });
        else sheet.setCell(r, c, { value, numberFormat, ...(formula ? { formula: `=${formula}` } : {}) });
      }),
    );
    sheet.merges = [...(grid.merges ?? [])];
    sheet.tables = [...(grid.tables ?? [])];
  }
}

/** Some fake actions answer nothing countable (NaN); they count as 0 bytes. */
const bytesOf = (n: number): number => (Number.isFinite(n) ? n : 0);
const sum = (records: SyncRecord[], key: 'requestBytes' | 'responseBytes'): number =>
  records.reduce((n, s) => n + bytesOf(s[key]), 0);
const largest = (records: SyncRecord[], key: 'requestBytes' | 'responseBytes'): number =>
  records.reduce((n, s) => Math.max(n, bytesOf(s[key])), 0);

/** Scans the workbook the grids describe, then applies `plan` (the engine's plan for those grids). */
export async function measureRoundTrips(grids: WorkbookGrids, plan: WritePlan): Promise<RoundTrips> {
  const book = new FakeWorkbook();
  fillFakeWorkbook(book, grids);
  const fake = installExcelFake(book);
  try {
    const host = new ExcelHost({ language: 'vi' });
    await host.read('workbook');
    const scan = book.syncs.splice(0);
    const result = await host.apply(plan);
    const apply = book.syncs.splice(0);
    const all = [...scan, ...apply];
    return {
      scanSyncs: scan.length,
      applySyncs: apply.length,
      maxRequestBytes: largest(all, 'requestBytes'),
      maxResponseBytes: largest(all, 'responseBytes'),
      scanResponseBytes: sum(scan, 'responseBytes'),
      applyRequestBytes: sum(apply, 'requestBytes'),
      cellsWritten: result.cellsWritten,
    };
  } finally {
    fake.uninstall();
  }
}
