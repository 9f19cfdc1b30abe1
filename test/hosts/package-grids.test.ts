/**
 * The package grid reader on small packages written by hand: shared formulas, inline strings, rich
 * text, errors, dates, merges, hidden sheets, tables, a bad file. Each workbook ExcelJS can read is
 * also read with it, and the two readings must agree (the reader replaced ExcelJS's).
 */
import { strToU8, zipSync } from 'fflate';
import type { WorkbookGrids } from '../../src/core/types';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { loadGrids } from '../../src/hosts/xlsx/open';
import { zipParts } from '../../src/hosts/xlsx/package-grids';
import { slideFormula } from '../../src/hosts/xlsx/package-grids/shared-formulas';
import { readWorkbookGrids } from '../../src/hosts/xlsx/read';
import { loadExcelJs, readWorkbookGrids as readWithExcelJs } from '../helpers/exceljs-grids';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Sheet {
  name: string;
  body: string;
  state?: string;
  /** Relationships of the sheet part (`<Relationship …/>` elements). */
  rels?: string;
}

const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;ha&quot;"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Times New Roman"/></font><font><name val=".VnTime"/></font><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="10" fontId="2"/></cellXfs></styleSheet>`;

function book(
  sheets: Sheet[],
  options: { strings?: string; extra?: Record<string, string>; workbookPr?: string } = {},
): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}">${options.workbookPr ?? ''}<sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG}">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        '',
      )}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': `${DECL}<sst xmlns="${MAIN}">${options.strings ?? ''}</sst>`,
    ...options.extra,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${s.body}</worksheet>`;
    if (s.rels)
      parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `${DECL}<Relationships xmlns="${PKG}">${s.rels}</Relationships>`;
  });
  return zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)])));
}

/** Reads the bytes with the new reader, checks ExcelJS reads the same, and returns the grids. */
async function read(bytes: Uint8Array, parity = true): Promise<WorkbookGrids> {
  const grids = readWorkbookGrids(zipParts(bytes));
  if (parity) expect(grids).toEqual(readWithExcelJs(await loadExcelJs(bytes)));
  return grids;
}

const one = (body: string, strings?: string): Uint8Array => book([{ name: 'Chỉ tiêu', body }], { strings });

test('shared formulas read in every cell as the master moved to it; absolute references and functions stay', async () => {
  const grids = await read(
    one(
      '<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+B2*$A$1+LOG10(B2)+Sheet2!A2</f><v>0</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
        '<row r="4"><c r="C4"><f t="shared" si="0"/></c><c r="D4"><f t="shared" si="9"/><v>5</v></c></row></sheetData>',
    ),
  );
  const s = grids.sheets[0];
  expect(s.formulas?.[1][2]).toBe('A2+B2*$A$1+LOG10(B2)+Sheet2!A2');
  expect(s.formulas?.[2][2]).toBe('A3+B3*$A$1+LOG10(B3)+Sheet2!A3');
  expect(s.formulas?.[3][2]).toBe('A4+B4*$A$1+LOG10(B4)+Sheet2!A4');
  // A cached 0 is kept; a formula with no cached value reads as empty.
  expect(s.values[1][2]).toBe(0);
  expect(s.values[2][2]).toBe(7);
  expect(s.values[3][2]).toBeNull();
  // A shared formula whose master is nowhere has no text (as ExcelJS read it).
  expect(s.formulas?.[3][3]).toBeNull();
});

test('slideFormula moves relative parts only, and leaves names past column XFD', () => {
  expect(slideFormula('SUM(A1:B2)+$C1+C$1+XFE1', 'A1', 'B3')).toBe('SUM(B3:C4)+$C3+D$1+XFE1');
});

test('inline strings, plain and rich, and str results of formulas', async () => {
  const grids = await read(
    one(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Sản lượng &amp; giá</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><rFont val="Arial"/></rPr><t xml:space="preserve">Lúa </t></r><r><t>chiêm</t></r></is></c>' +
        '<c r="C1" t="str"><f>A1&amp;""</f><v>Sản lượng &amp;amp; giá</v></c><c r="D1" t="str"><v>x</v></c></row></sheetData>',
    ),
  );
  expect(grids.sheets[0].values[0]).toEqual(['Sản lượng & giá', 'Lúa chiêm', 'Sản lượng & giá', 'x']);
  expect(grids.sheets[0].formulas?.[0][2]).toBe('A1&""');
});

test('rich shared strings are joined; the first named run tells a legacy font, and only then are fonts given', async () => {
  const strings =
    '<si><t>Chỉ tiêu</t></si><si><r><t>Tæng </t></r><r><rPr><rFont val=".VnTime"/></rPr><t>s¶n l­îng</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>_x000D_a</t></si><si/>';
  const grids = await read(
    one(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" s="4" t="s"><v>0</v></c></row></sheetData>',
      strings,
    ),
  );
  const s = grids.sheets[0];
  expect(s.values[0]).toEqual(['Chỉ tiêu', 'Tæng s¶n l­îng', '\ra', null, 'Chỉ tiêu']);
  expect(s.fonts?.[0]).toEqual([null, '.VnTime', null, null, '.VnTime']);
  expect(grids.defaultFont).toBe('Times New Roman');

  const unicode = await read(one('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', strings));
  expect(unicode.sheets[0].fonts).toBeUndefined();
});

