/**
 * The ExcelJS reading of grids chitieu used before it read packages itself (src/hosts/xlsx/package-grids),
 * kept for the tests only: the parity test reads every workbook both ways and finds the same grids.
 * ExcelJS workbook → plain grids (values, number formats, formulas with cached results, merges, fonts).
 */
import ExcelJS from 'exceljs';
import { encodingOfFont } from '../../src/core/legacy-encoding';
import type { CellRange, CellValue, SheetGrid, UserChoices, WorkbookGrids } from '../../src/core/types';
import { CHOICES_SHEET } from '../../src/hosts/xlsx/choices';
import { defaultFontOf } from '../../src/hosts/xlsx/read';

const ERROR_CODES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);

type ExcelValue = ExcelJS.CellValue;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A plain cell value from what ExcelJS holds (rich text joined, hyperlinks by text, formulas by cached result). */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isObject(value)) {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as { text?: string }[]).map((p) => p.text ?? '').join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelValue }).result;
      if (isObject(result) && 'error' in result) return { error: String(result.error) };
      return result === undefined ? null : plainValue(result);
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  if (typeof value === 'string' && ERROR_CODES.has(value)) return { error: value };
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (isObject(v) && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    return f ? f.replace(/^=/, '') : null;
  }
  return null;
}

function decodeRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

/** Font family of a cell's text: the first named run of rich text, else the cell's font; null when it names none. */
function fontOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (isObject(v) && 'richText' in v && Array.isArray(v.richText)) {
    const run = (v.richText as { font?: { name?: string } }[]).find((p) => p.font?.name);
    if (run?.font?.name) return run.font.name;
  }
  return cell.font?.name ?? null;
}

export function readSheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  let anyFont = false;
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(decodeRange)
    .filter((r): r is CellRange => r !== null);
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    const rowFormulas: (string | null)[] = [];
    const rowFonts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (covered.has(`${r},${c}`)) return;
      // cell.value drops a cached formula result of 0; cell.result keeps it.
      rowValues[c] = plainValue(
        cell.formula ? ({ formula: cell.formula, result: cell.result } as ExcelValue) : cell.value,
      );
      rowFormats[c] = cell.numFmt ?? null;
      rowFormulas[c] = formulaOf(cell);
      if (typeof rowValues[c] === 'string') {
        rowFonts[c] = fontOf(cell);
        // Only a legacy font tells anything: a Unicode workbook's grid stays as the Excel host reads it.
        anyFont ||= encodingOfFont(rowFonts[c]) !== null;
      }
    });
    values[r] = Array.from(rowValues, (v) => v ?? null);
    numberFormats[r] = Array.from(rowFormats, (v) => v ?? null);
    formulas[r] = Array.from(rowFormulas, (v) => v ?? null);
    fonts[r] = Array.from(rowFonts, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
    fonts[r] ??= [];
  }
  const tables = Object.values(
    (ws as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string } }> })
      .tables ?? {},
  )
    .map((t) => {
      const ref = t.table?.tableRef ?? t.table?.ref;
      const range = ref ? decodeRange(ref) : null;
      return range ? { name: t.table?.name ?? '', range } : null;
    })
    .filter((t): t is { name: string; range: CellRange } => t !== null);
  return {
    name: ws.name,
    values,
    numberFormats,
    formulas,
    merges,
    tables,
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    hidden: ws.state !== 'visible' && ws.state !== undefined,
    ...(anyFont ? { fonts } : {}),
  };
}

/** Default fonts of loaded workbooks: ExcelJS drops the styles part, so the bytes are read for it. */
const DEFAULT_FONTS = new WeakMap<ExcelJS.Workbook, string>();

/** Loads the bytes with ExcelJS, remembering the default font as the old reader did. */
export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const font = defaultFontOf(bytes);
  if (font) DEFAULT_FONTS.set(wb, font);
  return wb;
}

/** The choices as the old reader read them from the choices sheet. */
export function readChoicesExcelJs(wb: ExcelJS.Workbook): UserChoices {
  const ws = wb.getWorksheet(CHOICES_SHEET);
  if (!ws) return {};
  let text = '';
  ws.getColumn(1).eachCell((cell) => {
    const v = cell.value;
    if (typeof v === 'string') text += v;
    else if (v && typeof v === 'object' && 'richText' in v) text += v.richText.map((p) => p.text).join('');
  });
  try {
    return JSON.parse(text) as UserChoices;
  } catch {
    return {};
  }
}

export function readWorkbookGrids(wb: ExcelJS.Workbook): WorkbookGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (ws.name !== CHOICES_SHEET) sheets.push(readSheetGrid(ws));
  });
  const defaultFont = DEFAULT_FONTS.get(wb);
  return defaultFont ? { sheets, defaultFont } : { sheets };
}
