/** Column roles: which column holds the labels, units, plan, actual and previous period of a table. */
import type { HeaderInfo, HeaderKind } from '../headers';
import type { SheetView } from '../sheet-view';
import { fold } from '../text';
import type { ColumnRoles, RoleName } from '../types';
import { reportYear } from './report-year';

function yearsOf(cands: Candidate[]): Set<number> {
  return new Set(cands.map((c) => c.info.year).filter((y): y is number => y !== null));
}

/**
 * Patterns read cell by cell, made once: a regular expression literal in a function is a new object on
 * every call.
 */
const WORD = /\p{L}{2,}/u;
const DIGIT = /\d/;

/** Words of a baseline column: the value a programme started from. */
const BASELINE = /(?:^|[^a-z])(?:baseline|base year|nam goc|gia tri goc|muc co so)(?:$|[^a-z])/;

interface Candidate {
  col: number;
  info: HeaderInfo;
}

/**
 * The columns for a role among its candidates: of the report year and of that year alone (not next
 * year's plan, a term or project target, a baseline), for the whole year rather than part of it,
 * what the year's periods add up to so far over one period (`Lũy kế 9 tháng` over `Quý III`), a
 * revised plan over the one set at the start of the year, a set plan over what may be spent (`Dự toán
 * giao` over `Dự toán được sử dụng`), and one that holds numbers over one that
 * holds none (`Đánh giá kết quả` typed with Đạt / Không đạt). Left to right.
 */
function candidates(cands: Candidate[], year: number | null, hasNumbers: (col: number) => boolean): Candidate[] {
  let pool = cands.filter((c) => year === null || c.info.year === null || c.info.year === year);
  for (const prefer of [
    (c: Candidate) => !c.info.otherPeriod,
    (c: Candidate) => !c.info.partial,
    (c: Candidate) => c.info.cumulative,
    (c: Candidate) => c.info.revised,
    (c: Candidate) => !c.info.available,
    (c: Candidate) => hasNumbers(c.col),
  ]) {
    const preferred = pool.filter(prefer);
    if (preferred.length) pool = preferred;
  }
  return pool;
}

/**
 * The plan among its candidates: the last one before the actual (`Dự toán huyện giao | Dự toán HĐND
 * xã giao | Quyết toán`: the later decision is what the year is held to), else the first.
 */
function pickPlan(pool: Candidate[], actual: Candidate | null): Candidate | null {
  const before = actual ? pool.filter((c) => c.col < actual.col) : [];
  return before[before.length - 1] ?? pool[0] ?? null;
}

/** How many cells of a column hold words (two letters or more) in the rows. */
function wordyCells(view: SheetView, col: number, from: number, to: number): number {
  let count = 0;
  for (let r = from; r <= to; r++) if (WORD.test(view.text(r, col, true))) count++;
  return count;
}

/** How many letters a column's cells hold in the rows (codes such as `KT01`, `IND-1` hold few). */
function letterCount(view: SheetView, col: number, from: number, to: number): number {
  let count = 0;
  for (let r = from; r <= to; r++) count += view.text(r, col, true).match(/\p{L}/gu)?.length ?? 0;
  return count;
}

/** Whether a column holds a number (or a number written as text) in the rows. */
export function holdsNumbers(view: SheetView, col: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) {
    const v = view.value(r, col);
    if (typeof v === 'number') return true;
    if (typeof v === 'string' && DIGIT.test(v)) return true;
  }
  return false;
}

