/**
 * A sheet chitieu adds from a plain grid (a drafted tracking sheet), the same in both hosts:
 * a name no sheet of the workbook has yet, and which rows are bold and how wide each column is.
 */
import type { CellValue, SheetGrid } from '../core/types';

export interface NewSheetLook {
  /** 0-based rows shown bold (title, header, group rows). */
  boldRows: number[];
  /** Column widths in characters. */
  widths: number[];
}

/** `wanted`, or `wanted (2)`, `(3)`…: the first name no sheet has, compared as Excel does, ignoring case. */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function filled(row: readonly CellValue[]): number {
  return row.filter((v) => v !== null && v !== undefined && v !== '').length;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * The header is the first row with three cells or more; it and the rows above it (title) are bold,
 * and so are the group rows below it: a numbering cell and a name, nothing else.
 */
export function newSheetLook(grid: SheetGrid): NewSheetLook {
  const header = grid.values.findIndex((row) => filled(row) >= 3);
  const boldRows = grid.values.flatMap((row, r) => {
    if (r <= header) return filled(row) ? [r] : [];
    const isGroup = row.length === 2 && typeof row[0] === 'string' && typeof row[1] === 'string';
    return isGroup ? [r] : [];
  });
  const body = header < 0 ? grid.values : grid.values.slice(header);
  const columns = Math.max(0, ...body.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(0, ...body.map((row) => String(row[c] ?? '').length));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return { boldRows, widths };
}
