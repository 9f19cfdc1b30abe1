/**
 * Issue 17: the fonts of the cells where a sheet's title, headers and labels sit, read in the same
 * request as the sheet's contents, so that text typed in `.VnTime` or `VNI-Times` is read as
 * Vietnamese; and the plan's Unicode font over what chitieu writes beside such a table.
 *
 * Only the top-left block is asked for: the whole used range would double the answer's size, and
 * its address is not known before the request. A sheet whose fonts there show a legacy encoding
 * has its other cells read in it by their characters (src/core/legacy-encoding.ts).
 * Range.getCellProperties is ExcelApi 1.9, within the declared 1.13 (api-sets.ts).
 */
import { encodingOfFont } from '../../core/legacy-encoding';
import type { OutputColumn } from '../../core/types';
import { jsonBytes, type WriteOp } from './chunks';

/** Rows and columns from A1 whose fonts are read: title, header rows and the STT | label | unit columns. */
export const FONT_ROWS = 120;
export const FONT_COLUMNS = 6;

export type FontRead = OfficeExtension.ClientResult<Excel.CellProperties[][]>;

/** Queues the font names of the sheet's top-left block. */
export function queueFontRead(worksheet: Excel.Worksheet): FontRead {
  return worksheet
    .getRangeByIndexes(0, 0, FONT_ROWS, FONT_COLUMNS)
    .getCellProperties({ format: { font: { name: true } } });
}

/**
 * The synced font names as SheetGrid.fonts (anchored at A1); undefined when none was read or none
 * is a legacy font, so that a Unicode workbook's grid is the same however it was read.
 */
export function fontsOf(read: FontRead | null): (string | null)[][] | undefined {
  const cells = read?.value;
  if (!cells) return undefined;
  const fonts = cells.map((row) => row.map((cell) => cell.format?.font?.name ?? null));
  return fonts.some((row) => row.some((font) => encodingOfFont(font))) ? fonts : undefined;
}

/**
 * The plan's font over a written column, header to last cell, after the header's look was copied
 * from the user's header (which in a TCVN3 sheet is `.VnTimeH`, showing `Đánh giá` as garbage).
 */
export function fontOp(ws: Excel.Worksheet, column: OutputColumn): WriteOp | null {
  const font = column.font;
  if (!font) return null;
  const last = column.cells.reduce((max, c) => Math.max(max, c.row), column.headerBottom);
  return {
    bytes: jsonBytes(font),
    run: () => {
      ws.getRangeByIndexes(column.headerTop, column.col, last - column.headerTop + 1, 1).format.font.name = font;
    },
  };
}
