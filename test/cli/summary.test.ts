/**
 * The summary sheet through the xlsx host (`chitieu apply`), and the TH/CK (%) column:
 * counts equal summarize(analysis) on every sample, links point at the rows, labels stay text,
 * a re-run replaces chitieu's sheet and never a user's.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { summarize } from '../../src/core';
import { analyzeWorkbook } from '../helpers/engine';
import { buildSummarySheet, hyperlinkFormula, sheetReference, SUMMARY_MARKER } from '../../src/core/summary-sheet';
import type { StatusCounts } from '../../src/core/types';
import { openGridsFile } from '../../src/hosts/xlsx/open';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { loadXlsx, runCli, sampleFiles, SAMPLES, tempDir } from '../helpers/samples';

const COUNT_HEADERS = { vi: 'Tổng số', en: 'Total' };

interface SheetCounts {
  overall: StatusCounts;
  groups: { group: string; sheet: string; counts: StatusCounts }[];
}

function str(v: ExcelJS.CellValue): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Reads the counts block back: the header row with `Tổng số`, then one row per line until a blank. */
export function readCounts(ws: ExcelJS.Worksheet): SheetCounts {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && [COUNT_HEADERS.vi, COUNT_HEADERS.en].includes(str(row.getCell(3).value))) headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  const lines: { group: string; sheet: string; counts: StatusCounts }[] = [];
  for (let r = headerRow + 1; str(ws.getCell(r, 3).value) !== ''; r++) {
    const n = (c: number): number => ws.getCell(r, c).value as number;
    lines.push({
      group: str(ws.getCell(r, 1).value),
      sheet: str(ws.getCell(r, 2).value),
      counts: { total: n(3), met: n(4), shortfall: n(5), notEvaluable: n(6), info: n(7) },
    });
  }
  return { overall: lines[0].counts, groups: lines.slice(1) };
}

function summarySheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter(
    (ws) => ws.getCell(SUMMARY_MARKER.row + 1, SUMMARY_MARKER.col + 1).value === SUMMARY_MARKER.text,
  );
}

const dir = tempDir('summary');

describe('summary sheet through chitieu apply', () => {
  test.each(sampleFiles().map((f) => [path.basename(f), f]))('%s: counts equal the analysis', async (name, file) => {
    const out = path.join(dir, name);
    const result = await runCli(['apply', file, '-o', out, '--json']);
    expect(result.code).toBe(0);
    const expected = summarize(analyzeWorkbook(await openGridsFile(file)));
    const wb = await loadXlsx(out);
    const sheets = summarySheets(wb);
    expect(sheets.map((s) => s.name)).toEqual([(JSON.parse(result.stdout) as { summarySheet: string }).summarySheet]);
    const counts = readCounts(sheets[0]);
    expect(counts.overall).toEqual(expected.overall);
    expect(counts.groups).toEqual(expected.byGroup);
    // The summary sheet is not read as an indicator table on the next analysis.
    const again = summarize(analyzeWorkbook(await openGridsFile(out)));
    expect(again.overall).toEqual(expected.overall);
  });

  test('each shortfall links to its row', async () => {
    const file = path.join(SAMPLES, 'trung-son-2023.xlsx');
    const out = path.join(dir, 'links.xlsx');
    await runCli(['apply', file, '-o', out]);
    const expected = summarize(analyzeWorkbook(await openGridsFile(file)));
    expect(expected.shortfalls.length).toBeGreaterThan(0);
    const ws = summarySheets(await loadXlsx(out))[0];
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    for (const s of expected.shortfalls) expect(formulas).toContain(hyperlinkFormula(s.sheet, s.row, s.col));
  });

  test('a re-run replaces its own summary sheet; a user sheet of that name is kept', async () => {
    const file = path.join(SAMPLES, 'xuan-lam-2023.xlsx');
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    await runCli(['apply', file, '-o', once]);
    await runCli(['apply', once, '-o', twice]);
    const names = (await loadXlsx(twice)).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n === 'Tổng hợp')).toHaveLength(1);
    expect(names).not.toContain('Tổng hợp (2)');

    const mine = path.join(dir, 'user-sheet.xlsx');
    const wb = await loadXlsx(file);
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 'bảng của tôi';
    await wb.xlsx.writeFile(mine);
    const out = path.join(dir, 'user-sheet-out.xlsx');
    const result = await runCli(['apply', mine, '-o', out, '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { summarySheet: string }).summarySheet).toBe('Tổng hợp (2)');
    const after = await loadXlsx(out);
    expect(after.getWorksheet('Tổng hợp')?.getCell('A1').value).toBe('bảng của tôi');
    expect(summarySheets(after).map((s) => s.name)).toEqual(['Tổng hợp (2)']);
  });

  test('labels that look like formulas are written as text', async () => {
    const source = path.join(SAMPLES, 'trung-son-2023.xlsx');
    const host = await FileHost.open(fs.readFileSync(source), source);
    const analysis = analyzeWorkbook(await host.read('workbook'));
    const rows = analysis.sheets[0].tables[0].rows.filter((r) => r.percentOfPlan !== null);
    const labels = ['=HYPERLINK("http://x","y")', '+1+1', '-Sản lượng lúa', '@SUM(A1)'];
    labels.forEach((label, i) => (rows[i].label = label));
    await host.writeSummary(buildSummarySheet(analysis, 'vi'));
    const file = path.join(dir, 'injection.xlsx');
    fs.writeFileSync(file, host.toBytes());
    const ws = summarySheets(await loadXlsx(file))[0];
    const found = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && found.set(cell.value, cell)));
    for (const label of labels) {
      expect(found.get(label)?.type).toBe(ExcelJS.ValueType.String);
      expect(found.get(label)?.formula).toBeFalsy();
    }
  });
});

