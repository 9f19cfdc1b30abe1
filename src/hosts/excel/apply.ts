/**
 * Writes a write plan into Excel. The steps run in this order, each taking what the one before
 * returned and handing on a new value, so the order is the code's shape:
 *
 *   1. queueFirstReads   per sheet: protection, tables, the output columns' cells and merges, rules
 *      — sync —
 *   2. queueSecondReads  ranges of the tables and rules found
 *      — sync (only when any were found) —
 *   3. sheetState        the proxies' answers as plain data (no proxy is read after this)
 *   4. placeTable        where the columns go and what may be overwritten, or a HostError
 *   5. writeOps          the changes, as re-runnable ops, the last one re-reading the tables
 *      — one sync per request of at most the byte budget (runInChunks) —
 *   6. checkTablesKept   no Excel table grew over the output columns while they were written
 *
 * Nothing is written unless every target is free or is chitieu's own column.
 *
 * chitieu's columns are never columns of an Excel table (review A.1). Excel's AutoCorrect option
 * "Fill formulas in tables to create calculated columns", on by default, applies to API writes:
 * formulas written into a table column can become one formula copied down the whole column
 * (office-js #2093, closed "by design"; #5909, web and Mac, 2025; #6745, 2026; the
 * Document.setSelectedDataAsync reference remark on "calculated columns"). chitieu's formulas
 * differ by row (>= or <= by direction, the rating formula, constants for targets read as words,
 * blank info rows), so a filled column gives wrong statuses with no error. Cells outside any
 * table are not touched by that option: a calculated column is a table feature. So the output
 * columns are written as plain cells beside the indicator table; empty Excel-named columns or
 * chitieu's own columns at the table's right edge are first taken out of it with Table.resize
 * (ExcelApi 1.13), and nothing goes through table.columns.add (which also inserts cells and moves
 * what is right of the table, review A.2). Whether a write beside a table makes Excel grow the
 * table ("Include new rows and columns in table") no doc says: the last request re-reads the
 * tables' ranges, and a table that grew over an output column is reported, not trusted
 * (docs/excel-smoke-test.md checks it in real Excel).
 */
import {
  RULE_COLOURS,
  type CellRange,
  type CellWrite,
  type OutputColumn,
  type TableWrite,
  type WritePlan,
} from '../../core/types';
import { isOwnColumn, type CellContent } from '../../core/own-output';
import { HostError, type ApplyResult, type Progress } from '../host';
import { cellAddress, cellList, intersects, parseAddressList, rangeAddress, sameRange } from './addresses';
import { jsonBytes, pieces, runInChunks, runs, type WriteOp } from './chunks';
import { isOfficeError, toHostError } from './errors';
import { fontOp } from './fonts';
import { mergedAreas, queueMergeTiles, type MergeTiles } from './merges';
import type { Messages } from '../../core/messages';
import { asText } from './text';

const DIMENSIONS = 'rowIndex,columnIndex,rowCount,columnCount';

export interface ApplyOptions {
  messages: Messages;
  budgetBytes: number;
  onProgress?: (p: Progress) => void;
}

/**
 * Writes a plan in a constant number of syncs: one to read what is in the way, one for the
 * ranges of tables and earlier rules found there, then one per request of at most the byte budget.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const m = options.messages;
  if (plan.tables.length === 0) return { cellsWritten: 0, tables: 0 };

  const first = plan.tables.map((write) => queueFirstReads(context, write));
  queueSheetMerges(first);
  try {
    await context.sync();
  } catch (error) {
    throw await explainMissingSheet(context, plan, error, m);
  }
  const second = first.map(queueSecondReads);
  if (second.some((s) => s.queued)) await context.sync();

  const states = first.map((f, i) => sheetState(f, second[i]));
  const placements = states.map((state) => placeTable(state, m));
  const checks = placements.map((placement, i) => tableCheck(second[i].handles, placement));
  const ops = [...placements.flatMap((placement, i) => writeOps(second[i].handles, placement)), ...checks];

  options.onProgress?.({ done: 0, total: ops.length, step: 'apply' });
  try {
    await runInChunks(context, ops, options.budgetBytes, (done, total) =>
      options.onProgress?.({ done, total, step: 'apply' }),
    );
  } catch (error) {
    const explained = toHostError(error, m, { action: m.actionApply });
    if (!(explained instanceof HostError)) throw explained;
    throw new HostError(m.partial(explained.message), explained.sheet, explained.cell);
  }
  checks.forEach((check, i) => checkTablesKept(check, placements[i], m));
  return { cellsWritten: plan.tables.reduce((n, w) => n + cellsWritten(w), 0), tables: plan.tables.length };
}

/** Headers and cells with a formula or a value: what the person is told was written. */
function cellsWritten(write: TableWrite): number {
  return write.columns.reduce(
    (n, c) => n + 1 + c.cells.filter((x) => x.formula !== undefined || x.value !== undefined).length,
    0,
  );
}

