/**
 * The public samples as an office that never moved to Unicode would have them (issue 17): every
 * text typed in TCVN3 (`.VnTime`, capitals-only texts in `.VnTimeH`) or in VNI-Windows
 * (`VNI-Times`), every cell in that font. Built at test time from ../shared/samples with ExcelJS;
 * sheet names stay as they are (Excel draws tab names in the system's Unicode font).
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { encodeLegacy, type LegacyEncoding } from '../../src/core/legacy-encoding';

export interface LegacyVariant {
  encoding: LegacyEncoding;
  /** Whether the cells get the legacy font; without it only the characters tell the encoding. */
  fonts: boolean;
}

/** Whether a text is all capitals (a heading that TCVN3 offices typed in `.VnTimeH`). */
function allCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

/** A text and the font an office typing it in the encoding would have used. */
export function legacyCell(text: string, encoding: LegacyEncoding): { text: string; font: string } {
  if (encoding === 'vni') return { text: encodeLegacy(text, 'vni'), font: 'VNI-Times' };
  // TCVN3 has no toned capitals: a capitals-only text is typed in lower case in the capitals font.
  if (allCapitals(text) && /[^\p{ASCII}]/u.test(text)) {
    return { text: encodeLegacy(text.toLowerCase(), 'tcvn3'), font: '.VnTimeH' };
  }
  return { text: encodeLegacy(text, 'tcvn3'), font: '.VnTime' };
}

function withFont(cell: ExcelJS.Cell, name: string): void {
  cell.font = { ...(cell.font ?? {}), name };
}

/** Re-encodes one workbook's texts (formulas and their results are left as they are). */
export async function encodeWorkbook(source: string, target: string, variant: LegacyVariant): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A covered cell of a merge shows (and would write through to) the merge's first cell.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = cell.value;
        const text =
          typeof value === 'string'
            ? value
            : value && typeof value === 'object' && 'richText' in value
              ? value.richText.map((r) => r.text).join('')
              : null;
        if (text === null) {
          if (variant.fonts && !cell.formula) withFont(cell, variant.encoding === 'vni' ? 'VNI-Times' : '.VnTime');
          return;
        }
        const legacy = legacyCell(text, variant.encoding);
        cell.value = legacy.text;
        if (variant.fonts) withFont(cell, legacy.font);
      });
    });
  });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await wb.xlsx.writeFile(target);
}

export const LEGACY_VARIANTS: Record<string, LegacyVariant> = {
  tcvn3: { encoding: 'tcvn3', fonts: true },
  vni: { encoding: 'vni', fonts: true },
  /** Typed in TCVN3, later set in a Unicode font (or read by a host that sees no fonts). */
  'tcvn3-no-font': { encoding: 'tcvn3', fonts: false },
  'vni-no-font': { encoding: 'vni', fonts: false },
};

/** Every sample in every variant, under `dir/<variant>/<name>.xlsx`. */
export async function buildLegacySamples(samples: string[], dir: string): Promise<Record<string, string[]>> {
  const built: Record<string, string[]> = {};
  for (const [name, variant] of Object.entries(LEGACY_VARIANTS)) {
    built[name] = [];
    for (const sample of samples) {
      const target = path.join(dir, name, path.basename(sample));
      await encodeWorkbook(sample, target, variant);
      built[name].push(target);
    }
  }
  return built;
}
