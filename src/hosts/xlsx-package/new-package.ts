/** A new, empty workbook package (a sheet drafted before any file was opened), as Excel lays one out. */
import { TYPES } from './content-types';
import { XlsxPackage } from './package';
import { REL } from './relationships';
import { MINIMAL_STYLES } from './styles';
import { NS } from './xml';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function newPackage(): XlsxPackage {
  return XlsxPackage.fromParts({
    '[Content_Types].xml': `${DECLARATION}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${TYPES.relationships}"/><Default Extension="xml" ContentType="${TYPES.xml}"/><Override PartName="/xl/workbook.xml" ContentType="${TYPES.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${TYPES.styles}"/></Types>`,
    '_rels/.rels': `${DECLARATION}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECLARATION}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': MINIMAL_STYLES,
  });
}
