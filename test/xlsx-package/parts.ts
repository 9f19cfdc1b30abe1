/** Small packages for the package writer's specs, built from XML texts. */
import { Book } from '../../src/hosts/xlsx-package/book';
import { XlsxPackage } from '../../src/hosts/xlsx-package/package';
import { NS } from '../../src/hosts/xlsx-package/xml';

export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function sheetXml(body: string, extra = ''): string {
  return `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"${extra}>${body}</worksheet>`;
}

/** A workbook with one sheet `Sheet1` holding `sheet`, and the given styles part. */
export function bookWith(sheet: string, styles?: string): Book {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="X" localSheetId="0">Sheet1!$A$1</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/styles.xml':
      styles ??
      `${DECL}<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
  return new Book(XlsxPackage.fromParts(parts));
}

/** The package saved and opened again, as the next run sees it. */
export function reopen(book: Book): Book {
  return new Book(XlsxPackage.fromBytes(book.pkg.toBytes()));
}
