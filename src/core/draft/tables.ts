/**
 * Appendix tables (`Biểu chỉ tiêu`, `Phụ lục`, `Dự toán thu/chi`): STT, the target's name, its unit and
 * value columns such as `Ước TH năm 2024 | KH năm 2025 | So sánh (%)`. The plan column is chosen by its
 * header: the plan year with a plan word (`kế hoạch`, `KH`, `dự toán`, `chỉ tiêu`), never an estimate,
 * a result or a comparison. Group rows (`A`, `I`, capitals, no values) name the group; a `-` or
 * `Trong đó:` row is read as a part of the numbered row above it.
 */
import { parseTargetText } from '../quantity';
import { placeHeading } from './subject';
import { fold, unitInLabel } from '../text';
import { formatNumber } from '../numbers';

export interface TableTarget {
  /** The cells from the name through the plan, joined with ` | ` (or a tab, as written). */
  source: string;
  label: string;
  /** The numbered row this one is a part of (`Trong đó: …`, `- …`), for reading its name. */
  parent: string | null;
  group: string | null;
  unit: string | null;
  plan: number | string;
  kind: 'number' | 'lower' | 'upper' | 'range' | 'rating';
}

export interface TableRead {
  /** The year of the chosen plan column. */
  year: number | null;
  targets: TableTarget[];
  /** Rows with a figure but none for the plan year, or no plan that can be read. */
  skipped: { source: string; group: string | null; reason: 'no-plan' | 'total' | 'plan-column' }[];
}

type Role = 'stt' | 'label' | 'unit' | 'value' | 'note';

