/**
 * A tracking sheet drafted from a resolution's text: the bullets of its "Các chỉ tiêu chủ yếu"
 * section become rows `STT | Chỉ tiêu | ĐVT | KH <year> | TH <year>`, each mapped to the catalog
 * with its plan value or expression. What cannot be placed is listed, never dropped.
 */
import type { Catalog } from './catalog';
import { decodeLegacyText } from './legacy-encoding';
import type { Matcher } from './match';
import { bandOf } from './match/calibration';
import { formatNumber, parseNumberText } from './numbers';
import { RATING_SCALE } from './quantity';
import { fold } from './text';
import type { CellValue, Direction, LegacyEncoding, MatchBand, SheetGrid } from './types';

export interface DraftTarget {
  group: string | null;
  /** The clause of the resolution the target comes from. */
  source: string;
  indicatorId: string;
  name: string;
  unit: string;
  /** A number, or an expression the engine reads (`trên 92`, `1 - 1,2`, `Giỏi`). */
  plan: number | string;
  direction: Direction;
  confidence: number;
  band: MatchBand;
}

export interface UnplacedTarget {
  group: string | null;
  source: string;
  reason: 'no-indicator' | 'no-target' | 'duplicate';
  /** The closest indicator, when there is one. */
  suggestion: string | null;
}

export interface Draft {
  year: number | null;
  targets: DraftTarget[];
  unplaced: UnplacedTarget[];
  /** The legacy encoding the text was typed in and read from (issue 17); absent for Unicode text. */
  convertedFrom?: LegacyEncoding;
}

/** What the drafter works with: one engine's catalog and matcher. */
export interface DrafterParts {
  catalog: Catalog;
  matcher: Matcher;
}

interface Bullet {
  group: string | null;
  text: string;
}

