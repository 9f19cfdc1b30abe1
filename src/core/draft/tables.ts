/**
 * Appendix tables (`Biểu chỉ tiêu`, `Phụ lục`, `Dự toán thu/chi`): STT, the target's name, its unit and
 * value columns such as `Ước TH năm 2024 | KH năm 2025 | So sánh (%)`. The plan column is chosen by its
 * header: the plan year with a plan word (`kế hoạch`, `KH`, `dự toán`, `chỉ tiêu`), never an estimate,
 * a result or a comparison. Group rows (`A`, `I`, capitals, no values) name the group; a `-` or
 * `Trong đó:` row is read as a part of the numbered row above it.
 */
import { parseTargetText } from '../quantity';
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
  skipped: { source: string; group: string | null; reason: 'no-plan' | 'total' }[];
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
  const score = (x: (typeof candidates)[number]): number =>
    (planYear !== null && x.year === planYear ? 4 : 0) + (x.plan ? 2 : 0) - (x.past ? 5 : 0) + (x.year ?? 0) / 10000;
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (best.past && candidates.some((x) => !x.past)) return null;
  return { column: best.c, year: best.year };
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
): TableRead | null {
  const first = rows.findIndex(isHeaderRow);
  if (first < 0 || first > 3) return null;
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
  const plan = planColumn(header, roles, planYear);
  if (!plan) return null;
  const labelCol = roles.indexOf('label');
  const unitCol = roles.indexOf('unit');
  const sttCol = roles.indexOf('stt');
  const sep = rows.some((r) => r.some((c) => c.includes('\t'))) ? '\t' : ' | ';
  const out: TableRead = { year: plan.year ?? planYear, targets: [], skipped: [] };
  let group: string | null = null;
  let parent: string | null = null;
  for (const row of rows.slice(headerEnd)) {
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
