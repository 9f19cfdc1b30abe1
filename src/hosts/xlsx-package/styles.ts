/**
 * The styles part (`xl/styles.xml`): number formats, fonts, cell formats (`cellXfs`) and the
 * differential formats (`dxfs`) of conditional rules. chitieu only appends, and reuses an entry that
 * already says exactly what it needs, so running twice adds nothing the first run did not.
 */
import { declarePart, TYPES } from './content-types';
import type { XlsxPackage } from './package';
import { addRelationship, REL, relationships } from './relationships';
import { workbookPart } from './workbook';
import {
  canonical,
  child,
  children,
  createLike,
  ensureChild,
  parseXml,
  root,
  setAttributes,
  updateCount,
  type Element,
  NS,
} from './xml';

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/**
 * Children of a font that tie it to the font it was copied from rather than to a family name: a
 * theme `scheme` (minor/major) makes Excel show the theme's font whatever `name` says, and a legacy
 * font's `charset` and `family` belong to it alone.
 */
const FONT_TIES = ['scheme', 'charset', 'family'] as const;

/** CT_Xf's sequence. */
const XF_ORDER = ['alignment', 'protection', 'extLst'] as const;

/** Number formats Excel knows by id without a `numFmt` element (en-US codes). */
const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  '@': 49,
};

/** The look of a cell chitieu makes from nothing (summary and drafted sheets). */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** `RRGGBB` */
  color?: string;
  /** `RRGGBB`, solid */
  fill?: string;
  wrap?: boolean;
  middle?: boolean;
  numberFormat?: string;
  /** Font family in place of the workbook's default (issue 17: a Unicode font where the default is `.VnTime`). */
  font?: string;
}

/** A conditional format's look: text and fill colours, `RRGGBB`. */
export interface RuleLook {
  font: string;
  fill: string;
}