// ------------------------------------------------------------------ 1. first reads

interface ColumnRead {
  column: OutputColumn;
  /** headerTop down to the last row written, in this column. */
  area: CellRange;
  range: Excel.Range;
}

interface FirstReads {
  write: TableWrite;
  worksheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  /** The sheet's own filter (a table's filter is the table's). */
  filter: Excel.AutoFilter;
  tables: Excel.TableCollection;
  columns: ColumnRead[];
  /**
   * Merged areas from A1 to the last output column and row: office-js #3611 reports that only areas
   * whose top-left cell lies in the range asked are found, and a merge over an output cell can
   * start anywhere above or left of it. Tiles keep each request under the 512-area limit. Read once
   * per sheet, over the reach of all its tables (`queueSheetMerges`).
   */
  merges: MergeTiles;
  /** From A1 to this table's last output row and column: what its merges must cover. */
  reach: CellRange;
  /** Every cell the plan writes or formats, for the rules already there. */
  box: CellRange;
  formats: Excel.ConditionalFormatCollection;
}

function lastRow(column: OutputColumn): number {
  return column.cells.reduce((max, c) => Math.max(max, c.row), column.headerBottom);
}

function queueFirstReads(context: Excel.RequestContext, write: TableWrite): FirstReads {
  return queueSheetReads(context.workbook.worksheets.getItem(write.sheet), write);
}

/** What the first sync asks of one sheet of the plan. */
function queueSheetReads(worksheet: Excel.Worksheet, write: TableWrite): FirstReads {
  const protection = worksheet.protection;
  protection.load('protected');
  const filter = worksheet.autoFilter;
  filter.load('isDataFiltered');
  const tables = worksheet.tables;
  tables.load('items/name,items/showHeaders');
  const columns = write.columns.map((column): ColumnRead => {
    const area = { top: column.headerTop, left: column.col, bottom: lastRow(column), right: column.col };
    const range = worksheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, 1);
    range.load('formulas');
    return { column, area, range };
  });
  const box = boundingBox(write, columns);
  const reach = {
    top: 0,
    left: 0,
    bottom: Math.max(...columns.map((c) => c.area.bottom)),
    right: Math.max(...columns.map((c) => c.area.right)),
  };
  const formats = worksheet.getRangeByIndexes(
    box.top,
    box.left,
    box.bottom - box.top + 1,
    box.right - box.left + 1,
  ).conditionalFormats;
  // With ids loaded, Office.js addresses each rule by its id; without, by its index, which moves
  // when an earlier rule of the same batch is deleted (createChildItemObjectPathUsingIndexerOrGetItemAt
  // in excel-web-16.00.debug.js; review A.14).
  formats.load('items/id,items/type');
  return { write, worksheet, protection, filter, tables, columns, merges: [], reach, box, formats };
}

/**
 * The merged areas each sheet's tables need, read once per sheet over the union of their reaches:
 * read per table, a sheet of hundreds of tables would ask for its top rows again for each (a
 * 100,000-row district book queued 1.1 million reads, 122 MB, in one request).
 */
function queueSheetMerges(first: FirstReads[]): void {
  const bySheet = new Map<string, FirstReads[]>();
  for (const reads of first) bySheet.set(reads.write.sheet, [...(bySheet.get(reads.write.sheet) ?? []), reads]);
  for (const reads of bySheet.values()) {
    const reach: CellRange = {
      top: 0,
      left: 0,
      bottom: Math.max(...reads.map((r) => r.reach.bottom)),
      right: Math.max(...reads.map((r) => r.reach.right)),
    };
    const tiles = queueMergeTiles(reads[0].worksheet, reach);
    for (const r of reads) r.merges = tiles;
  }
}

