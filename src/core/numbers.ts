/**
 * Reading numbers the way a person reads the sheet: Vietnamese text numbers (`1.152,1`,
 * `4.807.887.427`, `5,40%`), English ones (`1,152.1`), and fractions shown as percent.
 */
import type { CellValue, NumberConvention } from './types';

export interface ParsedNumber {
  value: number;
  /** The text carried a `%` sign; `value` is what was written before it (`26%` → 26). */
  percent: boolean;
}

/** What a text number says about the convention it was written in. */
export type ConventionEvidence = NumberConvention | 'ambiguous' | 'none';

const NUMBER_BODY = /^[+-]?[\d.,\s\u00a0]*\d[\d.,\s\u00a0]*$/;

function stripDecorations(text: string): { body: string; percent: boolean } {
  let body = text.trim().replace(/\u00a0/g, ' ');
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  // A sign written with a space or a typographic minus.
  body = body.replace(/^[−–]\s*/, '-').replace(/^([+-])\s+/, '$1');
  return { body, percent };
}

/** Which convention a single text number shows: `1.152,1` is Vietnamese, `1.500` is ambiguous. */
export function conventionEvidence(text: string): ConventionEvidence {
  const { body } = stripDecorations(text);
  if (!NUMBER_BODY.test(body)) return 'none';
  const compact = body.replace(/\s/g, '');
  const dots = (compact.match(/\./g) ?? []).length;
  const commas = (compact.match(/,/g) ?? []).length;
  if (dots && commas) return compact.lastIndexOf(',') > compact.lastIndexOf('.') ? 'vi' : 'en';
  if (dots > 1) return 'vi';
  if (commas > 1) return 'en';
  if (commas === 1) return /,\d{3}$/.test(compact) && !/^[+-]?0,/.test(compact) ? 'ambiguous' : 'vi';
  if (dots === 1) return /\.\d{3}$/.test(compact) && !/^[+-]?0\./.test(compact) ? 'ambiguous' : 'en';
  return 'none';
}

/**
 * Decides a column's convention from the evidence of its text numbers; Vietnamese when nothing tells.
 * `evidenceOf` lets a caller remember the evidence of texts it meets again and again.
 */
export function decideConvention(
  texts: Iterable<string>,
  evidenceOf: (text: string) => ConventionEvidence = conventionEvidence,
): NumberConvention {
  let vi = 0;
  let en = 0;
  for (const text of texts) {
    const evidence = evidenceOf(text);
    if (evidence === 'vi') vi++;
    else if (evidence === 'en') en++;
  }
  return en > vi ? 'en' : 'vi';
}

/** Parses a text number in the given convention; null when the text is not a number. */
export function parseNumberText(text: string, convention: NumberConvention = 'vi'): ParsedNumber | null {
  const { body, percent } = stripDecorations(text);
  if (!NUMBER_BODY.test(body)) return null;
  const compact = body.replace(/\s/g, '');
  const evidence = conventionEvidence(text);
  const effective = evidence === 'vi' || evidence === 'en' ? evidence : convention;
  const [group, decimal] = effective === 'vi' ? ['\\.', ','] : [',', '\\.'];
  const grouped = new RegExp(`^[+-]?\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?$`);
  const plain = new RegExp(`^[+-]?(?:\\d+(?:${decimal}\\d*)?|${decimal}\\d+)$`);
  if (!grouped.test(compact) && !plain.test(compact)) return null;
  const canonical = compact
    .split(effective === 'vi' ? '.' : ',')
    .join('')
    .replace(effective === 'vi' ? ',' : '.', '.');
  const value = Number(canonical);
  if (!Number.isFinite(value)) return null;
  return { value, percent };
}

/** Whether an Excel number format shows its value as percent (`0.0%`), ignoring literals. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format || !format.includes('%')) return false;
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** A number cell as shown: a fraction with a percent format counts as percent points. */
export function shownNumber(value: number, format: string | null | undefined): number {
  return isPercentFormat(format) ? roundFloat(value * 100) : value;
}

/** Removes binary noise from a multiplication (0.964 × 100 = 96.39999… → 96.4). */
export function roundFloat(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** The number a cell shows, whether stored as a number or as text; null when it shows none. */
export function cellNumber(
  value: CellValue,
  format: string | null | undefined,
  convention: NumberConvention,
): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? shownNumber(value, format) : null;
  if (typeof value === 'string') {
    const parsed = parseNumberText(value, convention);
    return parsed ? parsed.value : null;
  }
  return null;
}

/** Formats a number for people: `1.152,1` in Vietnamese, `1,152.1` in English. */
export function formatNumber(value: number, language: 'vi' | 'en', maxDecimals = 2): string {
  const [group, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  const rounded = Math.abs(value).toFixed(maxDecimals);
  // Trailing zeros are dropped from decimals only: 100 with no decimals stays `100`.
  const fixed = rounded.includes('.') ? rounded.replace(/\.?0+$/, '') : rounded;
  const negative = value < 0 && Number(fixed) !== 0;
  const [intPart, fracPart] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? '-' : '') + grouped + (fracPart ? decimal + fracPart : '');
}
