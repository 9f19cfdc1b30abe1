/**
 * Write plan → ExcelJS workbook. Checks every target cell first and throws, having changed
 * nothing, when a user cell is in the way; never touches a cell outside the plan's columns.
 */
import type ExcelJS from 'exceljs';
import { OUTPUT_HEADERS } from '../../core/headers';
import { NEWER_FUNCTIONS } from '../../core/write-plan';
import { columnLetter } from '../../core/sheet-view';
import {
  RULE_COLOURS,
  type CellRange,
  type ConditionalRule,
  type OutputColumn,
  type TableWrite,
  type WritePlan,
} from '../../core/types';
import { HostError } from '../host';

const NEWER = new RegExp(`(?<![A-Za-z0-9_.])(${NEWER_FUNCTIONS.join('|')})\\(`, 'g');

/** Formulas in .xlsx files name post-2007 functions with the `_xlfn.` prefix. */
export function toFileFormula(formula: string): string {
  return formula.replace(NEWER, '_xlfn.$1(');
}

/** Excel's last column (XFD), 0-based. */
const MAX_COL = 16383;

function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

function rangeRef(r: CellRange): string {
  return `${address(r.top, r.left)}:${address(r.bottom, r.right)}`;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function isEmptyValue(v: ExcelJS.CellValue): boolean {
  return v === null || v === undefined || v === '';
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(decodeRef).filter((r): r is CellRange => r !== null);
}

function rowsOf(table: TableWrite): { top: number; bottom: number } {
  const column = table.columns[0];
  const bottom = Math.max(column.headerBottom, ...table.columns.flatMap((c) => c.cells.map((x) => x.row)));
  return { top: column.headerTop, bottom };
}

/** A column chitieu wrote before: the table is updated in place and the column's header is one of chitieu's. */
function isOwnColumn(ws: ExcelJS.Worksheet, table: TableWrite, column: OutputColumn): boolean {
  if (!table.updatesInPlace) return false;
  const header = String(ws.getCell(column.headerTop + 1, column.col + 1).value ?? '').trim();
  return header === OUTPUT_HEADERS.vi[column.kind] || header === OUTPUT_HEADERS.en[column.kind];
}

/** Throws a HostError naming the sheet and cells when the plan cannot be written without touching user cells. */
export function checkWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const table of plan.tables) {
    const ws = wb.getWorksheet(table.sheet);
    if (!ws) throw new HostError(`Không tìm thấy sheet "${table.sheet}" (sheet not found).`, table.sheet);
    const { top, bottom } = rowsOf(table);
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) {
      const first = address(top, table.columns[0].col);
      throw new HostError(
        `Sheet "${table.sheet}" đang được bảo vệ (protected), cần ghi từ ô ${first}; hãy bỏ bảo vệ rồi chạy lại (unprotect the sheet and run again).`,
        table.sheet,
        first,
      );
    }
    const merges = mergesOf(ws);
    for (const column of table.columns) {
      if (column.col > MAX_COL) {
        const last = address(top, MAX_COL);
        throw new HostError(
          `Sheet "${table.sheet}": không còn cột trống bên phải bảng, sau ô ${last} là hết trang tính; không ghi gì cả (no free columns left of Excel's last column XFD; nothing was written).`,
          table.sheet,
          last,
        );
      }
      const blocking: string[] = [];
      for (let r = top; r <= bottom; r++) {
        const merge = merges.find((m) => r >= m.top && r <= m.bottom && column.col >= m.left && column.col <= m.right);
        const ownHeaderMerge =
          merge &&
          table.updatesInPlace &&
          merge.left === column.col &&
          merge.right === column.col &&
          merge.top === column.headerTop;
        if (merge && !ownHeaderMerge) {
          throw new HostError(
            `Sheet "${table.sheet}", ô ${address(r, column.col)} thuộc vùng gộp ô ${rangeRef(merge)} nằm trong cột cần ghi; hãy bỏ gộp ô hoặc dời bảng (a merged cell is in the way).`,
            table.sheet,
            address(r, column.col),
          );
        }
        if (!isOwnColumn(ws, table, column) && !isEmptyValue(ws.getCell(r + 1, column.col + 1).value)) {
          blocking.push(address(r, column.col));
        }
      }
      if (blocking.length) {
        const shown = blocking.slice(0, 5).join(', ') + (blocking.length > 5 ? ', …' : '');
        throw new HostError(
          `Sheet "${table.sheet}": cột ${columnLetter(column.col)} cần để trống nhưng đã có dữ liệu ở ${shown}; không ghi gì cả (the output column is not empty; nothing was written).`,
          table.sheet,
          blocking[0],
        );
      }
    }
  }
}

