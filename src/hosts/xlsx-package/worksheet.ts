/**
 * A worksheet part (`xl/worksheets/sheetN.xml`): its rows and cells, found through an index built
 * once, read as chitieu's ownership rule needs them and written one cell at a time. Every element
 * chitieu adds goes where CT_Worksheet's sequence puts it; rows and cells stay in ascending order.
 */
import { cellAddress, parseRange } from '../../core/a1';
import type { CellRange } from '../../core/types';
import type { SharedStrings } from './shared-strings';
import { itemText } from './shared-strings';
import {
  child,
  children,
  createLike,
  insertInOrder,
  isElement,
  root,
  textNode,
  textOf,
  type Document,
  type Element,
} from './xml';

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99, with the 2010 `drawingHF` of MS-OI29500). */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** What chitieu writes into one cell. */
export interface CellContent {
  /** Formula as stored in the file (with `_xlfn.` prefixes), without `=`. */
  formula?: string;
  /** A cached result for a formula, or the value of a plain cell; a string stays a string. */
  value?: string | number | boolean | null;
  /** An error value (`#N/A`), for a plain cell. */
  error?: string;
  /** Cell format index (`s`). */
  style?: number;
}

/** The 0-based column of a cell reference (`AB12` → 27) without a regular expression; -1 when there is none. */
function columnOf(ref: string | null): number {
  if (!ref) return -1;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return i === 0 || i > 3 ? -1 : col - 1;
}

function rowNumber(row: Element, previous: number): number {
  const r = Number(row.getAttribute('r'));
  return Number.isInteger(r) && r > 0 ? r - 1 : previous + 1;
}

export class Worksheet {
  readonly root: Element;
  private rows: Map<number, Element> | null = null;
  /** 0-based indexes of the rows, ascending, for inserting new rows in order. */
  private rowOrder: number[] = [];
  /** Shared formulas' master text by `si`, for reading a follower's formula. */
  private sharedMasters: Map<string, string> | null = null;
  private bounds: CellRange | null = null;

  constructor(
    readonly doc: Document,
    private readonly strings: SharedStrings,
  ) {
    this.root = root(doc);
  }

  sheetData(): Element {
    return (
      child(this.root, 'sheetData') ?? insertInOrder(this.root, createLike(this.root, 'sheetData'), WORKSHEET_ORDER)
    );
  }

  private index(): Map<number, Element> {
    if (this.rows) return this.rows;
    this.rows = new Map();
    let previous = -1;
    for (const row of children(this.sheetData(), 'row')) {
      previous = rowNumber(row, previous);
      this.rows.set(previous, row);
    }
    this.rowOrder = [...this.rows.keys()].sort((a, b) => a - b);
    return this.rows;
  }

  row(r: number): Element | null {
    return this.index().get(r) ?? null;
  }

  /** The cell element at 0-based (row, col), or null when the file has none. */
  cell(r: number, c: number): Element | null {
    const row = this.row(r);
    if (!row) return null;
    let previous = -1;
    for (const n of row.childNodes) {
      if (!isElement(n) || n.localName !== 'c') continue;
      const known = columnOf(n.getAttribute('r'));
      const at = known >= 0 ? known : previous + 1;
      if (at === c) return n;
      if (at > c) return null;
      previous = at;
    }
    return null;
  }

  /** Whether the sheet is protected (`sheetProtection sheet="1"`). */
  isProtected(): boolean {
    const value = child(this.root, 'sheetProtection')?.getAttribute('sheet');
    return value === '1' || value === 'true';
  }

  /** The formula of a cell as stored (a shared formula's follower reads its master's text), or null. */
  formula(cell: Element | null): string | null {
    const f = cell && child(cell, 'f');
    if (!f) return null;
    const text = textOf(f);
    if (text || f.getAttribute('t') !== 'shared') return text;
    return this.masters().get(f.getAttribute('si') ?? '') ?? '';
  }

  private masters(): Map<string, string> {
    if (this.sharedMasters) return this.sharedMasters;
    this.sharedMasters = new Map();
    for (const f of this.root.getElementsByTagNameNS(this.root.namespaceURI ?? '', 'f')) {
      if (f.getAttribute('t') === 'shared' && f.hasAttribute('ref'))
        this.sharedMasters.set(f.getAttribute('si') ?? '', textOf(f));
    }
    return this.sharedMasters;
  }

  /** The text a cell shows as a value: its string, or its number or cached result as written. */
  text(cell: Element | null): string {
    if (!cell) return '';
    const type = cell.getAttribute('t') ?? 'n';
    if (type === 'inlineStr') {
      const is = child(cell, 'is');
      return is ? itemText(is) : '';
    }
    const v = child(cell, 'v');
    if (!v) return '';
    if (type === 's') return this.strings.get(Number(textOf(v)));
    return textOf(v);
  }

  /** Empty as ExcelJS reads it: no formula and no value, or an empty string. */
  isEmpty(cell: Element | null): boolean {
    if (!cell) return true;
    if (child(cell, 'f')) return false;
    if (!child(cell, 'v') && !child(cell, 'is')) return true;
    return this.text(cell) === '' && (cell.getAttribute('t') ?? 'n') !== 'n';
  }

  merges(): CellRange[] {
    const list = child(this.root, 'mergeCells');
    return (list ? children(list, 'mergeCell') : [])
      .map((m) => parseRange(m.getAttribute('ref') ?? ''))
      .filter((r): r is CellRange => r !== null);
  }

