/** package.ts: parts in, parts out; untouched parts keep their bytes, parsed parts are written from their DOM. */
import { strToU8, zipSync } from 'fflate';
import { PackageError, XlsxPackage } from '../../src/hosts/xlsx-package/package';
import { root } from '../../src/hosts/xlsx-package/xml';

const TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

test('a part only read, or never opened, comes out byte for byte; one taken for writing is written from its DOM', () => {
  // Odd but legal bytes: single quotes, a comment, CRLF, an empty element written long.
  const odd = "<?xml version='1.0'?>\r\n<a b='1'><!-- kept --><c></c></a>";
  const bytes = zipSync({
    '[Content_Types].xml': strToU8(TYPES),
    'x/odd.xml': strToU8(odd),
    'bin/data.bin': new Uint8Array([0, 1, 2, 255]),
  });
  const pkg = XlsxPackage.fromBytes(bytes);
  pkg.read('x/odd.xml');
  const again = XlsxPackage.fromBytes(pkg.toBytes());
  expect(again.text('x/odd.xml')).toBe(odd);
  expect(again.bytes('bin/data.bin')).toEqual(new Uint8Array([0, 1, 2, 255]));
  root(pkg.xml('x/odd.xml')).setAttribute('d', '2');
  expect(XlsxPackage.fromBytes(pkg.toBytes()).text('x/odd.xml')).toBe(
    // A part written from its DOM: the same nodes, in the writer's spelling of quotes and empty elements.
    '<?xml version="1.0"?>\n<a b="1" d="2"><!-- kept --><c/></a>',
  );
});

test('a zip without [Content_Types].xml, or not a zip, is refused', () => {
  expect(() => XlsxPackage.fromBytes(zipSync({ 'a.xml': strToU8('<a/>') }))).toThrow(PackageError);
  expect(() => XlsxPackage.fromBytes(strToU8('not a zip'))).toThrow(PackageError);
});

test('free part names count up from 1', () => {
  const pkg = XlsxPackage.fromParts({
    '[Content_Types].xml': TYPES,
    'xl/worksheets/sheet1.xml': '<w/>',
    'xl/worksheets/sheet2.xml': '<w/>',
  });
  expect(pkg.freeName('xl/worksheets/sheet', '.xml')).toBe('xl/worksheets/sheet3.xml');
});

test('the XML round trip keeps every node: CDATA, comments, processing instructions, namespaced attributes, entities', async () => {
  const { parseXml, serializeXml } = await import('../../src/hosts/xlsx-package/xml');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<x:a xmlns:x="urn:x" xmlns:mc="urn:mc" mc:Ignorable="y" b="&lt;&amp;&quot;&#10;"><?pi data?><!-- c --><x:t xml:space="preserve"> t &amp; &lt; </x:t><![CDATA[<raw>]]><x:e/></x:a>';
  expect(serializeXml(parseXml(xml, 'x'))).toBe(xml.replace('&#10;', '&#10;'));
  expect(() => parseXml('<a><b></a>', 'bad.xml')).toThrow(/bad\.xml/);
});
