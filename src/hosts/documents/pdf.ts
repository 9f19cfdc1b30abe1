/**
 * PDF with a text layer, read through Mozilla's pdf.js: each page's text pieces are laid out again
 * as lines (as `pdftotext -layout` does), columns kept apart by runs of spaces so the drafter finds
 * tables, and a sentence wrapped at the right margin joined again. A scanned PDF (pages that are
 * images) has no text to read: that is said plainly, never guessed at.
 */
import { documentFromText, type ResolutionDocument } from '../../core/draft/document';
import { DocumentError } from './errors';
import { gridsOf, rulesOf, type OperatorList, type PdfOperators, type RuledGrid } from './pdf-rules';

/** The part of a text piece pdf.js gives that the layout needs. */
export interface PdfTextPiece {
  readonly str: string;
  /** The text matrix [a, b, c, d, x, y]: the font size is |(c, d)|, the baseline is at (x, y). */
  readonly transform: readonly number[];
  readonly width: number;
}

interface PdfPage {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
}

interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

/** The part of pdf.js this reader uses, so that Node and the browser can each load it their way. */
export interface PdfLibrary {
  readonly OPS: PdfOperators;
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument> };
}

export type PdfLibraryLoader = () => Promise<PdfLibrary>;

/** In Node (the CLI) and in a bundle that gives pdf.js a worker of its own. */
export const loadPdfLibrary: PdfLibraryLoader = async () =>
  (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfLibrary;

function isTextPiece(item: unknown): item is PdfTextPiece {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** A run of text on a line with no column gap in it. */
interface Segment {
  readonly left: number;
  readonly right: number;
  readonly text: string;
}

interface Line {
  readonly y: number;
  readonly size: number;
  /** The pieces as pdf.js gave them: in a table, each cell's text is a piece of its own. */
  readonly pieces: readonly Segment[];
  readonly segments: readonly Segment[];
}

/** A gap wider than this many font sizes separates columns; narrower than the second, nothing. */
const COLUMN_GAP = 1.5;
const WORD_GAP = 0.12;

function fontSize(piece: PdfTextPiece): number {
  return Math.hypot(piece.transform[2], piece.transform[3]) || 10;
}

function layLine(pieces: readonly PdfTextPiece[]): Line {
  const sorted = [...pieces].sort((a, b) => a.transform[4] - b.transform[4]);
  const size = Math.max(...sorted.map(fontSize));
  const segments: Segment[] = [];
  let text = '';
  let left = sorted[0].transform[4];
  let end = left;
  for (const piece of sorted) {
    const x = piece.transform[4];
    const gap = x - end;
    if (text && gap > COLUMN_GAP * size) {
      segments.push({ left, right: end, text: text.trim() });
      text = '';
      left = x;
    } else if (text && gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    end = Math.max(end, x + piece.width);
  }
  segments.push({ left, right: end, text: text.trim() });
  const laid = sorted.map((p) => ({ left: p.transform[4], right: p.transform[4] + p.width, text: p.str.trim() }));
  return { y: sorted[0].transform[5], size, pieces: laid, segments };
}

/** The page's pieces as lines, top to bottom: pieces whose baselines lie within half a font size share a line. */
function pageLines(pieces: readonly PdfTextPiece[]): Line[] {
  const sorted = pieces
    .filter((p) => p.str.trim() !== '')
    .sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
  const lines: Line[] = [];
  let current: PdfTextPiece[] = [];
  for (const piece of sorted) {
    const first = current[0];
    if (first && Math.abs(first.transform[5] - piece.transform[5]) > 0.5 * fontSize(first)) {
      lines.push(layLine(current));
      current = [];
    }
    current.push(piece);
  }
  if (current.length) lines.push(layLine(current));
  return lines;
}

const left = (line: Line): number => line.segments[0].left;
const right = (line: Line): number => line.segments[line.segments.length - 1].right;
const isColumned = (line: Line): boolean => line.segments.length >= 3;

/** Lines that follow each other closely enough to be one block: a paragraph's lines, or a table's across a cell's padding. */
const close = (upper: Line, lower: Line, sizes = 2.2): boolean =>
  upper.y - lower.y < sizes * Math.max(upper.size, lower.size);

/**
 * A table's lines: from a row of three or more columns on, with the short lines of cells that wrap
 * above and below it, while the lines stay close and the text stays inside the columns' span.
 */
function tableExtent(lines: readonly Line[], at: number): { from: number; to: number } | null {
  if (!isColumned(lines[at])) return null;
  const span = { left: left(lines[at]) - lines[at].size, right: right(lines[at]) + lines[at].size };
  const inside = (line: Line): boolean => left(line) >= span.left && right(line) <= span.right;
  const satellite = (line: Line): boolean => inside(line) && left(line) > span.left + 2 * line.size;
  let from = at;
  while (from > 0 && close(lines[from - 1], lines[from]) && satellite(lines[from - 1])) from--;
  let to = at;
  let lastColumned = at;
  while (
    to + 1 < lines.length &&
    close(lines[to], lines[to + 1], 3) &&
    (isColumned(lines[to + 1]) || inside(lines[to + 1]))
  ) {
    to++;
    if (isColumned(lines[to])) lastColumned = to;
  }
  // Lines after the last full row are its wrapped cells only while they sit inside a column, not at the margin.
  while (to > lastColumned && !(satellite(lines[to]) && close(lines[to - 1], lines[to], 1.5))) to--;
  return lines.slice(from, to + 1).filter(isColumned).length >= 2 ? { from, to } : null;
}

/** Columns: the x intervals the table's pieces cover, joined where they overlap or only a word space parts them. */
function columnsOf(lines: readonly Line[]): { left: number; right: number }[] {
  const spans = lines.flatMap((l) => l.pieces).sort((a, b) => a.left - b.left);
  const space = 0.4 * Math.min(...lines.map((l) => l.size));
  const columns: { left: number; right: number }[] = [];
  for (const s of spans) {
    const last = columns[columns.length - 1];
    if (last && s.left <= last.right + space) last.right = Math.max(last.right, s.right);
    else columns.push({ left: s.left, right: s.right });
  }
  return columns;
}

/**
 * A table's lines as rows of cells, written tab-separated for the drafter. Rows are told apart by
 * the wider gap a cell's padding leaves between them; without one, each line is a row.
 */
function tableRows(lines: readonly Line[]): string[] {
  const columns = columnsOf(lines);
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y);
  const typical = [...gaps].sort((a, b) => a - b)[0] ?? 0;
  const rows: Line[][] = [[lines[0]]];
  lines.slice(1).forEach((line, i) => {
    if (gaps[i] > typical * 1.25) rows.push([line]);
    else rows[rows.length - 1].push(line);
  });
  return rows.map((row) => {
    const cells = columns.map(() => [] as string[]);
    for (const line of row)
      for (const piece of line.pieces) {
        const column = columns.findIndex((c) => piece.left >= c.left - 0.01 && piece.left <= c.right);
        cells[Math.max(0, column)].push(piece.text);
      }
    return cells.map((c) => c.join(' ')).join('\t');
  });
}

/** The value met most often, to half a point (the smaller on a tie); Infinity when there is none. */
function commonest(gaps: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g * 2) / 2, (counts.get(Math.round(g * 2) / 2) ?? 0) + 1);
  let best = Infinity;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}