  /** The style index a new cell at (r, c) takes: the row's when it has one, else its column's. */
  inheritedStyle(r: number, c: number): number {
    const row = this.row(r);
    if (row && (row.getAttribute('customFormat') === '1' || row.getAttribute('customFormat') === 'true'))
      return Number(row.getAttribute('s') ?? 0);
    const cols = child(this.root, 'cols');
    for (const col of cols ? children(cols, 'col') : []) {
      const min = Number(col.getAttribute('min')) - 1;
      const max = Number(col.getAttribute('max')) - 1;
      if (c >= min && c <= max) return Number(col.getAttribute('style') ?? 0);
    }
    return 0;
  }

  /** The style index of the cell at (r, c), or what a new cell there would take. */
  styleAt(r: number, c: number): number {
    const cell = this.cell(r, c);
    return cell ? Number(cell.getAttribute('s') ?? 0) : this.inheritedStyle(r, c);
  }

  private ensureRow(r: number): Element {
    const index = this.index();
    const existing = index.get(r);
    if (existing) return existing;
    const data = this.sheetData();
    const row = createLike(data, 'row');
    row.setAttribute('r', String(r + 1));
    // The first row below r, by binary search over the ascending order.
    let lo = 0;
    let hi = this.rowOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowOrder[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    const next = lo < this.rowOrder.length ? (index.get(this.rowOrder[lo]) as Element) : null;
    data.insertBefore(row, next);
    this.rowOrder.splice(lo, 0, r);
    index.set(r, row);
    return row;
  }

  private ensureCell(r: number, c: number): Element {
    const row = this.ensureRow(r);
    let previous = -1;
    let before: Element | null = null;
    for (const n of row.childNodes) {
      if (!isElement(n) || n.localName !== 'c') continue;
      const ref = n.getAttribute('r');
      const known = columnOf(ref);
      const at = known >= 0 ? known : previous + 1;
      // A cell written without its address keeps the one its place implies before another is put before it.
      if (!ref) n.setAttribute('r', cellAddress(r, at));
      if (at === c) return n;
      if (at > c) {
        before = n;
        break;
      }
      previous = at;
    }
    const cell = createLike(row, 'c');
    cell.setAttribute('r', cellAddress(r, c));
    // Cells come before a row's extLst.
    row.insertBefore(cell, before ?? child(row, 'extLst'));
    const spans = row.getAttribute('spans');
    if (spans) {
      const [lo, hi] = spans.split(':').map(Number);
      if (c + 1 < lo || c + 1 > hi) row.setAttribute('spans', `${Math.min(lo, c + 1)}:${Math.max(hi, c + 1)}`);
    }
    this.grow(r, c);
    return cell;
  }

  private grow(r: number, c: number): void {
    const b = this.bounds;
    this.bounds = b
      ? {
          top: Math.min(b.top, r),
          left: Math.min(b.left, c),
          bottom: Math.max(b.bottom, r),
          right: Math.max(b.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }

  /** Writes one cell: its old formula and value go, the new ones and the style are set. */
  setCell(r: number, c: number, content: CellContent): { hadFormula: boolean } {
    const cell = this.ensureCell(r, c);
    const hadFormula = child(cell, 'f') !== null;
    for (const n of children(cell)) if (n.localName !== 'extLst') cell.removeChild(n);
    for (const name of ['t', 'cm', 'vm', 'ph']) cell.removeAttribute(name);
    if (content.style !== undefined) {
      if (content.style === 0) cell.removeAttribute('s');
      else cell.setAttribute('s', String(content.style));
    }
    const first = child(cell, 'extLst');
    const add = (name: string, text?: string): Element => {
      const el = createLike(cell, name);
      if (text !== undefined) el.appendChild(textNode(cell, text));
      cell.insertBefore(el, first);
      return el;
    };
    const { formula, value } = content;
    if (formula !== undefined) add('f', formula);
    if (content.error !== undefined) {
      cell.setAttribute('t', 'e');
      add('v', content.error);
      return { hadFormula };
    }
    if (value === null || value === undefined) return { hadFormula };
    if (typeof value === 'number') add('v', String(value));
    else if (typeof value === 'boolean') {
      cell.setAttribute('t', 'b');
      add('v', value ? '1' : '0');
    } else if (formula !== undefined) {
      cell.setAttribute('t', 'str');
      add('v', value);
    } else {
      cell.setAttribute('t', 'inlineStr');
      const is = add('is');
      const t = createLike(cell, 't');
      if (value !== value.trim()) t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
      t.appendChild(textNode(cell, value));
      is.appendChild(t);
    }
    return { hadFormula };
  }

  /** Widens `<dimension ref>` to the cells written, when the part has one. */
  finish(): void {
    const dimension = child(this.root, 'dimension');
    if (!dimension || !this.bounds) return;
    const ref = dimension.getAttribute('ref') ?? '';
    const old = parseRange(ref);
    const b = this.bounds;
    const next = old
      ? {
          top: Math.min(old.top, b.top),
          left: Math.min(old.left, b.left),
          bottom: Math.max(old.bottom, b.bottom),
          right: Math.max(old.right, b.right),
        }
      : b;
    const text = `${cellAddress(next.top, next.left)}:${cellAddress(next.bottom, next.right)}`;
    if (
      !old ||
      old.top !== next.top ||
      old.left !== next.left ||
      old.bottom !== next.bottom ||
      old.right !== next.right
    )
      dimension.setAttribute('ref', text);
  }
}
