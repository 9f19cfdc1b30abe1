/**
 * What the views show, derived from the engine's analysis: plain data, no host, no React.
 * Components receive these models and callbacks; they never read the analysis themselves.
 */
import { rowChoiceKey, tableChoiceKey } from '../../core/choice-keys';
import { columnLetter } from '../../core/a1';
import type { Analysis, ColumnRoles, Direction, MatchBand, RowAnalysis, TableAnalysis } from '../../core/types';

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
  rows: ReviewRow[];
}

export function rowPosition(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** A learned row was confirmed by the user before: it waits with the sure ones. */
const BAND_RANK: Readonly<Record<MatchBand, number>> = { none: 0, likely: 1, sure: 2, learned: 2 };

/**
 * The order rows are reviewed in: unmapped, then likely, then sure, each in sheet order.
 * Decided once per scan, so a row the user just corrected does not jump away.
 */
export function reviewOrder(analysis: Analysis): string[] {
  const rows = analysis.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows.map((r) => ({ sheet: s.name, r }))));
  return rows
    .map(({ sheet, r }, index) => ({ position: rowPosition(sheet, r.row), rank: BAND_RANK[r.band], index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.position);
}

export function reviewTables(analysis: Analysis, order: string[]): ReviewTable[] {
  const rank = new Map(order.map((position, i) => [position, i]));
  const last = order.length;
  return analysis.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const rows = table.rows
        .map((r) => reviewRow(sheet.name, r))
        .sort((a, b) => (rank.get(a.position) ?? last) - (rank.get(b.position) ?? last) || a.excelRow - b.excelRow);
      return {
        key: tableChoiceKey(sheet.name, table.headerBottom + 1),
        sheet: sheet.name,
        firstRow: table.headerTop + 1,
        lastRow: table.lastRow + 1,
        columns: table.columns,
        columnOptions: columnOptions(table),
        rows,
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
  };
}

function columnOptions(table: TableAnalysis): ColumnOption[] {
  const options: ColumnOption[] = [];
  for (let index = table.firstCol; index <= table.lastCol; index++) {
    options.push({ index, letter: columnLetter(index), header: (table.headers[index] ?? '').trim() });
  }
  return options;
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
