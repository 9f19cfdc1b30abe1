/**
 * What a plan or actual cell says: a number, a comparator (`trên 92`), a range (`9 - 9,5`),
 * a rating (`Loại Giỏi`), or nothing usable (`-`, `x`, `#DIV/0!`, a note).
 */
import { cellNumber, parseNumberText } from './numbers';
import type { Memo } from './memo';
import { fold } from './text';
import type { CellValue, Direction, NumberConvention, Quantity } from './types';

/** The rating scale, lowest first; rank = index + 1. */
export const RATING_SCALE = ['Kém', 'Yếu', 'Trung bình', 'Khá', 'Giỏi', 'Tốt', 'Xuất sắc'] as const;

/** Folded words (Vietnamese and English) for each rank, longest first so `very good` wins over `good`. */
const RATING_WORDS: readonly { readonly words: string; readonly rank: number }[] = [
  { words: 'hoan thanh xuat sac', rank: 7 },
  { words: 'xuat sac', rank: 7 },
  { words: 'excellent', rank: 7 },
  { words: 'outstanding', rank: 7 },
  { words: 'very good', rank: 6 },
  { words: 'hoan thanh tot', rank: 6 },
  { words: 'tot', rank: 6 },
  { words: 'vung manh', rank: 6 },
  { words: 'trong sach vung manh', rank: 6 },
  { words: 'gioi', rank: 5 },
  { words: 'good', rank: 5 },
  { words: 'kha', rank: 4 },
  { words: 'fair', rank: 4 },
  { words: 'hoan thanh', rank: 4 },
  { words: 'trung binh', rank: 3 },
  { words: 'average', rank: 3 },
  { words: 'yeu', rank: 2 },
  { words: 'weak', rank: 2 },
  { words: 'poor', rank: 2 },
  { words: 'kem', rank: 1 },
  { words: 'khong hoan thanh', rank: 1 },
];