export function chooseRoles(
  view: SheetView,
  infos: HeaderInfo[],
  headers: string[],
  firstDataRow: number,
  lastRow: number,
  forcedYear: number | null,
  titleYear: number | null,
): { columns: ColumnRoles; doubts: RoleName[]; stt: number | null; year: number | null } | null {
  const columns: Candidate[] = infos.map((info, col) => ({ col, info }));
  const byKind = (kind: HeaderKind): Candidate[] => columns.filter((c) => c.info.kind === kind);
  const hasNumbers = (col: number): boolean => holdsNumbers(view, col, firstDataRow, lastRow);
  const actuals = byKind('actual');
  const explicitPrevious = byKind('previous');
  // `Nội dung | Chỉ tiêu | Kết quả`: with the labels named elsewhere, `Chỉ tiêu` over numbers is the target.
  const labels = byKind('label');
  const plans = byKind('plan');
  const doubts = new Set<RoleName>();
  if (!plans.length && actuals.length && labels.length > 1) {
    doubts.add('plan');
    plans.push(...labels.slice(1).filter((c) => c.col < actuals[actuals.length - 1].col && hasNumbers(c.col)));
  }
  if (!plans.length && !actuals.length) return null;

  const year =
    forcedYear ??
    reportYear({
      planYears: yearsOf(plans),
      actualYears: yearsOf(actuals),
      reportedYears: yearsOf(actuals.filter((a) => hasNumbers(a.col))),
      titleYear,
    });

  const actualPool = candidates(actuals, year, hasNumbers);
  const actual = actualPool[actualPool.length - 1] ?? null;
  const planPool = candidates(plans, year, hasNumbers);
  const plan = pickPlan(planPool, actual);
  // Several columns equally the report year's actual (or plan, none of them before the actual): a guess.
  if (actualPool.length > 1) doubts.add('actual');
  if (planPool.length > 1 && !(actual && planPool.some((c) => c.col < actual.col))) doubts.add('plan');
  if (!actual) doubts.add('actual');
  if (!plan) doubts.add('plan');
  let previous: Candidate | null = explicitPrevious[explicitPrevious.length - 1] ?? null;
  if (!previous && year !== null) {
    // An earlier year's actual, or a column headed only by an earlier year (`2022`) that holds numbers.
    const bareYears = byKind('unknown').filter(
      (c) => c.info.year !== null && /^(?:nam\s*)?(?:19|20)\d\d$/.test(fold(headers[c.col])) && hasNumbers(c.col),
    );
    // A baseline of the year before (`Baseline 2024` in a 2025 report) is that year's outcome.
    const lastYearBaseline = columns.filter(
      (c) => c.info.year === year - 1 && BASELINE.test(fold(headers[c.col])) && hasNumbers(c.col),
    );
    const earlier = [...actuals, ...bareYears, ...lastYearBaseline].filter(
      (a) => a.info.year !== null && a.info.year < year,
    );
    previous = earlier.sort((a, b) => (b.info.year ?? 0) - (a.info.year ?? 0))[0] ?? null;
  }

  let stt = byKind('stt')[0]?.col ?? null;
  const unit = byKind('unit')[0]?.col ?? null;
  const valueCols = [plan?.col, actual?.col].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const headed = wordiestLabel(view, labels, firstDataRow, lastRow, firstValueCol) ?? labels[0]?.col ?? null;
  // No header names the labels: the wordiest column is a guess.
  if (headed === null) doubts.add('label');
  let label = headed ?? textiestColumn(view, infos, firstDataRow, lastRow, firstValueCol);
  if (label === null) return null;
  // `Chỉ tiêu` written over the numbers (`1.`, `2.`) with the labels in the unheaded column beside it.
  const beside = label + 1;
  if (
    beside < firstValueCol &&
    infos[beside].kind === 'unknown' &&
    wordyCells(view, beside, firstDataRow, lastRow) > wordyCells(view, label, firstDataRow, lastRow)
  ) {
    stt ??= label;
    label = beside;
  }
  return {
    columns: { label, unit, plan: plan?.col ?? null, actual: actual?.col ?? null, previous: previous?.col ?? null },
    doubts: [...doubts],
    stt,
    year,
  };
}

/**
 * Of the columns whose header names the labels left of the values, the first, unless another holds
 * at least twice as many letters: `Mã chỉ tiêu | Tên chỉ tiêu`, `Code | Indicator`,
 * `Mã số | Nội dung` name a column of codes beside the labels, and codes are not labels.
 */
function wordiestLabel(view: SheetView, labels: Candidate[], from: number, to: number, before: number): number | null {
  const left = labels.filter((c) => c.col < before);
  if (left.length === 0) return null;
  if (left.length === 1) return left[0].col;
  let best = left[0];
  let bestCount = letterCount(view, best.col, from, to);
  for (const c of left.slice(1)) {
    const count = letterCount(view, c.col, from, to);
    if (count >= 2 * Math.max(bestCount, 1)) {
      best = c;
      bestCount = count;
    }
  }
  return best.col;
}

/** The column left of the values with the most text: the labels, when no header names them. */
function textiestColumn(view: SheetView, infos: HeaderInfo[], from: number, to: number, before: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  // `before` is Infinity when no value column was chosen; the header row may also be shorter.
  for (let c = 0; c < Math.min(before, infos.length); c++) {
    if (infos[c].kind !== 'unknown' && infos[c].kind !== 'label') continue;
    let count = 0;
    for (let r = from; r <= to; r++) if (WORD.test(view.text(r, c))) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}
