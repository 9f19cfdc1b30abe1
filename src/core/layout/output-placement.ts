/** Where chitieu's columns go: its own columns from an earlier run, else the first free ones right of the table. */
import { columnIndex } from '../a1';
import { isOwnColumn, type CellContent } from '../own-output';
import type { SheetView } from '../sheet-view';
import type { CellValue, ExistingOutput, OutputKind } from '../types';

/** The cells of a column below its header, as the ownership rule reads them. */
function* columnCells(view: SheetView, col: number, from: number, to: number): Iterable<CellContent> {
  for (let r = from; r <= to; r++) yield { formula: view.formula(r, col), empty: view.isEmpty(r, col) };
}

/** The columns a formula reads (cell references outside its string literals). */
export function referencedColumns(formula: string): number[] {
  const code = formula.replace(/"[^"]*"/g, '');
  const cols: number[] = [];
  for (const m of code.matchAll(/(?<![A-Za-z_.!])\$?([A-Z]{1,3})\$?\d+(?![\d(])/g)) cols.push(columnIndex(m[1]));
  return cols;
}

/**
 * chitieu's columns of an earlier run, searched rightwards from the label column. When other tables
 * stand beside this one (`band`: the columns it was read in), chitieu's columns may stand apart from
 * it, past columns its placement skipped or past the other tables; a pair whose formulas read
 * columns outside the band besides its own belongs to another table.
 */
export function ownOutputColumns(
  view: SheetView,
  headers: string[],
  from: number,
  rows: { top: number; bottom: number },
  band: { left: number; right: number } | null = null,
): ExistingOutput {
  const found: ExistingOutput = { percent: null, status: null, previousPercent: null };
  const own = (c: number, kind: OutputKind): boolean =>
    c < headers.length && isOwnColumn(headers[c], kind, columnCells(view, c, rows.top, rows.bottom));
  const readsOnlyBand = (first: number, last: number): boolean => {
    if (!band) return true;
    for (let c = first; c <= last; c++) {
      for (let r = rows.top; r <= rows.bottom; r++) {
        const formula = view.formula(r, c);
        if (!formula) continue;
        for (const col of referencedColumns(formula)) {
          if ((col < band.left || col > band.right) && (col < first || col > last)) return false;
        }
      }
    }
    return true;
  };
  for (let c = from; c < headers.length - 1; c++) {
    if (!own(c, 'percent') || !own(c + 1, 'status')) continue;
    const last = own(c + 2, 'previousPercent') ? c + 2 : c + 1;
    if (!readsOnlyBand(c, last)) continue;
    found.percent = c;
    found.status = c + 1;
    if (last === c + 2) found.previousPercent = c + 2;
    return found;
  }
  return found;
}

/** Whether a cell's value holds something in a column that is not one of chitieu's own. */
function counts(v: CellValue | undefined, c: number, ownCols: ReadonlySet<number | null>): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') && !ownCols.has(c);
}

/** The leftmost and rightmost columns holding something (a value or a merge) over the rows, chitieu's own columns aside. */
export function occupiedColumns(
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
  // Of each row only its first and last cells that count can move the edges: read inwards from both ends.
  for (let r = top; r <= bottom; r++) {
    const row = view.grid.values[r];
    if (!row) continue;
    let first = 0;
    while (first < row.length && !counts(row[first], first, ownCols)) first++;
    if (first === row.length) continue;
    let last = row.length - 1;
    while (last > first && !counts(row[last], last, ownCols)) last--;
    if (first < firstCol) firstCol = first;
    if (last > lastCol) lastCol = last;
  }
  for (const m of view.grid.merges ?? []) {
    if (m.bottom < top || m.top > bottom) continue;
    for (let c = m.left; c <= m.right; c++) take(c);
  }
  return { firstCol: firstCol === Number.MAX_SAFE_INTEGER ? 0 : firstCol, lastCol };
}

/** The first column from `start` where `count` adjacent columns are free over the rows. */
export function freeColumns(view: SheetView, start: number, top: number, bottom: number, count: number): number {
  for (let c = start; ; c++) {
    let free = true;
    for (let k = 0; k < count && free; k++) {
      for (let r = top; r <= bottom && free; r++) if (!view.isFree(r, c + k)) free = false;
    }
    if (free) return c;
  }
}

/** The columns chitieu writes for a table: where, over which rows, how many. */
interface OutputBlock {
  outputCol: number;
  headerTop: number;
  lastRow: number;
  columns: { previous: number | null };
  existingOutput: ExistingOutput;
}

const outputWidth = (t: OutputBlock): number => (t.columns.previous === null ? 2 : 3);

function overlaps(a: OutputBlock, aCol: number, b: OutputBlock): boolean {
  return (
    a.headerTop <= b.lastRow &&
    b.headerTop <= a.lastRow &&
    aCol < b.outputCol + outputWidth(b) &&
    b.outputCol < aCol + outputWidth(a)
  );
}

/**
 * Tables read side by side are placed each on its own: two of them may choose the same free columns
 * over shared rows. A later table's new columns move right, past the earlier tables' columns.
 */
export function keepOutputsApart<T extends OutputBlock>(view: SheetView, tables: T[]): T[] {
  const placed: T[] = [];
  for (const table of tables) {
    let col = table.outputCol;
    if (table.existingOutput.percent === null) {
      for (
        let clash = placed.find((p) => overlaps(table, col, p));
        clash;
        clash = placed.find((p) => overlaps(table, col, p))
      )
        col = freeColumns(
          view,
          clash.outputCol + outputWidth(clash),
          table.headerTop,
          table.lastRow,
          outputWidth(table),
        );
    }
    placed.push(col === table.outputCol ? table : { ...table, outputCol: col });
  }
  return placed;
}
