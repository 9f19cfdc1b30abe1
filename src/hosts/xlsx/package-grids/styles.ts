/**
 * The styles part for the grids: each cell format's (`cellXfs`) number format code and font name,
 * as ExcelJS resolved them (built-in format ids by its table, a format code's backslash escapes
 * removed), and the workbook's default font.
 */
import { CLOSE, OPEN, XmlScanner } from './xml-scan';

export interface CellStyle {
  numFmt: string | undefined;
  font: string | undefined;
}

export interface Styles {
  /** By the cell's `s`; undefined for an index the part does not have. */
  cellXfs: CellStyle[];
  /** The first font's family (the Normal style's); null when the part names none. */
  defaultFont: string | null;
}

/** Built-in number formats by id, as ExcelJS gives them (ids 27–36 and 50–58 are East Asian and have none). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtinFormat(id: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN_FORMATS, id) ? BUILTIN_FORMATS[id] : undefined;
}

export function readStyles(xml: string | undefined): Styles {
  if (!xml) return { cellXfs: [], defaultFont: null };
  const codes = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.tag() === 'numFmts') {
      for (t = s.next(); t && !(t === CLOSE && s.tag() === 'numFmts'); t = s.next()) {
        if (t === OPEN && s.tag() === 'numFmt') {
          const code = s.attr('formatCode');
          if (code !== undefined) codes.set(parseInt(s.attr('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
        }
      }
    } else if (s.tag() === 'fonts' && !s.selfClosing) {
      let font: string | undefined;
      for (t = s.next(); t && !(t === CLOSE && s.tag() === 'fonts'); t = s.next()) {
        if (t === OPEN && s.tag() === 'font') {
          font = undefined;
          if (s.selfClosing) fonts.push(font);
        } else if (t === OPEN && s.tag() === 'name') font = s.attr('val');
        else if (t === CLOSE && s.tag() === 'font') fonts.push(font);
      }
    } else if (s.tag() === 'cellXfs' && !s.selfClosing) {
      let depth = 0;
      for (t = s.next(); t && !(t === CLOSE && s.tag() === 'cellXfs' && depth === 0); t = s.next()) {
        if (t === OPEN && s.tag() === 'xf' && depth === 0) {
          xfs.push({ numFmtId: parseInt(s.attr('numFmtId') ?? '', 10), fontId: parseInt(s.attr('fontId') ?? '', 10) });
          if (!s.selfClosing) depth++;
        } else if (t === CLOSE && s.tag() === 'xf') depth--;
      }
    } else if (s.tag() !== 'styleSheet') s.skipElement();
  }
  const cellXfs = xfs.map(({ numFmtId, fontId }) => ({
    // ExcelJS gave a format only for a non-zero id: General (0) reads as none.
    numFmt: numFmtId ? codes.get(numFmtId) || builtinFormat(numFmtId) || undefined : undefined,
    font: Number.isNaN(fontId) ? undefined : fonts[fontId],
  }));
  return { cellXfs, defaultFont: defaultFontOfStyles(xml) };
}

/** The first font's family in a styles part; null when there is none. */
export function defaultFontOfStyles(xml: string): string | null {
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(xml)?.[1] ?? '';
  const first = /<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(fonts)?.[1] ?? '';
  const name = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/.exec(first)?.[1];
  return name
    ? name
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : null;
}
