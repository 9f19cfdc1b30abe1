/**
 * Finding indicator tables on a sheet: the header rows (one or two, merged or not), the role of
 * each column, which rows hold data and which are group headings, and how rows nest.
 */
import { classifyHeader, type HeaderInfo, isPersonListHeader } from './headers';
import { conventionEvidence, decideConvention } from './numbers';
import { isOwnColumn, type CellContent } from './own-output';
import { cellText, SheetView } from './sheet-view';
import { fold, isSubItemLabel, splitOutlinePrefix, unitInLabel } from './text';
import type { ColumnRoles, ExistingOutput, NumberConvention, OutputKind, RoleName } from './types';

export interface LayoutRow {
  row: number;
  label: string;
  /** The outline number from the STT column or the label prefix. */
  number: string | null;
  depth: number;
  /** Whether the row holds a plan, actual or previous value (else it is a group heading). */
  hasData: boolean;
  isSubItem: boolean;
  unit: string | null;
}

export interface TableLayout {
  headerTop: number;
  headerBottom: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  headers: string[];
  headerInfo: HeaderInfo[];
  columns: ColumnRoles;
  stt: number | null;
  year: number | null;
  language: 'vi' | 'en';
  conventions: Partial<Record<RoleName, NumberConvention>>;
  rows: LayoutRow[];
  existingOutput: ExistingOutput;
  /** First column of chitieu's output: its columns from before, or the first free pair right of the table. */
  outputCol: number;
  /** The sheet's name and the title rows above the header, folded: what the table is about. */
  context: string;
}

const MAX_HEADER_TEXT = 80;
/** A table ends after this many blank rows. */
const TABLE_GAP = 6;

function isYearNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** Whether a row reads as a header row with at least a plan or actual column. */
function looksLikeHeaderRow(view: SheetView, row: number): boolean {
  let valueRoles = 0;
  let known = 0;
  for (let c = 0; c < view.colCount; c++) {
    const v = view.shown(row, c);
    if (typeof v === 'number' && !isYearNumber(v)) return false;
    const text = cellText(v);
    if (!text) continue;
    if (text.length > MAX_HEADER_TEXT || isPersonListHeader(text)) return false;
    const info = view.memo.get(classifyHeader, text);
    if (info.kind === 'plan' || info.kind === 'actual' || info.kind === 'previous') valueRoles++;
    if (info.kind !== 'unknown') known++;
  }
  return valueRoles >= 1 && known >= 2;
}

/** A header-like row above a header row (`Năm 2023` over `Kế hoạch | Thực hiện`), not a title or a unit note. */
function isUpperHeaderRow(view: SheetView, row: number, below: number): boolean {
  let evidence = false;
  for (let c = 0; c < view.colCount; c++) {
    const v = view.shown(row, c);
    if (typeof v === 'number' && !isYearNumber(v)) return false;
    const text = cellText(v);
    if (!text) continue;
    if (text.length > 40 || text.includes(':')) return false;
    const merge = view.mergeAt(row, c);
    if (merge && merge.right - merge.left + 1 >= Math.max(3, view.colCount - 1)) return false;
    if (merge && merge.top <= row && merge.bottom >= below) evidence = true;
    const info = view.memo.get(classifyHeader, text);
    if (info.kind !== 'unknown' || info.year !== null) evidence = true;
  }
  return evidence;
}

/** A row of years under merged headers (`Kế hoạch` over `2023 | 2024`), as numbers or as `Năm 2023`. */
function isYearSubHeaderRow(view: SheetView, row: number): boolean {
  let years = 0;
  let underSpan = false;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(row, c);
    if (merge && merge.top < row) continue;
    const v = view.value(row, c);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (!(isYearNumber(v) || (typeof v === 'string' && /^(?:nam\s*)?(?:19|20)\d\d$/.test(fold(v))))) return false;
    years++;
    const above = row > 0 ? view.mergeAt(row - 1, c) : null;
    if (above && above.right > above.left) underSpan = true;
  }
  return years >= 2 && underSpan;
}

