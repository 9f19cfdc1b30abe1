import {
  RULE_COLOURS,
  type CellRange,
  type CellWrite,
  type OutputColumn,
  type TableWrite,
  type WritePlan,
} from '../../core/types';
import { isOwnColumn as isOwnColumn_, type CellContent } from '../../core/own-output';
import { HostError, type ApplyResult, type Progress } from '../host';
import { cellAddress, cellList, intersects, parseAddressList, rangeAddress, sameRange } from './addresses';
import { supportsExcelApi } from './api-sets';
import { OP_MAX_BYTES, OP_OVERHEAD_BYTES, jsonBytes, runInChunks, utf8JsonLength, type WriteOp } from './chunks';
import { isOfficeError, toHostError } from './errors';
import type { Messages } from './messages';

const DIMENSIONS = 'rowIndex,columnIndex,rowCount,columnCount';

interface ColumnTarget {
  column: OutputColumn;
  /** headerTop down to the last row written, in this column. */
  area: CellRange;
  range: Excel.Range;
  /** Merged areas touching the column, once synced; absent below ExcelApi 1.13. */
  merges: (() => CellRange[]) | null;
}

/** The user's indicator table when it is an Excel table: the output columns become its columns. */
interface ListObjectTarget {
  table: Excel.Table;
  name: string;
  /** Header row to last row (totals row included), before any column is added. */
  range: CellRange;
}

interface TableTarget {
  write: TableWrite;
  worksheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  tables: Excel.TableCollection;
  tableRanges: { table: Excel.Table; range: Excel.Range }[];
  listObject: ListObjectTarget | null;
  columns: ColumnTarget[];
  box: CellRange;
  formats: Excel.ConditionalFormatCollection;
  formatRanges: { format: Excel.ConditionalFormat; range: Excel.Range }[];
}

export interface ApplyOptions {
  messages: Messages;
  budgetBytes: number;
  onProgress?: (p: Progress) => void;
}

