/**
 * Header rows: which rows of a sheet read as a table's header, the rows above and below that belong
 * to it (a year over `KH | TH`, a row of years, a row of column numbers), and what each column's
 * header cells say it holds.
 */
import { classifyHeader, type HeaderInfo, isItemListHeader } from '../headers';
import { cellText, type SheetView } from '../sheet-view';
import { fold } from '../text';

/** A header cell says what its column holds in a few words; longer text is a title or a note. */
const MAX_HEADER_TEXT = 80;
/** Cells of a row above the header (`Năm 2023`, `So sánh (%)`) are shorter still. */
const MAX_UPPER_HEADER_TEXT = 40;
/** A merge this wide across the sheet is a title, not a header group. */
const TITLE_SPAN_COLUMNS = 3;
/**
 * A year (`2023`, `Năm 2023`, folded) and a column's number (`(1)`, `A`, `3=2/1`), made once for the cells
 * they read: a regular expression literal in a function is a new object on every call.
 */
const YEAR_TEXT = /^(?:nam\s*)?(?:19|20)\d\d$/;
const COLUMN_NUMBER = /^\(?[A-Za-z0-9]{1,2}\)?(?:\s*[=*/+-]\s*\(?[A-Za-z0-9]{1,2}\)?)*$/;

export function isYearNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** A number typed as text (`96,9`, `1.152`, `15%`) that is not a year: a value, so not a header cell. */
function isNumberText(text: string): boolean {
  return /^[+-]?\d[\d.,\s]*%?$/.test(text) && !/^(?:19|20)\d\d$/.test(text);
}

/** A cell a header row cannot hold: a number or a number typed as text (a year aside). */
function isValueCell(view: SheetView, v: unknown, text: string): boolean {
  if (typeof v === 'number') return !isYearNumber(v);
  return text !== '' && view.memo.get(isNumberText, text);
}

/** Whether a row reads as a header row with at least a plan or actual column. */
export function looksLikeHeaderRow(view: SheetView, row: number): boolean {
  let valueRoles = 0;
  let known = 0;
  // A heading merged across the table (`Overall goal` over every column) says one thing, however many
  // cells show it: a header names several columns.
  let firstText: string | null = null;
  let severalTexts = false;
  // A number is looked for first, as it is found on every data row and asks for no text to be read.
  for (let c = 0; c < view.colCount; c++) {
    const v = view.shown(row, c);
    if (typeof v === 'number' && !isYearNumber(v)) return false;
  }
  for (let c = 0; c < view.colCount; c++) {
    const v = view.shown(row, c);
    const text = cellText(v);
    if (isValueCell(view, v, text)) return false;
    if (!text) continue;
    if (firstText === null) firstText = text;
    if (text !== firstText) severalTexts = true;
    if (text.length > MAX_HEADER_TEXT || view.memo.get(isItemListHeader, text)) return false;
    const info = view.memo.get(classifyHeader, text);
    if (info.kind === 'plan' || info.kind === 'actual' || info.kind === 'previous') valueRoles++;
    if (info.kind !== 'unknown') known++;
  }
  return valueRoles >= 1 && known >= 2 && severalTexts;
}

/** A header-like row above a header row (`Năm 2023` over `Kế hoạch | Thực hiện`), not a title or a unit note. */
export function isUpperHeaderRow(view: SheetView, row: number, below: number): boolean {
  let evidence = false;
  for (let c = 0; c < view.colCount; c++) {
    const v = view.shown(row, c);
    if (typeof v === 'number' && !isYearNumber(v)) return false;
    const text = cellText(v);
    if (!text) continue;
    if (text.length > MAX_UPPER_HEADER_TEXT || text.includes(':')) return false;
    const merge = view.mergeAt(row, c);
    if (merge && merge.right - merge.left + 1 >= Math.max(TITLE_SPAN_COLUMNS, view.colCount - 1)) return false;
    if (merge && merge.top <= row && merge.bottom >= below) evidence = true;
    const info = view.memo.get(classifyHeader, text);
    if (info.kind !== 'unknown' || info.year !== null) evidence = true;
  }
  return evidence;
}

/** A row of years under merged headers (`Kế hoạch` over `2023 | 2024`), as numbers or as `Năm 2023`. */
export function isYearSubHeaderRow(view: SheetView, row: number): boolean {
  let years = 0;
  let underSpan = false;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(row, c);
    if (merge && merge.top < row) continue;
    const v = view.value(row, c);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (!(isYearNumber(v) || (typeof v === 'string' && YEAR_TEXT.test(fold(v))))) return false;
    years++;
    const above = row > 0 ? view.mergeAt(row - 1, c) : null;
    if (above && above.right > above.left) underSpan = true;
  }
  return years >= 2 && underSpan;
}

