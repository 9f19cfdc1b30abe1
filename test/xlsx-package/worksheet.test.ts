/** worksheet.ts: cells are read as the ownership rule needs them and written in row and column order. */
import { Worksheet } from '../../src/hosts/xlsx-package/worksheet';
import { SharedStrings } from '../../src/hosts/xlsx-package/shared-strings';
import { XlsxPackage } from '../../src/hosts/xlsx-package/package';
import { parseXml, serializeXml } from '../../src/hosts/xlsx-package/xml';
import { sheetXml } from './parts';

const strings = new SharedStrings(XlsxPackage.fromParts({ '[Content_Types].xml': '<Types/>' }));

function sheet(body: string, extra = ''): Worksheet {
  return new Worksheet(parseXml(sheetXml(body, extra), 'sheet'), strings);
}

function body(ws: Worksheet): string {
  const xml = serializeXml(ws.doc);
  return xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
}

test('cells are found by address, and by place when a row or cell has no address', () => {
  const ws = sheet(
    '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row><row><c><v>1</v></c><c><f>A3*2</f><v>2</v></c></row></sheetData>',
  );
  expect(ws.text(ws.cell(1, 1))).toBe('x');
  expect(ws.text(ws.cell(2, 0))).toBe('1');
  expect(ws.formula(ws.cell(2, 1))).toBe('A3*2');
  expect(ws.cell(0, 0)).toBeNull();
  expect(ws.isEmpty(ws.cell(0, 0))).toBe(true);
});

test("a shared formula's follower reads its master's text", () => {
  const ws = sheet(
    '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">ISNUMBER(B1)</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row></sheetData>',
  );
  expect(ws.formula(ws.cell(1, 0))).toBe('ISNUMBER(B1)');
});

test('new cells and rows go in order; the row keeps its other attributes and its spans grow; the dimension grows', () => {
  const ws = sheet(
    '<dimension ref="A1:B3"/><sheetData><row r="1" spans="1:3" ht="30" customHeight="1" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c><c r="C1" s="2"><v>3</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData>',
    ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"',
  );
  ws.setCell(0, 1, { formula: 'A1*2', value: 2, style: 4 });
  ws.setCell(0, 2, { value: 'giữ', style: 2 });
  ws.setCell(0, 4, { value: 5 });
  ws.setCell(1, 3, { formula: 'IF(A1>0,"Đạt","")', value: 'Đạt' });
  ws.setCell(3, 0, { value: ' lề ' });
  ws.setCell(4, 0, { error: '#N/A' });
  ws.finish();
  expect(body(ws)).toBe(
    '<dimension ref="A1:E5"/><sheetData><row r="1" spans="1:5" ht="30" customHeight="1" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c><c r="B1" s="4"><f>A1*2</f><v>2</v></c><c r="C1" s="2" t="inlineStr"><is><t>giữ</t></is></c><c r="E1"><v>5</v></c></row><row r="2"><c r="D2" t="str"><f>IF(A1&gt;0,"Đạt","")</f><v>Đạt</v></c></row><row r="3"><c r="A3"><v>1</v></c></row><row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> lề </t></is></c></row><row r="5"><c r="A5" t="e"><v>#N/A</v></c></row></sheetData>',
  );
});

test('a new cell takes the style of its row, else its column', () => {
  const ws = sheet(
    '<cols><col min="2" max="4" width="9" style="7"/></cols><sheetData><row r="1" s="5" customFormat="1"/></sheetData>',
  );
  expect(ws.styleAt(0, 2)).toBe(5);
  expect(ws.styleAt(1, 2)).toBe(7);
  expect(ws.styleAt(1, 5)).toBe(0);
});

test('a protected sheet says so', () => {
  expect(sheet('<sheetData/><sheetProtection sheet="1" password="CC1A"/>').isProtected()).toBe(true);
  expect(sheet('<sheetData/><sheetProtection objects="1"/>').isProtected()).toBe(false);
});
