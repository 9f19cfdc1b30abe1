/**
 * The same write plan, applied through the xlsx host (the package writer, read back with ExcelJS) and through the Excel host
 * (against the Office.js fake), leaves the same cell contents, formulas (modulo `_xlfn.`),
 * number formats, header merges and conditional rules.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { buildWritePlan } from '../../src/core';
import { analyzeWorkbook } from '../helpers/engine';
import type { CellRange, WorkbookGrids, WritePlan } from '../../src/core/types';
import { ExcelHost } from '../../src/hosts/excel';
import { openGridsFile } from '../../src/hosts/xlsx/open';
import { applyPlan } from '../helpers/xlsx-host';
import { FakeWorkbook, installExcelFake } from '../fakes/excel-fake';
import { planFor, userSheet } from './plan-fixture';

const samples = path.join(__dirname, '..', '..', '..', 'shared', 'samples');

interface Written {
  cell: string;
  formula?: string;
  value?: unknown;
  numberFormat: string;
}

function fakeFromGrids(grids: WorkbookGrids): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const grid of grids.sheets) {
    const sheet = book.addSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = grid.formulas?.[r]?.[c];
        const numberFormat = grid.numberFormats?.[r]?.[c] ?? undefined;
        if (v === null && !formula && !numberFormat) return;
        if (v !== null && typeof v === 'object') sheet.setCell(r, c, { error: v.error });
        else if (v !== null) sheet.setCell(r, c, { value: v });
        if (formula) sheet.setCell(r, c, { formula: `=${formula}` });
        if (numberFormat) sheet.setCell(r, c, { numberFormat });
      }),
    );
    sheet.merges = [...(grid.merges ?? [])];
    sheet.tables = [...(grid.tables ?? [])];
  }
  return book;
}

function fromFakeBook(book: FakeWorkbook, sheetName: string, row: number, col: number): Written {
  const cell = book.sheet(sheetName).cell(row, col);
  const numberFormat = cell?.numberFormat ?? 'General';
  if (cell?.formula) return { cell: `${row},${col}`, formula: cell.formula.slice(1), numberFormat };
  return { cell: `${row},${col}`, value: cell?.value ?? null, numberFormat };
}

function fromExcelJs(wb: ExcelJS.Workbook, sheetName: string, row: number, col: number): Written {
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(sheetName);
  const cell = ws.getCell(row + 1, col + 1);
  const numberFormat = cell.numFmt || 'General';
  if (cell.formula) return { cell: `${row},${col}`, formula: cell.formula.replace(/_xlfn\./g, ''), numberFormat };
  const value = cell.value;
  return { cell: `${row},${col}`, value: value === undefined || value === '' ? null : value, numberFormat };
}

function rulesOfExcelJs(wb: ExcelJS.Workbook, sheetName: string): string[] {
  const ws = wb.getWorksheet(sheetName) as unknown as {
    conditionalFormattings?: {
      ref: string;
      rules: {
        formulae?: string[];
        style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
      }[];
    }[];
  };
  return (ws.conditionalFormattings ?? []).flatMap((cf) =>
    cf.rules.map(
      (r) =>
        `${cf.ref}|${r.formulae?.[0]}|#${r.style?.fill?.bgColor?.argb?.slice(2)}|#${r.style?.font?.color?.argb?.slice(2)}`,
    ),
  );
}

function a1(r: CellRange): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  return `${col(r.left)}${r.top + 1}:${col(r.right)}${r.bottom + 1}`;
}

function rulesOfFake(book: FakeWorkbook, sheetName: string): string[] {
  return book
    .sheet(sheetName)
    .conditionalFormats.map((f) => `${a1(f.range)}|${f.formula.slice(1)}|${f.fill}|${f.font}`);
}

async function compare(source: ExcelJS.Workbook, book: FakeWorkbook, plan: WritePlan): Promise<number> {
  const fake = installExcelFake(book);
  try {
    await new ExcelHost().apply(plan);
  } finally {
    fake.uninstall();
  }
  const wb = await applyPlan(source, plan);
  let compared = 0;
  for (const table of plan.tables) {
    for (const column of table.columns) {
      const rows = [column.headerTop, ...column.cells.map((c) => c.row)];
      for (const row of rows) {
        expect(fromFakeBook(book, table.sheet, row, column.col)).toEqual(fromExcelJs(wb, table.sheet, row, column.col));
        compared++;
      }
      if (column.headerBottom > column.headerTop) {
        expect(book.sheet(table.sheet).merges).toContainEqual({
          top: column.headerTop,
          left: column.col,
          bottom: column.headerBottom,
          right: column.col,
        });
        expect(wb.getWorksheet(table.sheet)?.getCell(column.headerBottom + 1, column.col + 1).isMerged).toBe(true);
      }
    }
    expect(rulesOfFake(book, table.sheet).sort()).toEqual(rulesOfExcelJs(wb, table.sheet).sort());
  }
  return compared;
}

describe('the xlsx host and the Excel host write the same plan alike', () => {
  it('for a hand-made plan', async () => {
    const book = new FakeWorkbook();
    userSheet(book, 40);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(book.sheets[0].name);
    for (const [key, cell] of book.sheets[0].cells) {
      const [r, c] = key.split(',').map(Number);
      ws.getCell(r + 1, c + 1).value = cell.value ?? null;
    }
    expect(await compare(wb, book, planFor(40))).toBe(2 * 41);
  });

  const files = fs.existsSync(samples) ? fs.readdirSync(samples).filter((f) => f.endsWith('.xlsx')) : [];
  const each = files.length ? it.each(files) : it.skip.each(['(shared/samples missing)']);
  each('for the engine’s plan of %s', async (file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(samples, file));
    const grids = await openGridsFile(path.join(samples, file));
    const plan = buildWritePlan(analyzeWorkbook(grids));
    expect(plan.tables.length).toBeGreaterThan(0);
    const book = fakeFromGrids(grids);
    expect(await compare(wb, book, plan)).toBeGreaterThan(0);
  });
});
