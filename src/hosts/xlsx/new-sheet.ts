/** Adds a sheet made by chitieu (a drafted tracking sheet) to an ExcelJS workbook from a plain grid. */
import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core/types';
import { HostError } from '../host';
import { freeSheetName, newSheetLook, type NewSheetLook } from '../new-sheet';

export type { NewSheetLook } from '../new-sheet';

export function addGridSheet(
  wb: ExcelJS.Workbook,
  grid: SheetGrid,
  look: Partial<NewSheetLook> = newSheetLook(grid),
): ExcelJS.Worksheet {
  if (wb.getWorksheet(grid.name)) {
    throw new HostError(
      `Sheet "${grid.name}" đã có trong sổ tính; không ghi đè sheet của người dùng (the sheet already exists).`,
      grid.name,
    );
  }
  const ws = wb.addWorksheet(grid.name);
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      // Strings stay strings: a source text starting with `=` must never become a formula.
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof value === 'object' ? value.error : value;
    });
  });
  for (const r of look.boldRows ?? []) ws.getRow(r + 1).font = { bold: true };
  (look.widths ?? []).forEach((w, c) => (ws.getColumn(c + 1).width = w));
  return ws;
}

/** Adds the grid as a new sheet under a name no sheet has yet (`Theo dõi chỉ tiêu (2)`…); returns that name. */
export function addGridSheetAsNew(wb: ExcelJS.Workbook, grid: SheetGrid): string {
  const name = freeSheetName(
    grid.name,
    wb.worksheets.map((ws) => ws.name),
  );
  addGridSheet(wb, { ...grid, name });
  return name;
}
