/**
 * The dictionary of wordings: what a person taught chitieu about the words of their own sheets.
 * A wording (a row label as the engine normalises it) names an indicator, with a direction and the
 * unit it was seen with; a column wording (a header's text) names a column role. Plain data, so the
 * command line keeps it in a file, the task pane in the browser's storage, and a district shares it.
 */
import { fold, foldWords, labelCore, normaliseLabel } from '../text';
import type { Direction, RoleName } from '../types';

/** Where an entry came from: a correction confirmed here, or a file someone shared. */
export type EntrySource = 'learned' | 'imported';

export interface WordingEntry {
  /** The wording as the engine normalises it: the entry's identity. */
  readonly key: string;
  /** The wording as a person wrote it (numbering and unit aside): what lists and the TSV show. */
  readonly label: string;
  readonly indicatorId: string;
  /** The direction chosen for the wording; absent: the indicator's own. */
  readonly direction?: Direction;
  /** The unit the wording was seen with; a row with another unit is not mapped by the entry. */
  readonly unit?: string;
  readonly source: EntrySource;
}

export interface ColumnEntry {
  /** The header's text folded (no diacritics, one space): the entry's identity. */
  readonly key: string;
  /** The header as written. */
  readonly header: string;
  readonly role: RoleName;
  readonly source: EntrySource;
}

export interface Dictionary {
  readonly wordings: readonly WordingEntry[];
  readonly columns: readonly ColumnEntry[];
}

export const EMPTY_DICTIONARY: Dictionary = Object.freeze({
  wordings: Object.freeze([]) as readonly WordingEntry[],
  columns: Object.freeze([]) as readonly ColumnEntry[],
});

export const DIRECTIONS: readonly Direction[] = Object.freeze(['higher', 'lower', 'ceiling', 'info', 'rating']);
export const ROLES: readonly RoleName[] = Object.freeze(['label', 'unit', 'plan', 'actual', 'previous']);

/**
 * Between a heading and a part of it (`Diện tích gieo trồng › Lúa`): a sub-row that only names a
 * part means what its heading says, so it is learned with the heading's words. `>` is read the same.
 */
export const PART_OF = ' › ';
const PART_SEPARATOR = /\s+[›>]\s+/;

/** The key of a wording: the engine's own label normalisation, the heading's and the part's for a sub-row. */
export function wordingKey(label: string): string {
  const parts = label.split(PART_SEPARATOR);
  if (parts.length === 2 && parts[0].trim() && parts[1].trim()) {
    return `${normaliseLabel(parts[0])}${PART_OF}${normaliseLabel(parts[1])}`;
  }
  return normaliseLabel(label);
}

/** The key of a row's wording as the engine reads the row: its label's, under its heading's when it is a part. */
export function rowWordingKey(label: string, heading?: string | null): string {
  return heading ? `${normaliseLabel(heading)}${PART_OF}${normaliseLabel(label)}` : normaliseLabel(label);
}

/** The wording of a row as a person reads it: its label without numbering or unit, under its heading when it is a part. */
export function wordingOf(label: string, heading?: string | null): string {
  const own = labelCore(label) || label.trim();
  return heading ? `${labelCore(heading) || heading.trim()}${PART_OF}${own}` : own;
}

export function headerKey(header: string): string {
  return foldWords(header);
}

/** Units compare without case, diacritics or spacing (`Ha` is `ha`). */
export function sameUnit(a: string, b: string): boolean {
  return fold(a).replace(/\s+/g, '') === fold(b).replace(/\s+/g, '');
}

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is RoleName {
  return (ROLES as readonly string[]).includes(value);
}

/** The dictionary with the wording added, or replacing the one with its key. */
export function withWording(dictionary: Dictionary, entry: WordingEntry): Dictionary {
  const at = dictionary.wordings.findIndex((e) => e.key === entry.key);
  const wordings = [...dictionary.wordings];
  if (at >= 0) wordings[at] = entry;
  else wordings.push(entry);
  return { ...dictionary, wordings };
}

export function withoutWording(dictionary: Dictionary, key: string): Dictionary {
  return { ...dictionary, wordings: dictionary.wordings.filter((e) => e.key !== key) };
}

export function withColumn(dictionary: Dictionary, entry: ColumnEntry): Dictionary {
  const at = dictionary.columns.findIndex((e) => e.key === entry.key);
  const columns = [...dictionary.columns];
  if (at >= 0) columns[at] = entry;
  else columns.push(entry);
  return { ...dictionary, columns };
}

export function withoutColumn(dictionary: Dictionary, key: string): Dictionary {
  return { ...dictionary, columns: dictionary.columns.filter((e) => e.key !== key) };
}

/** Whether two wording entries say the same (the source aside). */
export function sameWording(a: WordingEntry, b: WordingEntry): boolean {
  return a.indicatorId === b.indicatorId && a.direction === b.direction && (a.unit ?? '') === (b.unit ?? '');
}

/** What the engine asks of a dictionary while it reads a sheet; built once per engine. */
export interface DictionaryLookup {
  /** The entry for a row's wording; none when its unit says the row is something else. */
  wording(label: string, unit: string | null, heading: string | null): WordingEntry | null;
  /** The role a header's text was taught to mean. */
  column(header: string): RoleName | null;
}

export function createLookup(dictionary: Dictionary): DictionaryLookup {
  const wordings: ReadonlyMap<string, WordingEntry> = new Map(dictionary.wordings.map((e) => [e.key, e]));
  const columns: ReadonlyMap<string, RoleName> = new Map(dictionary.columns.map((e) => [e.key, e.role]));
  return {
    wording(label, unit, heading) {
      if (wordings.size === 0) return null;
      const entry = wordings.get(rowWordingKey(label, heading));
      if (!entry) return null;
      if (entry.unit && unit && !sameUnit(entry.unit, unit)) return null;
      return entry;
    },
    column: (header) => (columns.size > 0 && header.trim() ? (columns.get(headerKey(header)) ?? null) : null),
  };
}
