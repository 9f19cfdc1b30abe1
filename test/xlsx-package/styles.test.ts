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
