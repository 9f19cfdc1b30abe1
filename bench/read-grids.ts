/**
 * Reading grids: ExcelJS (what chitieu used, kept in test/helpers/exceljs-grids.ts) against the
 * package grid reader, on the generated 10,000-row workbook and the 3,000-row district workbook.
 * `npm run bench:grids`; prints milliseconds, median of the runs, after a warm-up run.
 */
import { XlsxPackage } from '../src/hosts/xlsx-package';
import { FileHost } from '../src/hosts/xlsx/file-host';
import { loadGrids } from '../src/hosts/xlsx/open';
import { loadExcelJs, readWorkbookGrids as readWithExcelJs } from '../test/helpers/exceljs-grids';
import { generateDistrictWorkbook, generateWorkbook } from './generate';

async function median(runs: number, f: () => unknown): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const books = [
    { label: '10,000 rows (generateWorkbook)', ...(await generateWorkbook(10_000)) },
    { label: 'district 10 sheets x 300 rows', ...(await generateDistrictWorkbook(10, 300)) },
  ];
  for (const book of books) {
    const bytes = new Uint8Array(book.buffer);
    const excelJs = await median(runs, async () => readWithExcelJs(await loadExcelJs(bytes)));
    const reader = await median(runs, () => loadGrids(bytes, 'bench.xlsx'));
    // The pane and the CLI open a FileHost: the package is unzipped once, and its grids read from it.
    const oldHost = await median(runs, async () => {
      XlsxPackage.fromBytes(bytes);
      return readWithExcelJs(await loadExcelJs(bytes));
    });
    const host = await median(runs, async () => (await FileHost.open(bytes, 'bench.xlsx')).read('workbook'));
    console.log(
      `${book.label}: ${(bytes.length / 1024).toFixed(0)} KB, ${book.cells} cells\n` +
        `  grids from bytes:   ExcelJS ${excelJs.toFixed(0)} ms, package reader ${reader.toFixed(0)} ms (${(excelJs / reader).toFixed(1)}x)\n` +
        `  FileHost open+read: ExcelJS ${oldHost.toFixed(0)} ms, package reader ${host.toFixed(0)} ms (${(oldHost / host).toFixed(1)}x)`,
    );
  }
}

void main();
