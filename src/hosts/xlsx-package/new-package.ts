/** A new, empty workbook package (a sheet drafted before any file was opened), as Excel lays one out. */
import { TYPES } from './content-types';
import { XlsxPackage } from './package';
import { REL } from './relationships';
import { NS } from './xml';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function newPackage(): XlsxPackage {
  return XlsxPackage.fromParts({
    '[Content_Types].xml': `${DECLARATION}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${TYPES.relationships}"/><Default Extension="xml" ContentType="${TYPES.xml}"/><Override PartName="/xl/workbook.xml" ContentType="${TYPES.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${TYPES.styles}"/></Types>`,
    '_rels/.rels': `${DECLARATION}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECLARATION}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${DECLARATION}<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`,
  });
}
