import { HostError } from '../../src/hosts/host';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook, installExcelFake, type FakeSheet, type InstalledFake } from '../fakes/excel-fake';
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

describe('an indicator table that is an Excel table', () => {
  it('gets the output columns as table columns, with headers, formulas, formats and rules', async () => {
    const { sheet } = tableBook(10);
    const result = await new ExcelHost().apply(planFor(10));
    expect(result).toEqual({ cellsWritten: 22, tables: 1 });
    expect(sheet.tables).toEqual([
      { name: 'BangChiTieu', range: { top: TABLE_HEADER, left: 0, bottom: FIRST_DATA + 9, right: 5 } },
    ]);
    expect(sheet.cell(TABLE_HEADER, 4)).toMatchObject({ value: 'TH/KH (%)', style: 'header-bold' });
    expect(sheet.cell(TABLE_HEADER, 5)).toMatchObject({ value: 'Đánh giá', style: 'header-bold' });
    expect(sheet.cell(HEADER_TOP, 4)).toBeUndefined();
    expect(sheet.merges).toEqual([]);
    expect(sheet.cell(FIRST_DATA, 4)).toMatchObject({
      formula: '=IF(AND(ISNUMBER(C5),C5<>0),D5/C5,"")',
      numberFormat: '0.0%',
    });
    expect(sheet.cell(FIRST_DATA + 9, 5)).toMatchObject({
      formula: '=IF(ISNUMBER(E14),IF(E14>=1,"Đạt","Chưa đạt"),"")',
      numberFormat: 'General',
    });
    expect(sheet.cell(FIRST_DATA + 10, 4)).toBeUndefined();
    expect(sheet.conditionalFormats.map((f) => [f.range, f.formula])).toEqual([
      [{ top: FIRST_DATA, left: 5, bottom: FIRST_DATA + 9, right: 5 }, '=$F5="Chưa đạt"'],
      [{ top: FIRST_DATA, left: 5, bottom: FIRST_DATA + 9, right: 5 }, '=$F5="Đạt"'],
    ]);
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
      const body = (s: FakeSheet) =>
        [...s.cells.entries()].filter(([key]) => Number(key.split(',')[0]) >= FIRST_DATA).sort();
      expect(body(sheet)).toEqual(body(plain.sheet(SHEET)));
      // A plain sheet's second run reads its earlier rules' ranges, as the table's range is read here.
      plain.syncs.length = 0;
      await new ExcelHost().apply(planFor(rows));
      expect(book.syncs.length).toBe(plain.syncs.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBe(3);
  });

  it('updates its own table columns in place on a second run, adding none', async () => {
    const { sheet } = tableBook(10);
    await new ExcelHost().apply(planFor(10));
    const first = JSON.stringify([...sheet.cells.entries()].sort());
    await new ExcelHost().apply(planFor(10));
    await new ExcelHost().apply(planFor(10, { updatesInPlace: true }));
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0].range.right).toBe(5);
    expect(sheet.cell(TABLE_HEADER, 6)).toBeUndefined();
    expect(JSON.stringify([...sheet.cells.entries()].sort())).toBe(first);
    expect(sheet.conditionalFormats).toHaveLength(2);
    expect(sheet.merges).toEqual([]);
  });

  it('fills empty columns the table already has, named by Excel, without adding columns', async () => {
    const { sheet } = tableBook(5, { right: 5 });
    await new ExcelHost().apply(planFor(5));
    expect(sheet.tables[0].range.right).toBe(5);
    expect(sheet.cell(TABLE_HEADER, 4)?.value).toBe('TH/KH (%)');
    expect(sheet.cell(TABLE_HEADER, 5)?.value).toBe('Đánh giá');
    expect(sheet.cell(FIRST_DATA + 4, 5)?.formula).toBe('=IF(ISNUMBER(E9),IF(E9>=1,"Đạt","Chưa đạt"),"")');
    expect(sheet.cell(TABLE_HEADER, 6)).toBeUndefined();
  });

  it('leaves a totals row empty in the new columns', async () => {
    const { sheet } = tableBook(5, { bottom: FIRST_DATA + 5, showTotals: true });
    await new ExcelHost().apply(planFor(5));
    expect(sheet.tables[0].range).toEqual({ top: TABLE_HEADER, left: 0, bottom: FIRST_DATA + 5, right: 5 });
    expect(sheet.cell(FIRST_DATA + 4, 4)?.formula).toBe('=IF(AND(ISNUMBER(C9),C9<>0),D9/C9,"")');
    expect(sheet.cell(FIRST_DATA + 5, 4)).toBeUndefined();
  });

  it.each([
    ['shorter', FIRST_DATA + 7, 'A13', /ends before the indicator table does: from cell A13 down/],
    ['longer', FIRST_DATA + 12, 'A15', /runs past the indicator table: from cell A15 down/],
  ])('is refused when it is %s than the indicator table, changing nothing', async (_, bottom, cell, detail) => {
    const { book } = tableBook(10, { bottom });
    const before = book.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^Excel table “BangChiTieu” on sheet “Xã Trung Sơn” /);
    expect((error as HostError).message).toMatch(detail);
    expect((error as HostError).sheet).toBe(SHEET);
    expect((error as HostError).cell).toBe(cell);
    expect(book.snapshot()).toBe(before);
    expect(book.syncs).toHaveLength(2);
  });

  it('leaves a notes column right of the table where it is (review A.2)', async () => {
    // table.columns.add inserts cells: everything right of the table in its rows would move one
    // column per added column (error-code table, OperationCellsExceedLimit), the rows below not.
    const { book, sheet } = tableBook(10);
    sheet.fill([['Ghi chú'], ['đạt sớm']], TABLE_HEADER, 7);
    sheet.fill([['Người lập biểu']], FIRST_DATA + 12, 7);
    const before = book.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /^Adding the result columns to Excel table “BangChiTieu” on sheet “Xã Trung Sơn” would move the cells right of the table \(H4:H5\)/,
    );
    expect(book.snapshot()).toBe(before);
    expect(sheet.cell(TABLE_HEADER, 7)?.value).toBe('Ghi chú');
  });

  it('still refuses data in the way of a new table column', async () => {
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

  it('refuses to add a column whose name the table already has', async () => {
    const { book, sheet } = tableBook(10);
    sheet.setCell(TABLE_HEADER, 1, { value: 'Đánh giá' });
    const before = book.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /Excel table “BangChiTieu” on sheet “Xã Trung Sơn” already has a column named “Đánh giá” \(cell B4\)/,
    );
    expect((error as HostError).cell).toBe('B4');
    expect(book.snapshot()).toBe(before);
  });
});
