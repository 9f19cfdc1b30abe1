/** styles.ts: number formats, cell formats and rule formats are appended once and reused. */
import { Styles } from '../../src/hosts/xlsx-package/styles';
import { bookWith, reopen, sheetXml } from './parts';

const part = (xml: string, name: string): string => new RegExp(`<${name}[ >].*?</${name}>`).exec(xml)?.[0] ?? '';

test('a number format: built-in by id, an existing code reused, a new code from 165', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const styles = new Styles(book.pkg);
  expect(styles.numberFormatId('0.00')).toBe(2);
  expect(styles.numberFormatId('0.0')).toBe(164);
  expect(styles.numberFormatId('0.0"%"')).toBe(165);
  expect(part(book.pkg.text('xl/styles.xml') ?? '', 'numFmts')).toBe(
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>',
  );
});

test("a cell's format with another number format keeps its border and font, and is added once across runs", () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  expect(new Styles(book.pkg).withNumberFormat(1, '0.0')).toBe(2);
  expect(part(book.pkg.text('xl/styles.xml') ?? '', 'cellXfs')).toBe(
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyNumberFormat="1"/></cellXfs>',
  );
  const next = reopen(book);
  expect(new Styles(next.pkg).withNumberFormat(1, '0.0')).toBe(2);
  expect(new Styles(next.pkg).withNumberFormat(2, '0.0')).toBe(2);
  expect(next.pkg.isChanged('xl/styles.xml')).toBe(true);
  expect(next.pkg.text('xl/styles.xml')).toBe(book.pkg.text('xl/styles.xml'));
});

test('rule formats (dxfs) are created where missing, in schema order, and reused', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const styles = new Styles(book.pkg);
  const a = styles.ruleFormat({ fill: '#FFC7CE', font: '#9C0006' });
  const b = styles.ruleFormat({ fill: '#C6EFCE', font: '#006100' });
  expect([a, b, styles.ruleFormat({ fill: '#FFC7CE', font: '#9C0006' })]).toEqual([0, 1, 0]);
  const xml = book.pkg.text('xl/styles.xml') ?? '';
  expect(xml).toMatch(
    /<\/cellStyles><dxfs count="2"><dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/><\/patternFill><\/fill><\/dxf>/,
  );
});

test('a look for a new cell: bold header with fill and wrap, on the workbook font', () => {
  const book = bookWith(sheetXml('<sheetData/>'));
  const styles = new Styles(book.pkg);
  const id = styles.cellFormat({ bold: true, fill: 'D9E1F2', wrap: true, middle: true });
  expect(styles.cellFormat({ bold: true, fill: 'D9E1F2', wrap: true, middle: true })).toBe(id);
  const xml = book.pkg.text('xl/styles.xml') ?? '';
  expect(part(xml, 'fonts')).toContain('<font><b/><sz val="11"/><name val="Arial"/></font>');
  expect(part(xml, 'fills')).toContain(
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>',
  );
  expect(part(xml, 'cellXfs')).toContain(
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>',
  );
});

/** A styles part whose font 1 is a TCVN3 capital font on the theme's minor scheme, as a legacy template has it. */
const LEGACY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="12"/><name val=".VnTime"/><family val="2"/></font><font><b/><sz val="12"/><color theme="1"/><name val=".VnTimeH"/><family val="2"/><charset val="163"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

test("a cell's format in another font family: the look kept, the theme scheme, charset and family dropped, added once across runs", () => {
  const book = bookWith(sheetXml('<sheetData/>'), LEGACY_STYLES);
  const styles = new Styles(book.pkg);
  expect(styles.withFont(1, 'Times New Roman')).toBe(2);
  expect(styles.withFont(0, 'Times New Roman')).toBe(3);
  const xml = book.pkg.text('xl/styles.xml') ?? '';
  expect(part(xml, 'fonts')).toBe(
    '<fonts count="4"><font><sz val="12"/><name val=".VnTime"/><family val="2"/></font><font><b/><sz val="12"/><color theme="1"/><name val=".VnTimeH"/><family val="2"/><charset val="163"/><scheme val="minor"/></font><font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/></font><font><sz val="12"/><name val="Times New Roman"/></font></fonts>',
  );
  expect(part(xml, 'cellXfs')).toContain(
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
  );
  // A format already in that family is itself; the next run finds what this one added.
  expect(styles.withFont(2, 'Times New Roman')).toBe(2);
  const next = reopen(book);
  const again = new Styles(next.pkg);
  expect([again.withFont(1, 'Times New Roman'), again.withFont(0, 'Times New Roman')]).toEqual([2, 3]);
  expect(next.pkg.text('xl/styles.xml')).toBe(xml);
});

test('a look for a new cell in a given font family: only the name, not the default font’s family, charset or scheme', () => {
  const book = bookWith(sheetXml('<sheetData/>'), LEGACY_STYLES);
  const styles = new Styles(book.pkg);
  const plain = styles.cellFormat({ font: 'Times New Roman' });
  const bold = styles.cellFormat({ bold: true, font: 'Times New Roman' });
  expect(styles.cellFormat({ font: 'Times New Roman' })).toBe(plain);
  const xml = book.pkg.text('xl/styles.xml') ?? '';
  expect(part(xml, 'fonts')).toContain('<font><sz val="12"/><name val="Times New Roman"/></font>');
  expect(part(xml, 'fonts')).toContain('<font><b/><sz val="12"/><name val="Times New Roman"/></font>');
  expect(plain).not.toBe(bold);
  // Without a font the look stays on the workbook's default, as before.
  styles.cellFormat({ bold: true });
  expect(part(book.pkg.text('xl/styles.xml') ?? '', 'fonts')).toContain(
    '<font><b/><sz val="12"/><name val=".VnTime"/><family val="2"/></font>',
  );
});