/** A row of column numbers under a header: `(1) | (2) | (3)`, `A | B | 1 | 2 | 3=2/1`. */
function isColumnNumberRow(view: SheetView, row: number): boolean {
  let cells = 0;
  for (let c = 0; c < view.colCount; c++) {
    const text = view.text(row, c);
    if (!text) continue;
    cells++;
    if (!/^\(?[A-Za-z0-9]{1,2}\)?(?:\s*[=*/+-]\s*\(?[A-Za-z0-9]{1,2}\)?)*$/.test(text)) return false;
  }
  return cells >= 3;
}

/** The first year named in the title rows above a header (`… NĂM 2023 VÀ KẾ HOẠCH NĂM 2024` → 2023). */
function titleYear(view: SheetView, headerTop: number): number | null {
  for (let r = Math.max(0, headerTop - 8); r < headerTop; r++) {
    const row = view.grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const year = view.memo.get(yearInTitle, v);
      if (year !== null) return year;
    }
  }
  return null;
}

/** The sheet's name and the texts of the rows just above a table's header, folded. */
function titleContext(view: SheetView, headerTop: number): string {
  const parts = [view.name];
  for (let r = Math.max(0, headerTop - 6); r < headerTop; r++) {
    for (const v of view.grid.values[r] ?? []) if (typeof v === 'string') parts.push(v);
  }
  return fold(parts.join(' '));
}

/** A year named in a title text, not the year of a date (`ngày 28/12/2023`). */
function yearInTitle(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(text);
  return m && !/\d{1,2}\/\d{1,2}\/(?:19|20)\d\d/.test(text) ? Number(m[1]) : null;
}

/** Signature blocks and notes under a table end it: `Người lập biểu`, `TM. UBND`, `Ghi chú: …`. */
const FOOTER =
  /^(nguoi lap|nguoi ghi|thu truong|chu tich|pho chu tich|ke toan|tm\.? |kt\.? |t\/m |xac nhan|noi nhan|ghi chu|chu thich|nguon( so lieu)?\s*:|prepared by|approved by|note\s*:|notes\s*:|source\s*:)/;

function isFooterLabel(label: string): boolean {
  return FOOTER.test(fold(label) + ' ');
}

interface Candidate {
  col: number;
  info: HeaderInfo;
}

/**
 * The column for a role among its candidates: of the report year, for the whole year rather than
 * part of it, a revised plan over the one set at the start of the year, and one that holds numbers
 * over one that holds none (`Đánh giá kết quả` typed with Đạt / Không đạt).
 */
function pick(
  cands: Candidate[],
  year: number | null,
  preferLast: boolean,
  hasNumbers: (col: number) => boolean,
): Candidate | null {
  let pool = cands.filter((c) => year === null || c.info.year === null || c.info.year === year);
  for (const prefer of [
    (c: Candidate) => !c.info.partial,
    (c: Candidate) => c.info.revised,
    (c: Candidate) => hasNumbers(c.col),
  ]) {
    const preferred = pool.filter(prefer);
    if (preferred.length) pool = preferred;
  }
  if (!pool.length) return null;
  return preferLast ? pool[pool.length - 1] : pool[0];
}

/** How many cells of a column hold words (two letters or more) in the rows. */
function wordyCells(view: SheetView, col: number, from: number, to: number): number {
  let count = 0;
  for (let r = from; r <= to; r++) if (/\p{L}{2,}/u.test(view.text(r, col, true))) count++;
  return count;
}

/** Whether a column holds a number (or a number written as text) in the rows. */
function holdsNumbers(view: SheetView, col: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) {
    const v = view.value(r, col);
    if (typeof v === 'number') return true;
    if (typeof v === 'string' && /\d/.test(v)) return true;
  }
  return false;
}

