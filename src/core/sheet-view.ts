/**
 * Read access to one SheetGrid: values, texts, formats, and what merged cells show; with the
 * engine's memo, so what is read from texts the sheet repeats is worked out once.
 */
import { Memo } from './memo';
import type { CellRange, CellValue, SheetGrid } from './types';

export class SheetView {
  /**
   * A view of nothing, never read, kept as long as the class: V8 forgets the shape of a class's objects,
   * and drops the optimised code that reads them, when a full collection finds none of them alive (as
   * between two scans), and the next scan then ran its first thousands of rows in unoptimised code
   * while the analyser was compiled again.
   */
  static readonly keptForItsShape = new SheetView({ name: '', values: [] });

  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeMaster = new Map<number, { row: number; col: number; range: CellRange }>();
  private readonly mergeTopLeft = new Map<number, CellRange>();
  /** 1 for each row a merge covers: cells of the other rows need no look-up in the maps above. */
  private readonly rowInMerge: Uint8Array;

  constructor(
    readonly grid: SheetGrid,
    readonly memo: Memo = new Memo(),
  ) {
    this.rowCount = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row && row.length > cols) cols = row.length;
    for (const m of grid.merges ?? []) if (m.right + 1 > cols) cols = m.right + 1;
    this.colCount = cols;
    let mergedRows = 0;
    for (const m of grid.merges ?? []) if (m.bottom + 1 > mergedRows) mergedRows = m.bottom + 1;
    this.rowInMerge = new Uint8Array(mergedRows);
    for (const range of grid.merges ?? []) {
      for (let r = range.top; r <= range.bottom; r++) this.rowInMerge[r] = 1;
      if (range.bottom > range.top || range.right > range.left)
        this.mergeTopLeft.set(this.key(range.top, range.left), range);
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (r !== range.top || c !== range.left) {
            this.mergeMaster.set(this.key(r, c), { row: range.top, col: range.left, range });
          }
        }
      }
    }
  }

  get name(): string {
    return this.grid.name;
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The value stored in the cell itself (a merged cell's covered part is empty). */
  value(row: number, col: number): CellValue {
    if (this.rowInMerge[row] === 1 && this.mergeMaster.has(this.key(row, col))) return null;
    return this.grid.values[row]?.[col] ?? null;
  }

  /** What the cell shows: covered cells of a merge show the merge's value. */
  shown(row: number, col: number): CellValue {
    const master = this.rowInMerge[row] === 1 ? this.mergeMaster.get(this.key(row, col)) : undefined;
    if (master) return this.grid.values[master.row]?.[master.col] ?? null;
    return this.grid.values[row]?.[col] ?? null;
  }

  /** The merge a cell belongs to, top-left cell included. */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.rowInMerge[row] !== 1) return null;
    return this.mergeTopLeft.get(this.key(row, col)) ?? this.coveringMerge(row, col);
  }

  /** The merge a covered cell belongs to, if any (not for the merge's top-left cell). */
  coveringMerge(row: number, col: number): CellRange | null {
    if (this.rowInMerge[row] !== 1) return null;
    return this.mergeMaster.get(this.key(row, col))?.range ?? null;
  }

  format(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row]?.[col] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row]?.[col] ?? null;
  }

  /** Trimmed text of what a cell shows; numbers as written in JS, errors as their code. */
  text(row: number, col: number, shown = false): string {
    return cellText(shown ? this.shown(row, col) : this.value(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** Whether the cell is empty and not part of a merge. */
  isFree(row: number, col: number): boolean {
    const raw = this.grid.values[row]?.[col] ?? null;
    const empty = raw === null || (typeof raw === 'string' && raw === '');
    return (
      empty &&
      (this.rowInMerge[row] !== 1 || (!this.mergeMaster.has(this.key(row, col)) && !this.isMergeTopLeft(row, col)))
    );
  }

  private isMergeTopLeft(row: number, col: number): boolean {
    return this.mergeTopLeft.has(this.key(row, col));
  }

  rowLength(row: number): number {
    return this.grid.values[row]?.length ?? 0;
  }
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}
