/** An empty worksheet part for a sheet chitieu makes (summary, drafted sheet, choices store). */
import type { SharedStrings } from './shared-strings';
import { WORKSHEET_ORDER, Worksheet } from './worksheet';
import { createLike, ensureChild, NS, parseXml } from './xml';

export function newWorksheet(strings: SharedStrings): Worksheet {
  const doc = parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData/></worksheet>`,
    'new worksheet',
  );
  const sheet = new Worksheet(doc, strings);
  const margins = ensureChild(sheet.root, 'pageMargins', WORKSHEET_ORDER);
  for (const [k, v] of Object.entries({ left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }))
    margins.setAttribute(k, String(v));
  return sheet;
}

/** Sets column widths from A (characters). */
export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  if (!widths.length) return;
  const cols = ensureChild(sheet.root, 'cols', WORKSHEET_ORDER);
  widths.forEach((width, c) => {
    const col = createLike(cols, 'col');
    for (const [k, v] of Object.entries({ min: c + 1, max: c + 1, width, customWidth: 1 }))
      col.setAttribute(k, String(v));
    cols.appendChild(col);
  });
}
