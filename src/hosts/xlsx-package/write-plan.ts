/**
 * Write plan → worksheet parts. Every target cell is checked first, and nothing is changed when a
 * user cell is in the way (HostError naming sheet and cell); then each table's header cells,
 * formulas with cached results, number formats, the plan's font, header merges, conditional rules
 * and widths are written into its sheet part, and nothing outside the plan's columns is touched.
 */
import { blockAddress, cellAddress, columnLetter, MAX_COLUMN } from '../../core/a1';
import { messages, type Messages } from '../../core/messages';
import { isOwnColumn as isOwnColumnRule, type CellContent } from '../../core/own-output';
import type { OutputColumn, TableWrite, WritePlan } from '../../core/types';
import { HostError } from '../host';
import type { Book } from './book';
import { ensureMinWidth } from './columns';
import { addRules, removeOwnRules } from './conditional-formats';
import { toFileFormula } from './formulas';
import { addMerge } from './merges';
import { findSheet } from './workbook';
import type { Worksheet } from './worksheet';

/** Output columns are at least this wide (characters). */
const MIN_WIDTH = 12;

function rowsOf(table: TableWrite): { top: number; bottom: number } {
  const column = table.columns[0];
  const bottom = Math.max(column.headerBottom, ...table.columns.flatMap((c) => c.cells.map((x) => x.row)));
  return { top: column.headerTop, bottom };
}

function sheetPart(book: Book, table: TableWrite, m: Messages): string {
  const entry = findSheet(book.pkg, table.sheet);
  if (!entry || entry.kind !== 'worksheet' || !entry.part || !book.pkg.has(entry.part)) {
    throw new HostError(m.sheetMissing(table.sheet), table.sheet);
  }
  return entry.part;
}

/** A column chitieu wrote before, by the one rule in core/own-output, as the part is now. */
function isOwnColumn(sheet: Worksheet, table: TableWrite, column: OutputColumn): boolean {
  const header: string[] = [];
  for (let r = column.headerTop; r <= column.headerBottom; r++) {
    const text = sheet.text(sheet.cell(r, column.col)).trim();
    if (text && !header.includes(text)) header.push(text);
  }
  const { bottom } = rowsOf(table);
  const cells: CellContent[] = [];
  for (let r = column.headerBottom + 1; r <= bottom; r++) {
    const cell = sheet.cell(r, column.col);
    cells.push({ formula: sheet.formula(cell), empty: sheet.isEmpty(cell) });
  }
  return isOwnColumnRule(header.join(' '), column.kind, cells);
}

/** Throws a HostError naming the sheet and cells when the plan cannot be written without touching user cells. */
export function checkWritePlan(book: Book, plan: WritePlan, m: Messages = messages('vi')): void {
  for (const table of plan.tables) {
    const sheet = book.worksheet(sheetPart(book, table, m));
    const { top, bottom } = rowsOf(table);
    if (sheet.isProtected()) {
      const first = cellAddress(top, table.columns[0].col);
      throw new HostError(m.sheetProtectedAt(table.sheet, first), table.sheet, first);
    }
    const merges = sheet.merges();
    for (const column of table.columns) {
      if (column.col > MAX_COLUMN) {
        const last = cellAddress(top, MAX_COLUMN);
        throw new HostError(m.noFreeColumn(table.sheet, last), table.sheet, last);
      }
      const own = isOwnColumn(sheet, table, column);
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
          const cell = cellAddress(r, column.col);
          throw new HostError(m.mergedCell(table.sheet, cell, blockAddress(merge)), table.sheet, cell);
        }
        if (!own && !sheet.isEmpty(sheet.cell(r, column.col))) blocking.push(cellAddress(r, column.col));
      }
      if (blocking.length) {
        const shown = blocking.slice(0, 5).join(', ') + (blocking.length > 5 ? ', …' : '');
        throw new HostError(m.columnNotEmpty(table.sheet, columnLetter(column.col), shown), table.sheet, blocking[0]);
      }
    }
  }
}

function writeTable(book: Book, sheet: Worksheet, table: TableWrite): number {
  const styles = book.styles();
  const cols = table.columns.map((c) => c.col);
  const { top, bottom } = rowsOf(table);
  removeOwnRules(sheet, {
    refs: new Set(table.rules.map((r) => blockAddress(r.range))),
    within: table.updatesInPlace ? { left: Math.min(...cols), right: Math.max(...cols), top, bottom } : null,
  });
  let written = 0;
  for (const column of table.columns) {
    if (column.headerBottom > column.headerTop) {
      addMerge(sheet, { top: column.headerTop, left: column.col, bottom: column.headerBottom, right: column.col });
    }
    // A header chitieu wrote before keeps the look it has (the user may have restyled it).
    const from = column.headerStyleFrom && !table.updatesInPlace ? column.headerStyleFrom : null;
    const copied = from ? sheet.styleAt(from.row, from.col) : sheet.styleAt(column.headerTop, column.col);
    // Beside a table typed in `.VnTimeH` the copied look would show `Đánh giá` as garbage (issue 17).
    const headerStyle = column.font ? styles.withFont(copied, column.font) : copied;
    if (sheet.setCell(column.headerTop, column.col, { value: column.header, style: headerStyle }).hadFormula)
      book.formulaRemoved();
    written++;
    for (const cell of column.cells) {
      const style = styles.withNumberFormat(sheet.styleAt(cell.row, column.col), cell.numberFormat, column.font);
      const content =
        cell.formula !== undefined
          ? { formula: toFileFormula(cell.formula), value: cell.result ?? null, style }
          : { value: cell.value ?? null, style };
      if (sheet.setCell(cell.row, column.col, content).hadFormula && cell.formula === undefined) book.formulaRemoved();
      written++;
    }
    ensureMinWidth(sheet, column.col, MIN_WIDTH);
  }
  addRules(sheet, styles, table.rules);
  return written;
}

/** Checks, then writes every table of the plan. Returns the number of cells written. */
export function applyWritePlan(book: Book, plan: WritePlan, m: Messages = messages('vi')): number {
  checkWritePlan(book, plan, m);
  let written = 0;
  for (const table of plan.tables) written += writeTable(book, book.edit(sheetPart(book, table, m)), table);
  book.finish();
  return written;
}
