/**
 * Write plan → ExcelJS workbook. Checks every target cell first and throws, having changed
 * nothing, when a user cell is in the way; never touches a cell outside the plan's columns.
 */
import type ExcelJS from 'exceljs';
import { isOwnColumn as isOwnColumnRule, type CellContent } from '../../core/own-output';
import { NEWER_FUNCTIONS } from '../../core/write-plan';
import { blockAddress, cellAddress, columnLetter, MAX_COLUMN, parseRange } from '../../core/a1';
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

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function isEmptyValue(v: ExcelJS.CellValue): boolean {
  return v === null || v === undefined || v === '';
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(parseRange).filter((r): r is CellRange => r !== null);
}

function rowsOf(table: TableWrite): { top: number; bottom: number } {
  const column = table.columns[0];
  const bottom = Math.max(column.headerBottom, ...table.columns.flatMap((c) => c.cells.map((x) => x.row)));
  return { top: column.headerTop, bottom };
}

/** A column chitieu wrote before, by the one rule in core/own-output, as the workbook is now. */
function isOwnColumn(ws: ExcelJS.Worksheet, table: TableWrite, column: OutputColumn): boolean {
  const header: string[] = [];
  for (let r = column.headerTop; r <= column.headerBottom; r++) {
    const text = String(ws.getCell(r + 1, column.col + 1).value ?? '').trim();
    if (text && !header.includes(text)) header.push(text);
  }
  const { bottom } = rowsOf(table);
  const cells: CellContent[] = [];
  for (let r = column.headerBottom + 1; r <= bottom; r++) {
    const cell = ws.getCell(r + 1, column.col + 1);
    cells.push({ formula: cell.formula ?? null, empty: isEmptyValue(cell.value) });
  }
  return isOwnColumnRule(header.join(' '), column.kind, cells);
}

/** Throws a HostError naming the sheet and cells when the plan cannot be written without touching user cells. */
export function checkWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const table of plan.tables) {
    const ws = wb.getWorksheet(table.sheet);
    if (!ws) throw new HostError(`Không tìm thấy sheet "${table.sheet}" (sheet not found).`, table.sheet);
    const { top, bottom } = rowsOf(table);
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) {
      const first = cellAddress(top, table.columns[0].col);
      throw new HostError(
        `Sheet "${table.sheet}" đang được bảo vệ (protected), cần ghi từ ô ${first}; hãy bỏ bảo vệ rồi chạy lại (unprotect the sheet and run again).`,
        table.sheet,
        first,
      );
    }
    const merges = mergesOf(ws);
    for (const column of table.columns) {
      if (column.col > MAX_COLUMN) {
        const last = cellAddress(top, MAX_COLUMN);
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
            `Sheet "${table.sheet}", ô ${cellAddress(r, column.col)} thuộc vùng gộp ô ${blockAddress(merge)} nằm trong cột cần ghi; hãy bỏ gộp ô hoặc dời bảng (a merged cell is in the way).`,
            table.sheet,
            cellAddress(r, column.col),
          );
        }
        if (!isOwnColumn(ws, table, column) && !isEmptyValue(ws.getCell(r + 1, column.col + 1).value)) {
          blocking.push(cellAddress(r, column.col));
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
  const refs = new Set(table.rules.map((r) => blockAddress(r.range)));
  const cols = table.columns.map((c) => c.col);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const { top, bottom } = rowsOf(table);
  const within = (ref: string): boolean =>
    ref.split(' ').every((part) => {
      const r = parseRange(part);
      return r !== null && r.left >= left && r.right <= right && r.top <= bottom && r.bottom >= top;
    });
  for (let i = list.length - 1; i >= 0; i--) {
    if (refs.has(list[i].ref) || (table.updatesInPlace && within(list[i].ref))) list.splice(i, 1);
  }
}

function addRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  if (!rules.length) return;
  const ref = blockAddress(rules[0].range);
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
      const ref = `${cellAddress(column.headerTop, column.col)}:${cellAddress(column.headerBottom, column.col)}`;
      if (!mergesOf(ws).some((m) => blockAddress(m) === ref)) ws.mergeCells(ref);
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
