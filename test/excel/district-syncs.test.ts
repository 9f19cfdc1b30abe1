/**
 * A district's workbook (10 commune sheets × 300 rows) scanned and applied through the Excel host
 * on the recording fake of Office.js, by the same operations the task pane runs (src/app): as many
 * round trips as one commune's 30 rows, however the analysis is split into steps between them, no
 * request over 4 MB, and progress that only moves forward.
 */
import { apply, scan } from '../../src/app';
import { createEngine } from '../../src/core/engine';
import { messages } from '../../src/core/messages';
import { ExcelHost } from '../../src/hosts/excel';
import { WRITE_BUDGET_BYTES } from '../../src/hosts/excel/chunks';
import type { Progress } from '../../src/hosts/host';
import { loadGrids } from '../../src/hosts/xlsx/open';
import { fillFakeWorkbook } from '../../bench/excel-host';
import { generateDistrictWorkbook } from '../../bench/generate';
import { FakeWorkbook, installExcelFake, type SyncRecord } from '../fakes/excel-fake';

const FOUR_MB = 4 * 1024 * 1024;
const engine = createEngine();

interface Trips {
  rows: number;
  scan: SyncRecord[];
  apply: SyncRecord[];
  progress: number[];
}

async function roundTrips(sheets: number, rowsPerSheet: number): Promise<Trips> {
  const { buffer } = await generateDistrictWorkbook(sheets, rowsPerSheet);
  const book = new FakeWorkbook();
  fillFakeWorkbook(book, loadGrids(buffer, 'huyen.xlsx'));
  const fake = installExcelFake(book);
  try {
    const host = new ExcelHost({ language: 'vi' });
    const progress: number[] = [];
    const scanned = await scan(engine, host, { onProgress: (p: Progress) => progress.push(p.done / p.total) });
    const scanSyncs = book.syncs.splice(0);
    await apply(engine, host, { analysis: scanned.analysis, messages: messages('vi'), workbookName: 'huyen.xlsx' });
    const rows = scanned.analysis.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    return { rows, scan: scanSyncs, apply: book.syncs.splice(0), progress };
  } finally {
    fake.uninstall();
  }
}

test('3,000 rows take the syncs of 30, but for one more 3.5 MB chunk of columns', async () => {
  const commune = await roundTrips(1, 30);
  const district = await roundTrips(10, 300);
  expect([commune.rows, district.rows]).toEqual([30, 3000]);
  // Scan: the sheets in scope, then their contents in one answer (1.1 MB for 3,000 rows).
  expect(district.scan).toHaveLength(commune.scan.length);
  expect(district.scan).toHaveLength(2);
  // Apply: the commune's five syncs, and one more because the district's columns (4 MB of formulas
  // and formats) are written in two chunks under the host's 3.5 MB budget.
  // (free columns checked; columns written; summary sheet found, replaced, written).
  expect([commune.apply.length, district.apply.length]).toEqual([5, 6]);
  const written = district.apply.slice(1, 3).map((s) => s.requestBytes);
  expect(written.reduce((a, b) => a + b, 0)).toBeGreaterThan(WRITE_BUDGET_BYTES);
  for (const sync of [...district.scan, ...district.apply]) expect(sync.requestBytes).toBeLessThanOrEqual(FOUR_MB);
  expect(district.progress).toEqual([...district.progress].sort((a, b) => a - b));
  expect(district.progress.at(-1)).toBe(1);
});