function clean(line: string): string {
  return line
    .replace(/<sup>.*?<\/sup>/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function headingNumber(line: string): string | null {
  const m = /^#*\s*(?:[IVX]+\.|(\d+(?:\.\d+)*)\.?)\s/.exec(line.replace(/^[#\s]+/, (s) => s.replace(/\s/g, '') + ' '));
  return m ? (m[1] ?? m[0].trim()) : null;
}

/** The bullets of the targets section, with their sub-section (group), and the plan year. */
export function targetsSection(text: string): { bullets: Bullet[]; year: number | null } {
  const rawLines = text.split(/\r?\n/).map((l) => l.trim());
  const lines = rawLines.map(clean);
  // The section's heading, not a sentence that mentions "các chỉ tiêu chủ yếu" in passing.
  const start = lines.findIndex((l) =>
    /^(?:[ivx]+|\d+(?:\.\d+)*)\.?\s+(?:cac\s+)?chi tieu chu yeu/.test(fold(l).replace(/^#+\s*/, '')),
  );
  if (start < 0) return { bullets: [], year: null };
  let year: number | null = null;
  for (let i = start; i >= 0 && year === null; i--) {
    const m = /nam\s+((?:19|20)\d\d)/.exec(fold(lines[i]));
    if (m && /^(#|[ivx]+\.|muc tieu)/.test(fold(lines[i]).replace(/^#+\s*/, '#'))) year = Number(m[1]);
  }
  const startNumber = headingNumber(lines[start]) ?? '';
  const bullets: Bullet[] = [];
  let group: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const raw = rawLines[i];
    const isHeading = raw.startsWith('#') || (/^\d+(\.\d+)*\.\s/.test(line) && !/^[-+•]/.test(raw));
    if (isHeading) {
      const n = headingNumber(line);
      if (n && startNumber && !n.startsWith(`${startNumber}.`)) break;
      const m = /chi tieu ve\s+(.+?):?$/.exec(fold(line));
      group = m
        ? line
            .slice(line.length - m[1].length - (line.endsWith(':') ? 1 : 0))
            .replace(/:$/, '')
            .trim()
        : line;
      continue;
    }
    if (/^[-+•*]\s*/.test(raw)) bullets.push({ group, text: line.replace(/^[-+•*]\s*/, '') });
    else if (bullets.length) bullets[bullets.length - 1].text += ' ' + line;
  }
  return { bullets, year };
}

const NUM = String.raw`\d[\d.,]*`;
/** `30 nghìn con` is 30.000 con; money keeps its unit as written (`55 triệu đồng`). */
const MULTIPLIERS: Readonly<Record<string, number>> = { nghin: 1e3, ngan: 1e3 };
const UNITS: readonly string[] = [
  'trieu dong/nguoi/nam',
  'trieu dong',
  'ty dong',
  'dong',
  'ta/ha',
  'ha',
  'tan',
  'con',
  'cay',
  'lao dong',
  'nguoi',
  'ho',
  'thon',
  'truong',
  'tieu chi',
  'luot',
  'vu',
  'co so',
  '%',
];
/** Numbers that qualify a noun rather than set a target: `con thứ 3`, `5 tuổi`, `mức độ 1`, years. */
const QUALIFIERS: readonly RegExp[] = [
  /thu\s*\d+/g,
  /\d+\s*tuoi/g,
  /muc(\s+do)?\s+\d+/g,
  /cap(\s+do)?\s+\d+/g,
  /lan\s+thu\s+\w+/g,
  /(?:19|20)\d\d\s*-\s*(?:19|20)\d\d/g,
  /nam\s+(?:19|20)\d\d/g,
];

interface Found {
  /** Value for the plan cell. */
  plan: number | string;
  unit: string | null;
  /** Folded text with the target removed, for matching. */
  rest: string;
}

function toNumber(text: string, multiplier: string | undefined): number | null {
  const parsed = parseNumberText(text, 'vi');
  if (!parsed) return null;
  return parsed.value * (multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1);
}

const UNIT_RE = `(?:\\s*(nghin|ngan)(?=\\s|$))?\\s*(${UNITS.map((u) => u.replace(/[/%]/g, (c) => '\\' + c)).join('|')})?`;

/** Finds the target a clause sets: a rating, a comparator, a range or a number with its unit. */
export function findTarget(clause: string): Found | null {
  const original = fold(clause);
  let folded = original;
  for (const q of QUALIFIERS) folded = folded.replace(q, (m) => ' '.repeat(m.length));
  // Masking keeps positions, so the target can be cut out of the unmasked text.
  const without = (m: RegExpExecArray): string =>
    original.slice(0, m.index) + ' ' + original.slice(m.index + m[0].length);
  const rating = /(?:dat\s+)?loai\s+(xuat sac|tot|gioi|kha|trung binh|yeu|kem)\b/.exec(folded);
  if (rating) {
    const word = RATING_SCALE.find((w) => fold(w) === rating[1]) ?? rating[1];
    return { plan: word, unit: 'xếp loại', rest: without(rating) };
  }
  const patterns: { re: RegExp; build: (m: RegExpExecArray) => number | string | null }[] = [
    {
      re: new RegExp(`(?:tu\\s+)?(${NUM})\\s*%?\\s*[-–]\\s*(${NUM})${UNIT_RE}`),
      build: (m) => {
        const a = toNumber(m[1], m[3]);
        const b = toNumber(m[2], m[3]);
        return a === null || b === null ? null : `${formatNumber(a, 'vi', 3)} - ${formatNumber(b, 'vi', 3)}`;
      },
    },
    {
      re: new RegExp(`(tren|duoi|khong qua|toi thieu|it nhat|toi da|khong duoi|>=|<=|>|<)\\s*(${NUM})${UNIT_RE}`),
      build: (m) => {
        const v = toNumber(m[2], m[3]);
        if (v === null) return null;
        const word: Record<string, string> = {
          tren: 'trên',
          '>': 'trên',
          duoi: 'dưới',
          '<': 'dưới',
          'khong qua': 'tối đa',
          'toi da': 'tối đa',
          '<=': 'tối đa',
          'toi thieu': 'tối thiểu',
          'it nhat': 'tối thiểu',
          'khong duoi': 'tối thiểu',
          '>=': 'tối thiểu',
        };
        return `${word[m[1]]} ${formatNumber(v, 'vi', 3)}`;
      },
    },
    {
      re: new RegExp(`(${NUM})(?:\\/\\d+)?${UNIT_RE}`),
      build: (m) => toNumber(m[1], m[2]),
    },
  ];
  for (const { re, build } of patterns) {
    const m = re.exec(folded);
    if (!m) continue;
    const plan = build(m);
    if (plan === null) continue;
    const unitGroup = m[m.length - 1];
    const multiplier = m[m.length - 2];
    const unit = unitGroup ? (multiplier && unitGroup !== '%' ? unitGroup : unitGroup) : null;
    return { plan, unit, rest: without(m) };
  }
  return null;
}

/** Words around a target that name no indicator; a fresh global expression per use keeps no state here. */
const FILLERS = String.raw`\b(phan dau|dat|duy tri|vung chac|len|xuong|tro len|cua xa|tong bay dan|nam|tren|duoi|so voi|tu|moi|hang|trong do|cac|duoc)\b`;

function matchingText(rest: string): string {
  return rest
    .replace(/[:/()]/g, ' ')
    .replace(new RegExp(FILLERS, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const UNIT_NAMES: Readonly<Record<string, string>> = {
  'trieu dong/nguoi/nam': 'triệu đồng/người/năm',
  'trieu dong': 'triệu đồng',
  'ty dong': 'tỷ đồng',
  dong: 'đồng',
  'ta/ha': 'tạ/ha',
  tan: 'tấn',
  cay: 'cây',
  'lao dong': 'lao động',
  nguoi: 'người',
  ho: 'hộ',
  thon: 'thôn',
  truong: 'trường',
  'tieu chi': 'tiêu chí',
  luot: 'lượt',
  vu: 'vụ',
  'co so': 'cơ sở',
};

/** Splits a bullet into clauses, each meant to set one target. */
export function splitClauses(drafter: DrafterParts, bullet: string): string[] {
  const sentences = bullet
    .replace(/;\s*(đồng|tấn|ha)\b/gi, ' $1')
    .replace(/[()]/g, ';')
    .split(/;|\.\s+(?=\p{Lu})|\.$|,?\s+trong đó:?\s*/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const clauses: string[] = [];
  for (const sentence of sentences) {
    // A comma followed by a space separates clauses; `9,5` is a decimal.
    const parts = sentence.split(/,\s+|\s+và\s+/).filter((p) => p.trim());
    let acc = '';
    for (const part of parts) {
      if (!acc) {
        acc = part;
        continue;
      }
      const accTarget = findTarget(acc) !== null;
      const partTarget = findTarget(part) !== null;
      const accAlone = accTarget ? null : strongMatch(drafter, acc);
      const partAlone = partTarget ? strongMatch(drafter, part) : null;
      // `Phục hồi đàn lợn, duy trì đàn gia cầm trên 30 nghìn con` names two indicators;
      // `Thu thuế, phí, lệ phí, các khoản đóng góp … 100%` names one on both sides of the comma.
      const twoIndicators = accAlone !== null && partAlone !== null && accAlone !== partAlone;
      if ((accTarget && partTarget) || twoIndicators) {
        clauses.push(acc);
        acc = part;
      } else acc = `${acc}, ${part}`;
    }
    if (acc) clauses.push(acc);
  }
  return clauses;
}

function strongMatch(parts: DrafterParts, text: string): string | null {
  const found = findTarget(text);
  const top = parts.matcher.rank(matchingText(found ? found.rest : fold(text)), null)[0];
  return top && top.confidence >= DRAFT_THRESHOLD ? top.id : null;
}

const DRAFT_THRESHOLD = 0.6;

/** Reads the targets section of a resolution. */
export function draftFromText(parts: DrafterParts, written: string): Draft {
  // A resolution typed in TCVN3 or VNI (`NghÞ quyÕt`) is read as the Unicode it stands for.
  const { text, encoding } = decodeLegacyText(written);
  const { bullets, year } = targetsSection(text);
  const targets: DraftTarget[] = [];
  const unplaced: UnplacedTarget[] = [];
  const placed = new Set<string>();
  for (const bullet of bullets) {
    let context = '';
    for (const clause of splitClauses(parts, bullet.text)) {
      const found = findTarget(clause);
      const own = matchingText(found ? found.rest : fold(clause));
      const unit = found?.unit ?? null;
      const shownUnit = unit === '%' ? '%' : unit ? (UNIT_NAMES[unit] ?? unit) : null;
      const candidates = [
        ...parts.matcher.rank(own, shownUnit, placed).slice(0, 1),
        ...(context ? parts.matcher.rank(`${context} ${own}`, shownUnit, placed).slice(0, 1) : []),
      ].sort((a, b) => b.confidence - a.confidence);
      const best = candidates[0];
      if (found) context = own.split(' ').slice(0, 4).join(' ');
      if (!best || best.confidence < DRAFT_THRESHOLD) {
        unplaced.push({ group: bullet.group, source: clause, reason: 'no-indicator', suggestion: best?.id ?? null });
        continue;
      }
      if (!found) {
        unplaced.push({ group: bullet.group, source: clause, reason: 'no-target', suggestion: best.id });
        continue;
      }
      const indicator = parts.catalog.get(best.id);
      if (!indicator) continue;
      placed.add(best.id);
      targets.push({
        group: bullet.group,
        source: clause,
        indicatorId: best.id,
        name: indicator.nameVi,
        unit: shownUnit && shownUnit !== 'xếp loại' ? shownUnit : indicator.unit,
        plan: found.plan,
        direction: indicator.direction,
        confidence: best.confidence,
        band: bandOf(best.id, best.confidence, parts.matcher.tuning),
      });
    }
  }
  return { year, targets, unplaced, ...(encoding && { convertedFrom: encoding }) };
}

const ROMAN: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The drafted tracking sheet as a grid: title, header, group rows, one row per target, the unplaced listed below. */
export function draftSheet(draft: Draft, name = 'Theo dõi chỉ tiêu', source = ''): SheetGrid {
  const year = draft.year ?? new Date().getFullYear();
  const values: CellValue[][] = [
    [`BẢNG THEO DÕI CHỈ TIÊU NĂM ${year}`],
    [source ? `(Lập từ ${source})` : null],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', `KH ${year}`, `TH ${year}`, 'Căn cứ'],
  ];
  const groups = [...new Set(draft.targets.map((t) => t.group))];
  groups.forEach((group, g) => {
    if (group) values.push([ROMAN[g] ?? String(g + 1), group.toLocaleUpperCase('vi')]);
    draft.targets
      .filter((t) => t.group === group)
      .forEach((t, i) => values.push([i + 1, t.name, t.unit, t.plan, null, t.source]));
  });
  if (draft.unplaced.length) {
    values.push([]);
    values.push([null, 'Ghi chú: các mục tiêu chưa xếp được vào danh mục chỉ tiêu, cần nhập tay:']);
    for (const u of draft.unplaced) values.push([null, `- ${u.source}`]);
  }
  return { name, values };
}