/**
 * Writes a plan in a constant number of syncs: one to read what is in the way, one for the
 * ranges of tables and earlier rules found there, then one per request of at most the byte budget.
 * Nothing is written unless every target is free or is chitieu's own column. When the indicator
 * table is an Excel table, the output columns are added to it as table columns.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const m = options.messages;
  if (plan.tables.length === 0) return { cellsWritten: 0, tables: 0 };

  const targets = plan.tables.map((write) => queueTargetReads(context, write));
  try {
    await context.sync();
  } catch (error) {
    throw await explainMissingSheet(context, plan, error, m);
  }

  let second = false;
  for (const t of targets) {
    for (const table of t.tables.items) {
      const range = table.getRange();
      range.load(DIMENSIONS);
      table.columns.load('items/name');
      t.tableRanges.push({ table, range });
      second = true;
    }
    for (const format of t.formats.items) {
      const range = format.getRangeOrNullObject();
      range.load(DIMENSIONS);
      t.formatRanges.push({ format, range });
      second = true;
    }
  }
  if (second) await context.sync();

  for (const t of targets) checkTarget(t, m);

  const ops = targets.flatMap((t) => writeOps(t));
  const cellsWritten = plan.tables.reduce(
    (n, w) =>
      n +
      w.columns.reduce(
        (k, c) => k + 1 + c.cells.filter((x) => x.formula !== undefined || x.value !== undefined).length,
        0,
      ),
    0,
  );
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
  return { cellsWritten, tables: plan.tables.length };
}

function lastRow(column: OutputColumn): number {
  return column.cells.reduce((max, c) => Math.max(max, c.row), column.headerBottom);
}

function queueTargetReads(context: Excel.RequestContext, write: TableWrite): TableTarget {
  const worksheet = context.workbook.worksheets.getItem(write.sheet);
  const protection = worksheet.protection;
  protection.load('protected');
  const tables = worksheet.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  const mergesSupported = supportsExcelApi('1.13');
  const columns = write.columns.map((column): ColumnTarget => {
    const area = { top: column.headerTop, left: column.col, bottom: lastRow(column), right: column.col };
    const range = worksheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, 1);
    range.load('formulas');
    let merges: ColumnTarget['merges'] = null;
    if (mergesSupported) {
      const areas = range.getMergedAreasOrNullObject();
      areas.load('address');
      merges = () => (areas.isNullObject ? [] : parseAddressList(areas.address));
    }
    return { column, area, range, merges };
  });
  const box = boundingBox(write, columns);
  const formats = worksheet.getRangeByIndexes(
    box.top,
    box.left,
    box.bottom - box.top + 1,
    box.right - box.left + 1,
  ).conditionalFormats;
  formats.load('items/type');
  return {
    write,
    worksheet,
    protection,
    tables,
    tableRanges: [],
    listObject: null,
    columns,
    box,
    formats,
    formatRanges: [],
  };
}

function boundingBox(write: TableWrite, columns: ColumnTarget[]): CellRange {
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

/** Table column names as Excel compares them: case and spacing aside. */
function normalise(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * chitieu's own column from an earlier run, by the one rule in core/own-output: its header over
 * cells holding only chitieu's formulas, as the workbook is now (not as it was at the scan).
 */
function isOwnColumn(target: ColumnTarget): boolean {
  const { column } = target;
  const formulas: unknown[][] = target.range.formulas;
  const headerRows = column.headerBottom - column.headerTop + 1;
  const header = formulas
    .slice(0, headerRows)
    .map((row) => String(row[0] ?? '').trim())
    .filter(Boolean)
    .join(' ');
  const cells = formulas.slice(headerRows).map(([cell]): CellContent => {
    const text = typeof cell === 'string' ? cell : '';
    return { formula: text.startsWith('=') ? text : null, empty: cell === '' || cell === null || cell === undefined };
  });
  return isOwnColumn_(header, column.kind, cells);
}

function headerArea(column: OutputColumn): CellRange {
  return { top: column.headerTop, left: column.col, bottom: column.headerBottom, right: column.col };
}

/** Excel's name for a table column nobody has named: `Column3`, `Cột3`. */
function isDefaultColumnName(text: unknown): boolean {
  return /^(column|cột)\s?\d+$/iu.test(String(text ?? '').trim());
}

/**
 * The Excel table that is the indicator table: its header row is the plan's and it ends just left
 * of the first output column or already holds some of them. Its rows must be the plan's rows.
 */
function indicatorListObject(t: TableTarget, m: Messages): ListObjectTarget | null {
  const sheet = t.write.sheet;
  const cols = t.columns.map((c) => c.column.col).sort((a, b) => a - b);
  const first = cols[0];
  const last = cols[cols.length - 1];
  const headerRow = t.write.headerRow - 1;
  for (const { table, range } of t.tableRanges) {
    const r = toCellRange(range);
    if (!table.showHeaders || r.top !== headerRow) continue;
    if (r.left >= first || r.right < first - 1 || r.right > last) continue;
    const outside = cols.filter((col) => col > r.right);
    if (outside.some((col, i) => col !== r.right + 1 + i)) continue;
    const bodyBottom = r.bottom - (table.showTotals ? 1 : 0);
    const planBottom = Math.max(
      ...t.columns.map((c) => c.area.bottom),
      ...t.write.rules.map((rule) => rule.range.bottom),
    );
    if (bodyBottom !== planBottom) {
      const shorter = bodyBottom < planBottom;
      const cell = cellAddress(Math.min(bodyBottom, planBottom) + 1, r.left);
      throw new HostError(m.tableRows(sheet, table.name, cell, shorter), sheet, cell);
    }
    const names = new Map(table.columns.items.map((c, i) => [normalise(c.name), r.left + i]));
    for (const c of t.columns) {
      const taken = c.column.col > r.right ? names.get(normalise(c.column.header)) : undefined;
      if (taken === undefined) continue;
      const cell = cellAddress(r.top, taken);
      throw new HostError(m.tableColumnName(sheet, table.name, c.column.header, cell), sheet, cell);
    }
    return { table, name: table.name, range: r };
  }
  return null;
}

function checkTarget(t: TableTarget, m: Messages): void {
  const sheet = t.write.sheet;
  if (t.protection.protected) throw new HostError(m.sheetProtected(sheet), sheet);

  t.listObject = indicatorListObject(t, m);
  for (const c of t.columns) {
    for (const { table, range: tableRange } of t.tableRanges) {
      if (table === t.listObject?.table) continue;
      const range = toCellRange(tableRange);
      if (!intersects(range, c.area)) continue;
      const overlap = {
        top: Math.max(range.top, c.area.top),
        left: c.area.left,
        bottom: Math.min(range.bottom, c.area.bottom),
        right: c.area.right,
      };
      throw new HostError(
        m.table(sheet, table.name, rangeAddress(overlap)),
        sheet,
        cellAddress(overlap.top, overlap.left),
      );
    }
  }

  for (const c of t.columns) {
    if (!c.merges) continue;
    const own = isOwnColumn(c);
    const header = headerArea(c.column);
    const blocking = c.merges().filter((r) => !(own && sameRange(r, header)));
    if (blocking.length) {
      throw new HostError(
        m.merged(sheet, blocking.map(rangeAddress).join(', ')),
        sheet,
        cellAddress(blocking[0].top, blocking[0].left),
      );
    }
  }

  for (const c of t.columns) {
    if (isOwnColumn(c)) continue;
    const formulas: unknown[][] = c.range.formulas;
    const lo = t.listObject;
    const tableHeader = lo && c.column.col <= lo.range.right ? lo.range.top : -1;
    const filled: { row: number; col: number }[] = [];
    formulas.forEach((row, i) => {
      const at = c.area.top + i;
      if (at === tableHeader && isDefaultColumnName(row[0])) return;
      if (row[0] !== '' && row[0] !== null && row[0] !== undefined) filled.push({ row: at, col: c.area.left });
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

function toCellRange(range: Excel.Range): CellRange {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/** Rules chitieu made on its own columns before: custom rules lying wholly inside them. */
function ownFormats(t: TableTarget): Excel.ConditionalFormat[] {
  const ownCols = new Set(t.columns.filter((c) => isOwnColumn(c)).map((c) => c.column.col));
  if (ownCols.size === 0) return [];
  return t.formatRanges
    .filter(({ format, range }) => {
      if (format.type !== 'Custom' || range.isNullObject) return false;
      const r = toCellRange(range);
      if (r.top < t.box.top || r.bottom > t.box.bottom) return false;
      for (let col = r.left; col <= r.right; col++) if (!ownCols.has(col)) return false;
      return true;
    })
    .map(({ format }) => format);
}

function writeOps(t: TableTarget): WriteOp[] {
  const ws = t.worksheet;
  const ops: WriteOp[] = ownFormats(t).map((format) => ({ bytes: jsonBytes(null), run: () => format.delete() }));
  const copyFormats = supportsExcelApi('1.9');
  const lo = t.listObject;
  for (const { column } of t.columns) {
    const added = lo !== null && column.col > lo.range.right;
    if (added) ops.push(addColumnOp(ws, lo, column, copyFormats));
    else if (lo) ops.push(tableHeaderOp(ws, lo, column, copyFormats));
    else ops.push(headerOp(ws, column, copyFormats));
    // A new table column gets its formulas with it, all at once: writing them afterwards a run
    // at a time could let Excel fill a calculated column into rows the plan leaves empty.
    if (!added) ops.push(...contentOps(ws, column));
    // Every written cell gets the plan's format, General when it names none, as in the xlsx host.
    const written = (c: CellWrite) => c.numberFormat !== undefined || c.formula !== undefined || c.value !== undefined;
    for (const run of runs(column.cells, (c) => (written(c) ? 'format' : null))) {
      const rows = run.cells.map((c) => [c.numberFormat ?? 'General']);
      ops.push(
        ...pieces(rows, run.start, (start, part) => {
          ws.getRangeByIndexes(start, column.col, part.length, 1).numberFormat = part;
        }),
      );
    }
  }
  if (t.write.rules.length) ops.push(rulesOp(ws, t.write));
  return ops;
}

function contentOps(ws: Excel.Worksheet, column: OutputColumn): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const run of runs(column.cells, (c) =>
    c.formula !== undefined ? 'formula' : c.value !== undefined ? 'value' : null,
  )) {
    const rows = run.cells.map((c) => [c.formula !== undefined ? `=${c.formula}` : (c.value ?? '')]);
    const formula = run.key === 'formula';
    ops.push(
      ...pieces(rows, run.start, (start, part) => {
        const range = ws.getRangeByIndexes(start, column.col, part.length, 1);
        if (formula) range.formulas = part;
        else range.values = part;
      }),
    );
  }
  return ops;
}

function headerOp(ws: Excel.Worksheet, column: OutputColumn, copyFormats: boolean): WriteOp {
  const rows = column.headerBottom - column.headerTop + 1;
  return {
    bytes: jsonBytes([[column.header]]) * 2,
    run: () => {
      const area = ws.getRangeByIndexes(column.headerTop, column.col, rows, 1);
      copyHeaderStyle(ws, column, area, copyFormats);
      if (rows > 1) area.merge(false);
      ws.getRangeByIndexes(column.headerTop, column.col, 1, 1).values = [[column.header]];
    },
  };
}

function copyHeaderStyle(ws: Excel.Worksheet, column: OutputColumn, target: Excel.Range, copyFormats: boolean): void {
  if (copyFormats && column.headerStyleFrom) {
    const from = ws.getRangeByIndexes(column.headerStyleFrom.row, column.headerStyleFrom.col, 1, 1);
    target.copyFrom(from, Excel.RangeCopyType.formats);
  }
}

/** Appends the column to the Excel table with its header and every body row's formula or value. */
function addColumnOp(ws: Excel.Worksheet, lo: ListObjectTarget, column: OutputColumn, copyFormats: boolean): WriteOp {
  const byRow = new Map(column.cells.map((c) => [c.row, c]));
  const values: (string | number)[][] = [[column.header]];
  for (let row = lo.range.top + 1; row <= lo.range.bottom; row++) {
    const c = byRow.get(row);
    values.push([c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')]);
  }
  return {
    bytes: jsonBytes(values),
    run: () => {
      lo.table.columns.add(column.col - lo.range.left, values, column.header);
      copyHeaderStyle(ws, column, ws.getRangeByIndexes(lo.range.top, column.col, 1, 1), copyFormats);
    },
  };
}

/** A column already in the Excel table: its header is the table's header cell, never merged. */
function tableHeaderOp(ws: Excel.Worksheet, lo: ListObjectTarget, column: OutputColumn, copyFormats: boolean): WriteOp {
  return {
    bytes: jsonBytes([[column.header]]) * 2,
    run: () => {
      const cell = ws.getRangeByIndexes(lo.range.top, column.col, 1, 1);
      copyHeaderStyle(ws, column, cell, copyFormats);
      cell.values = [[column.header]];
    },
  };
}

function rulesOp(ws: Excel.Worksheet, write: TableWrite): WriteOp {
  const rules = [...write.rules].sort((a, b) => a.priority - b.priority);
  return {
    bytes: jsonBytes(rules),
    run: () => {
      const added = rules.map((rule) => {
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
        return format;
      });
      added.forEach((format, i) => {
        format.priority = i;
      });
    },
  };
}

interface Run {
  key: string;
  start: number;
  cells: CellWrite[];
}

/** Consecutive rows with the same key; rows whose key is null are left untouched. */
function runs(cells: CellWrite[], key: (c: CellWrite) => string | null): Run[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const out: Run[] = [];
  for (const cell of sorted) {
    const k = key(cell);
    if (k === null) continue;
    const last = out[out.length - 1];
    if (last && last.key === k && last.start + last.cells.length === cell.row) last.cells.push(cell);
    else out.push({ key: k, start: cell.row, cells: [cell] });
  }
  return out;
}

/** Cuts a column's rows into ops of at most OP_MAX_BYTES each. */
function pieces<T>(rows: T[][], start: number, write: (start: number, part: T[][]) => void): WriteOp[] {
  const ops: WriteOp[] = [];
  let from = 0;
  while (from < rows.length) {
    let to = from;
    let bytes = OP_OVERHEAD_BYTES;
    while (to < rows.length) {
      const rowBytes = utf8JsonLength(rows[to]) + 1;
      if (to > from && bytes + rowBytes > OP_MAX_BYTES) break;
      bytes += rowBytes;
      to++;
    }
    const part = rows.slice(from, to);
    const at = start + from;
    ops.push({ bytes, run: () => write(at, part) });
    from = to;
  }
  return ops;
}
