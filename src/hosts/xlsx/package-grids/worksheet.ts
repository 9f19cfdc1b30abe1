/**
 * One worksheet part → a SheetGrid, scanned as text (no DOM): cells with their cached values, number
 * formats, formulas (shared ones as each cell holds them) and fonts; merged ranges with the cells
 * they cover dropped; protection; tables. Values read as ExcelJS gave them to chitieu before
 * (src/hosts/xlsx/read.ts kept its rules), down to the length of each row.
 */
import { encodingOfFont } from '../../../core/legacy-encoding';
import type { CellRange, CellValue, SheetGrid } from '../../../core/types';
import { parseRange } from '../../../core/a1';
import { linksOf } from './relationships';
import type { PackageParts } from './parts';
import type { SharedString } from './shared-strings';
import { Runs } from './shared-strings';
import { slideFormula } from './shared-formulas';
import type { CellStyle } from './styles';
import { decodeNamedAgain, END, OPEN, TEXT, XmlScanner } from './xml-scan';

export interface SheetContext {
  strings: SharedString[];
  styles: CellStyle[];
  date1904: boolean;
}

/** A number format that shows a date or time: letters of one outside quotes and brackets (ExcelJS's test). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const DAY_MS = 24 * 3600 * 1000;

/** A serial date as `yyyy-mm-dd`; null when it is no date (ExcelJS failed there). */
export function serialDate(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** What comes after the cells: merged ranges, hyperlinked cells, protection, table parts. */
interface Tail {
  merges: CellRange[];
  hyperlinks: Set<string>;
  protected: boolean;
  tableIds: string[];
}

/** Where the cells end: the `<` of `</sheetData>` (or of a `<sheetData/>`); -1 when the part has none. */
function sheetDataEnd(xml: string): number {
  for (let at = xml.lastIndexOf('sheetData'); at > 0; at = xml.lastIndexOf('sheetData', at - 1)) {
    const lt = xml.lastIndexOf('<', at);
    if (lt >= 0 && /^<\/?(?:[\w.-]+:)?$/.test(xml.slice(lt, at))) return lt;
  }
  return -1;
}

function readTail(xml: string, from: number): Tail {
  const tail: Tail = { merges: [], hyperlinks: new Set(), protected: false, tableIds: [] };
  const s = new XmlScanner(xml, from);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    switch (s.tag()) {
      case 'mergeCell': {
        const range = parseRange(s.attr('ref') ?? '');
        if (range) tail.merges.push(range);
        break;
      }
      case 'hyperlink': {
        // Only links to elsewhere (with a relationship) made a cell a hyperlink in ExcelJS.
        const ref = s.attr('ref');
        if (ref && s.prefixedAttr('id')) tail.hyperlinks.add(ref);
        break;
      }
      case 'sheetProtection':
        tail.protected = s.attr('sheet') === '1';
        break;
      case 'tablePart': {
        const id = s.prefixedAttr('id');
        if (id) tail.tableIds.push(id);
        break;
      }
    }
  }
  return tail;
}

function tablesOf(parts: PackageParts, part: string, ids: string[]): { name: string; range: CellRange }[] {
  if (!ids.length) return [];
  const links = linksOf(parts, part);
  // By name, as ExcelJS kept them: a second table of the same name takes the first one's place.
  const byName = new Map<string, { name: string; range: CellRange } | null>();
  for (const id of ids) {
    const tablePart = links.get(id)?.part;
    const xml = tablePart ? parts.text(tablePart) : undefined;
    if (!xml) continue;
    const s = new XmlScanner(xml);
    let t = s.next();
    while (t !== END && !(t === OPEN && s.tag() === 'table')) t = s.next();
    if (t === END) continue;
    const name = s.attr('name');
    const range = decodeTableRef(s.attr('ref'));
    byName.set(String(name), range ? { name: name ?? '', range } : null);
  }
  return [...byName.values()].filter((t): t is { name: string; range: CellRange } => t !== null);
}

function decodeTableRef(ref: string | undefined): CellRange | null {
  return ref && /^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/.test(ref) ? parseRange(ref) : null;
}

/** Cell types (`t`): a number for any other. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;

interface CellTag {
  /** Where `r` is in the text (empty when the cell has none). */
  refStart: number;
  refEnd: number;
  /** 0-based column from `r`; -1 without one. */
  col: number;
  /** `s` as ExcelJS read it (parseInt); 0 for none. */
  style: number;
  type: number;
}

function typeCode(xml: string, start: number, end: number): number {
  const length = end - start;
  if (length === 1) {
    const code = xml.charCodeAt(start);
    return code === 115 ? T_SHARED : code === 98 ? T_BOOLEAN : code === 101 ? T_ERROR : T_NUMBER;
  }
  if (length === 3 && xml.startsWith('str', start)) return T_STR;
  if (length === 9 && xml.startsWith('inlineStr', start)) return T_INLINE;
  return T_NUMBER;
}