function chooseRoles(
  view: SheetView,
  infos: HeaderInfo[],
  headers: string[],
  firstDataRow: number,
  lastRow: number,
  forcedYear: number | null,
  titleYear: number | null,
): { columns: ColumnRoles; stt: number | null; year: number | null } | null {
  const byKind = (kind: string): Candidate[] =>
    infos.map((info, col) => ({ col, info })).filter((c) => c.info.kind === kind);
  const plans = byKind('plan');
  const actuals = byKind('actual');
  const explicitPrevious = byKind('previous');
  if (!plans.length && !actuals.length) return null;

  const planYears = new Set(plans.map((p) => p.info.year).filter((y): y is number => y !== null));
  const actualYears = new Set(actuals.map((a) => a.info.year).filter((y): y is number => y !== null));
  const hasNumbers = (col: number): boolean => holdsNumbers(view, col, firstDataRow, lastRow);
  const met = [...planYears].filter((y) => actualYears.has(y));
  // A year whose actual column is still empty (`KH 2024 | TH 2024` in a 2023 report) is not reported yet.
  const reported = met.filter((y) => actuals.some((a) => a.info.year === y && hasNumbers(a.col)));
  const bothYears = reported.length ? reported : met;
  // The report year: where plan and actual meet (the title's, if it is one of them); else the
  // title's year; else the actual's.
  const year =
    forcedYear ??
    (bothYears.length
      ? titleYear !== null && bothYears.includes(titleYear)
        ? titleYear
        : Math.max(...bothYears)
      : titleYear !== null && (planYears.has(titleYear) || actualYears.has(titleYear) || !planYears.size)
        ? titleYear
        : actualYears.size
          ? Math.max(...actualYears)
          : planYears.size
            ? Math.min(...planYears)
            : titleYear);

  const plan = pick(plans, year, false, hasNumbers);
  const actual = pick(actuals, year, true, hasNumbers);
  let previous: Candidate | null = explicitPrevious[explicitPrevious.length - 1] ?? null;
  if (!previous && year !== null) {
    // An earlier year's actual, or a column headed only by an earlier year (`2022`) that holds numbers.
    const bareYears = byKind('unknown').filter(
      (c) => c.info.year !== null && /^(?:nam\s*)?(?:19|20)\d\d$/.test(fold(headers[c.col])) && hasNumbers(c.col),
    );
    const earlier = [...actuals, ...bareYears].filter((a) => a.info.year !== null && a.info.year < year);
    previous = earlier.sort((a, b) => (b.info.year ?? 0) - (a.info.year ?? 0))[0] ?? null;
  }

  let stt = byKind('stt')[0]?.col ?? null;
  const unit = byKind('unit')[0]?.col ?? null;
  const valueCols = [plan?.col, actual?.col].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  let label =
    byKind('label').find((c) => c.col < firstValueCol)?.col ??
    byKind('label')[0]?.col ??
    textiestColumn(view, infos, firstDataRow, lastRow, firstValueCol);
  if (label === null) return null;
  // `Chỉ tiêu` written over the numbers (`1.`, `2.`) with the labels in the unheaded column beside it.
  const beside = label + 1;
  if (
    beside < firstValueCol &&
    infos[beside].kind === 'unknown' &&
    wordyCells(view, beside, firstDataRow, lastRow) > wordyCells(view, label, firstDataRow, lastRow)
  ) {
    stt ??= label;
    label = beside;
  }
  return {
    columns: { label, unit, plan: plan?.col ?? null, actual: actual?.col ?? null, previous: previous?.col ?? null },
    stt,
    year,
  };
}

/** The column left of the values with the most text: the labels, when no header names them. */
function textiestColumn(view: SheetView, infos: HeaderInfo[], from: number, to: number, before: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  // `before` is Infinity when no value column was chosen; the header row may also be shorter.
  for (let c = 0; c < Math.min(before, infos.length); c++) {
    if (infos[c].kind !== 'unknown' && infos[c].kind !== 'label') continue;
    let count = 0;
    for (let r = from; r <= to; r++) if (/\p{L}{2,}/u.test(view.text(r, c))) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Depth of an outline number: A < I < 1 < 1.1 < a < - < +. */
export function outlineDepth(number: string | null): number | null {
  return number ? depthOf(number) : null;
}

function depthOf(number: string): number | null {
  const n = number.trim().replace(/[.)]+$/, '');
  if (ROMAN.test(n)) return 1;
  if (/^[A-Z]$/.test(n)) return 0;
  if (/^\d+$/.test(n)) return 2;
  if (/^\d+(\.\d+)+$/.test(n)) return 1 + n.split('.').length;
  if (/^[a-zđ]$/.test(n)) return 5;
  if (/^[-–—•·]$/.test(n)) return 6;
  if (/^[+]$/.test(n)) return 7;
  if (/^\*$/.test(n)) return 8;
  return null;
}

function hasSomething(view: SheetView, row: number, col: number | null): boolean {
  return col !== null && !view.isEmpty(row, col);
}

/** Whether the row's label cell starts a merge that runs over the value columns (a note, not data). */
function labelSpansValues(view: SheetView, row: number, roles: ColumnRoles): boolean {
  const valueCols = [roles.plan, roles.actual].filter((c): c is number => c !== null);
  return valueCols.some((c) => {
    const merge = view.coveringMerge(row, c);
    return merge !== null && merge.left <= roles.label;
  });
}

/** `Đơn vị tính: đồng` written above a table without a unit column. */
function unitNote(view: SheetView, headerTop: number): string | null {
  for (let r = Math.max(0, headerTop - 4); r < headerTop; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const m = /^\(?\s*(?:đơn vị tính|đơn vị|đvt|unit)\s*:\s*([^()]{1,30}?)\s*\)?$/iu.exec(view.text(r, c));
      if (m) return m[1];
    }
  }
  return null;
}

