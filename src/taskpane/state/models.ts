/**
 * What the views show, derived from the engine's analysis: plain data, no host, no React.
 * Components receive these models and callbacks; they never read the analysis themselves.
 */
import { rowChoiceKey, tableChoiceKey } from '../../core/choice-keys';
import { columnLetter } from '../../core/a1';
import type {
  Analysis,
  AttentionReason,
  ColumnRoles,
  Direction,
  MatchBand,
  RoleName,
  RowAnalysis,
  TableAnalysis,
} from '../../core/types';

export interface ReviewRow {
  /** Key of the row in `UserChoices.rows`. */
  key: string;
  /** Where the row sits, `sheet!row0`, stable across re-analysis. */
  position: string;
  /** 1-based Excel row. */
  excelRow: number;
  label: string;
  indicatorId: string | null;
  confidence: number;
  band: MatchBand;
  direction: Direction;
  chosenByUser: boolean;
  /** What the engine asks a person to check on the row now (see `AttentionReason`). */
  attention: readonly AttentionReason[];
  /** An unmapped row's closest indicator, offered in one click; null when none is close enough. */
  suggestion: string | null;
}

export interface ColumnOption {
  index: number;
  letter: string;
  header: string;
}

export interface ReviewTable {
  /** Key of the table in `UserChoices.columns`. */
  key: string;
  sheet: string;
  /** 1-based first and last Excel rows of the table. */
  firstRow: number;
  lastRow: number;
  columns: ColumnRoles;
  columnOptions: ColumnOption[];
  /** Every row, in sheet order: what "Xem tất cả" shows. */
  rows: ReviewRow[];
  /**
   * The rows that needed a person when the workbook was scanned, in review order (unmapped, then
   * likely, then a guessed direction). A row stays here once decided, so it does not jump away.
   */
  attention: ReviewRow[];
  /** Column roles the engine is unsure of now. */
  roleDoubts: RoleName[];
  /** Whether the roles were in doubt when scanned: their editor stays in view once answered. */
  rolesInQuestion: boolean;
  /** Whether everything the scan asked about this table has been decided (accepted or chosen). */
  settled: boolean;
}

/** What the review opens on, decided once per scan: the rows and tables that need a person. */
export interface ReviewFocus {
  /** Positions (`sheet!row0`) of the rows that need attention, in review order. */
  rows: string[];
  /** Keys of the tables whose column roles are unsure. */
  tables: string[];
}

export const NO_FOCUS: ReviewFocus = { rows: [], tables: [] };

export function rowPosition(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** Unmapped rows first, then likely ones, then rows whose only question is their direction. */
function attentionRank(reasons: readonly AttentionReason[]): number {
  return reasons.includes('unmapped') ? 0 : reasons.includes('likely') ? 1 : 2;
}

/**
 * What the review opens on: the rows core flags for attention (unmapped, likely, guessed direction)
 * in that order, each in sheet order, and the tables whose column roles are unsure.
 * Decided once per scan, so a row the user just corrected does not jump away.
 */
export function reviewFocus(analysis: Analysis): ReviewFocus {
  const rows: { position: string; rank: number; index: number }[] = [];
  const tables: string[] = [];
  for (const sheet of analysis.sheets) {
    for (const table of sheet.tables) {
      if (table.roleDoubts.length > 0) tables.push(tableChoiceKey(sheet.name, table.headerBottom + 1));
      for (const r of table.rows) {
        if (r.attention.length > 0) {
          rows.push({ position: rowPosition(sheet.name, r.row), rank: attentionRank(r.attention), index: rows.length });
        }
      }
    }
  }
  rows.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { rows: rows.map((r) => r.position), tables };
}

export function reviewTables(analysis: Analysis, focus: ReviewFocus): ReviewTable[] {
  const rank = new Map(focus.rows.map((position, i) => [position, i]));
  const doubted = new Set(focus.tables);
  return analysis.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const key = tableChoiceKey(sheet.name, table.headerBottom + 1);
      const rows = table.rows.map((r) => reviewRow(sheet.name, r));
      const attention = rows
        .filter((r) => rank.has(r.position))
        .sort((a, b) => (rank.get(a.position) ?? 0) - (rank.get(b.position) ?? 0));
      return {
        key,
        sheet: sheet.name,
        firstRow: table.headerTop + 1,
        lastRow: table.lastRow + 1,
        columns: table.columns,
        columnOptions: columnOptions(table),
        rows,
        attention,
        roleDoubts: table.roleDoubts,
        rolesInQuestion: doubted.has(key),
        settled: table.roleDoubts.length === 0 && attention.every((r) => r.attention.length === 0),
      };
    }),
  );
}

function reviewRow(sheet: string, r: RowAnalysis): ReviewRow {
  return {
    key: rowChoiceKey(sheet, r.label),
    position: rowPosition(sheet, r.row),
    excelRow: r.row + 1,
    label: r.label,
    indicatorId: r.indicatorId,
    confidence: r.confidence,
    band: r.band,
    direction: r.direction,
    chosenByUser: r.source === 'user',
    attention: r.attention,
    suggestion: r.source === 'user' ? null : (r.suggestion?.id ?? null),
  };
}

function columnOptions(table: TableAnalysis): ColumnOption[] {
  const options: ColumnOption[] = [];
  for (let index = table.firstCol; index <= table.lastCol; index++) {
    options.push({ index, letter: columnLetter(index), header: (table.headers[index] ?? '').trim() });
  }
  return options;
}

/** How many rows the review asks about, of how many, over all tables. */
export function attentionCounts(tables: readonly ReviewTable[]): { attention: number; rows: number; tables: number } {
  let attention = 0;
  let rows = 0;
  let flagged = 0;
  for (const table of tables) {
    const open = table.attention.filter((r) => r.attention.length > 0).length;
    attention += open;
    rows += table.rows.length;
    if (open > 0 || table.roleDoubts.length > 0) flagged++;
  }
  return { attention, rows, tables: flagged };
}

export function countRows(analysis: Analysis): { tables: number; rows: number } {
  const tables = analysis.sheets.flatMap((s) => s.tables);
  return { tables: tables.length, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

/** Whether the workbook already holds columns chitieu wrote, so applying updates them. */
export function hasOwnOutput(analysis: Analysis): boolean {
  return analysis.sheets.some((s) =>
    s.tables.some((t) => t.existingOutput.percent !== null || t.existingOutput.status !== null),
  );
}
