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
