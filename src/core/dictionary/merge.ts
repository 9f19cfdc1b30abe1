/**
 * Entries coming into a dictionary: from a shared file (all or nothing) or from the corrections a
 * person confirmed. What was added and what changed is reported, each with where it came from.
 */
import type { ReadEntries } from './entries';
import {
  sameWording,
  withColumn,
  withoutWording,
  withWording,
  type ColumnEntry,
  type Dictionary,
  type WordingEntry,
} from './model';
import type { DictionaryProblem } from './problems';

export interface Change {
  /** The line of the file it came from; 0 for a correction. */
  line: number;
  /** The wording or header, as written. */
  text: string;
}

export interface MergeReport {
  dictionary: Dictionary;
  added: Change[];
  changed: Change[];
  /** Entries the dictionary already had, word for word. */
  unchanged: number;
  refused: DictionaryProblem[];
  /** Whether the dictionary took the entries: never when a line was refused. */
  imported: boolean;
}

function mergeEntries(
  dictionary: Dictionary,
  wordings: readonly { line: number; entry: WordingEntry }[],
  columns: readonly { line: number; entry: ColumnEntry }[],
): Omit<MergeReport, 'refused' | 'imported'> {
  let next = dictionary;
  const added: Change[] = [];
  const changed: Change[] = [];
  let unchanged = 0;
  for (const { line, entry } of wordings) {
    const before = next.wordings.find((e) => e.key === entry.key);
    if (before && sameWording(before, entry)) {
      unchanged++;
      continue;
    }
    (before ? changed : added).push({ line, text: entry.label });
    next = withWording(next, entry);
  }
  for (const { line, entry } of columns) {
    const before = next.columns.find((e) => e.key === entry.key);
    if (before?.role === entry.role) {
      unchanged++;
      continue;
    }
    (before ? changed : added).push({ line, text: entry.header });
    next = withColumn(next, entry);
  }
  return { dictionary: next, added, changed, unchanged };
}

/** A file's entries into the dictionary, or none of them when any line was refused. */
export function importEntries(dictionary: Dictionary, read: ReadEntries): MergeReport {
  const merged = mergeEntries(dictionary, read.wordings, read.columns);
  if (read.problems.length) return { ...merged, dictionary, refused: read.problems, imported: false };
  return { ...merged, refused: [], imported: true };
}

export interface Lesson {
  wordings: readonly WordingEntry[];
  columns: readonly ColumnEntry[];
  /** Wordings a person said name no indicator of the catalog: what was learned of them is forgotten. */
  forget: readonly string[];
}

/** Corrections confirmed in a review, into the dictionary. */
export function learnEntries(dictionary: Dictionary, lesson: Lesson): MergeReport & { forgotten: Change[] } {
  const forgotten: Change[] = [];
  let start = dictionary;
  for (const key of lesson.forget) {
    const entry = start.wordings.find((e) => e.key === key);
    if (entry) {
      forgotten.push({ line: 0, text: entry.label });
      start = withoutWording(start, key);
    }
  }
  const merged = mergeEntries(
    start,
    lesson.wordings.map((entry) => ({ line: 0, entry })),
    lesson.columns.map((entry) => ({ line: 0, entry })),
  );
  return { ...merged, refused: [], imported: true, forgotten };
}
