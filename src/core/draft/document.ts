/**
 * A resolution as the drafter reads it: paragraphs and tables in reading order, as plain data.
 * Hosts turn files into this (src/hosts/documents: .txt, .docx, .pdf); a pasted text is split here,
 * its pipe, tab-separated and space-aligned tables found among the lines.
 */

import { decodeLegacyText } from '../legacy-encoding';
import type { LegacyEncoding } from '../types';

export type DocumentBlock =
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /**
       * A chat's own line, no person's words: a message's header (who sent it, when), the group's
       * title above the first message, an attachment (`[Hình ảnh]`, `[File] …`) or a reaction (`👍 3`).
       */
      readonly chatMeta?: true;
    }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

export interface ResolutionDocument {
  readonly blocks: readonly DocumentBlock[];
  /** A chat transcript: its messages' lines stand alone, and a later message corrects an earlier one. */
  readonly transcript?: true;
  /** The legacy encoding (TCVN3, VNI) the text was typed in and has been converted from. */
  readonly convertedFrom?: LegacyEncoding;
}

/** Markdown emphasis and footnote marks around words, which say nothing about the targets. */
function cleanLine(line: string): string {
  return line
    .replace(/<sup>.*?<\/sup>/g, '')
    .replace(/^\s*#+\s*/, '')
    .replace(/[*_`]{2,}/g, '')
    .replace(/^\*(\S.*\S)\*$/, '$1')
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}

type RowSplit = (line: string) => string[] | null;

const pipeRow: RowSplit = (line) => {
  if ((line.match(/\|/g) ?? []).length < 2 && !/^\s*\|/.test(line)) return null;
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
};

const tabRow: RowSplit = (line) => {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
};

/**
 * A row exported as CSV (`"1","Thu nhập bình quân đầu người","Tr.đ/người/năm","74","80",""`): fields
 * parted by commas outside quotes, a quote inside a quoted field doubled. Prose has commas too, so a
 * line is a CSV row only with quoted fields in it and three fields or more.
 */
const csvRow: RowSplit = (line) => {
  if (!line.includes('"')) return null;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quotedFields = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quotedFields++;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells.length >= 3 && quotedFields >= 1 && quotedFields * 2 >= cells.filter(Boolean).length ? cells : null;
};

/** Columns lined up with runs of spaces; a numeric cell somewhere keeps prose with double spaces out. */
const alignedRow: RowSplit = (line) => {
  // A rule drawn with dashes across the table (`------`, `=====`) goes on with it.
  if (/^\s*[-=_─━–]{6,}\s*$/u.test(line)) return ['---', '---', '---'];
  const cells = line
    .trim()
    .split(/\s{2,}/)
    .map((c) => c.trim());
  // A group's row (`A    KINH TẾ`, `II   VĂN HÓA - XÃ HỘI`): its number and its name, nothing in the columns.
  if (cells.length === 2 && /^(?:[A-ZĐ]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.?$/u.test(cells[0]) && !/\d/.test(cells[1]))
    return cells;
  return cells.length >= 3 ? cells : null;
};

function isRuleRow(cells: readonly string[]): boolean {
  return cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '');
}

/** A grid table's border: `+-----+------+`, `+=====+======+`. */
const GRID_BORDER = /^\s*\+[-=:+]*[-=][-=:+]*\+\s*$/;

/**
 * A grid table's row drawn over several lines between its borders (`| | Dự toán huyện |` then
 * `| | giao |`): the lines after the first that have no figure and nothing in their first cell are the
 * same cells' text wrapped, joined back column by column. Lines that start a row of their own stay rows.
 */
function joinWrappedLines(block: string[][]): string[][] {
  const out: string[][] = [];
  for (const cells of block) {
    const previous = out[out.length - 1];
    const wrapped = previous && cells[0] === '' && !cells.some((c) => /\d/.test(c)) && cells.length === previous.length;
    if (wrapped) cells.forEach((c, k) => (previous[k] = [previous[k], c].filter(Boolean).join(' ')));
    else out.push([...cells]);
  }
  return out;
}

/** Consecutive lines that split the same way, at least `min` of them, become a table. */
function takeTable(
  lines: readonly string[],
  at: number,
  split: RowSplit,
  min: number,
): { rows: string[][]; next: number } | null {
  const rows: string[][] = [];
  let block: string[][] = [];
  let grid = false;
  let i = at;
  for (; i < lines.length; i++) {
    if (split === pipeRow && GRID_BORDER.test(lines[i])) {
      rows.push(...joinWrappedLines(block));
      block = [];
      grid = true;
      continue;
    }
    const cells = split(lines[i]);
    if (!cells) break;
    if (!isRuleRow(cells)) block.push(cells);
  }
  rows.push(...(grid ? joinWrappedLines(block) : block));
  if (rows.length < min) return null;
  if (split === alignedRow && !rows.some((r) => r.some((c) => /^[\d.,%≥≤<> -]+$/.test(c) && /\d/.test(c)))) return null;
  return { rows, next: i };
}

/** Whether `next` goes on the sentence `previous` left open: a long line with no closing mark, then a lower-case word. */
function continues(previous: string, next: string): boolean {
  return previous.length >= 50 && !/[.:;!?)"”]$/.test(previous) && /^\p{Ll}/u.test(next);
}

/** A time of day as a chat stamps it: `07:52`, `8:05 AM`, `14:30:12` (never `8,5` or a ratio in a table). */
const CLOCK = /(?<![\d.,:/])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?![\d.,:/%])/u;
const DATE = String.raw`(?<!\d)\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\d)`;

/**
 * A chat message's header line, in the forms chat apps copy and export: `Trần Thị Dung - VP  07:52`,
 * `07:52 Dung`, `[16/12/2025 08:05] Dung`, `Dung, [16.12.25 08:05]`, `16/12/2025, 08:05 - Dung` — a
 * clock time and a sender of a few words, nothing else; or a day's date alone between messages.
 */
export function isMessageHeader(line: string): boolean {
  const text = line.trim();
  if (/^(?:(?:thứ\s+\p{L}+|chủ nhật|hôm nay|hôm qua)[,\s]*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/iu.test(text)) return true;
  if (!CLOCK.test(text) || /[:;]$/.test(text)) return false;
  const rest = text
    .replace(CLOCK, ' ')
    .replace(new RegExp(DATE, 'gu'), ' ')
    .replace(/[[\](),|–—-]/g, ' ')
    .trim();
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 8 && !/\d|:/.test(rest);
}

/** An e-mail header line, quoted or not (its subject is the message's words, so not among them). */
const EMAIL_HEADER =
  /^\s*(?:>\s*)*(?:from|to|cc|bcc|date|sent|reply-to|từ|đến|gửi|người gửi|người nhận|ngày gửi|thời gian gửi)\s*:\s*\S/iu;

/** A line a chat app writes, not its sender: an attachment's tag (`[Hình ảnh]`, `[File] a.xlsx (28 KB)`) or reactions (`👍 3`). */
function isChatApparatus(line: string): boolean {
  const text = line.trim();
  return (
    /^\[[^\]]{1,24}\]/u.test(text) ||
    /^<[^<>]{2,40}>$/u.test(text) ||
    APP_NOTICE.test(text) ||
    (/^[^\p{L}\d]*(?:\d+\s*)?$/u.test(text) && /\p{Extended_Pictographic}/u.test(text))
  );
}

const STAMP_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|am|pm))?`;
const STAMP_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}`;
/** `[09:15, 03/01/2026] Hoa KT: …` */
const BRACKETED_STAMP = new RegExp(
  String.raw`^(\[[^\]\n]{0,24}\b\d{1,2}:\d{2}\b[^\]\n]{0,24}\]\s*[^:\n]{1,48}:)\s*(.*)$`,
  'u',
);
/** `16/12/2025, 08:05 - Hùng PCT: …` (an exported chat), `08:05 - Hùng: …` */
const EXPORTED_STAMP = new RegExp(
  String.raw`^((?:${STAMP_DATE},?\s+)?${STAMP_TIME}\s*[-–]\s*[^:\n]{1,48}:)\s*(.*)$`,
  'u',
);
/** `16/12/2025, 07:58 - Hùng PCT đã tạo nhóm …`: what the app itself says, with no sender. */
const APP_NOTICE = new RegExp(String.raw`^${STAMP_DATE},?\s+${STAMP_TIME}\s*[-–]\s*[^:]*$`, 'u');

/** A message written on its stamp's line: the stamp and sender, and what was said. */
export function stampedMessage(line: string): { header: string; message: string } | null {
  const m = BRACKETED_STAMP.exec(line.trim()) ?? EXPORTED_STAMP.exec(line.trim());
  return m ? { header: m[1], message: m[2] } : null;
}

/** `… xây dựng KH 07:42`: a message copied with its time at its end. */
const TRAILING_TIME = new RegExp(String.raw`\s+${STAMP_TIME}$`, 'u');

/** Whether the lines are a chat transcript: at least three messages' headers, stamps or trailing times, a fair share of the lines. */
function isTranscript(lines: readonly string[]): boolean {
  const written = lines.filter((l) => l.trim());
  const headers = written.filter(
    (l) => isMessageHeader(l) || stampedMessage(l) !== null || TRAILING_TIME.test(l.trim()),
  ).length;
  return headers >= 3 && headers * 8 >= written.length;
}

/**
 * In a chat copied with each message's time at its end, the sender's name opens the message on a
 * line of its own after a blank line (`Lò Văn Thành - VP HĐND&UBND`): a few words, no figure, and
 * the lines under it, up to the next blank line, end with the time.
 */
function isSenderLine(lines: readonly string[], i: number): boolean {
  const text = lines[i].trim();
  if (!text || (i > 0 && lines[i - 1].trim()) || /\d|[:;.!?]$/.test(text) || text.split(/\s+/).length > 8) return false;
  for (let j = i + 1; j < lines.length && lines[j].trim(); j++) if (TRAILING_TIME.test(lines[j].trim())) return true;
  return false;
}

/**
 * Cells copied from a spreadsheet: a cell with a line break in it comes quoted (`"Tỷ lệ hộ nghèo⏎(chuẩn
 * đa chiều)"`, a quote inside doubled), the rest of its row on the line where the quote closes. Such a
 * cell is made one line again, so its row stays one row.
 */