function boundingBox(write: TableWrite, columns: ColumnRead[]): CellRange {
  const areas = [...columns.map((c) => c.area), ...write.rules.map((r) => r.range)];
  return {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
}

/** The first sync failed: if a sheet of the plan is gone, say which; otherwise explain Excel's error. */
async function explainMissingSheet(
  context: Excel.RequestContext,
  plan: WritePlan,
  error: unknown,
  m: Messages,
): Promise<Error> {
  if (!isOfficeError(error) || error.code !== 'ItemNotFound') return toHostError(error, m, { action: m.actionApply });
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const missing = plan.tables.find((t) => !names.has(t.sheet));
  return toHostError(error, m, { action: m.actionApply, sheet: missing?.sheet });
}

// ------------------------------------------------------------------ 2. second reads

/** The proxies the writes need, by the index their plain-data twins carry in SheetState. */
interface Handles {
  worksheet: Excel.Worksheet;
  tables: Excel.Table[];
  formats: Excel.ConditionalFormat[];
}

interface SecondReads {
  handles: Handles;
  tableRanges: Excel.Range[];
  tableFilters: Excel.AutoFilter[];
  formatRanges: Excel.RangeAreas[];
  /** Whether anything was queued, i.e. whether a sync is needed. */
  queued: boolean;
}

function queueSecondReads(first: FirstReads): SecondReads {
  const tables = first.tables.items;
  const formats = first.formats.items;
  const tableRanges = tables.map((table) => table.getRange().load(DIMENSIONS));
  const tableFilters = tables.map((table) => table.autoFilter.load('isDataFiltered'));
  // getRanges, not getRangeOrNullObject: the latter answers null for a rule on several ranges
  // (a rule a user split by inserting rows), which was then never deleted (review A.14).
  const formatRanges = formats.map((format) => format.getRanges().load('address'));
  return {
    handles: { worksheet: first.worksheet, tables, formats },
    tableRanges,
    tableFilters,
    formatRanges,
    queued: tables.length + formats.length > 0,
  };
}

// ------------------------------------------------------------------ 3. the answers as plain data

interface TableState {
  /** Index into Handles.tables. */
  index: number;
  name: string;
  /** Header row to last row (totals row included). */
  range: CellRange;
  showHeaders: boolean;
  /** Whether the table's filter hides rows now. */
  filtered: boolean;
}

interface ColumnState {
  column: OutputColumn;
  area: CellRange;
  /** The cells of `area`, top to bottom, as Office.js gives `formulas`. */
  formulas: unknown[];
  /** Merged areas touching the column. */
  merges: CellRange[];
  /** Whether the column is chitieu's own from an earlier run, as the workbook is now. */
  own: boolean;
}

interface RuleState {
  /** Index into Handles.formats. */
  index: number;
  type: string;
  /** Every area the rule applies to. */
  ranges: CellRange[];
}

interface SheetState {
  write: TableWrite;
  protected: boolean;
  /** Whether the sheet's own filter hides rows now. */
  filtered: boolean;
  tables: TableState[];
  columns: ColumnState[];
  box: CellRange;
  rules: RuleState[];
}

function sheetState(first: FirstReads, second: SecondReads): SheetState {
  const allMerges = mergedAreas(first.merges);
  return {
    write: first.write,
    protected: first.protection.protected,
    filtered: first.filter.isDataFiltered,
    tables: second.handles.tables.map((table, index) => ({
      index,
      name: table.name,
      range: toCellRange(second.tableRanges[index]),
      showHeaders: table.showHeaders,
      filtered: second.tableFilters[index].isDataFiltered,
    })),
    columns: first.columns.map((c) => {
      const formulas = c.range.formulas.map((row) => row[0]);
      const merges = allMerges.filter((m) => intersects(m, c.area));
      return { column: c.column, area: c.area, formulas, merges, own: isOwn(c.column, formulas) };
    }),
    box: first.box,
    rules: second.handles.formats.map((format, index) => {
      return { index, type: format.type, ranges: parseAddressList(second.formatRanges[index].address) };
    }),
  };
}

function toCellRange(range: Excel.Range): CellRange {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/**
 * chitieu's own column from an earlier run, by the one rule in core/own-output: its header over
 * cells holding only chitieu's formulas.
 */
function isOwn(column: OutputColumn, formulas: unknown[]): boolean {
  const headerRows = column.headerBottom - column.headerTop + 1;
  const header = formulas
    .slice(0, headerRows)
    .map((cell) => String(cell ?? '').trim())
    .filter(Boolean)
    .join(' ');
  const cells = formulas.slice(headerRows).map((cell): CellContent => {
    const text = typeof cell === 'string' ? cell : '';
    return { formula: text.startsWith('=') ? text : null, empty: isBlank(cell) };
  });
  return isOwnColumn(header, column.kind, cells);
}

function isBlank(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

// ------------------------------------------------------------------ 4. placement and checks

/** The indicator table's Excel table, to be resized so that the output columns leave it. */
interface Shrink {
  table: TableState;
  /** The table's range without the output columns at its right edge. */
  range: CellRange;
}

interface Placement {
  write: TableWrite;
  shrink: Shrink | null;
  /** Output columns that are chitieu's own from an earlier run. */
  ownColumns: Set<number>;
  /** Earlier rules of chitieu's, to delete before the new ones are added (indexes into Handles.formats). */
  oldRules: number[];
  /** The tables as they were, to tell whether one grew over an output column while writing. */
  tables: TableState[];
}

/** Where the columns go, or a HostError saying what is in the way; reads only plain data. */
function placeTable(state: SheetState, m: Messages): Placement {
  const sheet = state.write.sheet;
  if (state.protected) throw new HostError(m.sheetProtected(sheet), sheet);
  checkFilters(state, m);
  const shrink = tableToShrink(state);
  checkOtherTables(state, shrink, m);
  checkMerges(state, m);
  checkEmpty(state, shrink, m);
  const ownColumns = new Set(state.columns.filter((c) => c.own).map((c) => c.column.col));
  return { write: state.write, shrink, ownColumns, oldRules: ownRules(state, ownColumns), tables: state.tables };
}

/**
 * No write spans rows a filter hides: the error-code table names FilteredRangeConflict, and
 * office-js #224 reports values misplaced when written over a filtered range (review A.11).
 * Whether that still happens is not documented either way, so a filter hiding rows where the
 * columns go stops the apply before anything is written.
 */
function checkFilters(state: SheetState, m: Messages): void {
  const sheet = state.write.sheet;
  if (state.filtered) throw new HostError(m.filtered(sheet, null), sheet);
  const rows = { top: Math.min(...state.columns.map((c) => c.area.top)), bottom: state.box.bottom };
  for (const table of state.tables) {
    if (table.filtered && table.range.top <= rows.bottom && rows.top <= table.range.bottom)
      throw new HostError(m.filtered(sheet, table.name), sheet);
  }
}

/** Excel's name for a table column nobody has named: `Column3`, `Cột3`. */
function isDefaultColumnName(text: unknown): boolean {
  return /^(column|cột)\s?\d+$/iu.test(String(text ?? '').trim());
}

/**
 * The indicator table's Excel table when output columns lie at its right edge (empty columns
 * Excel named, or chitieu's own from an earlier run): its header row is the plan's, it starts left
 * of the first output column, and every column from there to its right edge is an output column.
 * checkEmpty still refuses anything but Excel's default names and chitieu's own columns there.
 */
function tableToShrink(state: SheetState): Shrink | null {
  const cols = new Set(state.columns.map((c) => c.column.col));
  const first = Math.min(...cols);
  const headerRow = state.write.headerRow - 1; // headerRow is 1-based
  for (const table of state.tables) {
    const r = table.range;
    if (!table.showHeaders || r.top !== headerRow || r.left >= first || r.right < first) continue;
    let all = true;
    for (let col = first; col <= r.right; col++) all &&= cols.has(col);
    if (all) return { table, range: { ...r, right: first - 1 } };
  }
  return null;
} /** Any other Excel table over an output column is in the way. */
function checkOtherTables(state: SheetState, shrink: Shrink | null, m: Messages): void {
  const sheet = state.write.sheet;
  for (const c of state.columns) {
    for (const table of state.tables) {
      const range = table === shrink?.table ? shrink.range : table.range;
      if (!intersects(range, c.area)) continue;
      const overlap = {
        top: Math.max(table.range.top, c.area.top),
        left: c.area.left,
        bottom: Math.min(table.range.bottom, c.area.bottom),
        right: c.area.right,
      };
      throw new HostError(
        m.table(sheet, table.name, rangeAddress(overlap)),
        sheet,
        cellAddress(overlap.top, overlap.left),
      );
    }
  }
}

function headerArea(column: OutputColumn): CellRange {
  return { top: column.headerTop, left: column.col, bottom: column.headerBottom, right: column.col };
}

/** A merged cell in an output column is in the way, except chitieu's own merged header. */
function checkMerges(state: SheetState, m: Messages): void {
  const sheet = state.write.sheet;
  for (const c of state.columns) {
    const header = headerArea(c.column);
    const blocking = c.merges.filter((r) => !(c.own && sameRange(r, header)));
    if (blocking.length) {
      throw new HostError(
        m.merged(sheet, blocking.map(rangeAddress).join(', ')),
        sheet,
        cellAddress(blocking[0].top, blocking[0].left),
      );
    }
  }
}

/** chitieu never overwrites data: an output column that is not its own must be empty. */
function checkEmpty(state: SheetState, shrink: Shrink | null, m: Messages): void {
  const sheet = state.write.sheet;
  for (const c of state.columns) {
    if (c.own) continue;
    const tableHeader = shrink && c.column.col <= shrink.table.range.right ? shrink.range.top : -1;
    const filled: { row: number; col: number }[] = [];
    c.formulas.forEach((cell, i) => {
      const at = c.area.top + i;
      if (at === tableHeader && isDefaultColumnName(cell)) return;
      if (!isBlank(cell)) filled.push({ row: at, col: c.area.left });
    });
    if (filled.length) {
      throw new HostError(
        m.notEmpty(sheet, cellList(filled, m.more), c.column.header),
        sheet,
        cellAddress(filled[0].row, filled[0].col),
      );
    }
  }
}

/** Rules chitieu made on its own columns before: custom rules lying wholly inside them. */
function ownRules(state: SheetState, ownColumns: Set<number>): number[] {
  if (ownColumns.size === 0) return [];
  return state.rules
    .filter(({ type, ranges }) => {
      if (type !== 'Custom' || ranges.length === 0) return false;
      return ranges.every((range) => {
        if (range.top < state.box.top || range.bottom > state.box.bottom) return false;
        for (let col = range.left; col <= range.right; col++) if (!ownColumns.has(col)) return false;
        return true;
      });
    })
    .map((rule) => rule.index);
}

// ------------------------------------------------------------------ 5. the writes

function writeOps(handles: Handles, placement: Placement): WriteOp[] {
  const ws = handles.worksheet;
  const ops: WriteOp[] = placement.oldRules.map((i) => ({
    bytes: jsonBytes(null),
    run: () => handles.formats[i].delete(),
  }));
  const { shrink } = placement;
  if (shrink) {
    const r = shrink.range;
    const table = handles.tables[shrink.table.index];
    ops.push({
      bytes: jsonBytes(null),
      run: () => table.resize(ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)),
    });
  }
  for (const column of placement.write.columns) {
    ops.push(headerOp(ws, column));
    ops.push(...contentOps(ws, column));
    ops.push(...numberFormatOps(ws, column));
    // Issue 17: beside a table typed in a legacy font, chitieu's cells get a Unicode font.
    const font = fontOp(ws, column);
    if (font) ops.push(font);
  }
  if (placement.write.rules.length) ops.push(rulesOp(ws, placement.write));
  return ops;
}

/** Every written cell gets the plan's format, General when it names none, as in the xlsx host. */
function numberFormatOps(ws: Excel.Worksheet, column: OutputColumn): WriteOp[] {
  const written = (c: CellWrite) => c.numberFormat !== undefined || c.formula !== undefined || c.value !== undefined;
  return runs(column.cells, (c) => (written(c) ? 'format' : null)).flatMap((run) =>
    pieces(
      run.items.map((c) => [c.numberFormat ?? 'General']),
      run.start,
      (start, part) => {
        ws.getRangeByIndexes(start, column.col, part.length, 1).numberFormat = part;
      },
    ),
  );
}

function contentOps(ws: Excel.Worksheet, column: OutputColumn): WriteOp[] {
  const kind = (c: CellWrite) => (c.formula !== undefined ? 'formula' : c.value !== undefined ? 'value' : null);
  return runs(column.cells, kind).flatMap((run) => {
    const rows = run.items.map((c) => [
      c.formula !== undefined ? `=${c.formula}` : typeof c.value === 'string' ? asText(c.value) : (c.value ?? ''),
    ]);
    const formula = run.key === 'formula';
    return pieces(rows, run.start, (start, part) => {
      const range = ws.getRangeByIndexes(start, column.col, part.length, 1);
      if (formula) range.formulas = part;
      else range.values = part;
    });
  });
}

/** The header over its rows (merged when they are several), looking like the table's own headers. */
function headerOp(ws: Excel.Worksheet, column: OutputColumn): WriteOp {
  const rows = column.headerBottom - column.headerTop + 1;
  return {
    bytes: jsonBytes([[column.header]]) * 2,
    run: () => {
      const area = ws.getRangeByIndexes(column.headerTop, column.col, rows, 1);
      copyHeaderStyle(ws, column, area);
      if (rows > 1) area.merge(false);
      ws.getRangeByIndexes(column.headerTop, column.col, 1, 1).values = [[asText(column.header)]];
    },
  };
}

function copyHeaderStyle(ws: Excel.Worksheet, column: OutputColumn, target: Excel.Range): void {
  if (column.headerStyleFrom) {
    const from = ws.getRangeByIndexes(column.headerStyleFrom.row, column.headerStyleFrom.col, 1, 1);
    target.copyFrom(from, Excel.RangeCopyType.formats);
  }
}

/** The tables' ranges re-read by the last request, to compare after it. */
interface TableCheck extends WriteOp {
  ranges(): Excel.Range[];
}

function tableCheck(handles: Handles, placement: Placement): TableCheck {
  let ranges: Excel.Range[] = [];
  return {
    bytes: jsonBytes(null) * Math.max(1, placement.tables.length),
    run: () => {
      ranges = placement.tables.map((t) => handles.tables[t.index].getRange().load(DIMENSIONS));
    },
    ranges: () => ranges,
  };
}

// ------------------------------------------------------------------ 6. after the writes

/**
 * A table that now covers an output column grew while the columns were written: Excel's
 * "Include new rows and columns in table" applied to the write, and "Fill formulas in tables"
 * may then have copied one formula down the column. Undocumented for the API, so checked.
 */
function checkTablesKept(check: TableCheck, placement: Placement, m: Messages): void {
  const sheet = placement.write.sheet;
  const ranges = check.ranges();
  for (const table of placement.tables) {
    const now = toCellRange(ranges[placement.tables.indexOf(table)]);
    const before = table === placement.shrink?.table ? placement.shrink.range : table.range;
    const grown = placement.write.columns.filter(
      (c) => c.col >= now.left && c.col <= now.right && !(c.col >= before.left && c.col <= before.right),
    );
    if (grown.length === 0) continue;
    const cell = cellAddress(now.top, grown[0].col);
    throw new HostError(
      m.tableGrew(
        sheet,
        table.name,
        cellList(
          grown.map((c) => ({ row: now.top, col: c.col })),
          m.more,
        ),
      ),
      sheet,
      cell,
    );
  }
}

/**
 * Adds the rules lowest priority first: "Adds a new conditional format to the collection at the
 * first/top priority" (ConditionalFormatCollection.add), so the last added, the plan's first,
 * ends on top and all of them above the user's own rules. No priority is written: the
 * ConditionalFormat.priority remark says changing one moves the others and the proxies must then be
 * fetched again at their new places; writing 0, 1, 2 on the proxies of one batch could reorder
 * the wrong rules and leave the near-miss rule under the shortfall one (review A.9).
 */
function rulesOp(ws: Excel.Worksheet, write: TableWrite): WriteOp {
  const rules = [...write.rules].sort((a, b) => b.priority - a.priority);
  return {
    bytes: jsonBytes(rules),
    run: () => {
      for (const rule of rules) {
        const { range } = rule;
        const target = ws.getRangeByIndexes(
          range.top,
          range.left,
          range.bottom - range.top + 1,
          range.right - range.left + 1,
        );
        const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = `=${rule.formula}`;
        format.custom.format.fill.color = RULE_COLOURS[rule.style].fill;
        format.custom.format.font.color = RULE_COLOURS[rule.style].font;
        format.stopIfTrue = true;
      }
    },
  };
}
