/** Keys the user's choices are stored under; small on purpose, for code that must not load the engine. */
import { normaliseLabel } from './text';

/** The key a row's choice is stored under: stable when rows move, as labels rarely change. */
export function rowChoiceKey(sheet: string, label: string): string {
  return `${sheet}!${normaliseLabel(label)}`;
}

/** The key a table's column choices are stored under (header row 1-based, as the user sees it). */
export function tableChoiceKey(sheet: string, headerRow: number): string {
  return `${sheet}!${headerRow}`;
}
