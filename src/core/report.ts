/** The JSON report of an analysis, in the form shared/samples/README.md defines. */
import { columnLetter } from './a1';
import type { Analysis, ColumnRoles, Direction, IndicatorMatch, MatchBand, RowAnalysis, Status } from './types';

export interface ReportRow {
  row: number;
  /** The label cell's text as written. */
  label: string;
  /** The label read as Unicode, when it was written in a legacy encoding (TCVN3, VNI). */
  labelUnicode?: string;
  indicatorId: string | null;
  direction: Direction;
  directionSource: RowAnalysis['directionSource'];
  plan: number | string | null;
  actual: number | string | null;
  percentOfPlan: number | null;
  status: Status;
  confidence: number;
  band: MatchBand;
  runnerUp: { indicatorId: string; confidence: number } | null;
  /** Unmapped rows only: the indicator offered in one click, or null when none is close enough. */
  suggestion?: { indicatorId: string; confidence: number } | null;
}

export interface ReportTable {
  headerRow: number;
  columns: Record<keyof ColumnRoles, string | null>;
  rows: ReportRow[];
  written?: { percent: string; status: string; previousPercent?: string };
}

export interface Report {
  file?: string;
  sheets: { name: string; tables: ReportTable[] }[];
}

const letter = (col: number | null): string | null => (col === null ? null : columnLetter(col));

const candidate = (match: IndicatorMatch | null): { indicatorId: string; confidence: number } | null =>
  match ? { indicatorId: match.id, confidence: Math.round(match.confidence * 1000) / 1000 } : null;

export function toReport(analysis: Analysis): Report {
  return {
    sheets: analysis.sheets.map((sheet) => ({
      name: sheet.name,
      tables: sheet.tables.map((table) => ({
        headerRow: table.headerBottom + 1,
        columns: {
          label: letter(table.columns.label),
          unit: letter(table.columns.unit),
          plan: letter(table.columns.plan),
          actual: letter(table.columns.actual),
          previous: letter(table.columns.previous),
        },
        rows: table.rows.map((r) => ({
          row: r.row + 1,
          label: r.labelWritten ?? r.label,
          ...(r.labelWritten !== undefined && { labelUnicode: r.label }),
          indicatorId: r.indicatorId,
          direction: r.direction,
          directionSource: r.directionSource,
          plan: r.planValue,
          actual: r.actualValue,
          percentOfPlan: r.percentOfPlan,
          status: r.status,
          confidence: Math.round(r.confidence * 1000) / 1000,
          band: r.band,
          runnerUp: candidate(r.runnerUp),
          ...(r.band === 'none' && { suggestion: candidate(r.suggestion) }),
        })),
      })),
    })),
  };
}
