/**
 * The user's choices (column roles, indicators, directions) kept inside the .xlsx, in a very hidden
 * sheet chitieu owns, so a workbook reviewed in the browser preview carries them to the next scan
 * and to the command line. Excel keeps them in its document settings instead (src/hosts/excel).
 * They are written by the package writer (src/hosts/xlsx-package/sheets.ts) and read here.
 */
import type { SheetGrid, UserChoices } from '../../core/types';
import { CHOICES_SHEET } from '../xlsx-package/sheets';

export { CHOICES_SHEET };

function isChoices(value: unknown): value is UserChoices {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const isRecord = (x: unknown): boolean =>
    x === undefined || (typeof x === 'object' && x !== null && !Array.isArray(x));
  return isRecord(v.columns) && isRecord(v.rows);
}

/** The choices stored in the workbook (the choices sheet's grid); none when there are none or they cannot be read. */
export function readChoices(sheet: SheetGrid | undefined): UserChoices {
  if (!sheet) return {};
  let text = '';
  sheet.values.forEach((row, r) => {
    const v = row[0];
    if (typeof v === 'string' && !sheet.formulas?.[r]?.[0]) text += v;
  });
  try {
    const parsed: unknown = JSON.parse(text);
    return isChoices(parsed) ? parsed : {};
  } catch {
    // A damaged store loses the remembered choices, not the user's data: the engine decides again.
    return {};
  }
}
