/** Counts and the shortfall list of an analysis ("Đạt 38/45 chỉ tiêu"). */
import { actualNumber } from './quantity';
import type { Analysis, RowAnalysis, ShortfallItem, StatusCounts, Summary } from './types';

function emptyCounts(): StatusCounts {
  return { total: 0, met: 0, shortfall: 0, notEvaluable: 0, info: 0 };
}

function count(counts: StatusCounts, row: RowAnalysis): void {
  counts.total++;
  if (row.status === 'met') counts.met++;
  else if (row.status === 'shortfall') counts.shortfall++;
  else if (row.status === 'not-evaluable') counts.notEvaluable++;
  else counts.info++;
}

function gapOf(row: RowAnalysis): number | null {
  const actual = actualNumber(row.actual);
  if (row.bound === null || actual === null) return null;
  return Math.abs(row.bound - actual);
}

function changeOf(row: RowAnalysis): number | null {
  const actual = actualNumber(row.actual);
  const previous = actualNumber(row.previous);
  return actual === null || previous === null ? null : actual - previous;
}

export function summarize(analysis: Analysis): Summary {
  const overall = emptyCounts();
  const groups = new Map<string, { group: string; sheet: string; counts: StatusCounts }>();
  const shortfalls: ShortfallItem[] = [];
  for (const sheet of analysis.sheets) {
    for (const table of sheet.tables) {
      for (const row of table.rows) {
        count(overall, row);
        const group = row.group ?? sheet.name;
        const key = `${sheet.name}\u0000${group}`;
        if (!groups.has(key)) groups.set(key, { group, sheet: sheet.name, counts: emptyCounts() });
        count(groups.get(key)!.counts, row);
        if (row.status === 'shortfall') {
          shortfalls.push({
            sheet: sheet.name,
            row: row.row,
            col: table.columns.actual ?? table.columns.label,
            label: row.label,
            indicatorId: row.indicatorId,
            direction: row.direction,
            plan: row.planValue,
            actual: row.actualValue,
            percentOfPlan: row.percentOfPlan,
            gap: gapOf(row),
            unit: row.unit,
            nearMiss: row.nearMiss,
            changeFromPrevious: changeOf(row),
            percentOfPrevious: row.percentOfPrevious,
          });
        }
      }
    }
  }
  return { overall, byGroup: [...groups.values()], shortfalls };
}
