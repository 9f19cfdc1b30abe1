/**
 * Summary sheet → ExcelJS workbook: replaces chitieu's earlier summary sheet, never a user's sheet
 * of the same name (that one keeps its name and the summary goes to `Tổng hợp (2)`).
 */
import type ExcelJS from 'exceljs';
import {
  chooseSummaryName,
  isSummaryMarker,
  SUMMARY_MARKER,
  type SummaryCell,
  type SummarySheet,
  type SummaryStyle,
} from '../../core/summary-sheet';
import { plainValue } from './read';
import { toFileFormula } from './write';

const STYLES: Record<SummaryStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  section: { font: { bold: true, size: 12 } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    alignment: { wrapText: true, vertical: 'middle' },
  },
  total: { font: { bold: true } },
  link: { font: { color: { argb: 'FF0563C1' }, underline: true } },
};

function isOurs(ws: ExcelJS.Worksheet): boolean {
  return isSummaryMarker(plainValue(ws.getCell(SUMMARY_MARKER.row + 1, SUMMARY_MARKER.col + 1).value));
}

function writeCell(target: ExcelJS.Cell, cell: SummaryCell): void {
  if (cell.formula !== undefined) {
    target.value = { formula: toFileFormula(cell.formula), result: cell.result } as ExcelJS.CellFormulaValue;
  } else {
    // A string value is stored as a shared string; ExcelJS never reads `=` in it as a formula.
    target.value = cell.value ?? null;
  }
  const style: Partial<ExcelJS.Style> = JSON.parse(JSON.stringify(cell.style ? STYLES[cell.style] : {}));
  if (cell.numberFormat) style.numFmt = cell.numberFormat;
  target.style = style;
}

/** Writes the summary sheet and returns the name it got. */
export function writeSummarySheet(wb: ExcelJS.Workbook, sheet: SummarySheet): string {
  const name = chooseSummaryName(
    sheet.name,
    wb.worksheets.map((ws) => ({ name: ws.name, ours: isOurs(ws) })),
  );
  const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    }),
  );
  sheet.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
  ws.getColumn(SUMMARY_MARKER.col + 1).hidden = true;
  return name;
}