test('errors as values and as cached results; booleans', async () => {
  const grids = await read(
    one(
      '<sheetData><row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><f>A1=A1</f><v>0</v></c></row></sheetData>',
    ),
  );
  expect(grids.sheets[0].values[0]).toEqual([{ error: '#N/A' }, { error: '#DIV/0!' }, true, false]);
});

test('dates by built-in and custom formats, in the 1900 and 1904 systems; other formats as written', async () => {
  const body =
    '<sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.75</v></c><c r="C1" s="3"><v>1234</v></c><c r="D1" s="5"><v>0.5</v></c><c r="E1" s="2"><f>A1</f><v>45000</v></c></row></sheetData>';
  const grids = await read(one(body));
  expect(grids.sheets[0].values[0]).toEqual(['2023-03-15', '2023-03-15', 1234, 0.5, '2023-03-15']);
  expect(grids.sheets[0].numberFormats?.[0]).toEqual(['mm-dd-yy', 'dd/mm/yyyy', '#,##0 "ha"', '0.00%', 'dd/mm/yyyy']);
  const mac = await read(book([{ name: 'A', body }], { workbookPr: '<workbookPr date1904="1"/>' }));
  expect(mac.sheets[0].values[0][0]).toBe('2027-03-16');
});

test('merged cells: the top-left keeps the value, covered cells are dropped, the grid reaches the merge', async () => {
  const grids = await read(
    one(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>BIỂU</t></is></c><c r="B1" t="inlineStr"><is><t>hidden</t></is></c><c r="D1"><v>4</v></c></row></sheetData>' +
        '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="E4:D2"/></mergeCells>',
    ),
  );
  const s = grids.sheets[0];
  expect(s.values).toEqual([['BIỂU', null, null, 4], [], [], []]);
  expect(s.merges).toEqual([
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 3, bottom: 3, right: 4 },
  ]);
});

test('hidden and very hidden sheets are read as hidden; the choices sheet is not a grid', async () => {
  const row = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
  const grids = await read(
    book([
      { name: 'Một', body: row },
      { name: 'Hai', body: row, state: 'hidden' },
      { name: 'Ba', body: row, state: 'veryHidden' },
      { name: 'chitieu_choices', body: row, state: 'veryHidden' },
      { name: 'Bốn', body: row, state: 'visible' },
    ]),
  );
  expect(grids.sheets.map((s) => [s.name, s.hidden])).toEqual([
    ['Một', false],
    ['Hai', true],
    ['Ba', true],
    ['Bốn', false],
  ]);
});

test('tables, protection and hyperlinked cells', async () => {
  const bytes = book(
    [
      {
        name: 'Bảng',
        body:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1"><v>5</v></c><c r="C1" s="1"/></row></sheetData>' +
          '<sheetProtection sheet="1" objects="1"/><hyperlinks><hyperlink ref="B1" r:id="rH"/><hyperlink ref="A1" location="Bảng!A2"/><hyperlink ref="C1" r:id="rH"/></hyperlinks><tableParts count="1"><tablePart r:id="rT"/></tableParts>',
        rels: `<Relationship Id="rT" Type="${REL}/table" Target="../tables/table1.xml"/><Relationship Id="rH" Type="${REL}/hyperlink" Target="https://example.org" TargetMode="External"/>`,
      },
    ],
    {
      extra: {
        'xl/tables/table1.xml': `${DECL}<table xmlns="${MAIN}" id="1" name="BangChiTieu" displayName="BangChiTieu" ref="A1:E7"><tableColumns count="1"><tableColumn id="1" name="STT"/></tableColumns></table>`,
      },
    },
  );
  const s = (await read(bytes)).sheets[0];
  expect(s.tables).toEqual([{ name: 'BangChiTieu', range: { top: 0, left: 0, bottom: 6, right: 4 } }]);
  expect(s.protected).toBe(true);
  // A number behind a link read as no value to ExcelJS, and an empty linked cell counts as a cell.
  expect(s.values[0]).toEqual(['STT', null, null]);
});

test('prefixed parts (x:worksheet) are read too', async () => {
  const prefixed = zipSync({
    ...Object.fromEntries(
      Object.entries({
        '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
        'xl/workbook.xml': `${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheets><x:sheet name="X" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
        'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
        'xl/worksheets/sheet1.xml': `${DECL}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>có</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      }).map(([n, t]) => [n, strToU8(t)]),
    ),
  });
  const grids = await read(prefixed, false);
  expect(grids.sheets[0].values).toEqual([['có', 2]]);
});

test('a file that is no workbook is refused with the messages it had', async () => {
  expect(() => loadGrids(strToU8('Sản lượng lúa'), 'notes.xlsx')).toThrow(/notes\.xlsx: .*not an \.xlsx/);
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await expect(FileHost.open(ole, 'locked.xlsx', { language: 'en' })).rejects.toThrow(/locked\.xlsx: .*password/i);
  const good = one('<sheetData/>');
  await expect(FileHost.open(good.subarray(0, 200), 'cut.xlsx', { language: 'en' })).rejects.toThrow(
    /cut\.xlsx: corrupt workbook/,
  );
  const noWorkbook = zipSync({
    '[Content_Types].xml': strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
  });
  await expect(FileHost.open(noWorkbook, 'empty.xlsx', { language: 'en' })).rejects.toThrow(
    /empty\.xlsx: corrupt workbook, it cannot be read \(xl\/workbook\.xml is missing\)/,
  );
  expect(() => loadGrids(noWorkbook, 'empty.xlsx')).toThrow(/xl\/workbook\.xml is missing/);
});
