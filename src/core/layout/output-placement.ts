/** Where chitieu's columns go: its own columns from an earlier run, else the first free ones right of the table. */
import { isOwnColumn, type CellContent } from '../own-output';
import type { SheetView } from '../sheet-view';
import type { ExistingOutput, OutputKind } from '../types';

/** The cells of a column below its header, as the ownership rule reads them. */
function* columnCells(view: SheetView, col: number, from: number, to: number): Iterable<CellContent> {
  for (let r = from; r <= to; r++) yield { formula: view.formula(r, col), empty: view.isEmpty(r, col) };
}

export function ownOutputColumns(
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