interface LabelFacts {
  isLabel: boolean;
  isFooter: boolean;
  prefix: string | null;
  isSubItem: boolean;
  unit: string | null;
}

/** What a label cell's text says about its row; the view's memo remembers it, as labels repeat commune after commune. */
function labelFacts(label: string): LabelFacts {
  const prefix = splitOutlinePrefix(label);
  return {
    isLabel: /\p{L}{2,}/u.test(label),
    isFooter: isFooterLabel(label),
    prefix: prefix.prefix,
    isSubItem: isSubItemLabel(prefix.rest),
    unit: unitInLabel(prefix.rest),
  };
}

function tableRows(
  view: SheetView,
  roles: ColumnRoles,
  stt: number | null,
  from: number,
  to: number,
  tableUnit: string | null,
): LayoutRow[] {
  const rows: LayoutRow[] = [];
  let previousDepth = 2;
  for (let r = from; r <= to; r++) {
    const rawLabel = view.text(r, roles.label, true);
    const facts = view.memo.get(labelFacts, rawLabel);
    if (!facts.isLabel) continue;
    if (facts.isFooter) break;
    if (labelSpansValues(view, r, roles)) continue;
    const hasData = hasSomething(view, r, roles.plan) || hasSomething(view, r, roles.actual);
    const sttText = stt !== null && stt !== roles.label ? view.text(r, stt) : '';
    const number = sttText || facts.prefix;
    const subItem = facts.isSubItem;
    let depth = number ? view.memo.get(depthOf, number) : null;
    if (depth === null) depth = subItem ? previousDepth + 1 : number ? previousDepth : previousDepth;
    if (!subItem) previousDepth = depth;
    const unitCell = roles.unit !== null ? view.text(r, roles.unit) : '';
    const unit = unitCell || facts.unit || tableUnit;
    rows.push({
      row: r,
      label: rawLabel,
      number: number || null,
      depth,
      hasData,
      isSubItem: subItem,
      unit,
    });
  }
  return rows;
}

/**
 * Each column's header text over the header rows. A column whose every header cell is the
 * continuation of a merge from the left (`TH 2023` merged over H:I) has no header of its own:
 * the merge names the column where it starts.
 */
function headerTexts(view: SheetView, top: number, bottom: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const parts: string[] = [];
    let own = false;
    for (let r = top; r <= bottom; r++) {
      const merge = view.mergeAt(r, c);
      if (!merge || merge.left === c) own = true;
      const t = view.text(r, c, true);
      if (t && !parts.includes(t)) parts.push(t);
    }
    out.push(own ? parts.join(' ').trim() : '');
  }
  return out;
}

/** The cells of a column below its header, as the ownership rule reads them. */
function* columnCells(view: SheetView, col: number, from: number, to: number): Iterable<CellContent> {
  for (let r = from; r <= to; r++) yield { formula: view.formula(r, col), empty: view.isEmpty(r, col) };
}

/**
 * What a column holds, read over its header rows one cell at a time: the lowest cell that names a
 * role decides (`Kế hoạch` under `Kết quả thực hiện` is a plan), a ratio or note above it wins
 * (`So sánh (%)` over `KH`), the year is the nearest one going up, and chitieu's own headers are
 * recognised by the whole text.
 */
