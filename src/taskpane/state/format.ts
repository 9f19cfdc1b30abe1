/** Numbers and percentages as a reader of the chosen language writes them. */
import type { UiLanguage } from '../i18n';

const LOCALES: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-US' };

/** One formatter per language and precision: making one costs far more than formatting with it. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 2): string {
  const key = `${language}:${maximumFractionDigits}`;
  let format = FORMATTERS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits });
    FORMATTERS.set(key, format);
  }
  return format.format(value);
}

/** How each language separates a whole number's thousands: `3.000` (vi), `3,000` (en). */
const THOUSANDS: Record<UiLanguage, string> = { vi: '.', en: ',' };

/**
 * A count (a whole number) as `formatNumber` writes it, without Intl: a page's first Intl formatter
 * costs 30–100 ms of locale set-up, which the review's first screen, all counts, does not wait for.
 */
export function formatCount(value: number, language: UiLanguage): string {
  if (!Number.isSafeInteger(value)) return formatNumber(value, language);
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += THOUSANDS[language] + digits.slice(i, i + 3);
  return value < 0 ? `-${grouped}` : grouped;
}

/** `96.04` → `96,0 %` (vi) or `96.0%` (en). */
export function formatPercent(value: number, language: UiLanguage): string {
  const number = formatNumber(value, language, 1);
  return language === 'vi' ? `${number} %` : `${number}%`;
}

/** A plan or actual as shown: numbers localised, text targets verbatim, nothing as a dash. */
export function formatQuantity(value: number | string | null, language: UiLanguage): string {
  if (value === null) return '–';
  return typeof value === 'number' ? formatNumber(value, language) : value;
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}
