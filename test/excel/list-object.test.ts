import { HostError } from '../../src/hosts/host';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook, installExcelFake, type FakeSheet, type InstalledFake } from '../fakes/excel-fake';
import type { WritePlan } from '../../src/core/types';
import { FIRST_DATA, HEADER_TOP, SHEET, planFor, userSheet } from './plan-fixture';

/** The Excel table's header row is the bottom row of the plan's two-row header. */
const TABLE_HEADER = HEADER_TOP + 1;
const FOUR_MB = 4 * 1024 * 1024;
let fake: InstalledFake | null = null;

afterEach(() => {
  fake?.uninstall();
  fake = null;
});

/** The fixture's indicator table made an Excel table, A4:D(last), optionally with other bounds. */
function tableBook(
  rows: number,
  table: { bottom?: number; right?: number; showTotals?: boolean } = {},
  options = {},
): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook(options);
  fake = installExcelFake(book);
  const sheet = userSheet(book, rows);
  for (let col = 0; col < 4; col++) sheet.cells.delete(`${HEADER_TOP},${col}`);
  sheet.fill([['STT', 'Chỉ tiêu', 'Kế hoạch 2023', 'Thực hiện 2023']], TABLE_HEADER);
  sheet.setCell(HEADER_TOP, 2, { style: 'header-bold' });
  const right = table.right ?? 3;
  for (let col = 4; col <= right; col++) sheet.setCell(TABLE_HEADER, col, { value: `Column${col + 1}` });
  sheet.tables.push({
    name: 'BangChiTieu',
    range: { top: TABLE_HEADER, left: 0, bottom: table.bottom ?? FIRST_DATA + rows - 1, right },
    ...(table.showTotals ? { showTotals: true } : {}),
  });
  return { book, sheet };
}

/**
 * The fixture's plan with formulas that differ by row, as chitieu's do: `<=` for lower-is-better
 * rows, a constant for a target read as words, a blank status for an info row.
 */
function mixedPlan(rows: number): WritePlan {
  const plan = planFor(rows);
  const [percent, status] = plan.tables[0].columns;
  percent.cells[3] = { row: percent.cells[3].row, formula: 'IFERROR(95/100*100,"")', numberFormat: '0.0%' };
  status.cells = status.cells.map((c, i) =>
    i === 2 ? { row: c.row, value: '' } : i % 2 ? { ...c, formula: (c.formula ?? '').replace('>=1', '<=1') } : c,
  );
  return plan;
}

/** Every planned cell holds exactly the planned formula, or nothing when the plan writes a blank. */
function expectPlanned(sheet: FakeSheet, plan: WritePlan): void {
  for (const column of plan.tables[0].columns) {
    for (const c of column.cells) {
      const cell = sheet.cell(c.row, column.col);
      const got = { row: c.row, col: column.col, formula: cell?.formula ?? null, empty: sheet.isEmpty(cell) };
      const want = {
        row: c.row,
        col: column.col,
        formula: c.formula === undefined ? null : `=${c.formula}`,
        empty: c.formula === undefined,
      };
      expect(got).toEqual(want);
    }
  }
}