/** `r`, `s` and `t` of a `<c>` tag in one pass over its attributes (the hot path of reading a sheet). */
function readCellTag(xml: string, start: number, end: number, tag: CellTag): void {
  tag.refStart = tag.refEnd = 0;
  tag.col = -1;
  tag.style = 0;
  tag.type = T_NUMBER;
  let i = start;
  while (i < end) {
    let code = xml.charCodeAt(i);
    while (code === 32 || code === 9 || code === 10 || code === 13) code = xml.charCodeAt(++i);
    if (i >= end) return;
    const nameStart = i;
    while (i < end && code !== 61 /* = */ && code !== 32 && code !== 9 && code !== 10 && code !== 13)
      code = xml.charCodeAt(++i);
    const nameLength = i - nameStart;
    while (i < end && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    if (i >= end) return;
    const quote = xml.charCodeAt(i);
    const valueStart = i + 1;
    let valueEnd = valueStart;
    while (valueEnd < end && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
    i = valueEnd + 1;
    if (nameLength !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    if (name === 114 /* r */) {
      tag.refStart = valueStart;
      tag.refEnd = valueEnd;
      let col = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const c = xml.charCodeAt(k);
        if (c >= 65 && c <= 90) col = col * 26 + c - 64;
        else if (c >= 48 && c <= 57) break;
      }
      tag.col = col - 1;
    } else if (name === 115 /* s */) {
      // parseInt: leading spaces, then digits; none is no style.
      let k = valueStart;
      while (k < valueEnd && xml.charCodeAt(k) === 32) k++;
      let n = 0;
      for (; k < valueEnd; k++) {
        const c = xml.charCodeAt(k);
        if (c < 48 || c > 57) break;
        n = n * 10 + c - 48;
      }
      tag.style = n;
    } else if (name === 116 /* t */) tag.type = typeCode(xml, valueStart, valueEnd);
  }
}

const NO_FORMULA = 0;
const FORMULA_TEXT = 1;
const VALUE_TEXT = 2;

/** Sets `row[c]`, filling the cells before it that were never set with null. */
function put<T>(row: (T | null)[], c: number, value: T | null): void {
  while (row.length < c) row.push(null);
  row[c] = value;
}

export function readWorksheet(
  parts: PackageParts,
  part: string,
  name: string,
  hidden: boolean,
  ctx: SheetContext,
): SheetGrid {
  const xml = parts.text(part) ?? '';
  const end = sheetDataEnd(xml);
  const tail = readTail(xml, end < 0 ? 0 : end);

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  let anyFont = false;
  const fontsSeen = new Map<string, boolean>();

  const covered = new Set<number>();
  let lastMergeRow = -1;
  for (const m of tail.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    // ExcelJS kept a row for every row a merge covers, so the grid reaches its bottom.
    lastMergeRow = Math.max(lastMergeRow, m.bottom);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16384 + c);
    }
  }
  const anyCovered = covered.size > 0;
  const hyperlinks = tail.hyperlinks.size ? tail.hyperlinks : null;
  /** Shared formulas by `si`: the master's address and text. */
  const masters = new Map<string, { ref: string; formula: string | undefined }>();
  const { strings, styles, date1904 } = ctx;

  if (end >= 0) {
    const s = new XmlScanner(xml, 0, end);
    const tag: CellTag = { refStart: 0, refEnd: 0, col: -1, style: 0, type: T_NUMBER };
    let rowIndex = -1;
    let highestRow = -1;
    let col = -1;
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t !== OPEN) continue;
      if (s.tag() === 'row') {
        const r = s.attr('r');
        rowIndex = r ? parseInt(r, 10) - 1 : rowIndex + 1;
        col = -1;
        if (rowIndex <= highestRow && values[rowIndex] !== undefined) {
          // A row written twice: ExcelJS kept the last one.
          values[rowIndex] = [];
          numberFormats[rowIndex] = [];
          formulas[rowIndex] = [];
          fonts[rowIndex] = [];
        }
        highestRow = Math.max(highestRow, rowIndex);
        continue;
      }
      if (s.tag() !== 'c') continue;

      // ---- one cell: its attributes, then its content up to </c>
      readCellTag(xml, s.attrStart, s.attrEnd, tag);
      col = tag.col >= 0 ? tag.col : col + 1;
      const ref = tag.refEnd > tag.refStart ? xml.slice(tag.refStart, tag.refEnd) : undefined;
      const styleId = tag.style;
      const type = tag.type;
      let fText: string | undefined;
      let fShare: string | undefined;
      let fRef: string | undefined;
      let fSi: string | undefined;
      let vText: string | undefined;
      let runs: Runs | null = null;
      if (!s.selfClosing) {
        let capture = NO_FORMULA;
        for (t = s.next(); t !== END; t = s.next()) {
          if (runs !== null && runs.active) {
            runs.take(s, t);
            continue;
          }
          if (t === TEXT) {
            if (capture === VALUE_TEXT) {
              // Text after rich text runs was lost to ExcelJS.
              if (runs === null) vText = vText ? vText + s.text() : s.text();
            } else if (capture === FORMULA_TEXT) fText = fText ? fText + s.text() : s.text();
          } else if (t === OPEN) {
            switch (s.tag()) {
              case 'v':
              case 't':
                if (!s.selfClosing) capture = VALUE_TEXT;
                break;
              case 'f':
                fShare = s.attr('t');
                fRef = s.attr('ref');
                fSi = s.attr('si');
                if (!s.selfClosing) capture = FORMULA_TEXT;
                break;
              case 'r':
                runs ??= new Runs();
                runs.take(s, t);
                break;
            }
          } else if (s.tag() === 'c') break;
          else capture = NO_FORMULA;
        }
      }

      // ---- the cell's value as ExcelJS read it
      const style = styleId ? styles[styleId] : undefined;
      const hyperlink = hyperlinks !== null && ref !== undefined && hyperlinks.has(ref);
      let value: CellValue = null;
      let formula: string | null = null;
      let richFont: string | null = null;
      if (fText || fShare) {
        let result: unknown;
        if (vText) {
          if (type === T_STR) result = decodeNamedAgain(vText);
          else if (type === T_BOOLEAN) result = parseInt(vText, 10) !== 0;
          else if (type === T_ERROR) result = { error: vText };
          else result = parseFloat(vText);
        }
        let f = fText || undefined;
        let slave = false;
        if (fShare === 'shared') {
          if (fRef) masters.set(String(fSi), { ref: ref ?? '', formula: fText || undefined });
          else {
            const master = masters.get(String(fSi));
            if (master) {
              slave = true;
              if (!f && master.formula && ref) f = slideFormula(master.formula, master.ref, ref);
            }
          }
        }
        let dated = false;
        if (result !== undefined && isDateFormat(style?.numFmt)) {
          const iso = serialDate(typeof result === 'object' ? NaN : Number(result), date1904);
          if (iso !== null) {
            result = iso;
            dated = true;
          }
        }
        if (hyperlink) value = typeof result === 'string' && !dated ? result : null;
        else if (f || (slave && (dated || result))) {
          formula = f ? f.replace(/^=/, '') : null;
          value = plainResult(result);
        }
      } else if (vText !== undefined || runs !== null) {
        let rich = false;
        let dated = false;
        switch (type) {
          case T_SHARED: {
            const item = vText === undefined ? undefined : strings[parseInt(vText, 10)];
            value = item ? item.text : null;
            rich = item ? item.rich : false;
            richFont = item ? item.font : null;
            break;
          }
          case T_STR:
            value = vText === undefined ? null : decodeNamedAgain(vText);
            break;
          case T_INLINE:
            if (runs !== null) {
              value = runs.texts.join('');
              rich = true;
              richFont = runs.font;
            } else value = vText ?? null;
            break;
          case T_BOOLEAN:
            value = vText === undefined ? null : parseInt(vText, 10) !== 0;
            break;
          case T_ERROR:
            value = vText === undefined ? null : { error: vText };
            break;
          default: {
            const n = vText === undefined ? NaN : parseFloat(vText);
            if (isDateFormat(style?.numFmt)) {
              value = serialDate(n, date1904);
              dated = true;
            } else value = Number.isFinite(n) ? n : null;
          }
        }
        if (hyperlink) value = typeof value === 'string' && !rich && !dated ? value : null;
      } else if (!hyperlink) continue;
      if (hyperlink) richFont = null;

      // ---- into the grid
      if (rowIndex < 0 || col < 0) continue;
      if (anyCovered && covered.has(rowIndex * 16384 + col)) {
        values[rowIndex] ??= [];
        continue;
      }
      const rowValues = (values[rowIndex] ??= []);
      put(rowValues, col, value);
      put((numberFormats[rowIndex] ??= []), col, style?.numFmt ?? null);
      put((formulas[rowIndex] ??= []), col, formula);
      const rowFonts = (fonts[rowIndex] ??= []);
      if (typeof value === 'string') {
        const font = richFont || style?.font || null;
        put(rowFonts, col, font);
        if (!anyFont && font !== null) {
          let legacy = fontsSeen.get(font);
          if (legacy === undefined) fontsSeen.set(font, (legacy = encodingOfFont(font) !== null));
          // Only a legacy font tells anything: a Unicode workbook's grid stays as the Excel host reads it.
          anyFont = legacy;
        }
      }
    }
  }

  const rows = Math.max(values.length, lastMergeRow + 1);
  for (let r = 0; r < rows; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
    fonts[r] ??= [];
  }
  return {
    name,
    values,
    numberFormats,
    formulas,
    merges: tail.merges,
    tables: tablesOf(parts, part, tail.tableIds),
    protected: tail.protected,
    hidden,
    ...(anyFont ? { fonts } : {}),
  };
}

/** A formula's cached result as a grid value. */
function plainResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  return { error: String((result as { error: string }).error) };
}
