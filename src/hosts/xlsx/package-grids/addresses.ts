/**
 * A cell's address as the grids count it (0-based), read in one pass over its characters: the reader
 * decodes every cell of a sheet, so no pattern is run per cell. Ranges and columns: src/core/a1.ts.
 */

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