function yearOf(folded: string): number | null {
  const years = [...folded.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}

function isNumericCell(cell: string): boolean {
  return /\d/.test(cell) && /^[\s\d.,%≥≤<>=+-]*$|^(?:trên|dưới|từ|không quá|tối thiểu|tối đa)\b/iu.test(cell.trim());
}

const PLAN_HEADER = /\b(ke hoach|kh|du toan|chi tieu|muc tieu|phan dau|giao)\b/;
const PAST_HEADER = /\b(uoc|thuc hien|th|uth|uoc th|da dat|ket qua|cung ky)\b/;
const COMPARE_HEADER = /\b(so sanh|so voi|tang giam|ty le %|%)|\/|\(%\)/;
const NOTE_HEADER = /\b(ghi chu|note)\b/;
/** The whole beside its parts (`Bản Nà | Nà Sài | … | Toàn xã`): the subject's own figure. */
const WHOLE_HEADER = /^(?:toan|ca) (?:xa|phuong|thi tran)$|^(?:tong cong|tong so|tong|cong)$/;

/** Which column plays which part, from the header rows. */
function columnRoles(header: readonly string[], width: number): Role[] {
  const roles: Role[] = [];
  for (let c = 0; c < width; c++) {
    const h = fold(header[c] ?? '');
    if (/^(stt|tt|so tt|so thu tu)$/.test(h)) roles.push('stt');
    else if (/\b(dvt|don vi( tinh)?)\b/.test(h)) roles.push('unit');
    else if (NOTE_HEADER.test(h)) roles.push('note');
    else if (
      /\b(chi tieu|noi dung|danh muc|ten|khoan muc|linh vuc|hang muc)\b/.test(h) &&
      !yearOf(h) &&
      !PLAN_HEADER.test(h.replace(/chi tieu/, ''))
    )
      roles.push('label');
    else roles.push('value');
  }
  if (!roles.includes('label')) {
    // The widest text column names the targets.
    const at = roles.findIndex((r) => r === 'value');
    if (at >= 0) roles[at] = 'label';
  }
  return roles;
}

/** The plan column: plan year and plan word; else the latest plan word; else the last value column. */
function planColumn(
  header: readonly string[],
  roles: readonly Role[],
  planYear: number | null,
): { column: number; year: number | null } | null {
  const values = roles.flatMap((r, c) => (r === 'value' ? [c] : []));
  const candidates = values
    .map((c) => {
      const h = fold(header[c] ?? '');
      return {
        c,
        h,
        year: yearOf(h),
        plan: PLAN_HEADER.test(h),
        past: PAST_HEADER.test(h),
        compare: COMPARE_HEADER.test(h),
      };
    })
    .filter((x) => !x.compare);
  if (!candidates.length) return null;
  // Beside what an upper level assigned (`Dự toán huyện giao`), the body's own figure (`Dự toán xã xây
  // dựng`) is the plan it decided and tracks.
  const assigned = (h: string): boolean => /\b(?:huyen|tinh|cap tren|thanh pho|tp|quan)\s+giao\b/.test(h);
  const score = (x: (typeof candidates)[number]): number =>
    (planYear !== null && x.year === planYear ? 4 : 0) +
    (x.plan ? 2 : 0) -
    (x.past ? 5 : 0) -
    (assigned(x.h) ? 0.5 : 0) +
    (WHOLE_HEADER.test(x.h) ? 1 : 0) +
    (x.year ?? 0) / 10000;
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (best.past && candidates.some((x) => !x.past)) return null;
  return { column: best.c, year: best.year };
}

/**
 * A table with a column per place (`Xã Hòa Lộc | Xã Long Mỹ | …`, targets an upper level assigns):
 * the subject's column is the plan. Null when the columns name no places; a table of several places
 * none of which is the subject is not read (`column: -1`), since no column is ours.
 */
function placeColumn(
  header: readonly string[],
  roles: readonly Role[],
  subject: string | null,
): { column: number; year: number | null } | null {
  const places = roles.flatMap((r, c) => {
    const place = r === 'value' ? placeHeading(header[c] ?? '') : null;
    return place ? [{ c, place }] : [];
  });
  if (places.length < 2) return null;
  const ours = places.find((p) => p.place === subject);
  return { column: ours ? ours.c : -1, year: null };
}

const STT_CELL = /^(?:\d{1,3}|[IVX]{1,5}|[a-zđ])\.?$/u;

/** How many of a column's filled cells pass `test`, as a share. */
function share(cells: readonly string[], test: (cell: string) => boolean): number {
  const filled = cells.filter((c) => c !== '');
  return filled.length ? filled.filter(test).length / filled.length : 0;
}

/**
 * Roles read from the cells when no header row names them (rows pasted from a spreadsheet without
 * their heading): a first column of row numbers, the column of longest words names the targets, a
 * column of short words after it is the unit, columns of figures are values. Null when the cells
 * do not look like a table of targets (no name column, or no column of figures).
 */
function rolesFromCells(rows: readonly (readonly string[])[], width: number): Role[] | null {
  const columns = Array.from({ length: width }, (_, c) => rows.map((r) => (r[c] ?? '').trim()));
  const roles: Role[] = columns.map(() => 'note');
  const numeric = columns.map((cells) => share(cells, isNumericCell));
  const wordy = columns.map((cells) => share(cells, (c) => /\p{L}{2}/u.test(c) && !isNumericCell(c)));
  const length = columns.map((cells) => {
    const filled = cells.filter((c) => c !== '');
    return filled.length ? filled.join('').length / filled.length : 0;
  });
  if (share(columns[0], (c) => STT_CELL.test(c)) >= 0.8) roles[0] = 'stt';
  let label = -1;
  columns.forEach((_, c) => {
    if (roles[c] === 'note' && wordy[c] >= 0.8 && (label < 0 || length[c] > length[label])) label = c;
  });
  if (label < 0) return null;
  roles[label] = 'label';
  columns.forEach((cells, c) => {
    if (roles[c] !== 'note') return;
    if (numeric[c] >= 0.6) roles[c] = 'value';
    else if (c > label && !roles.includes('unit') && length[c] <= 16 && share(cells, (x) => !/\d{2}/.test(x)) >= 0.8)
      roles[c] = 'unit';
  });
  return roles.includes('value') ? roles : null;
}

/** A column whose figures are another two's ratio in percent or difference: a comparison, never the plan. */
function isComparison(rows: readonly (readonly string[])[], column: number, values: readonly number[]): boolean {
  const num = (cell: string | undefined): number | null => {
    const q = parseTargetText((cell ?? '').trim(), 'vi');
    return q.kind === 'number' ? q.value : null;
  };
  const others = values.filter((c) => c !== column);
  for (const a of others)
    for (const b of others) {
      if (a === b) continue;
      let tried = 0;
      let fit = 0;
      for (const row of rows) {
        const [x, y, z] = [num(row[column]), num(row[a]), num(row[b])];
        if (x === null || y === null || z === null || z === 0) continue;
        tried++;
        if (Math.abs(x - (100 * y) / z) <= 0.6 || Math.abs(x - (y - z)) <= 1e-9 * Math.max(1, Math.abs(x))) fit++;
      }
      if (tried >= 2 && fit / tried >= 0.7) return true;
    }
  return false;
}

/**
 * The plan column of a table with no header. A column that compares two others is left out; of the
 * rest, one column is the plan, and of two the later one (a sheet of targets gives the year's result
 * before its plan, `TH | KH`). With more, which is the plan cannot be told from the cells: null.
 */
function planColumnFromCells(rows: readonly (readonly string[])[], roles: readonly Role[]): number | null {
  const values = roles.flatMap((r, c) => (r === 'value' ? [c] : []));
  const kept = values.filter((c) => !isComparison(rows, c, values));
  return kept.length === 1 || kept.length === 2 ? kept[kept.length - 1] : null;
}

function planValue(cell: string): { plan: number | string; kind: TableTarget['kind'] } | null {
  const text = cell.trim();
  if (!text || /^[-–—x]$/i.test(text)) return null;
  const q = parseTargetText(text, 'vi');
  const show = (v: number): string => formatNumber(v, 'vi', 3);
  switch (q.kind) {
    case 'number':
      return { plan: q.value, kind: 'number' };
    case 'comparator': {
      const lower = q.op === '>' || q.op === '>=';
      const inclusive = q.op === '>=' || q.op === '<=';
      const plan = lower
        ? inclusive
          ? `từ ${show(q.value)} trở lên`
          : `trên ${show(q.value)}`
        : inclusive
          ? `không quá ${show(q.value)}`
          : `dưới ${show(q.value)}`;
      return { plan, kind: lower ? 'lower' : 'upper' };
    }
    case 'range':
      return { plan: `${show(q.low)} - ${show(q.high)}`, kind: 'range' };
    default:
      // A word as the plan (`Đạt`, `Vững mạnh`, `Hoàn thành tốt`), not a note that gives no figure.
      if (!/\d/.test(text) && text.split(/\s+/).length <= 4 && !/\b(theo|giao|chua|dang)\b/.test(fold(text)))
        return { plan: text.charAt(0).toLocaleUpperCase('vi') + text.slice(1), kind: 'rating' };
      return null;
  }
}

function isHeaderRow(row: readonly string[]): boolean {
  const f = row.map((c) => fold(c));
  return (
    f.some((c) => /^(stt|tt)$|\b(chi tieu|noi dung|danh muc|dvt|don vi tinh)\b/.test(c)) &&
    !row.some((c, i) => i > 0 && isNumericCell(c) && !/^(19|20)\d\d$/.test(c.trim()))
  );
}

/** A row that opens a group: `A | CÁC CHỈ TIÊU KINH TẾ`, `I | KINH TẾ`, no values. */
function isGroupRow(row: readonly string[], roles: readonly Role[], label: string): boolean {
  const hasValue = row.some((c, i) => roles[i] === 'value' && c.trim() !== '');
  if (hasValue) return false;
  const letters = label.replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 0 &&
    (letters === letters.toLocaleUpperCase('vi') || /^[A-Z]$|^[IVX]+$/.test((row[roles.indexOf('stt')] ?? '').trim()))
  );
}