function columnInfo(view: SheetView, col: number, top: number, bottom: number): HeaderInfo {
  const texts: string[] = [];
  let ownAny = false;
  for (let r = top; r <= bottom; r++) {
    const merge = view.mergeAt(r, col);
    const own = !merge || merge.left === col;
    ownAny ||= own;
    const t = view.text(r, col, true);
    if (t && (own || r < bottom) && !texts.includes(t)) texts.push(t);
  }
  // Every header cell continues a merge from the left: the merge names the column where it starts.
  if (!ownAny) return view.memo.get(classifyHeader, '');
  const whole = view.memo.get(classifyHeader, texts.join(' '));
  if (texts.length <= 1 || whole.kind === 'output') return whole;
  const cells = texts.map((t) => view.memo.get(classifyHeader, t));
  let kind: HeaderInfo['kind'] = 'unknown';
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i].kind !== 'unknown') {
      kind = cells[i].kind;
      break;
    }
  }
  if (cells.some((c) => c.kind === 'ratio')) kind = 'ratio';
  else if (cells.some((c) => c.kind === 'note')) kind = 'note';
  const year = [...cells].reverse().find((c) => c.year !== null)?.year ?? null;
  return {
    kind,
    year,
    partial: cells.some((c) => c.partial),
    revised: cells.some((c) => c.revised),
    language: whole.language,
  };
}

function ownOutputColumns(
  view: SheetView,
  headers: string[],
  from: number,
  rows: { top: number; bottom: number },
): ExistingOutput {
  const found: ExistingOutput = { percent: null, status: null, previousPercent: null };
  const own = (c: number, kind: OutputKind): boolean =>
    c < headers.length && isOwnColumn(headers[c], kind, columnCells(view, c, rows.top, rows.bottom));
  for (let c = from; c < headers.length - 1; c++) {
    if (own(c, 'percent') && own(c + 1, 'status')) {
      found.percent = c;
      found.status = c + 1;
      if (own(c + 2, 'previousPercent')) found.previousPercent = c + 2;
      return found;
    }
  }
  return found;
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
    while (headerTop > 0 && headerTop > anchor - 2 && isUpperHeaderRow(view, headerTop - 1, anchor)) headerTop--;
    let headerBottom = anchor;
    while (headerBottom + 1 < view.rowCount && isColumnNumberRow(view, headerBottom + 1)) headerBottom++;
    // A table ends above the next table's header, upper header rows included, so no row belongs to both.
    const nextAnchor = headerRows[i + 1];
    let nextTop = nextAnchor ?? view.rowCount;
    while (
      nextAnchor !== undefined &&
      nextTop - 1 > anchor &&
      nextTop > nextAnchor - 2 &&
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

/** The leftmost and rightmost columns holding something (a value or a merge) over the rows, chitieu's own columns aside. */
function occupiedColumns(
  view: SheetView,
  top: number,
  bottom: number,
  ownCols: ReadonlySet<number | null>,
): { firstCol: number; lastCol: number } {
  let firstCol = Number.MAX_SAFE_INTEGER;
  let lastCol = 0;
  const take = (c: number): void => {
    if (ownCols.has(c)) return;
    if (c < firstCol) firstCol = c;
    if (c > lastCol) lastCol = c;
  };
  for (let r = top; r <= bottom; r++) {
    const row = view.grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) take(c);
    }
  }
  for (const m of view.grid.merges ?? []) {
    if (m.bottom < top || m.top > bottom) continue;
    for (let c = m.left; c <= m.right; c++) take(c);
  }
  return { firstCol: firstCol === Number.MAX_SAFE_INTEGER ? 0 : firstCol, lastCol };
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

/** The first column from `start` where `count` adjacent columns are free over the rows. */
function freeColumns(view: SheetView, start: number, top: number, bottom: number, count: number): number {
  for (let c = start; ; c++) {
    let free = true;
    for (let k = 0; k < count && free; k++) {
      for (let r = top; r <= bottom && free; r++) if (!view.isFree(r, c + k)) free = false;
    }
    if (free) return c;
  }
}