/**
 * Removes the rules chitieu made before on its columns: the same range, or, when updating its own
 * columns, any rule lying within them (the table may have grown or shrunk since).
 */
function removeOwnRules(ws: ExcelJS.Worksheet, table: TableWrite): void {
  const list = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings;
  if (!list) return;
  const refs = new Set(table.rules.map((r) => rangeRef(r.range)));
  const cols = table.columns.map((c) => c.col);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const { top, bottom } = rowsOf(table);
  const within = (ref: string): boolean =>
    ref.split(' ').every((part) => {
      const r = decodeRef(part);
      return r !== null && r.left >= left && r.right <= right && r.top <= bottom && r.bottom >= top;
    });
  for (let i = list.length - 1; i >= 0; i--) {
    if (refs.has(list[i].ref) || (table.updatesInPlace && within(list[i].ref))) list.splice(i, 1);
  }
}

function decodeRef(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (x: string): number => [...x].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: col(m[3] ?? m[1]) };
}

function addRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  if (!rules.length) return;
  const ref = rangeRef(rules[0].range);
  ws.addConditionalFormatting({
    ref,
    rules: rules.map((rule) => ({
      type: 'expression',
      priority: rule.priority,
      formulae: [rule.formula],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(RULE_COLOURS[rule.style].fill) } },
        font: { color: { argb: argb(RULE_COLOURS[rule.style].font) } },
      },
    })),
  });
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style ?? {})) as Partial<ExcelJS.Style>;
}

function writeTable(ws: ExcelJS.Worksheet, table: TableWrite): number {
  let written = 0;
  removeOwnRules(ws, table);
  for (const column of table.columns) {
    const headerCell = ws.getCell(column.headerTop + 1, column.col + 1);
    if (column.headerBottom > column.headerTop) {
      const ref = `${address(column.headerTop, column.col)}:${address(column.headerBottom, column.col)}`;
      if (!mergesOf(ws).some((m) => rangeRef(m) === ref)) ws.mergeCells(ref);
    }
    // A header chitieu wrote before keeps the look it has (the user may have restyled it).
    if (column.headerStyleFrom && !table.updatesInPlace) {
      headerCell.style = copyStyle(ws.getCell(column.headerStyleFrom.row + 1, column.headerStyleFrom.col + 1).style);
    }
    headerCell.value = column.header;
    written++;
    for (const cell of column.cells) {
      const target = ws.getCell(cell.row + 1, column.col + 1);
      if (cell.formula !== undefined) {
        target.value = {
          formula: toFileFormula(cell.formula),
          result: cell.result ?? undefined,
        } as ExcelJS.CellFormulaValue;
      } else {
        target.value = cell.value ?? null;
      }
      // A fresh style object: ExcelJS shares styles between cells, and the user's must not change.
      const style = copyStyle(target.style);
      if (cell.numberFormat) style.numFmt = cell.numberFormat;
      else delete style.numFmt;
      target.style = style;
      written++;
    }
    const wsColumn = ws.getColumn(column.col + 1);
    if (!wsColumn.width || wsColumn.width < 12) wsColumn.width = 12;
  }
  addRules(ws, table.rules);
  return written;
}

/** Checks, then writes every table of the plan. Returns the number of cells written. */
export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): number {
  checkWritePlan(wb, plan);
  let written = 0;
  for (const table of plan.tables) {
    const ws = wb.getWorksheet(table.sheet);
    if (ws) written += writeTable(ws, table);
  }
  return written;
}
