/** workbook.ts: sheets are listed with their parts, and chitieu's sheets go at the end. */
import {
  addWorksheet,
  activeTab,
  findSheet,
  isMacroEnabled,
  sheets,
  structureLocked,
} from '../../src/hosts/xlsx-package/workbook';
import { parseXml } from '../../src/hosts/xlsx-package/xml';
import { bookWith, sheetXml } from './parts';

test('sheets, their parts and the active tab', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  expect(sheets(book.pkg)).toEqual([
    {
      name: 'Sheet1',
      sheetId: 1,
      relId: 'rId1',
      state: 'visible',
      part: 'xl/worksheets/sheet1.xml',
      kind: 'worksheet',
      index: 0,
    },
  ]);
  expect(findSheet(book.pkg, 'sheet1')?.part).toBe('xl/worksheets/sheet1.xml');
  expect(activeTab(book.pkg)).toBe(0);
  expect(isMacroEnabled(book.pkg)).toBe(false);
  expect(structureLocked(book.pkg)).toBe(false);
});

test('a new sheet is appended with the next sheetId; names scoped to earlier sheets keep their index', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const part = addWorksheet(book.pkg, 'Tổng hợp & "KQ"', parseXml(sheetXml('<sheetData/>'), 'new'), 'veryHidden');
  expect(part).toBe('xl/worksheets/sheet2.xml');
  const xml = book.pkg.text('xl/workbook.xml') ?? '';
  expect(xml).toContain(
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Tổng hợp &amp; &quot;KQ&quot;" sheetId="2" state="veryHidden" r:id="rId3"/></sheets><definedNames><definedName name="X" localSheetId="0">Sheet1!$A$1</definedName></definedNames>',
  );
  expect(sheets(book.pkg)[1]).toMatchObject({ name: 'Tổng hợp & "KQ"', part, kind: 'worksheet', state: 'veryHidden' });
});
