/** Small sheets for the layout tests: rows of cells, merges as A1 ranges. */
import { parseRange } from '../../../src/core/a1';
import { SheetView } from '../../../src/core/sheet-view';
import type { CellRange, CellValue } from '../../../src/core/types';

export function view(rows: CellValue[][], merges: string[] = [], name = 'Sheet1'): SheetView {
  return new SheetView({
    name,
    values: rows,
    merges: merges.map((m) => parseRange(m)).filter((r): r is CellRange => r !== null),
  });
}
