/** One entry read from a file (TSV or JSON), checked against the catalog, or the problem with it. */
import {
  headerKey,
  isDirection,
  isRole,
  wordingKey,
  type ColumnEntry,
  type EntrySource,
  type WordingEntry,
} from './model';
import type { DictionaryProblem, KnowsIndicator } from './problems';

export interface WordingFields {
  label: string;
  indicatorId: string;
  direction: string;
  unit: string;
}

export function readWording(
  fields: WordingFields,
  line: number,
  source: EntrySource,
  knows: KnowsIndicator,
): WordingEntry | DictionaryProblem {
  const label = fields.label.trim();
  const key = label ? wordingKey(label) : '';
  if (!key) return { line, kind: 'no-label' };
  const indicatorId = fields.indicatorId.trim();
  if (!indicatorId) return { line, kind: 'no-indicator' };
  if (!knows(indicatorId)) return { line, kind: 'unknown-indicator', value: indicatorId };
  const direction = fields.direction.trim().toLowerCase();
  if (direction && !isDirection(direction)) return { line, kind: 'bad-direction', value: fields.direction.trim() };
  const unit = fields.unit.trim();
  return {
    key,
    label,
    indicatorId,
    ...(direction && isDirection(direction) && { direction }),
    ...(unit && { unit }),
    source,
  };
}

export function readColumn(
  header: string,
  role: string,
  line: number,
  source: EntrySource,
): ColumnEntry | DictionaryProblem {
  const text = header.trim();
  const key = headerKey(text);
  if (!key) return { line, kind: 'no-label' };
  const name = role.trim().toLowerCase();
  if (!isRole(name)) return { line, kind: 'bad-role', value: role.trim() };
  return { key, header: text, role: name, source };
}

export function isProblem(value: object): value is DictionaryProblem {
  return 'kind' in value && 'line' in value;
}

/** Entries read from a file with the line each came from, and the lines refused. */
export interface ReadEntries {
  wordings: { line: number; entry: WordingEntry }[];
  columns: { line: number; entry: ColumnEntry }[];
  problems: DictionaryProblem[];
}

/** Adds an entry read on `line`, refusing a second line with the same wording. */
export function collect(read: ReadEntries, result: WordingEntry | ColumnEntry | DictionaryProblem, line: number): void {
  if (isProblem(result)) {
    read.problems.push(result);
    return;
  }
  if ('indicatorId' in result) {
    const first = read.wordings.find((w) => w.entry.key === result.key);
    if (first) read.problems.push({ line, kind: 'duplicate', value: result.label, first: first.line });
    else read.wordings.push({ line, entry: result });
  } else {
    const first = read.columns.find((c) => c.entry.key === result.key);
    if (first) read.problems.push({ line, kind: 'duplicate', value: result.header, first: first.line });
    else read.columns.push({ line, entry: result });
  }
}