/** The rank of a rating text (`Loại Giỏi` → 5), or null when it names no rating. */
export function ratingRank(text: string): number | null {
  const folded = ` ${fold(text)
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  if (/\d/.test(text)) return null;
  const words = folded.trim().split(' ');
  if (words.length > 6) return null;
  for (const candidate of RATING_WORDS) {
    if (folded.includes(` ${candidate.words} `)) return candidate.rank;
  }
  return null;
}

export function ratingWord(rank: number): string {
  return RATING_SCALE[Math.max(1, Math.min(7, rank)) - 1];
}

const NUM = String.raw`[+-]?\d[\d.,]*`;
const UNIT_TAIL = String.raw`\s*%?\s*[\p{L}/ .]{0,24}`;

/** Comparatives that set a bound the value must pass (folded): `trên 92`, `more than 5`, `fewer than 3`. */
const STRICT_COMPARATIVES: Readonly<Record<'above' | 'below', readonly string[]>> = {
  above: [
    'tren',
    'hon',
    'lon hon',
    'cao hon',
    'nhieu hon',
    'vuot',
    'vuot tren',
    'vuot qua',
    'dat tren',
    'phan dau tren',
    'over',
    'above',
    'more than',
    'greater than',
    'higher than',
    'exceeding',
  ],
  below: [
    'duoi',
    'thap hon',
    'nho hon',
    'it hon',
    'giam xuong duoi',
    'giam duoi',
    'giam xuong',
    'below',
    'under',
    'less than',
    'fewer than',
    'lower than',
  ],
};
/** Bounds that count themselves: `ít nhất 95`, `tối đa 3`, `at most 2`. */
const INCLUSIVE_BOUNDS: Readonly<Record<'above' | 'below', readonly string[]>> = {
  above: ['it nhat', 'toi thieu', 'dat it nhat', 'dat toi thieu', 'at least', 'minimum', 'min', 'no less than'],
  below: ['khong qua', 'toi da', 'at most', 'maximum', 'max', 'not to exceed'],
};
/** Words that deny a comparative: `không dưới 90` is at least 90, `no more than 3` at most 3. */
const NEGATIONS: readonly string[] = ['khong', 'not', 'no', 'never'];

/**
 * Words that set a bound (folded): which side is good, and whether the bound itself counts. A
 * comparative denied (`không dưới`, `not more than`, `no fewer than`) is the other side's bound,
 * inclusive: derived, never listed by hand.
 */
const COMPARATOR_WORDS: readonly {
  readonly words: string;
  readonly side: 'above' | 'below';
  readonly inclusive: boolean;
}[] = (['above', 'below'] as const).flatMap((side) => {
  const other = side === 'above' ? 'below' : 'above';
  return [
    ...STRICT_COMPARATIVES[side].map((words) => ({ words, side, inclusive: false })),
    ...INCLUSIVE_BOUNDS[side].map((words) => ({ words, side, inclusive: true })),
    ...STRICT_COMPARATIVES[other].flatMap((c) => NEGATIONS.map((n) => ({ words: `${n} ${c}`, side, inclusive: true }))),
  ];
});
const INCLUSIVE_WORDS: ReadonlySet<string> = new Set(COMPARATOR_WORDS.filter((c) => c.inclusive).map((c) => c.words));
const sideWords = (side: 'above' | 'below'): string[] =>
  COMPARATOR_WORDS.filter((c) => c.side === side).map((c) => c.words);

function byLengthDesc(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

const ABOVE_RE = new RegExp(`^(${byLengthDesc(sideWords('above')).join('|')})\\s*(${NUM})${UNIT_TAIL}$`, 'u');
const BELOW_RE = new RegExp(`^(${byLengthDesc(sideWords('below')).join('|')})\\s*(${NUM})${UNIT_TAIL}$`, 'u');
const SYMBOL_RE = new RegExp(`^(>=|=>|≥|<=|=<|≤|>|<)\\s*(${NUM})${UNIT_TAIL}$`, 'u');
const FROM_UP_RE = new RegExp(`^(?:tu|dat|dat tu)?\\s*(${NUM})${UNIT_TAIL}\\s*tro len$`, 'u');
const DOWN_RE = new RegExp(`^(?:tu|duoi|giam xuong)?\\s*(${NUM})${UNIT_TAIL}\\s*tro xuong$`, 'u');
const RANGE_RE = new RegExp(
  `^(?:tu|dat|khoang|from|between)?\\s*(${NUM})\\s*%?\\s*(?:-|–|—|den|toi|to|and|~|÷)\\s*(${NUM})${UNIT_TAIL}$`,
  'u',
);
const CHANGE_RE = new RegExp(
  `^(?:giam|tang|giam them|tang them)\\s*(?:it nhat|toi thieu)?\\s*(${NUM})${UNIT_TAIL}$`,
  'u',
);
const APPROX_RE = new RegExp(`^(?:khoang|uoc|uoc dat|dat|about|approx\\.?|around|~)\\s*(${NUM})${UNIT_TAIL}$`, 'u');
const NUMBER_WITH_UNIT_RE = new RegExp(`^(${NUM})\\s*(%|[\\p{L}/ .]{1,24})$`, 'u');

function num(text: string, convention: NumberConvention): number | null {
  return parseNumberText(text, convention)?.value ?? null;
}

/** Parses a text target (`trên 92`, `>= 90`, `từ 90% trở lên`, `9 - 9,5`, `Giỏi`). */
export function parseTargetText(raw: string, convention: NumberConvention = 'vi'): Quantity {
  return parseTarget(raw, convention);
}

/** Frozen: a remembered quantity serves every cell with the same text. */
const parseVi = (raw: string): Quantity => Object.freeze(parseTarget(raw, 'vi'));
const parseEn = (raw: string): Quantity => Object.freeze(parseTarget(raw, 'en'));

/** Verbs in front of a target that do not change it: `Duy trì trên 52%`, `Phấn đấu đạt 92%`, `Giảm còn dưới 2%`. */
const LEADING_VERB =
  /^(?:duy tri|giu vung|giu on dinh|on dinh|phan dau dat|phan dau|giam con|con|hoan thanh|maintain|keep|achieve|reach)\s+(?=\S)/;

function parseTarget(raw: string, convention: NumberConvention): Quantity {
  const text = raw.trim();
  if (!text) return NOTHING;
  const plain = parseNumberText(text, convention);
  if (plain) return { kind: 'number', value: plain.value };
  const verb = LEADING_VERB.exec(fold(text));
  if (verb) {
    const words = verb[0].trim().split(' ').length;
    const rest = parseTarget(text.split(/\s+/).slice(words).join(' '), convention);
    if (rest.kind === 'number' || rest.kind === 'comparator' || rest.kind === 'range') return { ...rest, text };
  }

  const folded = fold(text).replace(/:/g, ' ').replace(/\s+/g, ' ').trim();
  const symbol = SYMBOL_RE.exec(folded);
  if (symbol) {
    const value = num(symbol[2], convention);
    if (value !== null) {
      const op = (
        { '>=': '>=', '=>': '>=', '≥': '>=', '<=': '<=', '=<': '<=', '≤': '<=', '>': '>', '<': '<' } as const
      )[symbol[1] as '>=' | '=>' | '≥' | '<=' | '=<' | '≤' | '>' | '<'];
      return { kind: 'comparator', op, value, text };
    }
  }
  for (const [re, strict, inclusive] of [
    [ABOVE_RE, '>', '>='],
    [BELOW_RE, '<', '<='],
  ] as const) {
    const m = re.exec(folded);
    if (m) {
      const value = num(m[2], convention);
      if (value !== null)
        return { kind: 'comparator', op: INCLUSIVE_WORDS.has(m[1]) ? inclusive : strict, value, text };
    }
  }
  const change = CHANGE_RE.exec(folded);
  if (change) {
    const value = num(change[1], convention);
    if (value !== null) return { kind: 'comparator', op: '>=', value, text, change: true };
  }
  const up = FROM_UP_RE.exec(folded);
  if (up) {
    const value = num(up[1], convention);
    if (value !== null) return { kind: 'comparator', op: '>=', value, text };
  }
  const down = DOWN_RE.exec(folded);
  if (down) {
    const value = num(down[1], convention);
    if (value !== null) return { kind: 'comparator', op: '<=', value, text };
  }
  const range = RANGE_RE.exec(folded);
  if (range) {
    const a = num(range[1], convention);
    const b = num(range[2], convention);
    if (a !== null && b !== null && !(a < 0 || b < 0)) {
      return { kind: 'range', low: Math.min(a, b), high: Math.max(a, b), text };
    }
  }
  const approx = APPROX_RE.exec(folded) ?? NUMBER_WITH_UNIT_RE.exec(folded);
  if (approx) {
    const value = num(approx[1], convention);
    if (value !== null) return { kind: 'number', value, text };
  }
  const rank = ratingRank(text);
  if (rank !== null) return { kind: 'rating', rank, word: ratingWord(rank), text };
  return { kind: 'none', text };
}

/** An empty cell: shared, as most previous-period cells are empty. */
export const NOTHING: Readonly<Quantity> = Object.freeze({ kind: 'none' });

/**
 * A number cell's quantity, made by a constructor for the reason `AnalysedRow` is (analyze.ts): it
 * outlives the scan, and an object literal's would be allocated in the old generation.
 */
class CellNumber {
  readonly kind: 'number';
  readonly value: number;

  constructor(value: number) {
    this.kind = 'number';
    this.value = value;
  }
}

/** What a plan, actual or previous cell holds; texts are read once per engine when a memo is given. */
export function readQuantity(
  value: CellValue,
  format: string | null | undefined,
  convention: NumberConvention,
  memo?: Memo,
): Quantity {
  if (value === null || value === undefined || typeof value === 'boolean') return NOTHING;
  if (typeof value === 'object') return { kind: 'none', text: value.error };
  if (typeof value === 'number') {
    const shown = cellNumber(value, format, convention);
    return shown === null ? NOTHING : new CellNumber(shown);
  }
  if (!memo) return parseTarget(value, convention);
  return memo.get(convention === 'vi' ? parseVi : parseEn, value);
}

/** The value in the JSON report: a number, the text target verbatim, a rating's scale word, or null. */
export function reportValue(q: Quantity): number | string | null {
  switch (q.kind) {
    case 'number':
      return q.text ?? q.value;
    case 'comparator':
    case 'range':
      return q.text;
    case 'rating':
      return q.word;
    default:
      return null;
  }
}

/** The number a plan is compared with, for a direction. */
export function boundOf(plan: Quantity, direction: Direction): number | null {
  switch (plan.kind) {
    case 'number':
      return plan.value;
    case 'comparator':
      return plan.value;
    case 'range':
      return direction === 'lower' || direction === 'ceiling' ? plan.high : plan.low;
    default:
      return null;
  }
}

/** The number an actual cell gives for comparison (a range or comparator counts by its nearest number). */
export function actualNumber(actual: Quantity): number | null {
  switch (actual.kind) {
    case 'number':
      return actual.value;
    case 'comparator':
      return actual.value;
    case 'range':
      return actual.low;
    default:
      return null;
  }
}