/** Reads one table; null when it is no table of targets (a layout table of the letterhead or signature). */
export function readTargetTable(
  rows: readonly (readonly string[])[],
  planYear: number | null,
  tableUnit: string | null,
  subject: string | null = null,
): TableRead | null {
  const first = rows.findIndex(isHeaderRow);
  if (first < 0 || first > 3) return readHeaderless(rows, planYear, tableUnit);
  let headerEnd = first + 1;
  // Header rows below the first (`KH | TH` under a merged `Năm 2025`) leave the name cells empty.
  while (
    headerEnd < rows.length &&
    rows[headerEnd].slice(0, 2).every((c) => !c.trim()) &&
    !rows[headerEnd].some((c) => isNumericCell(c) && !/^(19|20)\d\d$/.test(c.trim()))
  )
    headerEnd++;
  const width = Math.max(...rows.map((r) => r.length));
  const header: string[] = [];
  for (let c = 0; c < width; c++)
    header.push(
      rows
        .slice(0, headerEnd)
        .map((r) => r[c] ?? '')
        .join(' ')
        .trim(),
    );
  const roles = columnRoles(header, width);
  const plan = placeColumn(header, roles, subject) ?? planColumn(header, roles, planYear);
  if (!plan) return null;
  // A column per place and none the subject's: no column is ours.
  if (plan.column < 0) return unreadPlanColumn(rows.slice(headerEnd), roles, planYear);
  return readRows(rows.slice(headerEnd), roles, plan, planYear, tableUnit);
}

