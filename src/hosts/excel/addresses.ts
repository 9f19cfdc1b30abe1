/** Cell lists for messages; addressing itself lives in core/a1. */
import { cellAddress } from '../../core/a1';

export { cellAddress, intersects, parseAddressList, rangeAddress, sameRange } from '../../core/a1';

/** `G5, G7, G9 and 4 more`: enough cells for a person to find the problem. */
export function cellList(cells: { row: number; col: number }[], more: (n: number) => string, max = 5): string {
  const shown = cells.slice(0, max).map((c) => cellAddress(c.row, c.col));
  const rest = cells.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${more(rest)}` : shown.join(', ');
}