describe('links', () => {
  test('sheet names are quoted when needed, quotes doubled', () => {
    expect(sheetReference('Sheet1')).toBe('Sheet1');
    expect(sheetReference('Kinh tế (2023)')).toBe("'Kinh tế (2023)'");
    expect(sheetReference("Bà Rịa's")).toBe("'Bà Rịa''s'");
    expect(sheetReference('AB12')).toBe("'AB12'");
    expect(hyperlinkFormula('Kinh tế (2023)', 30, 1)).toBe(`HYPERLINK("#'Kinh tế (2023)'!B31","Kinh tế (2023)!B31")`);
    expect(hyperlinkFormula('Say "hi"', 0, 0)).toBe(`HYPERLINK("#'Say ""hi""'!A1","Say ""hi""!A1")`);
  });
});

describe('TH/CK (%) column', () => {
  test('phu-cuong-2023 (with TH 2022): a third live column right of the status, updated in place', async () => {
    const file = path.join(SAMPLES, 'phu-cuong-2023.xlsx');
    const once = path.join(dir, 'prev-once.xlsx');
    const twice = path.join(dir, 'prev-twice.xlsx');
    const first = await runCli(['apply', file, '-o', once, '--json']);
    type Out = {
      sheets: {
        tables: {
          headerRow: number;
          written: { percent: string; status: string; previousPercent?: string };
          rows: { row: number }[];
        }[];
      }[];
    };
    const table = (JSON.parse(first.stdout) as Out).sheets[0].tables[0];
    const { percent, status, previousPercent } = table.written;
    expect(previousPercent).toBeDefined();
    const code = (s: string): number => s.charCodeAt(0);
    expect([code(status) - code(percent), code(previousPercent as string) - code(status)]).toEqual([1, 1]);
    const ws = (await loadXlsx(once)).worksheets[0];
    expect(ws.getCell(`${previousPercent}${table.headerRow}`).value).toBe('TH/CK (%)');
    const formula = ws.getCell(`${previousPercent}${table.rows[0].row}`).formula;
    expect(formula).toMatch(/^IFERROR\(IF\(AND\(ISNUMBER\(/);
    const second = await runCli(['apply', once, '-o', twice, '--json']);
    expect((JSON.parse(second.stdout) as Out).sheets[0].tables[0].written).toEqual(table.written);
  });

  test('a table without a previous-period column gets two columns only', async () => {
    const out = path.join(dir, 'no-prev.xlsx');
    const result = await runCli(['apply', path.join(SAMPLES, 'trung-son-2023.xlsx'), '-o', out, '--json']);
    const written = (JSON.parse(result.stdout) as { sheets: { tables: { written: object }[] }[] }).sheets[0].tables[0]
      .written;
    expect(Object.keys(written).sort()).toEqual(['percent', 'status']);
  });
});
