/** sheets.ts and chart.ts: chitieu's own sheets as whole parts, replaced in place, never a user's sheet. */
import { analyzeWorkbook } from '../helpers/engine';
import { buildSummarySheet } from '../../src/core/summary-sheet';
import type { Analysis } from '../../src/core/types';
import { HostError } from '../../src/hosts/host';
import {
  addGridSheet,
  addGridSheetAsNew,
  CHOICES_SHEET,
  writeChoices,
  writeSummarySheet,
} from '../../src/hosts/xlsx-package/sheets';
import { sheets } from '../../src/hosts/xlsx-package/workbook';
import { bookWith, reopen, sheetXml } from './parts';

const TABLE = sheetXml(
  '<sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="B1" t="inlineStr"><is><t>ĐVT</t></is></c><c r="C1" t="inlineStr"><is><t>KH 2023</t></is></c><c r="D1" t="inlineStr"><is><t>TH 2023</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Tổng giá trị sản xuất</t></is></c><c r="B2" t="inlineStr"><is><t>Tỷ đồng</t></is></c><c r="C2"><v>500</v></c><c r="D2"><v>450</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Số lao động được tạo việc làm mới</t></is></c><c r="B3" t="inlineStr"><is><t>người</t></is></c><c r="C3"><v>200</v></c><c r="D3"><v>230</v></c></row>' +
    '</sheetData>',
);

function analysis(): Analysis {
  return analyzeWorkbook({
    sheets: [
      {
        name: 'Sheet1',
        values: [
          ['Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
          ['Tổng giá trị sản xuất', 'Tỷ đồng', 500, 450],
          ['Số lao động được tạo việc làm mới', 'người', 200, 230],
        ],
      },
    ],
  });
}

test('the summary is added at the end with its chart; a second run replaces it in place and leaves no part behind', () => {
  const book = bookWith(TABLE);
  const summary = buildSummarySheet(analysis(), 'vi');
  expect(summary.chart).not.toBeNull();
  expect(writeSummarySheet(book, summary)).toBe('Tổng hợp');
  const names = book.pkg.names().sort();
  expect(names).toEqual(
    expect.arrayContaining([
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
    ]),
  );
  const sheetXmlText = book.pkg.text('xl/worksheets/sheet2.xml') ?? '';
  expect(sheetXmlText).toMatch(/<\/sheetData><pageMargins [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
  const chart = book.pkg.text('xl/charts/chart1.xml') ?? '';
  expect(chart).toContain("<c:f>'Tổng hợp'!$C$");
  const types = book.pkg.text('[Content_Types].xml') ?? '';
  expect(types).toContain(
    'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
  );

  const again = reopen(book);
  expect(writeSummarySheet(again, summary)).toBe('Tổng hợp');
  expect(again.pkg.names().sort()).toEqual(names);
  expect(sheets(again.pkg).map((s) => s.name)).toEqual(['Sheet1', 'Tổng hợp']);
  for (const name of names)
    expect({ name, same: again.pkg.text(name) === book.pkg.text(name) }).toEqual({ name, same: true });
});

test("a user's sheet named like the summary keeps its name and content; the summary goes beside it", () => {
  const book = bookWith(TABLE);
  addGridSheet(book, { name: 'Tổng hợp', values: [['bảng của tôi']] });
  const mine = book.pkg.text('xl/worksheets/sheet2.xml');
  expect(writeSummarySheet(book, buildSummarySheet(analysis(), 'vi'))).toBe('Tổng hợp (2)');
  expect(book.pkg.text('xl/worksheets/sheet2.xml')).toBe(mine);
});

test('a drafted sheet: texts stay texts, a taken name is refused or made free', () => {
  const book = bookWith(TABLE);
  expect(() => addGridSheet(book, { name: 'sheet1', values: [['x']] })).toThrow(HostError);
  const name = addGridSheetAsNew(book, { name: 'Sheet1', values: [['=SUM(A1)', 3, true, { error: '#N/A' }]] });
  expect(name).toBe('Sheet1 (2)');
  expect(book.pkg.text('xl/worksheets/sheet2.xml')).toContain(
    // One row of three cells or more is the header, written bold.
    '<c r="A1" s="2" t="inlineStr"><is><t>=SUM(A1)</t></is></c><c r="B1" s="2"><v>3</v></c><c r="C1" s="2" t="b"><v>1</v></c><c r="D1" s="2" t="e"><v>#N/A</v></c>',
  );
});

test('choices live in a very hidden sheet, replaced in place; none stored adds no sheet', () => {
  const book = bookWith(TABLE);
  writeChoices(book, {});
  expect(sheets(book.pkg)).toHaveLength(1);
  writeChoices(book, { rows: { 'Sheet1!x': { direction: 'lower' } } });
  writeChoices(book, { rows: { 'Sheet1!y': { direction: 'higher' } } });
  const list = sheets(book.pkg);
  expect(list.map((s) => [s.name, s.state])).toEqual([
    ['Sheet1', 'visible'],
    [CHOICES_SHEET, 'veryHidden'],
  ]);
  expect(book.pkg.text(list[1].part as string)).toContain('<t>{"rows":{"Sheet1!y":{"direction":"higher"}}}</t>');
});
