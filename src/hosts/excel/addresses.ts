import { cellAddress } from '../../core/sheet-view';
import type { CellRange } from '../../core/types';

export { cellAddress };

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Reads an Excel address list such as `'Kế hoạch 2023'!A1:B2, Sheet1!C3` into 0-based ranges.
 * Sheet names are dropped; commas inside quoted sheet names are respected.
 */
export function parseAddressList(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
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
    const [a, b = a] = local.split(':');
    const start = parseCell(a);
    const end = parseCell(b);
    if (!start || !end) continue;
    ranges.push({
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    });
  }
  return ranges;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** `G5, G7, G9 and 4 more`: enough cells for a person to find the problem. */
export function cellList(cells: { row: number; col: number }[], more: (n: number) => string, max = 5): string {
  const shown = cells.slice(0, max).map((c) => cellAddress(c.row, c.col));
  const rest = cells.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${more(rest)}` : shown.join(', ');
}
