import type { UiLanguage } from '../i18n';

/** Picks the UI language from Office's display language, else the browser's; Vietnamese otherwise. */
export function pickUiLanguage(officeDisplayLanguage?: string | null, browserLanguage?: string | null): UiLanguage {
  const tag = (officeDisplayLanguage || browserLanguage || 'vi').toLowerCase();
  return tag.startsWith('en') ? 'en' : 'vi';
}

export type ThemeName = 'light' | 'dark';

/** Dark when Office's body background is dark; else follows the system's colour scheme. */
export function pickTheme(officeBodyBackground?: string | null, prefersDark = false): ThemeName {
  if (officeBodyBackground) return isDarkColour(officeBodyBackground) ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
