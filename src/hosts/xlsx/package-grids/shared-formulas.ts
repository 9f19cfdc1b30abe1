/**
 * A shared formula as each cell of its range holds it: the master's text with its relative
 * references moved by the cell's offset from the master. It follows ExcelJS's `slideFormula`, so the
 * grids read as they did: any word of letters and digits that reads as a cell reference moves
 * (quoted text included), a name followed by `(` is a function and stays, a reference past column
 * XFD is a name and stays.
 */
import { columnIndex, columnLetter } from '../../../core/a1';
import { decodeAddress } from './addresses';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: string, to: string): string {
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  if (!a || !b) return formula;
  const dRow = b.row - a.row;
  const dCol = b.col - a.col;
  return formula.replace(
    CANDIDATE,
    (match, sheet: string | undefined, _name, part: string, paren: string | undefined) => {
      if (paren) return match;
      const m = REFERENCE.exec(part);
      if (!m) return match;
      const letters = m[2].toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
      const col = columnIndex(letters) + 1 + (m[1] ? 0 : dCol);
      const row = parseInt(m[4], 10) + (m[3] ? 0 : dRow);
      // ExcelJS failed on a reference moved off the sheet's columns; it stays as written here.
      if (col < 1 || col > 16384) return match;
      return `${sheet ?? ''}${m[1] ?? ''}${columnLetter(col - 1)}${m[3] ?? ''}${row}`;
    },
  );
}