/** About how wide the line's first word is: a wrapped line's first word did not fit on the line before. */
function firstWordWidth(line: Line): number {
  const text = line.segments[0].text;
  const word = text.split(/\s/)[0];
  return ((right(line) - left(line)) * word.length) / Math.max(1, text.length);
}

const LIST_MARK = /^(?:[-+•*–]|\(?\d+(?:\.\d+)*[.)]|\([a-zđ]\)|[a-zđ]\)|[IVX]+\.)\s/i;

/**
 * The page as text lines: tables as tab-separated rows; a line of prose that runs to the right
 * margin goes on in the next when that one starts at the left margin in the same size and is no new
 * item (the page's wrap, not the writer's).
 */
function pageText(lines: readonly Line[], grids: readonly RuledGrid[]): string[] {
  const prose = lines.filter((l) => l.segments.length === 1);
  const margin = prose.length ? Math.max(...prose.map(right)) : Infinity;
  const leftMargin = prose.length ? Math.min(...prose.map(left)) : 0;
  const reachesMargin = (upper: Line, lower: Line): boolean =>
    upper.segments.length === 1 &&
    lower.segments.length === 1 &&
    right(upper) + firstWordWidth(lower) >= margin - 0.5 * upper.size;
  // The line pitch inside paragraphs: the commonest gap below a line that runs to the margin (a
  // title as wide as the text, set apart by paragraph spacing, is not wrapped into what follows).
  const pitch = commonest(lines.slice(1).flatMap((l, i) => (reachesMargin(lines[i], l) ? [lines[i].y - l.y] : [])));
  const out: string[] = [];
  let previous: Line | null = null;
  const written = new Set<RuledGrid>();
  for (let i = 0; i < lines.length; i++) {
    const grid = grids.find((g) => inGrid(lines[i], g));
    if (grid) {
      if (!written.has(grid))
        out.push(
          ...gridRows(
            lines.filter((l) => inGrid(l, grid)),
            grid,
          ),
        );
      written.add(grid);
      previous = null;
      continue;
    }
    const table = tableExtent(lines, i);
    if (table) {
      if (out.length && previous && table.from < i) {
        // Lines taken back into the table were written out as prose a moment ago.
        out.splice(out.length - (i - table.from), i - table.from);
      }
      out.push(...tableRows(lines.slice(table.from, table.to + 1)));
      i = table.to;
      previous = null;
      continue;
    }
    const line = lines[i];
    const wraps =
      previous !== null &&
      line.segments.length === 1 &&
      reachesMargin(previous, line) &&
      Math.abs(line.size - previous.size) < 0.5 &&
      left(line) <= leftMargin + 0.5 * line.size &&
      previous.y - line.y <= pitch * 1.1 &&
      !LIST_MARK.test(line.segments[0].text);
    const text = line.segments.map((s) => s.text).join('   ');
    if (wraps) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else out.push(text);
    previous = line.segments.length === 1 ? line : null;
  }
  return out;
}

