/**
 * The dictionary as a plain TSV a person can open, edit and save in Excel, and a district can hand to
 * every commune (docs/dictionary.md):
 *
 *     label⇥indicator id⇥direction⇥unit
 *     Thu bổ sung cân đối ngân sách⇥revenue_upper_level_transfers⇥⇥
 *     header⇥column role
 *     Dự toán năm⇥plan
 *
 * Lines starting with `#` and empty lines are skipped; a `header⇥column role` line starts the
 * column wordings. Written as UTF-8 with a byte-order mark so Excel reads the diacritics; read back
 * from UTF-8 or from Excel's "Unicode Text" (UTF-16).
 */
import { collect, readColumn, readWording, type ReadEntries } from './entries';
import type { Dictionary, EntrySource } from './model';
import type { KnowsIndicator } from './problems';

export const WORDINGS_HEADER: readonly string[] = Object.freeze(['label', 'indicator id', 'direction', 'unit']);
export const COLUMNS_HEADER: readonly string[] = Object.freeze(['header', 'column role']);

const BOM = '\uFEFF';

/** Cells Excel would read as a formula are written after a space, which reading trims. */
function cell(text: string): string {
  const flat = text.replace(/[\t\r\n]+/g, ' ');
  const safe = /^[=+\-@]/.test(flat) ? ` ${flat}` : flat;
  return safe.includes('"') ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function serialiseTsv(dictionary: Dictionary): string {
  const lines = [WORDINGS_HEADER.join('\t')];
  for (const e of dictionary.wordings) {
    lines.push([e.label, e.indicatorId, e.direction ?? '', e.unit ?? ''].map(cell).join('\t'));
  }
  if (dictionary.columns.length) {
    lines.push(COLUMNS_HEADER.join('\t'));
    for (const e of dictionary.columns) lines.push([e.header, e.role].map(cell).join('\t'));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A TSV file's bytes as text: UTF-8 (with or without a BOM) or UTF-16 with its BOM (Excel's Unicode Text). */
export function decodeTsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** A line's cells, with Excel's quoting undone (`"a ""b"""` → `a "b"`). */
function cells(line: string): string[] {
  return line.split('\t').map((c) => {
    const m = /^\s*"((?:[^"]|"")*)"\s*$/.exec(c);
    return m ? m[1].replace(/""/g, '"') : c;
  });
}

function isHeader(row: string[], header: readonly string[]): boolean {
  return row[0].trim().toLowerCase() === header[0] && row[1]?.trim().toLowerCase() === header[1];
}

/** Every line read: entries with their line numbers, and each refused line with why. */
export function parseTsv(text: string, knows: KnowsIndicator, source: EntrySource = 'imported'): ReadEntries {
  const read: ReadEntries = { wordings: [], columns: [], problems: [] };
  let section: 'wordings' | 'columns' = 'wordings';
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim() || raw.trimStart().startsWith('#')) return;
      const row = cells(raw);
      // Excel pads every line of a sheet to its widest: empty trailing cells say nothing.
      while (row.length > 1 && !row[row.length - 1].trim()) row.pop();
      if (isHeader(row, WORDINGS_HEADER)) section = 'wordings';
      else if (isHeader(row, COLUMNS_HEADER)) section = 'columns';
      else if (section === 'wordings') {
        if (row.length < 2 || row.length > 4) read.problems.push({ line, kind: 'cells', count: row.length });
        else {
          const [label, indicatorId, direction = '', unit = ''] = row;
          collect(read, readWording({ label, indicatorId, direction, unit }, line, source, knows), line);
        }
      } else if (row.length !== 2) read.problems.push({ line, kind: 'cells', count: row.length });
      else collect(read, readColumn(row[0], row[1], line, source), line);
    });
  return read;
}
