/**
 * A1 addressing, the one place chitieu turns 0-based row/column indexes into Excel's `B7`, `B7:D9`
 * and `'Sheet'!A1:B2, C3` and back. Every host, shell and test uses these.
 */
import type { CellRange } from './types';

/** Excel's last column (XFD), 0-based. */
export const MAX_COLUMN = 16383;
/** Excel's last row (1,048,576), 0-based. */
export const MAX_ROW = 1048575;

/** `0` → `A`, `27` → `AB`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `A` → 0, `ab` → 27; -1 when the text is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** `cellAddress(8, 3)` → `D9`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `B7` for one cell, `B7:D9` for a block. */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** `B7:D9` always with both corners, as `ref` attributes of conditional formats and merges are written. */
export function blockAddress(r: CellRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** `$B$7` or `b7` → 0-based row and column; null when the text is not a cell address. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || col > MAX_COLUMN || row < 0 || row > MAX_ROW) return null;
  return { row, col };
}

/** `B7`, `B7:D9`, `$D$9:$B$7` (corners in any order) → a range; null when it is not one. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a, extra] = ref.trim().split(':');
  if (extra !== undefined) return null;
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * An address list such as `'Kế hoạch, 2023'!A1:B2, Sheet1!C3` (Office.js) or `A1:B2 C3` (a `sqref`
 * in a file) → ranges. Sheet names are dropped; separators inside quoted sheet names are respected.
 */
export function parseAddressList(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if ((ch === ',' || ch === ' ') && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const ranges: CellRange[] = [];
  for (const part of parts) {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    if (!local) continue;
    const range = parseRange(local);
    if (range) ranges.push(range);
  }
  return ranges;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
