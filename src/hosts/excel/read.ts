import type { CellRange, CellValue, SheetGrid, WorkbookGrids } from '../../core/types';
import { HostError, type Progress, type ScanScope } from '../host';
import { parseAddressList } from './addresses';
import { isOfficeError, isReadTooLarge } from './errors';
import { fontsOf, queueFontRead, type FontRead } from './fonts';
import type { Messages } from '../../core/messages';
import { MERGED_AREAS_LIMIT, mergedAreas, queueMergeTiles, type MergeTiles } from './merges';

/** Kept under Excel on the web's 5 MB response limit, with room for JSON overhead. */
export const READ_BUDGET_BYTES = 3_500_000;
/** values + valueTypes + numberFormat + formulas of one cell, as JSON, on a typical sheet: a first guess only. */
const BYTES_PER_CELL = 48;
/** Excel reads at most five million cells of one range (performance#payload-size-limit-best-practices). */
const CELL_READ_LIMIT = 5_000_000;

const DIMENSIONS = 'rowIndex,columnIndex,rowCount,columnCount';
const CONTENTS = 'values,valueTypes,numberFormat,formulas';

interface SheetHandle {
  worksheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  used: Excel.Range;
  /** The whole sheet's merged areas in one call; null when they are read in tiles instead. */
  sheetMerges: Excel.RangeAreas | null;
  /** Fonts of the title, header and label cells (issue 17), read with the contents; null in the block fallback. */
  fonts: FontRead | null;
}

interface TableHandle {
  table: Excel.Table;
  range: Excel.Range;
}

interface Block {
  rowIndex: number;
  columnIndex: number;
  range: Excel.Range;
  merges: MergeTiles;
}

export interface ReadOptions {
  /** Answer size budget of one round of row blocks. */
  budgetBytes: number;
  /** Read hidden and very hidden sheets too; otherwise they are left out of a workbook scan. */
  includeHidden: boolean;
  messages: Messages;
  onProgress?: (p: Progress) => void;
}

/**
 * Reads the sheets in scope in two syncs. The first asks which sheets there are (and the
 * workbook's Excel tables); the second loads every sheet's used range with its contents, its
 * protection, merged areas and the fonts of its top-left block (fonts.ts, issue 17), and the
 * tables' ranges. When Excel refuses that request (an answer too large, or more than 512 merged
 * areas on a sheet), the sheets are read again carefully: their used ranges first, then row
 * blocks, each round of blocks in one sync, with the merged areas in tiles that cannot exceed
 * Excel's limit.
 *
 * The sheet list comes first so that nothing is ever asked of a null worksheet: walking the sheets
 * with getNextOrNullObject would queue `protection` and `getRange()` on the null objects past the
 * last sheet, and the docs describe *OrNullObject only for the object returned
 * (application-specific-api-model#ornullobject-methods-and-properties), not for its members
 * (review A.5). One sync more for a workbook of any size, and no rounds of 32 sheets.
 */
export async function readGrids(
  context: Excel.RequestContext,
  scope: ScanScope,
  { budgetBytes, includeHidden, messages, onProgress }: ReadOptions,
): Promise<WorkbookGrids> {
  const { worksheets, tables } = await listSheets(context, scope, includeHidden, messages);
  let sheets = worksheets.map((worksheet) => queueSheetReads(worksheet, true));
  let tableHandles = queueTableReads(tables);
  let grids: (SheetGrid | null)[];
  let merges: CellRange[][] | null;
  try {
    await context.sync();
    // A used range over Excel's cell limit may answer null values instead of failing: that sheet
    // is read in blocks below.
    grids = sheets.map((s) =>
      s.used.isNullObject ? emptyGrid(s) : s.used.values === null ? null : toGrid(s, [s.used]),
    );
    merges = await sheetMerges(context, sheets);
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    // Nothing loaded in a refused sync reaches its proxy (Office.js applies loaded values only
    // from a successful response): everything but the contents is asked for again.
    sheets = worksheets.map((worksheet) => queueSheetReads(worksheet, false));
    tableHandles = queueTableReads(tables);
    await context.sync();
    grids = sheets.map((s) => (s.used.isNullObject ? emptyGrid(s) : null));
    merges = null;
  }
  const total = sheets.length;
  onProgress?.({ done: 0, total, step: 'read' });
  const rest = sheets.map((s, i) => (grids[i] === null ? s : null));
  if (rest.some(Boolean)) {
    const blocks = await readInBlocks(context, rest, budgetBytes, onProgress);
    grids = grids.map((g, i) => g ?? blocks.grids[i]);
    merges ??= blocks.merges;
  }
  onProgress?.({ done: total, total, step: 'read' });
  const done = grids.map((g, i) => g ?? emptyGrid(sheets[i]));
  const found = merges;
  return { sheets: done.map((g, i) => finish(g, sheets[i], tableHandles, found?.[i] ?? [])) };
}

