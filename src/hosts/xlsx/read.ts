/** ExcelJS workbook → plain grids (values, number formats, formulas with cached results, merges, fonts). */
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { encodingOfFont } from '../../core/legacy-encoding';
import type { CellRange, CellValue, SheetGrid, WorkbookGrids } from '../../core/types';
import { CHOICES_SHEET } from './choices';

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

/**
 * Remembers the workbook's default font (the first font of `xl/styles.xml`, the Normal style's),
 * which cells without a font of their own show: `.VnTime` there means the whole book is TCVN3.
 */
export function rememberDefaultFont(wb: ExcelJS.Workbook, bytes: Uint8Array): void {
  const font = defaultFontOf(bytes);
  if (font) DEFAULT_FONTS.set(wb, font);
}

/** The first font's family in the package's `xl/styles.xml`; null when there is none or the file cannot tell. */
export function defaultFontOf(bytes: Uint8Array): string | null {
  let xml: string;
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === 'xl/styles.xml' })['xl/styles.xml'];
    if (!part) return null;
    xml = strFromU8(part);
  } catch {
    return null;
  }
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(xml)?.[1] ?? '';
  const first = /<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(fonts)?.[1] ?? '';
  const name = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/.exec(first)?.[1];
  return name
    ? name
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : null;
}

export function readWorkbookGrids(wb: ExcelJS.Workbook): WorkbookGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (ws.name !== CHOICES_SHEET) sheets.push(readSheetGrid(ws));
  });
  const defaultFont = DEFAULT_FONTS.get(wb);
  return defaultFont ? { sheets, defaultFont } : { sheets };
}
