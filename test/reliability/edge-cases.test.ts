/** Hostile but plausible workbooks: each either applies cleanly or is refused with a clear message and nothing changed. */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyzeWorkbook } from '../helpers/engine';
import { buildWritePlan } from '../../src/core/write-plan';
import type { WritePlan } from '../../src/core/types';
import { HostError } from '../../src/hosts/host';
import { readWorkbookGrids } from '../helpers/exceljs-grids';
import { applyPlan, fromBytes, openHost } from '../helpers/xlsx-host';
import { runCli, tempDir } from '../helpers/samples';
import { snapshot } from './fuzz-core';
import { HOSTILE_LABELS } from './generators';

const HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'];
const ROWS: (string | number)[][] = [
  [1, 'Tổng giá trị sản xuất', 'Tỷ đồng', 500, 520],
  [2, 'Tỷ lệ hộ nghèo', '%', 'dưới 3', 2.5],
  [3, 'Thu ngân sách nhà nước', 'Triệu đồng', '1.152,1', '1.000,5'],
];

/** A sheet with the indicator table at `top` (0-based row), column A. */
function tableSheet(wb: ExcelJS.Workbook, name: string, top = 0, rows = ROWS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getRow(top + 1).values = HEADER;
  rows.forEach((r, i) => (ws.getRow(top + 2 + i).values = r));
  return ws;
}

function plan(wb: ExcelJS.Workbook): WritePlan {
  return buildWritePlan(analyzeWorkbook(readWorkbookGrids(wb)));
}

