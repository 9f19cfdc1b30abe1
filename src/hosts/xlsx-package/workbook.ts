/**
 * The workbook part (`xl/workbook.xml`): its sheets in order with names, visibility and parts, and
 * structure protection. chitieu appends its own sheets at the end (so no sheet-scoped name or tab
 * index of the user's moves) and never renames or removes a user's sheet.
 */
import { CONTENT_TYPES, contentTypeOf, declarePart, TYPES } from './content-types';
import type { XlsxPackage } from './package';
import { addRelationship, dropRelationships, REL, relationships } from './relationships';
import { child, children, createLike, insertInOrder, root, type Document, type Element } from './xml';

/** CT_Workbook's sequence. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
  /** The part holding the sheet, or null when its relationship is missing. */
  part: string | null;
  kind: 'worksheet' | 'chartsheet' | 'other';
  /** 0-based position among the sheets (what `localSheetId` counts). */
  index: number;
}

/** The workbook part named by the package's relationships (`xl/workbook.xml`). */
export function workbookPart(pkg: XlsxPackage): string {
  const part = relationships(pkg, '').find((r) => r.type === REL.officeDocument)?.part;
  return part ?? 'xl/workbook.xml';
}

export function isMacroEnabled(pkg: XlsxPackage): boolean {
  return (
    contentTypeOf(pkg, workbookPart(pkg)) === TYPES.workbookMacro ||
    pkg.names().some((n) => /vbaProject\.bin$/i.test(n))
  );
}

function relId(sheet: Element): string {
  return sheet.getAttributeNS(REL_NS, 'id') ?? sheet.getAttribute('r:id') ?? '';
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function sheets(pkg: XlsxPackage): SheetEntry[] {
  const book = workbookPart(pkg);
  const rels = new Map(relationships(pkg, book).map((r) => [r.id, r]));
  const list = child(root(pkg.read(book)), 'sheets');
  return (list ? children(list, 'sheet') : []).map((s, index) => {
    const rel = rels.get(relId(s));
    const state = (s.getAttribute('state') ?? 'visible') as SheetState;
    return {
      name: s.getAttribute('name') ?? '',
      sheetId: Number(s.getAttribute('sheetId')),
      relId: relId(s),
      state,
      part: rel?.part ?? null,
      kind: rel?.type === REL.worksheet ? 'worksheet' : /chartsheet$/.test(rel?.type ?? '') ? 'chartsheet' : 'other',
      index,
    };
  });
}

export function findSheet(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  return sheets(pkg).find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Whether the workbook's structure is protected (sheets may not be added, removed or renamed). */
export function structureLocked(pkg: XlsxPackage): boolean {
  const protection = child(root(pkg.read(workbookPart(pkg))), 'workbookProtection');
  const value = protection?.getAttribute('lockStructure');
  return value === '1' || value === 'true';
}

/** Adds a worksheet part holding `doc` as the last sheet; returns its part name. */
export function addWorksheet(pkg: XlsxPackage, name: string, doc: Document, state: SheetState = 'visible'): string {
  const book = workbookPart(pkg);
  const part = pkg.freeName('xl/worksheets/sheet', '.xml');
  pkg.setXml(part, doc);
  declarePart(pkg, part, TYPES.worksheet);
  const id = addRelationship(pkg, book, REL.worksheet, part);
  const workbook = root(pkg.xml(book));
  const list = child(workbook, 'sheets') ?? insertInOrder(workbook, createLike(workbook, 'sheets'), WORKBOOK_ORDER);
  const sheetIds = children(list, 'sheet').map((s) => Number(s.getAttribute('sheetId')) || 0);
  const sheet = createLike(list, 'sheet');
  sheet.setAttribute('name', name);
  sheet.setAttribute('sheetId', String(Math.max(0, ...sheetIds) + 1));
  if (state !== 'visible') sheet.setAttribute('state', state);
  const prefix = workbook.lookupPrefix(REL_NS) ?? 'r';
  sheet.setAttributeNS(REL_NS, `${prefix}:id`, id);
  list.appendChild(sheet);
  return part;
}

/**
 * Gives a sheet chitieu made before new content: the part keeps its name, its place among the sheets
 * and whatever the user set on the sheet's entry (tab colour is in the part and is replaced); the
 * old part's drawings and charts go with it.
 */
export function replaceWorksheet(pkg: XlsxPackage, entry: SheetEntry, doc: Document): void {
  if (!entry.part) throw new Error(`sheet ${entry.name} has no part`);
  dropRelationships(pkg, entry.part);
  pkg.setXml(entry.part, doc);
}

export { CONTENT_TYPES };

/** The 0-based position of the sheet the workbook opens on. */
export function activeTab(pkg: XlsxPackage): number {
  const views = child(root(pkg.read(workbookPart(pkg))), 'bookViews');
  const view = views ? children(views, 'workbookView')[0] : undefined;
  return Number(view?.getAttribute('activeTab') ?? 0) || 0;
}
