/** The workbook part for the grids: its worksheets in order, with name, visibility and part, and its date system. */
import { REL } from '../../xlsx-package/relationships';
import { linksOf } from './relationships';
import { PackageReadError, type PackageParts } from './parts';
import { decodeNamedAgain, OPEN, XmlScanner } from './xml-scan';

export interface WorksheetEntry {
  name: string;
  /** `hidden`, `veryHidden`; undefined when the sheet is visible. */
  state: string | undefined;
  part: string;
}

export interface WorkbookEntries {
  worksheets: WorksheetEntry[];
  /** Dates count from 1904 (old Mac workbooks), not from 1900. */
  date1904: boolean;
  /** The styles and shared strings parts. */
  styles: string;
  sharedStrings: string;
}

/** The workbook part named by the package's relationships, else where Excel puts it. */
export function workbookPartOf(parts: PackageParts): string {
  for (const link of linksOf(parts, '').values()) if (link.type === REL.officeDocument && link.part) return link.part;
  return 'xl/workbook.xml';
}

export function readWorkbook(parts: PackageParts): WorkbookEntries {
  const part = workbookPartOf(parts);
  const xml = parts.text(part);
  if (xml === undefined) throw new PackageReadError(`${part} is missing`);
  const links = linksOf(parts, part);
  const worksheets: WorksheetEntry[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 'workbookPr') date1904 = s.attr('date1904') === '1';
    else if (s.name === 'sheet') {
      const link = links.get(s.prefixedAttr('id') ?? '');
      // Chartsheets and dialog sheets hold no cells; a sheet whose part is missing is skipped, as ExcelJS did.
      if (!link?.part || link.type !== REL.worksheet || parts.text(link.part) === undefined) continue;
      const state = s.attr('state');
      let name = decodeNamedAgain(s.attr('name') ?? '');
      // Excel allows 31 characters; ExcelJS cut longer names there.
      if (name.length > 31) name = name.slice(0, 31);
      worksheets.push({ name, state: state && state !== 'visible' ? state : undefined, part: link.part });
    }
  }
  const partOf = (type: string, usual: string): string => {
    for (const link of links.values()) if (link.type === type && link.part) return link.part;
    return usual;
  };
  return {
    worksheets,
    date1904,
    styles: partOf(REL.styles, 'xl/styles.xml'),
    sharedStrings: partOf(REL.sharedStrings, 'xl/sharedStrings.xml'),
  };
}
