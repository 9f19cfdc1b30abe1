/**
 * Sheets chitieu makes as whole parts: the summary (replacing chitieu's earlier summary in place,
 * never a user's sheet), a drafted sheet from a grid (under a free name), and the very hidden
 * choices store. A workbook whose structure is protected gets no new sheet: the caller is told which.
 */
import {
  chooseSummaryName,
  isSummaryMarker,
  SUMMARY_MARKER,
  type SummaryCell,
  type SummarySheet,
  type SummaryStyle,
} from '../../core/summary-sheet';
import { messages, type Messages } from '../../core/messages';
import type { SheetGrid, UserChoices } from '../../core/types';
import { HostError } from '../host';
import { freeSheetName, newSheetLook } from '../new-sheet';
import type { Book } from './book';
import { addSummaryChart } from './chart';
import { hideColumn } from './columns';
import { toFileFormula } from './formulas';
import { newWorksheet, setWidths } from './new-worksheet';
import type { CellLook } from './styles';
import { addWorksheet, findSheet, replaceWorksheet, sheets, type SheetEntry, type SheetState } from './workbook';
import type { Worksheet } from './worksheet';
import { root } from './xml';

export const CHOICES_SHEET = 'chitieu_choices';
/** Excel's limit on the text of one cell. */
const CELL_LIMIT = 32000;

const LOOKS: Record<SummaryStyle, CellLook> = {
  title: { bold: true, size: 14 },
  note: { italic: true, color: '595959' },
  section: { bold: true, size: 12 },
  header: { bold: true, fill: 'D9E1F2', wrap: true, middle: true },
  total: { bold: true },
  link: { color: '0563C1', underline: true },
};

/** Puts a sheet part chitieu made in place of its earlier one, or adds it at the end. */
function place(
  book: Book,
  sheet: Worksheet,
  name: string,
  existing: SheetEntry | undefined,
  state: SheetState = 'visible',
): string {
  sheet.finish();
  if (existing?.part) {
    const old = root(book.pkg.read(existing.part));
    if (old.getElementsByTagNameNS(old.namespaceURI ?? '', 'f').length) book.formulaRemoved();
    replaceWorksheet(book.pkg, existing, sheet.doc);
    book.adopt(existing.part, sheet);
    return existing.part;
  }
  const part = addWorksheet(book.pkg, name, sheet.doc, state);
  book.adopt(part, sheet);
  return part;
}

function isOwnSummary(book: Book, entry: SheetEntry): boolean {
  if (entry.kind !== 'worksheet' || !entry.part || !book.pkg.has(entry.part)) return false;
  const ws = book.worksheet(entry.part);
  return isSummaryMarker(ws.text(ws.cell(SUMMARY_MARKER.row, SUMMARY_MARKER.col)));
}

function summaryCell(
  book: Book,
  sheet: Worksheet,
  r: number,
  c: number,
  cell: SummaryCell,
  font: string | undefined,
): void {
  const look: CellLook = { ...(cell.style ? LOOKS[cell.style] : {}), numberFormat: cell.numberFormat, font };
  const style = book.styles().cellFormat(look);
  if (cell.formula !== undefined)
    sheet.setCell(r, c, { formula: toFileFormula(cell.formula), value: cell.result ?? null, style });
  // A string value is written as text: `=` at its start never makes it a formula.
  else sheet.setCell(r, c, { value: cell.value ?? null, style });
}

/** Writes the summary sheet and returns the name it got. */
export function writeSummarySheet(book: Book, summary: SummarySheet): string {
  const all = sheets(book.pkg);
  const name = chooseSummaryName(
    summary.name,
    all.map((s) => ({ name: s.name, ours: isOwnSummary(book, s) })),
  );
  const existing = all.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheet = newWorksheet(book.strings);
  summary.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) summaryCell(book, sheet, r, c, cell, summary.font);
    }),
  );
  setWidths(sheet, summary.columnWidths);
  hideColumn(sheet, SUMMARY_MARKER.col);
  const part = place(book, sheet, existing?.name ?? name, existing);
  if (summary.chart) addSummaryChart(book.pkg, part, sheet, existing?.name ?? name, summary.chart);
  book.finish();
  return existing?.name ?? name;
}

/** Adds a sheet from a plain grid under its own name; throws when a sheet has that name. */
export function addGridSheet(book: Book, grid: SheetGrid, m: Messages = messages('vi')): string {
  if (findSheet(book.pkg, grid.name)) throw new HostError(m.sheetExists(grid.name), grid.name);
  const look = newSheetLook(grid);
  const sheet = newWorksheet(book.strings);
  const bold = new Set(look.boldRows);
  const boldStyle = bold.size ? book.styles().cellFormat({ bold: true }) : 0;
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const style = bold.has(r) ? boldStyle : 0;
      // Strings stay strings: a source text starting with `=` must never become a formula.
      if (typeof value === 'object') sheet.setCell(r, c, { error: value.error, style });
      else sheet.setCell(r, c, { value, style });
    }),
  );
  setWidths(sheet, look.widths);
  place(book, sheet, grid.name, undefined);
  book.finish();
  return grid.name;
}

/** Adds the grid as a new sheet under a name no sheet has yet (`Theo dõi chỉ tiêu (2)`…); returns that name. */
export function addGridSheetAsNew(book: Book, grid: SheetGrid): string {
  const name = freeSheetName(
    grid.name,
    sheets(book.pkg).map((s) => s.name),
  );
  return addGridSheet(book, { ...grid, name });
}

/** Keeps the choices in the very hidden sheet, replacing what it held; no sheet is added for none. */
export function writeChoices(book: Book, choices: UserChoices): void {
  const text = JSON.stringify(choices);
  const existing = findSheet(book.pkg, CHOICES_SHEET);
  if (text === '{}' && !existing) return;
  const sheet = newWorksheet(book.strings);
  for (let i = 0, r = 0; i < text.length && text !== '{}'; i += CELL_LIMIT, r++)
    sheet.setCell(r, 0, { value: text.slice(i, i + CELL_LIMIT) });
  place(book, sheet, CHOICES_SHEET, existing, 'veryHidden');
  book.finish();
}