/** The styles part of a new workbook, as Excel writes a minimal one. */
export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export class Styles {
  private readonly sheet: Element;
  private readonly memo = new Map<string, number>();

  constructor(pkg: XlsxPackage) {
    const book = workbookPart(pkg);
    let part = relationships(pkg, book).find((r) => r.type === REL.styles)?.part ?? null;
    if (!part || !pkg.has(part)) {
      // A package without styles (some generators): a minimal one, as Excel writes it.
      part = 'xl/styles.xml';
      pkg.setXml(part, parseXml(MINIMAL_STYLES, part));
      declarePart(pkg, part, TYPES.styles);
      if (!relationships(pkg, book).some((r) => r.type === REL.styles)) addRelationship(pkg, book, REL.styles, part);
    }
    this.sheet = root(pkg.xml(part));
  }

  private list(name: (typeof STYLESHEET_ORDER)[number]): Element {
    return ensureChild(this.sheet, name, STYLESHEET_ORDER);
  }

  /** The index of an entry equal to `el` in `container`, appending it when there is none. */
  private findOrAppend(container: Element, el: Element): number {
    const wanted = canonical(el);
    const items = children(container);
    const found = items.findIndex((x) => canonical(x) === wanted);
    if (found >= 0) return found;
    container.appendChild(el);
    updateCount(container);
    if (!container.hasAttribute('count')) container.setAttribute('count', String(items.length + 1));
    return items.length;
  }

  private make(like: Element, name: string, attributes: Record<string, string | number | undefined> = {}): Element {
    return setAttributes(createLike(like, name), attributes);
  }

  /** The id of a number format code: built-in, already in the workbook, or added (164 and up). */
  numberFormatId(code: string): number {
    if (code in BUILT_IN) return BUILT_IN[code];
    const numFmts = child(this.sheet, 'numFmts');
    const existing = numFmts ? children(numFmts, 'numFmt') : [];
    const same = existing.find((f) => f.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const id = Math.max(163, ...existing.map((f) => Number(f.getAttribute('numFmtId')) || 0)) + 1;
    const list = this.list('numFmts');
    list.appendChild(this.make(list, 'numFmt', { numFmtId: id, formatCode: code }));
    updateCount(list);
    if (!list.hasAttribute('count')) list.setAttribute('count', String(children(list).length));
    return id;
  }

  /**
   * The cell format `base` with its number format replaced by `code` (General when none), and its
   * font's family by `font` when one is given (see withFont).
   */
  withNumberFormat(base: number, code: string | undefined, font?: string): number {
    return this.derive(base, code ? this.numberFormatId(code) : 0, font);
  }

  /**
   * The cell format `base` with its font's family replaced by `name` (issue 17): what chitieu writes
   * beside a table typed in `.VnTime` copies that table's look, and must still show Unicode.
   */
  withFont(base: number, name: string): number {
    return this.derive(base, null, name);
  }

  /**
   * The cell format `base` with another number format (null: kept) and font family (undefined: kept),
   * in one entry: `base` itself when it already says so, else an equal entry or a new one.
   */
  private derive(base: number, numFmtId: number | null, font: string | undefined): number {
    const key = `xf|${base}|${numFmtId ?? ''}|${font ?? ''}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const xfs = this.list('cellXfs');
    const source = children(xfs, 'xf')[base] ?? children(xfs, 'xf')[0];
    const fontId = font === undefined ? null : this.fontNamed(Number(source?.getAttribute('fontId') ?? 0), font);
    const sameFormat = numFmtId === null || Number(source?.getAttribute('numFmtId') ?? 0) === numFmtId;
    const sameFont =
      fontId === null ||
      (Number(source?.getAttribute('fontId') ?? 0) === fontId && source?.getAttribute('applyFont') === '1');
    let result: number;
    if (source && sameFormat && sameFont) result = base;
    else {
      const xf = source
        ? (source.cloneNode(true) as Element)
        : this.make(xfs, 'xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 });
      if (numFmtId !== null) {
        xf.setAttribute('numFmtId', String(numFmtId));
        if (numFmtId === 0) xf.removeAttribute('applyNumberFormat');
        else xf.setAttribute('applyNumberFormat', '1');
      }
      if (fontId !== null) {
        xf.setAttribute('fontId', String(fontId));
        xf.setAttribute('applyFont', '1');
      }
      result = this.findOrAppend(xfs, xf);
    }
    this.memo.set(key, result);
    return result;
  }

  /**
   * The font `fontId` (size, weight, colour kept) in the family `name`, without what ties it to its
   * own family (FONT_TIES); appended once, then reused.
   */
  private fontNamed(fontId: number, name: string): number {
    const fonts = this.list('fonts');
    const all = children(fonts, 'font');
    const source = all[fontId] ?? all[0];
    const font = source ? (source.cloneNode(true) as Element) : this.make(fonts, 'font');
    for (const tie of FONT_TIES) for (const el of children(font, tie)) font.removeChild(el);
    const nameEl = child(font, 'name') ?? (font.appendChild(this.make(fonts, 'name')) as Element);
    nameEl.setAttribute('val', name);
    return this.findOrAppend(fonts, font);
  }

  /** The differential format of a conditional rule. */
  ruleFormat(look: RuleLook): number {
    const dxfs = this.list('dxfs');
    const dxf = this.make(dxfs, 'dxf');
    const font = dxf.appendChild(this.make(dxfs, 'font')) as Element;
    font.appendChild(this.make(dxfs, 'color', { rgb: argb(look.font) }));
    const fill = dxf.appendChild(this.make(dxfs, 'fill')) as Element;
    const pattern = fill.appendChild(this.make(dxfs, 'patternFill', { patternType: 'solid' })) as Element;
    pattern.appendChild(this.make(dxfs, 'bgColor', { rgb: argb(look.fill) }));
    return this.findOrAppend(dxfs, dxf);
  }

  /** A cell format for a cell chitieu makes from nothing, on the workbook's default font. */
  cellFormat(look: CellLook): number {
    const key = `look|${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.underline ? 1 : 0}|${look.size ?? ''}|${look.color ?? ''}|${look.fill ?? ''}|${look.wrap ? 1 : 0}${look.middle ? 1 : 0}|${look.numberFormat ?? ''}|${look.font ?? ''}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const fonts = this.list('fonts');
    const base = children(fonts, 'font')[0];
    let fontId = 0;
    if (look.bold || look.italic || look.underline || look.size || look.color || look.font) {
      const font = this.make(fonts, 'font');
      if (look.bold) font.appendChild(this.make(fonts, 'b'));
      if (look.italic) font.appendChild(this.make(fonts, 'i'));
      if (look.underline) font.appendChild(this.make(fonts, 'u'));
      const size = look.size ?? (Number(base ? child(base, 'sz')?.getAttribute('val') : NaN) || 11);
      font.appendChild(this.make(fonts, 'sz', { val: size }));
      if (look.color) font.appendChild(this.make(fonts, 'color', { rgb: argb(look.color) }));
      if (look.font) font.appendChild(this.make(fonts, 'name', { val: look.font }));
      else {
        for (const name of ['name', 'family', 'charset', 'scheme']) {
          const el = base && child(base, name);
          if (el) font.appendChild(el.cloneNode(true));
        }
      }
      fontId = this.findOrAppend(fonts, font);
    }
    let fillId = 0;
    if (look.fill) {
      const fills = this.list('fills');
      const fill = this.make(fills, 'fill');
      const pattern = fill.appendChild(this.make(fills, 'patternFill', { patternType: 'solid' })) as Element;
      pattern.appendChild(this.make(fills, 'fgColor', { rgb: argb(look.fill) }));
      pattern.appendChild(this.make(fills, 'bgColor', { indexed: 64 }));
      fillId = this.findOrAppend(fills, fill);
    }
    const numFmtId = look.numberFormat ? this.numberFormatId(look.numberFormat) : 0;
    const xfs = this.list('cellXfs');
    const xf = this.make(xfs, 'xf', {
      numFmtId,
      fontId,
      fillId,
      borderId: 0,
      xfId: 0,
      applyNumberFormat: numFmtId ? 1 : undefined,
      applyFont: fontId ? 1 : undefined,
      applyFill: fillId ? 1 : undefined,
      applyAlignment: look.wrap || look.middle ? 1 : undefined,
    });
    if (look.wrap || look.middle) {
      const alignment = this.make(xfs, 'alignment', {
        vertical: look.middle ? 'center' : undefined,
        wrapText: look.wrap ? 1 : undefined,
      });
      xf.replaceChild(alignment, ensureChild(xf, 'alignment', XF_ORDER));
    }
    const id = this.findOrAppend(xfs, xf);
    this.memo.set(key, id);
    return id;
  }
}