/**
 * Rows pasted with no header: roles from the cells, the plan column as planColumnFromCells says. When
 * the plan column cannot be told, the rows are listed with that reason, not read from a guess.
 */
function readHeaderless(
  rows: readonly (readonly string[])[],
  planYear: number | null,
  tableUnit: string | null,
): TableRead | null {
  if (rows.length < 3) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const roles = rolesFromCells(rows, width);
  if (!roles) return null;
  const column = planColumnFromCells(rows, roles);
  if (column === null) return unreadPlanColumn(rows, roles, planYear);
  return readRows(rows, roles, { column, year: null }, planYear, tableUnit);
}

/** A table whose plan column cannot be told: its rows with figures are listed with that reason, never read from a guess. */
function unreadPlanColumn(
  rows: readonly (readonly string[])[],
  roles: readonly Role[],
  planYear: number | null,
): TableRead | null {
  const labelCol = roles.indexOf('label');
  const skipped = rows
    .filter((r) => (r[labelCol] ?? '').trim() && r.some((c, i) => roles[i] === 'value' && /\d/.test(c)))
    .map((r) => ({ source: r.join('\t'), group: null, reason: 'plan-column' as const }));
  return skipped.length ? { year: planYear, targets: [], skipped } : null;
}

function readRows(
  rows: readonly (readonly string[])[],
  roles: readonly Role[],
  plan: { column: number; year: number | null },
  planYear: number | null,
  tableUnit: string | null,
): TableRead | null {
  const labelCol = roles.indexOf('label');
  const unitCol = roles.indexOf('unit');
  const sttCol = roles.indexOf('stt');
  const sep = rows.some((r) => r.some((c) => c.includes('\t'))) ? '\t' : ' | ';
  const out: TableRead = { year: plan.year ?? planYear, targets: [], skipped: [] };
  let group: string | null = null;
  let parent: string | null = null;
  for (const row of rows) {
    const label = (row[labelCol] ?? '').trim();
    if (!label) continue;
    const stt = sttCol >= 0 ? (row[sttCol] ?? '').trim() : '';
    const source = row
      .slice(labelCol, plan.column + 1)
      .map((c) => c.trim())
      .join(sep === '\t' ? '\t' : ' | ');
    if (isGroupRow(row, roles, label)) {
      group = label.replace(/\s*\([^)]*\)\s*$/, '');
      parent = null;
      continue;
    }
    const isPart = stt === '' || /^[-+•*]$/.test(stt) || /^trong (số )?đó/iu.test(label);
    const value = planValue(row[plan.column] ?? '');
    const numbered = !isPart;
    const cleanLabel = label.replace(/^trong (số )?đó\s*:?\s*/iu, '').replace(/\s*\((?:[A-Z]\s*\+\s*)+[A-Z]\)\s*$/, '');
    if (numbered) parent = cleanLabel;
    if (!value) {
      if (row.some((c, i) => roles[i] === 'value' && /\d/.test(c)))
        out.skipped.push({ source, group, reason: 'no-plan' });
      continue;
    }
    const unit = (unitCol >= 0 ? (row[unitCol] ?? '').trim() : '') || unitInLabel(label) || tableUnit;
    // `Cơ cấu kinh tế | % | 100`: the whole the shares below add up to, not a target.
    if (/^co cau\b/.test(fold(cleanLabel)) && value.plan === 100) {
      out.skipped.push({ source, group, reason: 'total' });
      continue;
    }
    out.targets.push({
      source,
      label: cleanLabel,
      parent: isPart ? parent : null,
      group,
      unit: unit || null,
      plan: value.plan,
      kind: value.kind,
    });
  }
  return out.targets.length ? out : null;
}
