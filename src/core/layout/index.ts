/**
 * Finding indicator tables on a sheet: the header rows (one or two, merged or not), the role of
 * each column, which rows hold data and which are group headings, and how rows nest.
 */
import type { HeaderInfo } from '../headers';
import { conventionEvidence, decideConvention } from '../numbers';
import { SheetView } from '../sheet-view';
import { isOwnFormula, mayBeOwnHeader, ownHeaderKind } from '../own-output';
import { fold } from '../text';
import type { CellRange, NumberConvention, RoleName } from '../types';
import { chooseRoles } from './column-roles';
import {
  columnInfo,
  headerTexts,
  isColumnNumberRow,
  isGroupSubHeaderRow,
  isHeaderTailRow,
  isUpperHeaderRow,
  isYearSubHeaderRow,
  looksLikeHeaderRow,
} from './header-rows';
import { freeColumns, keepOutputsApart, occupiedColumns, ownOutputColumns } from './output-placement';
import { continuedTables, type HeaderBlock } from './repeated-header';
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

/**
 * The sheet's name and the texts of the rows just above a table's header, folded. Each text is folded
 * once per engine, as titles repeat table after table, and joined by a space: `fold` makes one space of
 * any run, so that is the texts joined, then folded.
 */
function titleContext(view: SheetView, headerTop: number): string {
  const parts: string[] = [];
  const add = (text: string): void => {
    const folded = view.memo.get(fold, text);
    if (folded) parts.push(folded);
  };
  add(view.name);
  for (let r = Math.max(0, headerTop - CONTEXT_ROWS); r < headerTop; r++) {
    for (const v of view.grid.values[r] ?? []) if (typeof v === 'string') add(v);
  }
  return parts.join(' ');
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

/**
 * Finds every indicator table on a sheet. Tables set side by side (`A. GIÁO DỤC` beside `B. Y TẾ`,
 * each with its own header, not always on the same row) are read each in its own band of columns
 * when that finds more data rows than reading the sheet whole.
 */
export function findTables(view: SheetView, forcedYear: number | null = null): TableLayout[] {
  // Tables are read as if chitieu had never written: its columns of an earlier run (often in the
  // empty columns that separated two tables) must not change what is found. They are found again,
  // and placed, on the sheet as it is.
  const clean = withoutOwnOutput(view);
  const whole = tablesIn(clean, view, null, forcedYear);
  const bands = columnBands(clean);
  if (bands.length < 2) return whole;
  const perBand = bands.map((band) => tablesIn(bandView(clean, band), view, band, forcedYear));
  if (perBand.filter((tables) => tables.length > 0).length < 2) return whole;
  const banded = perBand.flat();
  return dataRows(banded) > dataRows(whole) ? keepOutputsApart(view, banded) : whole;
}

function dataRows(tables: TableLayout[]): number {
  let n = 0;
  for (const t of tables) for (const r of t.rows) if (r.hasData) n++;
  return n;
}

/** Runs of columns holding something, split by columns with no value in any row. */
export function columnBands(view: SheetView): { left: number; right: number }[] {
  const used: boolean[] = new Array<boolean>(view.colCount).fill(false);
  for (let r = 0; r < view.rowCount; r++) {
    const row = view.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!view.isEmpty(r, c)) used[c] = true;
  }
  const bands: { left: number; right: number }[] = [];
  for (let c = 0; c < used.length; c++) {
    if (!used[c]) continue;
    const last = bands[bands.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else bands.push({ left: c, right: c });
  }
  return bands;
}

/**
 * The cells chitieu wrote in a column on an earlier run, from each of its headers (`headerRows`, one
 * for each of its kinds) down the run of its own formulas (or empty cells), up to the first cell of
 * anyone else's.
 */
function ownOutputCells(view: SheetView, col: number, headerRows: readonly number[]): number[] {
  const cells: number[] = [];
  for (const r of headerRows) {
    const run = [r];
    let formulas = 0;
    for (let below = r + 1; below < view.rowCount; below++) {
      if (view.isEmpty(below, col) && view.formula(below, col) === null) continue;
      const formula = view.formula(below, col);
      if (formula === null || !isOwnFormula(formula)) break;
      run.push(below);
      formulas++;
    }
    if (formulas > 0) cells.push(...run);
  }
  return cells;
}

/** The sheet without what chitieu wrote on an earlier run: those cells empty, merges over them gone. */
function withoutOwnOutput(view: SheetView): SheetView {
  // Where chitieu's headers are, found in one pass over the cells: most sheets have none.
  // Loops, not closures made per sheet, whose optimised code would be compiled again on every scan;
  // the kind of a text once per engine, as cells repeat commune after commune.
  const headersByColumn = new Map<number, number[]>();
  const { values } = view.grid;
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      if (typeof cells[c] !== 'string' || view.value(r, c) === null) continue;
      const text = view.text(r, c);
      if (!mayBeOwnHeader(text) || view.memo.get(ownHeaderKind, text) === null) continue;
      const rows = headersByColumn.get(c);
      if (rows) rows.push(r);
      else headersByColumn.set(c, [r]);
    }
  }
  const own = new Map<number, Set<number>>();
  for (const [c, headerRows] of headersByColumn) {
    const rows = ownOutputCells(view, c, headerRows);
    if (rows.length) own.set(c, new Set(rows));
  }
  if (!own.size) return view;
  const isOwn = (r: number, c: number): boolean => own.get(c)?.has(r) ?? false;
  return maskedView(view, (r, c) => !isOwn(r, c));
}

