/**
 * Plain grids read straight from an .xlsx package: only the parts grids come from (workbook,
 * relationships, shared strings, styles, worksheets, tables), each scanned as text. It replaces
 * ExcelJS, which parsed the whole package into its object model; the grids are the same
 * (test/hosts/package-grids-parity.test.ts reads every workbook of the tests both ways).
 */
import type { SheetGrid } from '../../../core/types';
import { type PackageParts } from './parts';
import { readSharedStrings } from './shared-strings';
import { readStyles } from './styles';
import { readWorkbook } from './workbook';
import { readWorksheet } from './worksheet';

export { PackageReadError, zipParts, type PackageParts } from './parts';
export { defaultFontOfStyles } from './styles';

export interface PackageGrids {
  /** Every worksheet in the workbook's order, hidden ones included. */
  sheets: SheetGrid[];
  /** The font of the Normal style (the first font); null when the styles name none. */
  defaultFont: string | null;
}

export function readPackageGrids(from: PackageParts): PackageGrids {
  // Each part's text once: a package whose parts chitieu changed writes it out again on each call,
  // and a worksheet is asked for twice (whether it is there, then its cells).
  const texts = new Map<string, string | undefined>();
  const parts: PackageParts = {
    text(name) {
      if (!texts.has(name)) texts.set(name, from.text(name));
      return texts.get(name);
    },
  };
  const book = readWorkbook(parts);
  const styles = readStyles(parts.text(book.styles));
  const ctx = {
    strings: readSharedStrings(parts.text(book.sharedStrings)),
    styles: styles.cellXfs,
    date1904: book.date1904,
  };
  const sheets = book.worksheets.map((ws) => readWorksheet(parts, ws.part, ws.name, ws.state !== undefined, ctx));
  return { sheets, defaultFont: styles.defaultFont };
}
