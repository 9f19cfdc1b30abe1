/**
 * Finding indicator tables on a sheet: the header rows (one or two, merged or not), the role of
 * each column, which rows hold data and which are group headings, and how rows nest.
 */
import type { HeaderInfo } from '../headers';
import { conventionEvidence, decideConvention } from '../numbers';
import type { SheetView } from '../sheet-view';
import { fold } from '../text';
import type { NumberConvention, RoleName } from '../types';
import { chooseRoles } from './column-roles';
import {
  columnInfo,
  headerTexts,
  isColumnNumberRow,
  isUpperHeaderRow,
  isYearSubHeaderRow,
  looksLikeHeaderRow,
} from './header-rows';
import { freeColumns, occupiedColumns, ownOutputColumns } from './output-placement';
import { titleYear } from './report-year';
import { tableRows, unitNote } from './row-outline';
import type { LayoutRow, TableLayout } from './types';

export type { LayoutRow, TableLayout } from './types';

/** A table ends after this many blank rows. */
const TABLE_GAP = 6;
/** Title rows read above a header for what the table is about. */
const CONTEXT_ROWS = 6;
/** Header rows above the one that names the roles (`Năm 2023` over `KH | TH`, a group over those). */
const MAX_UPPER_HEADER_ROWS = 2;

/** The sheet's name and the texts of the rows just above a table's header, folded. */
function titleContext(view: SheetView, headerTop: number): string {
  const parts = [view.name];
  for (let r = Math.max(0, headerTop - CONTEXT_ROWS); r < headerTop; r++) {
    for (const v of view.grid.values[r] ?? []) if (typeof v === 'string') parts.push(v);
  }
  return fold(parts.join(' '));
}

function columnTexts(view: SheetView, col: number | null, rows: LayoutRow[]): string[] {
  if (col === null) return [];
  const out: string[] = [];
  for (const r of rows) {
    const v = view.value(r.row, col);
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** Finds every indicator table on a sheet. */
export function findTables(view: SheetView, forcedYear: number | null = null): TableLayout[] {
  const headerRows: number[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    if (looksLikeHeaderRow(view, r)) {
      // Two adjacent header-like rows form one header: keep the lower one as the anchor.
      if (headerRows.length && headerRows[headerRows.length - 1] === r - 1) headerRows[headerRows.length - 1] = r;
      else headerRows.push(r);
    }
  }
  const tables: TableLayout[] = [];
  for (let i = 0; i < headerRows.length; i++) {
    let anchor = headerRows[i];
    // `Kế hoạch` merged over `2023 | 2024`: the row of years below belongs to the header.
    while (anchor + 1 < view.rowCount && isYearSubHeaderRow(view, anchor + 1)) anchor++;
    let headerTop = anchor;
    while (headerTop > 0 && headerTop > anchor - MAX_UPPER_HEADER_ROWS && isUpperHeaderRow(view, headerTop - 1, anchor))
      headerTop--;
    let headerBottom = anchor;
    while (headerBottom + 1 < view.rowCount && isColumnNumberRow(view, headerBottom + 1)) headerBottom++;
    // A table ends above the next table's header, upper header rows included, so no row belongs to both.
    const nextAnchor = headerRows[i + 1];
    let nextTop = nextAnchor ?? view.rowCount;
    while (
      nextAnchor !== undefined &&
      nextTop - 1 > anchor &&
      nextTop > nextAnchor - MAX_UPPER_HEADER_ROWS &&
      isUpperHeaderRow(view, nextTop - 1, nextAnchor)
    )
      nextTop--;
    const limit = nextTop - 1;
    const headers = headerTexts(view, headerTop, anchor);
    const infos = headers.map((_, c) => columnInfo(view, c, headerTop, anchor));
    const roles = chooseRoles(view, infos, headers, headerBottom + 1, limit, forcedYear, titleYear(view, headerTop));
    if (!roles) continue;
    const rowsAll = tableRows(view, roles.columns, roles.stt, headerBottom + 1, limit, unitNote(view, headerTop));
    // The table ends at a long run of blank rows.
    const rows: LayoutRow[] = [];
    let lastSeen = headerBottom;
    for (const row of rowsAll) {
      if (row.row - lastSeen > TABLE_GAP && rows.some((x) => x.hasData)) break;
      rows.push(row);
      lastSeen = row.row;
    }
    while (rows.length && !rows[rows.length - 1].hasData) rows.pop();
    if (!rows.length) continue;
    const lastRow = rows[rows.length - 1].row;
    const existingOutput = ownOutputColumns(view, headers, Math.max(roles.columns.label, 0), {
      top: headerBottom + 1,
      bottom: lastRow,
    });
    const ownCols = new Set([existingOutput.percent, existingOutput.status, existingOutput.previousPercent]);
    const { firstCol, lastCol } = occupiedColumns(view, headerTop, lastRow, ownCols);
    const language = tableLanguage(infos);
    const conventions: Partial<Record<RoleName, NumberConvention>> = {};
    for (const role of ['plan', 'actual', 'previous'] as const) {
      conventions[role] = decideConvention(columnTexts(view, roles.columns[role], rows), (text) =>
        view.memo.get(conventionEvidence, text),
      );
    }
    const outputCount = roles.columns.previous === null ? 2 : 3;
    const outputCol = existingOutput.percent ?? freeColumns(view, lastCol + 1, headerTop, lastRow, outputCount);
    tables.push({
      headerTop,
      headerBottom,
      lastRow,
      firstCol,
      lastCol,
      headers,
      headerInfo: infos,
      columns: roles.columns,
      stt: roles.stt,
      year: roles.year,
      language,
      conventions,
      rows,
      existingOutput,
      outputCol,
      context: titleContext(view, headerTop),
    });
  }
  return tables;
}

function tableLanguage(infos: HeaderInfo[]): 'vi' | 'en' {
  let vi = 0;
  let en = 0;
  for (const info of infos) {
    if (info.language === 'vi') vi++;
    else if (info.language === 'en') en++;
  }
  return en > vi ? 'en' : 'vi';
}
