/** write-plan.ts: checked first, nothing changed on refusal; headers copy the look named by the plan. */
import { applyWritePlan } from '../../src/hosts/xlsx-package/write-plan';
import type { TableWrite, WritePlan } from '../../src/core/types';
import { HostError } from '../../src/hosts/host';
import { bookWith, reopen, sheetXml } from './parts';

const SHEET = sheetXml(
  '<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="D2"><v>9</v></c></row></sheetData>',
);

function plan(col: number, updatesInPlace = false): WritePlan {
  const table: TableWrite = {
    sheet: 'Sheet1',
    headerRow: 1,
    updatesInPlace,
    columns: [
      {
        kind: 'percent',
        col,
        header: 'TH/KH (%)',
        headerTop: 0,
        headerBottom: 0,
        headerStyleFrom: { row: 0, col: 0 },
        cells: [{ row: 1, formula: 'IF(ISNUMBER(B2),B2/A2*100,"")', result: 133.3, numberFormat: '0.0' }],
      },
    ],
    rules: [],
  };
  return { language: 'vi', tables: [table] };
}

test('a user value in the way: refused naming sheet and cell, and no part taken for writing', () => {
  const book = bookWith(SHEET);
  expect(() => applyWritePlan(book, plan(3))).toThrow(HostError);
  try {
    applyWritePlan(book, plan(3));
  } catch (e) {
    expect((e as HostError).cell).toBe('D2');
    expect((e as HostError).message).toContain('Sheet1');
  }
  expect(book.pkg.names().filter((n) => book.pkg.isChanged(n))).toEqual([]);
});

test('written: the header with the look of the cell the plan names, the formula with its cached result and number format', () => {
  const book = bookWith(SHEET);
  expect(applyWritePlan(book, plan(2))).toBe(2);
  const xml = book.pkg.text('xl/worksheets/sheet1.xml') ?? '';
  expect(xml).toContain('<c r="C1" s="1" t="inlineStr"><is><t>TH/KH (%)</t></is></c>');
  expect(xml).toContain('<c r="C2" s="2"><f>IF(ISNUMBER(B2),B2/A2*100,"")</f><v>133.3</v></c>');
  expect(xml).toContain('<cols><col min="3" max="3" width="12" customWidth="1"/></cols>');
  // A second run on the saved file updates in place and gives the same part.
  const again = reopen(book);
  applyWritePlan(again, plan(2, true));
  expect(again.pkg.text('xl/worksheets/sheet1.xml')).toBe(xml);
});

test("the plan's font over the header's copied look and every written cell, the same on a second run", () => {
  const book = bookWith(SHEET);
  const withFont = plan(2);
  withFont.tables[0].columns[0].font = 'Times New Roman';
  applyWritePlan(book, withFont);
  const xml = book.pkg.text('xl/worksheets/sheet1.xml') ?? '';
  const styles = book.pkg.text('xl/styles.xml') ?? '';
  expect(styles).toContain('<font><sz val="11"/><name val="Times New Roman"/></font>');
  // C1 copies A1's look (xf 1, a border) in Times New Roman; C2 (no look of its own) gets the number
  // format and the font in one entry, with no entry left unused in between.
  expect(xml).toContain('<c r="C1" s="2" t="inlineStr">');
  expect(xml).toContain('<c r="C2" s="3">');
  expect(styles).toContain(
    '<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyBorder="1" applyFont="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>',
  );
  const again = reopen(book);
  const update = plan(2, true);
  update.tables[0].columns[0].font = 'Times New Roman';
  applyWritePlan(again, update);
  expect(again.pkg.text('xl/worksheets/sheet1.xml')).toBe(xml);
  expect(again.pkg.text('xl/styles.xml')).toBe(styles);
});
