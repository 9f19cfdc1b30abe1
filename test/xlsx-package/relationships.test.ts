/** content-types.ts and relationships.ts: chitieu adds its own entries and leaves the others as they were. */
import { contentTypeOf, declarePart, forgetPart } from '../../src/hosts/xlsx-package/content-types';
import {
  addRelationship,
  relationships,
  relativeTarget,
  relsPath,
  removePartTree,
  resolveTarget,
} from '../../src/hosts/xlsx-package/relationships';
import { bookWith, DECL, sheetXml } from './parts';

test('targets resolve against their source and back', () => {
  expect(relsPath('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  expect(relsPath('')).toBe('_rels/.rels');
  expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
  expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
  expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml')).toBe('../drawings/drawing1.xml');
  expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet3.xml')).toBe('worksheets/sheet3.xml');
});

test('a new relationship takes the next free id and keeps the others; a new part gets its override', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const id = addRelationship(book.pkg, 'xl/workbook.xml', 'urn:t', 'xl/worksheets/sheet2.xml');
  expect(id).toBe('rId3');
  expect(book.pkg.text('xl/_rels/workbook.xml.rels')).toBe(
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="urn:t" Target="worksheets/sheet2.xml"/></Relationships>`,
  );
  declarePart(book.pkg, 'xl/worksheets/sheet2.xml', 'application/x-test');
  expect(contentTypeOf(book.pkg, 'xl/worksheets/sheet2.xml')).toBe('application/x-test');
  // Declaring again changes nothing.
  const before = book.pkg.text('[Content_Types].xml');
  declarePart(book.pkg, 'xl/worksheets/sheet2.xml', 'application/x-test');
  expect(book.pkg.text('[Content_Types].xml')).toBe(before);
  forgetPart(book.pkg, 'xl/worksheets/sheet2.xml');
  expect(contentTypeOf(book.pkg, 'xl/worksheets/sheet2.xml')).toBe('application/xml');
});

test('a relationship part is made, with its Default type, for a part that had none', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  addRelationship(book.pkg, 'xl/worksheets/sheet1.xml', 'urn:d', 'xl/drawings/drawing1.xml');
  expect(relationships(book.pkg, 'xl/worksheets/sheet1.xml')).toEqual([
    {
      id: 'rId1',
      type: 'urn:d',
      target: '../drawings/drawing1.xml',
      external: false,
      part: 'xl/drawings/drawing1.xml',
    },
  ]);
});

test('removing a part takes what only it points at, and keeps what another part also uses', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const pkg = book.pkg;
  for (const p of [
    'xl/drawings/drawing1.xml',
    'xl/charts/chart1.xml',
    'xl/media/shared.png',
    'xl/worksheets/sheet9.xml',
  ])
    pkg.setBytes(p, new Uint8Array([1]));
  addRelationship(pkg, 'xl/worksheets/sheet9.xml', 'urn:d', 'xl/drawings/drawing1.xml');
  addRelationship(pkg, 'xl/drawings/drawing1.xml', 'urn:c', 'xl/charts/chart1.xml');
  addRelationship(pkg, 'xl/drawings/drawing1.xml', 'urn:i', 'xl/media/shared.png');
  addRelationship(pkg, 'xl/worksheets/sheet1.xml', 'urn:i', 'xl/media/shared.png');
  removePartTree(pkg, 'xl/worksheets/sheet9.xml');
  expect(
    pkg
      .names()
      .filter((n) => !n.startsWith('xl/_rels') && n.startsWith('xl/'))
      .sort(),
  ).toEqual([
    'xl/media/shared.png',
    'xl/styles.xml',
    'xl/workbook.xml',
    'xl/worksheets/_rels/sheet1.xml.rels',
    'xl/worksheets/sheet1.xml',
  ]);
});