/** Whether a line lies inside a ruled table: between its top and bottom borders, within its outer columns. */
function inGrid(line: Line, grid: RuledGrid): boolean {
  const columns = grid.columns;
  return (
    line.y < grid.rows[0] &&
    line.y > grid.rows[grid.rows.length - 1] &&
    left(line) >= columns[0] - 2 &&
    right(line) <= columns[columns.length - 1] + 2
  );
}

/**
 * A piece pdf.js gave across a column border (`STT Chỉ tiêu`, two cells' words in one run): cut at the
 * space nearest where the border falls, its width shared by the characters.
 */
function splitAtBorders(piece: Segment, columns: readonly number[]): Segment[] {
  const border = columns.find((x) => x > piece.left + 1 && x < piece.right - 1);
  if (border === undefined) return [piece];
  const at = Math.round(((border - piece.left) / (piece.right - piece.left)) * piece.text.length);
  const spaces = [...piece.text.matchAll(/\s+/g)].map((m) => m.index);
  if (!spaces.length) return [piece];
  const cut = spaces.reduce((best, i) => (Math.abs(i - at) < Math.abs(best - at) ? i : best));
  const head = piece.text.slice(0, cut).trim();
  const tail = piece.text.slice(cut).trim();
  if (!head || !tail) return [piece];
  return [
    { left: piece.left, right: border, text: head },
    ...splitAtBorders({ left: border, right: piece.right, text: tail }, columns),
  ];
}

/** A ruled table's text as rows of cells (tab-separated): each piece in the row and column its borders enclose. */
function gridRows(lines: readonly Line[], grid: RuledGrid): string[] {
  const rows: string[] = [];
  for (let r = 0; r + 1 < grid.rows.length; r++) {
    const [top, bottom] = [grid.rows[r], grid.rows[r + 1]];
    const cells = grid.columns.slice(1).map(() => [] as string[]);
    for (const line of lines) {
      if (line.y >= top || line.y <= bottom) continue;
      for (const piece of line.pieces.flatMap((p) => splitAtBorders(p, grid.columns))) {
        const centre = (piece.left + piece.right) / 2;
        const column = grid.columns.findIndex(
          (x, c) => c + 1 < grid.columns.length && centre >= x && centre < grid.columns[c + 1],
        );
        if (column >= 0 && piece.text) cells[column].push(piece.text);
      }
    }
    if (cells.some((c) => c.length)) rows.push(cells.map((c) => c.join(' ')).join('\t'));
  }
  return rows;
}

/** A page's number alone on its first or last line (`5`, `- 5 -`, `Trang 5`), which would part a table running on. */
function withoutPageNumber(lines: string[]): string[] {
  const isNumber = (line: string | undefined): boolean =>
    line !== undefined && /^(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?$/iu.test(line.trim());
  let from = 0;
  let to = lines.length;
  if (isNumber(lines[0])) from++;
  if (to > from && isNumber(lines[to - 1])) to--;
  return lines.slice(from, to);
}

/** The text of a PDF, page after page, as lines; empty when no page has text. */
export async function pdfText(bytes: Uint8Array, library: PdfLibrary): Promise<string> {
  let doc: PdfDocument;
  try {
    // pdf.js takes the buffer over; the caller's bytes stay the caller's.
    doc = await library.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentError('not-pdf', error instanceof Error ? error.message : String(error));
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const grids = gridsOf(rulesOf(await page.getOperatorList(), library.OPS));
      pages.push(withoutPageNumber(pageText(pageLines(content.items.filter(isTextPiece)), grids)).join('\n'));
    }
    return pages.filter((p) => p.trim()).join('\n');
  } finally {
    await doc.destroy();
  }
}

export async function readPdf(
  bytes: Uint8Array,
  library: PdfLibraryLoader = loadPdfLibrary,
): Promise<ResolutionDocument> {
  const text = await pdfText(bytes, await library());
  if (!text.trim()) throw new DocumentError('pdf-no-text');
  return documentFromText(text);
}
