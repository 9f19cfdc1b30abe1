/** A1 addresses and ranges as the grids count them (0-based), and columns as letters. */
import type { CellRange } from '../../../core/types';

/** `B3` → { row: 2, col: 1 }; `$` signs and lower-case letters are passed over as ExcelJS did. Null when it names no cell. */
export function decodeAddress(address: string): { row: number; col: number } | null {
  let col = 0;
  let row = 0;
  let digits = false;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (!digits && code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 48 && code <= 57) {
      digits = true;
      row = row * 10 + code - 48;
    }
  }
  return col > 0 && row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/** `B2:A1` → the rectangle, corners put in order; a single address is a one-cell range. */
export function decodeRange(ref: string): CellRange | null {
  const colon = ref.indexOf(':');
  const a = decodeAddress(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : decodeAddress(ref.slice(colon + 1));
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Letters → 1-based column number (A → 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}