/** Applies through the xlsx host, expecting a refusal that changed nothing in the file. */
async function rejection(wb: ExcelJS.Workbook): Promise<HostError> {
  const host = await openHost(wb);
  const before = host.toBytes();
  const p = plan(wb);
  expect(p.tables.length).toBeGreaterThan(0);
  let error: unknown = null;
  try {
    await host.apply(p);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(HostError);
  expect(snapshot(await fromBytes(host.toBytes()))).toEqual(snapshot(await fromBytes(before)));
  const e = error as HostError;
  expect(e.message).toContain(e.sheet ?? '\u0000');
  expect(e.cell).toMatch(/^[A-Z]+\d+$/);
  expect(e.message).toContain(e.cell ?? '\u0000');
  return e;
}

/** Formula text with its string literals removed. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function writtenFormulas(p: WritePlan): string[] {
  return p.tables.flatMap((t) => t.columns.flatMap((c) => c.cells.flatMap((x) => (x.formula ? [x.formula] : []))));
}

describe('refused with the sheet and cell named, nothing changed', () => {
  test('a protected sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = tableSheet(wb, 'Kinh tế (2023)');
    await ws.protect('', {});
    const e = await rejection(wb);
    expect(e.sheet).toBe('Kinh tế (2023)');
    expect(e.message).toMatch(/bảo vệ|protected/);
    expect(e.cell).toBe('F1');
  });

  test('a merged cell right of the table is stepped over', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = tableSheet(wb, 'Sheet1');
    ws.mergeCells('F3:G3');
    const p = plan(wb);
    for (const c of p.tables[0].columns) expect(c.col).toBeGreaterThan(6);
    const after = await applyPlan(wb, p);
    expect(after.getWorksheet('Sheet1')?.getCell('F3').isMerged).toBe(true);
  });

  test("a merged cell in chitieu's own output columns, on a second run", async () => {
    const first = new ExcelJS.Workbook();
    tableSheet(first, 'Sheet1');
    const wb = await applyPlan(first, plan(first));
    const ws = wb.getWorksheet('Sheet1') as ExcelJS.Worksheet;
    expect(ws.getCell('F1').value).toBe('TH/KH (%)');
    ws.mergeCells('F3:G3');
    const e = await rejection(wb);
    expect(e.cell).toBe('F3');
    expect(e.message).toMatch(/gộp|merged/);
  });

  test('user data in the output column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = tableSheet(wb, 'Sheet1');
    // A note two rows below the header, in the first free column right of the table, but a gap breaks it off.
    ws.getCell('G4').value = 'ghi chú của kế toán';
    const p = plan(wb);
    const cols = p.tables[0].columns.map((c) => c.col);
    // Either the plan moves past the note, or applying is refused: the note is never overwritten.
    let after = wb;
    try {
      after = await applyPlan(wb, p);
      expect(cols).not.toContain(6);
    } catch (e) {
      expect(e).toBeInstanceOf(HostError);
    }
    expect(after.getWorksheet('Sheet1')?.getCell('G4').value).toBe('ghi chú của kế toán');
  });

  test('no free column left before XFD', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = tableSheet(wb, 'Rộng');
    for (let r = 1; r <= ROWS.length + 1; r++) ws.getCell(r, 16384).value = 'x';
    // Fill every column between the table and XFD on the header row so there is nowhere to write.
    for (let c = 6; c < 16384; c++) ws.getCell(1, c).value = c === 6 ? 'Ghi chú' : 'x';
    const e = await rejection(wb);
    expect(e.sheet).toBe('Rộng');
    expect(e.cell).toBe('XFD1');
  });
});

describe('applied cleanly', () => {
  test.each(['Kinh tế (2023)', "O'Brien 2023", 'Báo cáo "KT-XH"', 'A & B, C'])(
    'sheet %s: formulas reference only same-row cells of their own sheet',
    async (name) => {
      const wb = new ExcelJS.Workbook();
      tableSheet(wb, name);
      const p = plan(wb);
      expect(p.tables).toHaveLength(1);
      const formulas = writtenFormulas(p);
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(code(f)).not.toContain('!');
      for (const t of p.tables) {
        for (const c of t.columns) {
          for (const cell of c.cells) {
            const rows = [...code(cell.formula ?? '').matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g)].map((m) => Number(m[1]));
            for (const r of rows) expect(r).toBe(cell.row + 1);
          }
        }
      }
      await applyPlan(wb, p);
    },
  );

  test('a label like =HYPERLINK("x") never becomes a formula or a written value', async () => {
    const wb = new ExcelJS.Workbook();
    const rows = HOSTILE_LABELS.map((label, i) => [i + 1, label, '%', 90 + i, 95 - i]);
    tableSheet(wb, 'Sheet1', 0, rows);
    const p = plan(wb);
    expect(p.tables).toHaveLength(1);
    for (const f of writtenFormulas(p)) {
      expect(f).not.toMatch(/HYPERLINK|cmd|WEBSERVICE|IMPORTXML|DDE|SUM\(1\+1\)/);
    }
    const host = await openHost(wb);
    const before = snapshot(await fromBytes(host.toBytes()));
    await host.apply(p);
    const after = snapshot(await fromBytes(host.toBytes()));
    for (const [key, value] of before) if (!key.endsWith('!rules')) expect(after.get(key)).toBe(value);

    // In the saved file the labels are strings, and the only formulas are chitieu's own.
    const dir = tempDir('reliability-hostile');
    const file = path.join(dir, 'hostile.xlsx');
    fs.writeFileSync(file, host.toBytes());
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    const formulas = [...(xml ?? '').matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.length).toBe(writtenFormulas(p).length);
    for (const f of formulas) expect(f).not.toMatch(/HYPERLINK|cmd|WEBSERVICE|IMPORTXML|DDE/);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(file);
    HOSTILE_LABELS.forEach((label, i) => expect(reread.getWorksheet('Sheet1')?.getCell(i + 2, 2).value).toBe(label));
  });

  test('an Excel table and an autofilter stay as they were', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng');
    ws.addTable({
      name: 'ChiTieu',
      ref: 'A1',
      headerRow: true,
      columns: HEADER.map((name) => ({ name })),
      rows: ROWS,
    });
    ws.autoFilter = 'A1:E4';
    const p = plan(wb);
    expect(p.tables).toHaveLength(1);
    for (const c of p.tables[0].columns) expect(c.col).toBeGreaterThan(4);
    const host = await openHost(wb);
    const original = await fromBytes(host.toBytes());
    await host.apply(p);
    const written = await fromBytes(host.toBytes());
    const before = snapshot(original);
    const after = snapshot(written);
    for (const [key, value] of before) if (!key.endsWith('!rules')) expect(after.get(key)).toBe(value);
    const sheet = written.getWorksheet('Bảng') as ExcelJS.Worksheet;
    expect(sheet.autoFilter).toBe(original.getWorksheet('Bảng')?.autoFilter);
    const ref = (t: ExcelJS.Worksheet): unknown =>
      (t.getTable('ChiTieu') as unknown as { table: { tableRef?: string; ref: string } }).table;
    expect(ref(sheet)).toEqual(ref(original.getWorksheet('Bảng') as ExcelJS.Worksheet));
    expect(ws.autoFilter).toBe('A1:E4');
  });

  test("a table ending on Excel's last row, 1,048,576", async () => {
    const wb = new ExcelJS.Workbook();
    const top = 1_048_576 - ROWS.length - 1;
    tableSheet(wb, 'Cuối', top);
    const p = plan(wb);
    expect(p.tables).toHaveLength(1);
    const rows = p.tables[0].columns.flatMap((c) => c.cells.map((x) => x.row));
    expect(Math.max(...rows)).toBe(1_048_575);
    const after = await applyPlan(wb, p);
    const status = after.getWorksheet('Cuối')?.getCell(1_048_576, 7).value as ExcelJS.CellFormulaValue;
    expect(status.formula).toContain('G1048576'.replace('G', 'F'));
  });

  test('the CLI refuses a protected sheet with exit code 1, naming sheet and cell, and writes no file', async () => {
    const dir = tempDir('reliability-cli');
    const file = path.join(dir, 'protected.xlsx');
    const out = path.join(dir, 'out.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = tableSheet(wb, 'Kinh tế (2023)');
    await ws.protect('', {});
    await wb.xlsx.writeFile(file);
    const result = await runCli(['apply', file, '-o', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Kinh tế (2023)');
    expect(result.stderr).toContain('F1');
    expect(fs.existsSync(out)).toBe(false);
  });
});