function joinQuotedCells(text: string): string {
  if (!text.includes('\t') || !text.includes('"')) return text;
  return text.replace(/(^|\t)"((?:[^"]|"")*\n(?:[^"]|"")*)"(?=\t|\n|$)/gmu, (_m, lead: string, inner: string) => {
    return `${lead}${inner.replace(/""/g, '"').replace(/\s*\n\s*/g, ' ')}`;
  });
}

/** Plain text → paragraphs (one per line) and the tables written with pipes, tabs or aligned columns. */
export function documentFromText(written: string): ResolutionDocument {
  // Decoded before lines are joined and split: a TCVN3 line starting `®¹t` is `đạt`, a continuation.
  const { text, encoding } = decodeLegacyText(written);
  const lines = joinQuotedCells(text.replace(/\r\n?/g, '\n')).split('\n');
  const transcript = isTranscript(lines);
  const firstHeader = transcript
    ? lines.findIndex((l, i) => isMessageHeader(l) || stampedMessage(l) !== null || isSenderLine(lines, i))
    : -1;
  const blocks: DocumentBlock[] = [];
  for (let i = 0; i < lines.length;) {
    const raw = lines[i];
    const stamped = transcript ? stampedMessage(raw) : null;
    if (stamped) {
      blocks.push({ kind: 'paragraph', text: cleanLine(stamped.header), chatMeta: true });
      const said = cleanLine(stamped.message);
      if (said && !isChatApparatus(said)) blocks.push({ kind: 'paragraph', text: said });
      i++;
      continue;
    }
    if (
      transcript &&
      raw.trim() &&
      (i < firstHeader || isMessageHeader(raw) || isChatApparatus(raw) || isSenderLine(lines, i))
    ) {
      blocks.push({ kind: 'paragraph', text: cleanLine(raw), chatMeta: true });
      i++;
      continue;
    }
    // An e-mail's header lines (`From: …`, `Date: Thu, 15 Jan 2026 21:47:12 +0700`) say who and when, nothing to track.
    if (EMAIL_HEADER.test(raw)) {
      blocks.push({ kind: 'paragraph', text: cleanLine(raw), chatMeta: true });
      i++;
      continue;
    }
    const table =
      takeTable(lines, i, pipeRow, 2) ??
      takeTable(lines, i, tabRow, 2) ??
      takeTable(lines, i, csvRow, 2) ??
      takeTable(lines, i, alignedRow, 3);
    if (table) {
      // A title in the table's first row (`"Biểu 01: CHỈ TIÊU … NĂM 2026",,,,,`) is a heading over it.
      while (table.rows.length > 2 && table.rows[0].filter(Boolean).length === 1)
        blocks.push({ kind: 'paragraph', text: cleanLine(table.rows.shift()?.find(Boolean) ?? '') });
      blocks.push({ kind: 'table', rows: table.rows });
      i = table.next;
      continue;
    }
    // A message's time at its end is no figure of it.
    const text = cleanLine(transcript ? raw.trimEnd().replace(TRAILING_TIME, '') : raw);
    const last = blocks[blocks.length - 1];
    // In a chat each line was typed as it stands.
    if (text && !transcript && last?.kind === 'paragraph' && continues(last.text, text)) {
      // A sentence broken across lines (a page break, a pasted PDF): one paragraph again.
      blocks[blocks.length - 1] = { kind: 'paragraph', text: `${last.text} ${text}` };
    } else if (text) blocks.push({ kind: 'paragraph', text });
    i++;
  }
  return { blocks, ...(encoding && { convertedFrom: encoding }), ...(transcript && { transcript: true as const }) };
}

/** Paragraph texts (a table's rows joined by ` | `), for what reads a document as lines. */
export function documentLines(doc: ResolutionDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.map((r) => r.join(' | '))));
}

/** A document as text the pane shows and the user may edit: tables as tab-separated rows, read back as tables. */
export function documentToText(doc: ResolutionDocument): string {
  return doc.blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.text
        : b.rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/g, ' ')).join('\t')).join('\n'),
    )
    .join('\n');
}
