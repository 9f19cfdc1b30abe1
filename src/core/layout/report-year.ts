/** The report year: named in the title rows, or where the plan and actual columns' years meet. */
import type { SheetView } from '../sheet-view';

/** Title rows read above a header for the report's year. */
const TITLE_ROWS = 8;

/** The first year named in the title rows above a header (`… NĂM 2023 VÀ KẾ HOẠCH NĂM 2024` → 2023). */
export function titleYear(view: SheetView, headerTop: number): number | null {
  for (let r = Math.max(0, headerTop - TITLE_ROWS); r < headerTop; r++) {
    const row = view.grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const year = view.memo.get(yearInTitle, v);
      if (year !== null) return year;
    }
  }
  return null;
}

/**
 * A year named in a title text, not the year of a date (`ngày 28/12/2023`) nor an end of a span of years
 * (`NĂM 2024 - 2025`, `giai đoạn 2021-2025`), which names no one year.
 */
function yearInTitle(text: string): number | null {
  const withoutSpans = text.replace(/(?:19|20)\d\d\s*(?:[-–—]|đến|den|to)\s*(?:19|20)\d\d/giu, ' ');
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(withoutSpans);
  return m && !/\d{1,2}\/\d{1,2}\/(?:19|20)\d\d/.test(text) ? Number(m[1]) : null;
}

/** What the headers and the title say about years. */
export interface YearEvidence {
  planYears: ReadonlySet<number>;
  actualYears: ReadonlySet<number>;
  /** Years of actual columns that hold numbers: `TH 2024` still empty in a 2023 report is not reported yet. */
  reportedYears: ReadonlySet<number>;
  titleYear: number | null;
}

/**
 * The year the plan and actual belong to: where plan and actual columns meet (the title's year if it
 * is one of them, else the latest, preferring years whose actual is filled in); else the title's
 * year when the columns do not contradict it; else the latest actual; else the earliest plan.
 */
export function reportYear({ planYears, actualYears, reportedYears, titleYear }: YearEvidence): number | null {
  const met = [...planYears].filter((y) => actualYears.has(y));
  const reported = met.filter((y) => reportedYears.has(y));
  const both = reported.length ? reported : met;
  if (both.length) return titleYear !== null && both.includes(titleYear) ? titleYear : Math.max(...both);
  if (titleYear !== null && (planYears.has(titleYear) || actualYears.has(titleYear) || planYears.size === 0)) {
    return titleYear;
  }
  if (actualYears.size) return Math.max(...actualYears);
  if (planYears.size) return Math.min(...planYears);
  return titleYear;
}
