/** columns.ts, merges.ts, conditional-formats.ts, calc-chain.ts: chitieu's elements in schema order, the user's kept. */
import { ensureMinWidth } from '../../src/hosts/xlsx-package/columns';
import { addRules, removeOwnRules } from '../../src/hosts/xlsx-package/conditional-formats';
import { dropCalcChain } from '../../src/hosts/xlsx-package/calc-chain';
import { addMerge } from '../../src/hosts/xlsx-package/merges';
import { addRelationship } from '../../src/hosts/xlsx-package/relationships';
import { declarePart } from '../../src/hosts/xlsx-package/content-types';
import { Styles } from '../../src/hosts/xlsx-package/styles';
import { serializeXml } from '../../src/hosts/xlsx-package/xml';
import { bookWith, sheetXml } from './parts';

function body(xml: string): string {
  return xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
}

test('a width is set on a column of its own; a span covering it is split around it, its other attributes kept', () => {
  const book = bookWith(
    sheetXml(
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30" customWidth="1"/><col min="5" max="1024" width="8" style="3"/></cols><sheetData/>',
    ),
  );
  const ws = book.edit('xl/worksheets/sheet1.xml');
  ensureMinWidth(ws, 6, 12);
  ensureMinWidth(ws, 2, 12);
  ensureMinWidth(ws, 0, 12);
  expect(body(serializeXml(ws.doc))).toBe(
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30" customWidth="1"/><col min="3" max="3" width="12" customWidth="1"/><col min="5" max="6" width="8" style="3"/><col min="7" max="7" width="12" style="3" customWidth="1"/><col min="8" max="1024" width="8" style="3"/></cols><sheetData/>',
  );
});

test('cols and mergeCells are created where the schema puts them; a merge is added once', () => {
  const book = bookWith(
    sheetXml(
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    ),
  );
  const ws = book.edit('xl/worksheets/sheet1.xml');
  addMerge(ws, { top: 0, left: 5, bottom: 1, right: 5 });
  addMerge(ws, { top: 0, left: 5, bottom: 1, right: 5 });
  ensureMinWidth(ws, 5, 12);
  expect(body(serializeXml(ws.doc))).toBe(
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="6" max="6" width="12" customWidth="1"/></cols><sheetData/><mergeCells count="1"><mergeCell ref="F1:F2"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
});

test("chitieu's rules replace its earlier ones, after the user's and before a data validation and a note", () => {
  const user =
    '<conditionalFormatting sqref="D2:D6"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>';
  const earlier =
    '<conditionalFormatting sqref="F2:G6"><cfRule type="expression" dxfId="0" priority="2"><formula>$G2="Đạt"</formula></cfRule></conditionalFormatting>';
  const book = bookWith(
    sheetXml(
      `<sheetData/>${user}${earlier}<dataValidations count="0"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId1"/>`,
    ),
  );
  const ws = book.edit('xl/worksheets/sheet1.xml');
  const range = { top: 1, left: 5, bottom: 7, right: 6 };
  expect(removeOwnRules(ws, { refs: new Set(['F2:G8']), within: { left: 5, right: 6, top: 0, bottom: 7 } })).toBe(1);
  addRules(ws, new Styles(book.pkg), [
    { range, formula: '$G2="Không đạt"', style: 'shortfall', priority: 1 },
    { range, formula: '$G2="Đạt"', style: 'met', priority: 2 },
  ]);
  expect(body(serializeXml(ws.doc))).toBe(
    `<sheetData/>${user}<conditionalFormatting sqref="F2:G8"><cfRule type="expression" dxfId="0" priority="1"><formula>$G2="Không đạt"</formula></cfRule><cfRule type="expression" dxfId="1" priority="2"><formula>$G2="Đạt"</formula></cfRule></conditionalFormatting><dataValidations count="0"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId1"/>`,
  );
});

test('a user rule overlapping chitieu’s columns but reaching outside them stays', () => {
  const user =
    '<conditionalFormatting sqref="A2:G6"><cfRule type="expression" dxfId="0" priority="1"><formula>$A2=1</formula></cfRule></conditionalFormatting>';
  const book = bookWith(sheetXml(`<sheetData/>${user}`));
  const ws = book.edit('xl/worksheets/sheet1.xml');
  expect(removeOwnRules(ws, { refs: new Set(['F2:G6']), within: { left: 5, right: 6, top: 0, bottom: 5 } })).toBe(0);
});

test('the calculation chain goes with its relationship and content type', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  book.pkg.setBytes('xl/calcChain.xml', new Uint8Array([60, 99, 47, 62]));
  declarePart(
    book.pkg,
    'xl/calcChain.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  );
  addRelationship(
    book.pkg,
    'xl/workbook.xml',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
    'xl/calcChain.xml',
  );
  dropCalcChain(book.pkg);
  expect(book.pkg.has('xl/calcChain.xml')).toBe(false);
  expect(book.pkg.text('[Content_Types].xml')).not.toContain('calcChain');
  expect(book.pkg.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
});
