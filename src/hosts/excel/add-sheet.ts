/** A new sheet from a plain grid (a drafted tracking sheet) through Office.js, in three syncs. */
import type { CellValue, SheetGrid } from '../../core/types';
import { HostError } from '../host';
import { freeSheetName, newSheetLook } from '../new-sheet';
import type { Messages } from '../../core/messages';
import { asText } from './text';

/** Excel column widths are in points; a character of the default font is about seven. */
const POINTS_PER_CHAR = 7;

function valueOf(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return asText(value.error);
  return typeof value === 'string' ? asText(value) : value;
}

/**
 * Adds the sheet under a name no sheet has yet, writes its values and look, and brings it to front.
 * The workbook's structure protection is read with the sheet names, so a protected workbook gets
 * a message saying so before anything is tried (review A.14). The new sheet is activated in a sync
 * of its own: on Excel on the web a sheet added and activated in one batch is not activated the
 * first time (office-js #930).
 */
export async function addSheet(context: Excel.RequestContext, grid: SheetGrid, m: Messages): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) throw new HostError(m.workbookProtected());
  const name = freeSheetName(
    grid.name,
    sheets.items.map((ws) => ws.name),
  );
  const ws = sheets.add(name);
  const look = newSheetLook(grid);
  const width = Math.max(1, ...grid.values.map((row) => row.length));
  if (grid.values.length) {
    const values = grid.values.map((row) => Array.from({ length: width }, (_, c) => valueOf(row[c])));
    ws.getRangeByIndexes(0, 0, values.length, width).values = values;
  }
  for (const r of look.boldRows) ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  look.widths.forEach((chars, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  await context.sync();
  ws.activate();
  await context.sync();
  return name;
}