/** The sheet as seen through one band of columns: every other cell empty, merges crossing it gone. */
function bandView(view: SheetView, band: { left: number; right: number }): SheetView {
  return maskedView(view, (_, c) => c >= band.left && c <= band.right);
}

/** The sheet with only the cells `keep` accepts; a merge covering any other cell is gone. */
function maskedView(view: SheetView, keep: (row: number, col: number) => boolean): SheetView {
  const mask = <T>(row: T[] | undefined, r: number): T[] => (row ?? []).map((v, c) => (keep(r, c) ? v : (null as T)));
  const kept = (m: CellRange): boolean => {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (!keep(r, c)) return false;
    return true;
  };
  const { grid } = view;
  return new SheetView(
    {
      ...grid,
      values: grid.values.map(mask),
      numberFormats: grid.numberFormats?.map(mask),
      formulas: grid.formulas?.map(mask),
      merges: grid.merges?.filter(kept),
    },
    view.memo,
  );
}

/**
 * The tables read from `view` (the whole sheet, or one `band` of its columns), placed (free columns,
 * title) and their own columns of an earlier run found on the whole `sheet`.
 */
function tablesIn(
  view: SheetView,
  sheet: SheetView,
  band: { left: number; right: number } | null,
  forcedYear: number | null,
): TableLayout[] {
  const headerRows: number[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    if (looksLikeHeaderRow(view, r)) {
      // Two adjacent header-like rows form one header: keep the lower one as the anchor.
      if (headerRows.length && headerRows[headerRows.length - 1] === r - 1) headerRows[headerRows.length - 1] = r;
      else headerRows.push(r);
    }
  }
  const blocks = headerRows.map((row) => headerBlock(view, row));
  const { kept, repeatedRows } = continuedTables(view, blocks);
  const tables: TableLayout[] = [];
  for (let i = 0; i < kept.length; i++) {
    const { top: headerTop, anchor, bottom: headerBottom } = kept[i];
    // A table ends above the next table's header, upper header rows included, so no row belongs to both.
    const limit = Math.max(kept[i + 1]?.top ?? view.rowCount, anchor + 1) - 1;
    const headers = headerTexts(view, headerTop, anchor);
    const infos = headers.map((_, c) => columnInfo(view, c, headerTop, anchor));
    const roles = chooseRoles(view, infos, headers, headerBottom + 1, limit, forcedYear, titleYear(sheet, headerTop));
    if (!roles) continue;
    const rowsAll = tableRows(
      view,
      roles.columns,
      roles.stt,
      headerBottom + 1,
      limit,
      unitNote(view, headerTop),
    ).filter((row) => !repeatedRows.has(row.row));
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
    const existingOutput = ownOutputColumns(
      sheet,
      headerTexts(sheet, headerTop, anchor),
      Math.max(roles.columns.label, 0),
      { top: headerBottom + 1, bottom: lastRow },
      band,
    );
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
    const outputCol = existingOutput.percent ?? freeColumns(sheet, lastCol + 1, headerTop, lastRow, outputCount);
    tables.push({
      headerTop,
      headerBottom,
      lastRow,
      firstCol,
      lastCol,
      headers,
      headerInfo: infos,
      columns: roles.columns,
      roleDoubts: roles.doubts,
      stt: roles.stt,
      year: roles.year,
      language,
      conventions,
      rows,
      existingOutput,
      outputCol,
      context: titleContext(sheet, headerTop),
    });
  }
  return tables;
}

/**
 * The rows of the header anchored at `row`: the rows above it that belong to it (`Năm 2023` over
 * `KH | TH`), the rows of years or sub-headers under it, and a row of column numbers.
 */
function headerBlock(view: SheetView, row: number): HeaderBlock {
  let anchor = row;
  // `Kế hoạch` merged over `2023 | 2024`: the row of years below belongs to the header.
  while (
    anchor + 1 < view.rowCount &&
    (isYearSubHeaderRow(view, anchor + 1) || isGroupSubHeaderRow(view, anchor + 1) || isHeaderTailRow(view, anchor + 1))
  )
    anchor++;
  let top = anchor;
  while (top > 0 && top > anchor - MAX_UPPER_HEADER_ROWS && isUpperHeaderRow(view, top - 1, anchor)) top--;
  let bottom = anchor;
  while (bottom + 1 < view.rowCount && isColumnNumberRow(view, bottom + 1)) bottom++;
  return { top, anchor, bottom };
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