/**
 * The first sync: the worksheets in scope and the workbook's Excel tables. A hidden or very hidden
 * sheet is left out unless asked for: a person cannot see it, and a shortfall listed there would
 * lead to activating a hidden sheet, which no doc describes (review A.13). The active sheet is
 * always visible.
 */
async function listSheets(
  context: Excel.RequestContext,
  scope: ScanScope,
  includeHidden: boolean,
  m: Messages,
): Promise<{ worksheets: Excel.Worksheet[]; tables: Excel.TableCollection }> {
  const tables = context.workbook.tables;
  tables.load('items/name');
  if (scope === 'activeSheet') {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name,visibility');
    try {
      await context.sync();
    } catch (error) {
      // getActiveWorksheet fails when a chart sheet is active (office-js #2444; review A.14).
      if (isOfficeError(error)) throw new HostError(m.noActiveWorksheet());
      throw error;
    }
    return { worksheets: [active], tables };
  }
  const all = context.workbook.worksheets;
  all.load('items/name,items/visibility');
  await context.sync();
  // The sheet list tells the visibility before anything is read: hidden sheets cost nothing.
  const shown = all.items.filter((ws) => includeHidden || ws.visibility === Excel.SheetVisibility.visible);
  return { worksheets: shown, tables };
}

/** Ranges and sheets of the workbook's Excel tables, queued with the sheets' reads. */
function queueTableReads(tables: Excel.TableCollection): TableHandle[] {
  return tables.items.map((table) => {
    table.worksheet.load('name');
    const range = table.getRange();
    range.load(DIMENSIONS);
    return { table, range };
  });
}

/**
 * A sheet's protection and used range, with its contents and all its merged areas in one call
 * when `whole`; otherwise only the used range's size, for reading in blocks.
 */
function queueSheetReads(worksheet: Excel.Worksheet, whole: boolean): SheetHandle {
  const protection = worksheet.protection;
  protection.load('protected');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load(whole ? `${DIMENSIONS},${CONTENTS}` : DIMENSIONS);
  let sheetMerges: Excel.RangeAreas | null = null;
  let fonts: FontRead | null = null;
  if (whole) {
    sheetMerges = worksheet.getRange().getMergedAreasOrNullObject();
    sheetMerges.load('address');
    // The block fallback reads no fonts: there the characters alone tell a legacy encoding.
    fonts = queueFontRead(worksheet);
  }
  return { worksheet, protection, used, sheetMerges, fonts };
}

/**
 * Each sheet's merged areas from the one call per sheet. A null object means "no merged areas",
 * or may be how Excel fails above 512 (the docs say only that it "will fail to return the
 * result"). Every merged area has an empty cell besides its top-left, so a used range with at
 * most 512 empty cells can hold at most 512 areas (but for ones reaching out of its right or
 * bottom edge, or lying wholly outside it, which the data does not need): a null answer is trusted
 * there, and any other sheet that answered null gets its merged areas in tiles, in one more sync.
 * Sheets with merges answer them in the one call: the usual scan stays at two syncs.
 */
async function sheetMerges(context: Excel.RequestContext, sheets: SheetHandle[]): Promise<CellRange[][]> {
  const tiles = sheets.map((s): MergeTiles | null => {
    if (!s.sheetMerges?.isNullObject || s.used.isNullObject) return null;
    const types: string[][] | null = s.used.valueTypes;
    const empty = types?.reduce((n, row) => n + row.filter((t) => t === 'Empty').length, 0) ?? Infinity;
    if (empty <= MERGED_AREAS_LIMIT) return null;
    return queueMergeTiles(s.worksheet, usedArea(s.used));
  });
  if (tiles.some(Boolean)) await context.sync();
  return sheets.map((s, i) => {
    const tiled = tiles[i];
    if (tiled) return mergedAreas(tiled);
    return !s.sheetMerges || s.sheetMerges.isNullObject ? [] : parseAddressList(s.sheetMerges.address);
  });
}

function usedArea(used: Excel.Range): CellRange {
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
}

/**
 * Reads the sheets given (null: skip) in row blocks, each round of blocks in one sync, with their
 * merged areas in tiles. The first blocks assume BYTES_PER_CELL, which chitieu's own formulas
 * (300–660 characters) exceed many times: when Excel refuses a round as too large, or answers null
 * values for a block over its cell limit, nothing of that round was loaded and it is asked again
 * with half the cells (review A.10).
 */