/**
 * A row of sub-headers under header groups (`Dự toán năm` merged over `Tổng thu NSNN | Thu NSX`):
 * short texts, each under a merge spanning several columns or continuing a merge from above.
 */
export function isGroupSubHeaderRow(view: SheetView, row: number): boolean {
  if (row === 0) return false;
  let underSpan = 0;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(row, c);
    if (merge && merge.top < row) continue;
    const v = view.shown(row, c);
    const text = cellText(v);
    if (!text) continue;
    if (isValueCell(view, v, text) || text.length > MAX_UPPER_HEADER_TEXT) return false;
    const above = view.mergeAt(row - 1, c);
    if (!above || above.right === above.left) return false;
    underSpan++;
  }
  return underSpan >= 2;
}

/**
 * The last line of a header split over unmerged rows (a sheet converted from PDF: `Dự toán` /
 * `HĐND xã giao` / `năm 2024`, `So sánh` / `ƯTH/DT` / `(%)`): short texts, each below a header cell
 * of its column and each saying something of a header (a year, a role, a ratio's `(%)`), no value,
 * at least two of them; a cell merged down from the header above is part of it. A heading row has a number or words no header has (`I | Lĩnh vực kinh tế`).
 */
export function isHeaderTailRow(view: SheetView, row: number): boolean {
  if (row === 0) return false;
  let cells = 0;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(row, c);
    // A header cell merged down through this row (`STT`, `Chỉ tiêu` beside `Kế hoạch` / `Năm 2026`).
    if (merge && merge.top < row) continue;
    const v = view.shown(row, c);
    const text = cellText(v);
    if (!text) continue;
    if (merge) return false;
    if (isValueCell(view, v, text) || text.length > MAX_UPPER_HEADER_TEXT || !view.text(row - 1, c, true)) return false;
    const info = view.memo.get(classifyHeader, text);
    if (info.kind === 'unknown' ? info.year === null : info.kind === 'label' || info.kind === 'stt') return false;
    cells++;
  }
  return cells >= 2;
}

/** A row of column numbers under a header: `(1) | (2) | (3)`, `A | B | 1 | 2 | 3=2/1`. */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  let cells = 0;
  for (let c = 0; c < view.colCount; c++) {
    const text = view.text(row, c);
    if (!text) continue;
    cells++;
    if (!COLUMN_NUMBER.test(text)) return false;
  }
  return cells >= 3;
}

/**
 * Each column's header text over the header rows. A column whose every header cell is the
 * continuation of a merge from the left (`TH 2023` merged over H:I) has no header of its own:
 * the merge names the column where it starts.
 */
export function headerTexts(view: SheetView, top: number, bottom: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const parts: string[] = [];
    let own = false;
    for (let r = top; r <= bottom; r++) {
      const merge = view.mergeAt(r, c);
      if (!merge || merge.left === c) own = true;
      const t = view.text(r, c, true);
      if (t && !parts.includes(t)) parts.push(t);
    }
    out.push(own ? parts.join(' ').trim() : '');
  }
  return out;
}

/**
 * What a column holds, read over its header rows one cell at a time: the lowest cell that names a
 * role decides (`Kế hoạch` under `Kết quả thực hiện` is a plan), a ratio or note above it wins
 * (`So sánh (%)` over `KH`), the year is the nearest one going up, and chitieu's own headers are
 * recognised by the whole text.
 */
export function columnInfo(view: SheetView, col: number, top: number, bottom: number): HeaderInfo {
  const texts: string[] = [];
  let ownAny = false;
  for (let r = top; r <= bottom; r++) {
    const merge = view.mergeAt(r, col);
    const own = !merge || merge.left === col;
    ownAny ||= own;
    const t = view.text(r, col, true);
    if (t && (own || r < bottom) && !texts.includes(t)) texts.push(t);
  }
  // Every header cell continues a merge from the left: the merge names the column where it starts.
  if (!ownAny) return view.memo.get(classifyHeader, '');
  const whole = view.memo.get(classifyHeader, texts.join(' '));
  if (texts.length <= 1 || whole.kind === 'output') return whole;
  const cells = texts.map((t) => view.memo.get(classifyHeader, t));
  let kind: HeaderInfo['kind'] = 'unknown';
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i].kind !== 'unknown') {
      kind = cells[i].kind;
      break;
    }
  }
  if (cells.some((c) => c.kind === 'ratio')) kind = 'ratio';
  else if (cells.some((c) => c.kind === 'note')) kind = 'note';
  const year = [...cells].reverse().find((c) => c.year !== null)?.year ?? null;
  return {
    kind,
    year,
    partial: cells.some((c) => c.partial),
    revised: cells.some((c) => c.revised),
    otherPeriod: cells.some((c) => c.otherPeriod),
    cumulative: cells.some((c) => c.cumulative),
    available: cells.some((c) => c.available),
    language: whole.language,
  };
}