describe('an indicator table that is an Excel table', () => {
  it('gets the output columns beside it, not in it, as on a plain sheet (review A.1)', async () => {
    const { sheet } = tableBook(10);
    const result = await new ExcelHost().apply(planFor(10));
    expect(result).toEqual({ cellsWritten: 22, tables: 1 });
    expect(sheet.tables).toEqual([
      { name: 'BangChiTieu', range: { top: TABLE_HEADER, left: 0, bottom: FIRST_DATA + 9, right: 3 } },
    ]);
    expect(sheet.cell(HEADER_TOP, 4)).toMatchObject({ value: 'TH/KH (%)', style: 'header-bold' });
    expect(sheet.cell(HEADER_TOP, 5)).toMatchObject({ value: 'Đánh giá', style: 'header-bold' });
    expect(sheet.merges).toContainEqual({ top: HEADER_TOP, left: 4, bottom: TABLE_HEADER, right: 4 });
    expect(sheet.cell(FIRST_DATA, 4)).toMatchObject({
      formula: '=IF(AND(ISNUMBER(C5),C5<>0),D5/C5,"")',
      numberFormat: '0.0%',
    });
    expect(sheet.cell(FIRST_DATA + 9, 5)).toMatchObject({
      formula: '=IF(ISNUMBER(E14),IF(E14>=1,"Đạt","Chưa đạt"),"")',
      numberFormat: 'General',
    });
    expect(sheet.cell(FIRST_DATA + 10, 4)).toBeUndefined();
    const byPriority = [...sheet.conditionalFormats].sort((x, y) => x.priority - y.priority);
    expect(byPriority.map((f) => [f.range, f.formula])).toEqual([
      [{ top: FIRST_DATA, left: 5, bottom: FIRST_DATA + 9, right: 5 }, '=$F5="Chưa đạt"'],
      [{ top: FIRST_DATA, left: 5, bottom: FIRST_DATA + 9, right: 5 }, '=$F5="Đạt"'],
    ]);
  });

  it('keeps every row\'s own formula with Excel\'s "fill formulas in tables" on (review A.1)', async () => {
    // office-js #2093, #5909, #6745: formulas written into a table column become one formula copied
    // down the column. chitieu's differ by row, so they must never land in a table column.
    const { sheet } = tableBook(10);
    const plan = mixedPlan(10);
    await new ExcelHost().apply(plan);
    expectPlanned(sheet, plan);
    expect(sheet.tables[0].range.right).toBe(3);
  });

  it("takes empty columns Excel named out of the table, then writes each row's formula (review A.1)", async () => {
    const { sheet } = tableBook(10, { right: 5 });
    const plan = mixedPlan(10);
    await new ExcelHost().apply(plan);
    expectPlanned(sheet, plan);
    expect(sheet.tables[0].range).toEqual({ top: TABLE_HEADER, left: 0, bottom: FIRST_DATA + 9, right: 3 });
    expect(sheet.cell(HEADER_TOP, 4)?.value).toBe('TH/KH (%)');
    expect(sheet.cell(HEADER_TOP, 5)?.value).toBe('Đánh giá');
    expect(sheet.cell(TABLE_HEADER, 6)).toBeUndefined();
  });

  it('takes its own columns of an earlier run out of the table and updates them in place (review A.1)', async () => {
    const { sheet } = tableBook(10, { right: 5 });
    const plan = mixedPlan(10);
    // As an earlier version left them: table columns with chitieu's headers and formulas.
    sheet.setCell(TABLE_HEADER, 4, { value: 'TH/KH (%)' }).setCell(TABLE_HEADER, 5, { value: 'Đánh giá' });
    for (const column of planFor(10).tables[0].columns)
      for (const c of column.cells) sheet.setCell(c.row, column.col, { formula: `=${c.formula}`, value: 0 });
    await new ExcelHost().apply(plan);
    expectPlanned(sheet, plan);
    expect(sheet.tables[0].range.right).toBe(3);
  });

  it('writes the same cells as on a plain sheet, in a constant number of syncs', async () => {
    const counts: number[] = [];
    for (const rows of [50, 5000]) {
      const { book, sheet } = tableBook(rows);
      await new ExcelHost().apply(planFor(rows));
      const chunks = Math.ceil(book.syncs.reduce((n, s) => n + s.requestBytes, 0) / FOUR_MB);
      expect(book.syncs.length).toBeLessThanOrEqual(3 + chunks);
      for (const s of book.syncs) expect(s.requestBytes).toBeLessThan(FOUR_MB);
      counts.push(book.syncs.length);

      const plain = new FakeWorkbook();
      fake?.uninstall();
      fake = installExcelFake(plain);
      userSheet(plain, rows);
      await new ExcelHost().apply(planFor(rows));
      const outputs = (s: FakeSheet) => [...s.cells.entries()].filter(([key]) => Number(key.split(',')[1]) >= 4).sort();
      expect(outputs(sheet)).toEqual(outputs(plain.sheet(SHEET)));
      // A plain sheet's second run reads its earlier rules' ranges, as the table's range is read here.
      plain.syncs.length = 0;
      await new ExcelHost().apply(planFor(rows));
      expect(book.syncs.length).toBe(plain.syncs.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBe(3);
  });

  it('updates its own columns in place on a second run', async () => {
    const { sheet } = tableBook(10);
    await new ExcelHost().apply(planFor(10));
    const first = JSON.stringify([...sheet.cells.entries()].sort());
    await new ExcelHost().apply(planFor(10));
    await new ExcelHost().apply(planFor(10, { updatesInPlace: true }));
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0].range.right).toBe(3);
    expect(JSON.stringify([...sheet.cells.entries()].sort())).toBe(first);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it('leaves a totals row alone', async () => {
    const { sheet } = tableBook(5, { bottom: FIRST_DATA + 5, showTotals: true });
    await new ExcelHost().apply(planFor(5));
    expect(sheet.tables[0].range).toEqual({ top: TABLE_HEADER, left: 0, bottom: FIRST_DATA + 5, right: 3 });
    expect(sheet.cell(FIRST_DATA + 4, 4)?.formula).toBe('=IF(AND(ISNUMBER(C9),C9<>0),D9/C9,"")');
    expect(sheet.cell(FIRST_DATA + 5, 4)).toBeUndefined();
  });

  it.each([
    ['shorter', FIRST_DATA + 7],
    ['longer', FIRST_DATA + 12],
  ])('writes beside a table %s than the indicator table: nothing is added to it', async (_, bottom) => {
    const { sheet } = tableBook(10, { bottom });
    const plan = mixedPlan(10);
    await new ExcelHost().apply(plan);
    expectPlanned(sheet, plan);
    expect(sheet.tables[0].range).toEqual({ top: TABLE_HEADER, left: 0, bottom, right: 3 });
  });

  it('reports a table Excel grew over the result columns while they were written', async () => {
    // "Include new rows and columns in table" for API writes is undocumented: the fake does it when
    // asked, and the host must not trust the columns then.
    const { sheet } = tableBook(10, {}, { autoExpandTables: true });
    const error = await new ExcelHost({ language: 'en' }).apply(mixedPlan(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /^Excel grew table “BangChiTieu” on sheet “Xã Trung Sơn” over the result column \(E4/,
    );
    expect(sheet.tables[0].range.right).toBeGreaterThan(3);
  });

  it('leaves a notes column right of the table where it is (review A.2)', async () => {
    // table.columns.add inserts cells: everything right of the table in its rows would move one
    // column per added column (error-code table, OperationCellsExceedLimit), the rows below not.
    const { sheet } = tableBook(10);
    sheet.fill([['Ghi chú'], ['đạt sớm']], TABLE_HEADER, 7);
    sheet.fill([['Người lập biểu']], FIRST_DATA + 12, 7);
    await new ExcelHost({ language: 'en' }).apply(planFor(10));
    expect(sheet.cell(TABLE_HEADER, 7)?.value).toBe('Ghi chú');
    expect(sheet.cell(TABLE_HEADER + 1, 7)?.value).toBe('đạt sớm');
    expect(sheet.cell(FIRST_DATA + 12, 7)?.value).toBe('Người lập biểu');
    expect(sheet.cell(TABLE_HEADER, 8)).toBeUndefined();
    expect(sheet.tables[0].range.right).toBe(3);
  });

  it.each([
    ['the table', /^Excel table “BangChiTieu” on sheet “Xã Trung Sơn” is filtered/],
    ['the sheet', /^Sheet “Xã Trung Sơn” is filtered/],
  ])('stops when a filter on %s hides rows, changing nothing (review A.11)', async (where, message) => {
    // FilteredRangeConflict (error-code table); office-js #224: values misplaced on a filtered range.
    const { book, sheet } = tableBook(10);
    if (where === 'the table') sheet.tables[0].hiddenRows = [FIRST_DATA + 2, FIRST_DATA + 3];
    else sheet.autoFilter = { range: { top: 0, left: 0, bottom: FIRST_DATA + 9, right: 3 }, hiddenRows: [FIRST_DATA] };
    const before = book.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(message);
    expect(book.snapshot()).toBe(before);
  });

  it('still refuses data in the way of an output column', async () => {
    const { book, sheet } = tableBook(10);
    sheet.fill([['ghi chú']], FIRST_DATA + 3, 5);
    const before = book.snapshot();
    await expect(new ExcelHost({ language: 'en' }).apply(planFor(10))).rejects.toThrow(
      /cells F8 on sheet “Xã Trung Sơn” already hold data/,
    );
    expect(book.snapshot()).toBe(before);
  });

  it('refuses a named column of the table where the results go', async () => {
    const { book, sheet } = tableBook(10, { right: 5 });
    sheet.setCell(TABLE_HEADER, 5, { value: 'Ghi chú' });
    const before = book.snapshot();
    await expect(new ExcelHost({ language: 'en' }).apply(planFor(10))).rejects.toThrow(/cells F4 on sheet/);
    expect(book.snapshot()).toBe(before);
  });
});
