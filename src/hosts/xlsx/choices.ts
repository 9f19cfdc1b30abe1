/**
 * The user's choices (column roles, indicators, directions) kept inside the .xlsx, in a very hidden
 * sheet chitieu owns, so a workbook reviewed in the browser preview carries them to the next scan
 * and to the command line. Excel keeps them in its document settings instead (src/hosts/excel).
 */
import type ExcelJS from 'exceljs';
import type { UserChoices } from '../../core/types';

export const CHOICES_SHEET = 'chitieu_choices';
/** Excel's limit on the text of one cell. */
const CELL_LIMIT = 32000;

function isChoices(value: unknown): value is UserChoices {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const isRecord = (x: unknown): boolean =>
    x === undefined || (typeof x === 'object' && x !== null && !Array.isArray(x));
  return isRecord(v.columns) && isRecord(v.rows);
}

/** The choices stored in the workbook; none when there are none or they cannot be read. */
export function readChoices(wb: ExcelJS.Workbook): UserChoices {
  const ws = wb.getWorksheet(CHOICES_SHEET);
  if (!ws) return {};
  let text = '';
  ws.getColumn(1).eachCell((cell) => {
    if (typeof cell.value === 'string') text += cell.value;
  });
  try {
    const parsed: unknown = JSON.parse(text);
    return isChoices(parsed) ? parsed : {};
  } catch {
    // A damaged store loses the remembered choices, not the user's data: the engine decides again.
    return {};
  }
}

export function writeChoices(wb: ExcelJS.Workbook, choices: UserChoices): void {
  const existing = wb.getWorksheet(CHOICES_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  const text = JSON.stringify(choices);
  if (text === '{}') return;
  const ws = wb.addWorksheet(CHOICES_SHEET, { state: 'veryHidden' });
  for (let i = 0, row = 1; i < text.length; i += CELL_LIMIT, row++)
    ws.getCell(row, 1).value = text.slice(i, i + CELL_LIMIT);
}
