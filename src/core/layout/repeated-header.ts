/**
 * A header printed again after a page break (`Trang 1/2`, then the same header, often its row of
 * column numbers too) continues the table above it: it is no new table, and its rows are no data.
 */
import { headerTexts } from './header-rows';
import type { SheetView } from '../sheet-view';

export interface HeaderBlock {
  /** First header row (upper rows included). */
  top: number;
  /** The row that names the roles. */
  anchor: number;
  /** Last header row (a row of column numbers under the anchor included). */
  bottom: number;
}

/** A page mark left by a printed or exported report: `Trang 2`, `Trang 1/2`, `Page 2 of 3`, `- 2 -`, `2/3`. */
const PAGE_MARK = /^(?:(?:trang|tr\.|page|p\.)\s*\d+(?:\s*(?:\/|of|trên|tren)\s*\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;

export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(text.trim());
}

function rowTexts(view: SheetView, row: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const t = view.text(row, c);
    if (t) out.push(t);
  }
  return out;
}

/** A number typed as text, made once for the cells it reads (a literal is a new object on every call). */
const NUMBER_TEXT = /^[+-]?\d[\d.,\s]*%?$/;

/** A row holding a number, or a number typed as text (`1.152,1`, `95%`). */
function holdsNumber(view: SheetView, row: number): boolean {
  for (let c = 0; c < view.colCount; c++) {
    const v = view.value(row, c);
    if (typeof v === 'number' || (typeof v === 'string' && NUMBER_TEXT.test(v.trim()))) return true;
  }
  return false;
}

/**
 * Whether the header `block` repeats `previous`: the same text over every column, and above it,
 * past blank rows and page marks, a row of the table above (one holding a number), not a title.
 */
function repeats(view: SheetView, previous: HeaderBlock, block: HeaderBlock): boolean {
  if (block.anchor - block.top !== previous.anchor - previous.top) return false;
  const before = headerTexts(view, previous.top, previous.anchor);
  const now = headerTexts(view, block.top, block.anchor);
  if (before.length !== now.length || before.some((t, c) => t !== now[c])) return false;
  for (let r = block.top - 1; r > previous.bottom; r--) {
    const texts = rowTexts(view, r);
    if (texts.length === 0 || texts.every(isPageMark)) continue;
    return holdsNumber(view, r);
  }
  return false;
}

/** The headers that start tables, and the rows of the headers that only continue one. */
export function continuedTables(
  view: SheetView,
  blocks: HeaderBlock[],
): { kept: HeaderBlock[]; repeatedRows: ReadonlySet<number> } {
  const kept: HeaderBlock[] = [];
  const repeatedRows = new Set<number>();
  for (const block of blocks) {
    const previous = kept[kept.length - 1];
    if (previous && repeats(view, previous, block)) {
      for (let r = block.top; r <= block.bottom; r++) repeatedRows.add(r);
    } else kept.push(block);
  }
  return { kept, repeatedRows };
}