async function readInBlocks(
  context: Excel.RequestContext,
  sheets: (SheetHandle | null)[],
  budgetBytes: number,
  onProgress?: (p: Progress) => void,
): Promise<{ grids: SheetGrid[]; merges: CellRange[][] }> {
  const blocks: Block[][] = sheets.map(() => []);
  let budgetCells = Math.min(CELL_READ_LIMIT, Math.max(1, Math.floor(budgetBytes / BYTES_PER_CELL)));
  const next = sheets.map((s) => (s && !s.used.isNullObject ? s.used.rowIndex : 0));
  const end = sheets.map((s) => (s && !s.used.isNullObject ? s.used.rowIndex + s.used.rowCount : 0));
  const totalRows = end.reduce((n, e, i) => n + e - next[i], 0);
  let doneRows = 0;
  while (next.some((n, i) => n < end[i])) {
    const round: { sheet: number; block: Block; rows: number }[] = [];
    let cellsLeft = budgetCells;
    for (let i = 0; i < sheets.length && cellsLeft > 0; i++) {
      const s = sheets[i];
      if (!s || next[i] >= end[i]) continue;
      const { columnIndex, columnCount } = s.used;
      const rows = Math.min(end[i] - next[i], Math.max(1, Math.floor(cellsLeft / columnCount)));
      const range = s.worksheet.getRangeByIndexes(next[i], columnIndex, rows, columnCount);
      range.load(`${DIMENSIONS},${CONTENTS}`);
      const area = {
        top: next[i],
        left: columnIndex,
        bottom: next[i] + rows - 1,
        right: columnIndex + columnCount - 1,
      };
      const merges = queueMergeTiles(s.worksheet, area);
      round.push({ sheet: i, rows, block: { rowIndex: next[i], columnIndex, range, merges } });
      cellsLeft -= rows * columnCount;
    }
    let refused: unknown = null;
    try {
      await context.sync();
      if (round.some((r) => r.block.range.values === null)) refused = new Error('Range.values answered null');
    } catch (error) {
      if (!isReadTooLarge(error)) throw error;
      refused = error;
    }
    if (refused !== null) {
      if (round.every((r) => r.rows === 1)) throw refused;
      budgetCells = Math.max(1, Math.floor(budgetCells / 2));
      continue;
    }
    for (const r of round) {
      blocks[r.sheet].push(r.block);
      next[r.sheet] += r.rows;
      doneRows += r.rows;
    }
    onProgress?.({ done: doneRows, total: totalRows, step: 'read' });
  }
  return {
    grids: sheets.map((s, i) =>
      !s || s.used.isNullObject
        ? { name: s?.worksheet.name ?? '', values: [] }
        : toGrid(
            s,
            blocks[i].map((b) => b.range),
          ),
    ),
    merges: blocks.map((b) => mergedAreas(b.flatMap((block) => block.merges))),
  };
}

function emptyGrid(s: SheetHandle): SheetGrid {
  return { name: s.worksheet.name, values: [] };
}

/** Lays the loaded blocks (top to bottom) into grids anchored at A1. */
function toGrid(s: SheetHandle, blocks: Excel.Range[]): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormat = false;
  let anyFormula = false;
  for (const block of blocks) {
    const { rowIndex, columnIndex } = block;
    const raw: unknown[][] = block.values;
    const types: string[][] = block.valueTypes;
    const formats: unknown[][] = block.numberFormat;
    const texts: unknown[][] = block.formulas;
    for (let r = 0; r < raw.length; r++) {
      const row = rowIndex + r;
      const vRow: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
      const fRow: (string | null)[] = new Array<string | null>(columnIndex).fill(null);
      const xRow: (string | null)[] = new Array<string | null>(columnIndex).fill(null);
      for (let c = 0; c < raw[r].length; c++) {
        vRow.push(cellValue(raw[r][c], types[r][c]));
        const format = formats[r][c];
        const isFormat = typeof format === 'string' && format !== '' && format !== 'General';
        fRow.push(isFormat ? format : null);
        anyFormat ||= isFormat;
        const formula = texts[r][c];
        const isFormula = typeof formula === 'string' && formula.startsWith('=');
        xRow.push(isFormula ? formula.slice(1) : null);
        anyFormula ||= isFormula;
      }
      values[row] = vRow;
      numberFormats[row] = fRow;
      formulas[row] = xRow;
    }
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
  }
  const grid: SheetGrid = { name: s.worksheet.name, values };
  if (anyFormat) grid.numberFormats = numberFormats;
  if (anyFormula) grid.formulas = formulas;
  return grid;
}

function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    default:
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
      return value === null || value === undefined ? null : String(value);
  }
}

function finish(grid: SheetGrid, s: SheetHandle, tables: TableHandle[], merges: CellRange[]): SheetGrid {
  if (merges.length) grid.merges = merges;
  const own = tables
    .filter((t) => t.table.worksheet.name === s.worksheet.name)
    .map((t) => ({
      name: t.table.name,
      range: {
        top: t.range.rowIndex,
        left: t.range.columnIndex,
        bottom: t.range.rowIndex + t.range.rowCount - 1,
        right: t.range.columnIndex + t.range.columnCount - 1,
      },
    }));
  if (own.length) grid.tables = own;
  const fonts = fontsOf(s.fonts);
  if (fonts && grid.values.length) grid.fonts = fonts;
  if (s.protection.protected) grid.protected = true;
  if (s.worksheet.visibility !== 'Visible') grid.hidden = true;
  return grid;
}
