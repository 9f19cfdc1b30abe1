/** The dictionary of wordings: its model, its files (TSV to share, JSON to keep) and how entries come in. */
export * from './model';
export type { DictionaryProblem, KnowsIndicator } from './problems';
export type { ReadEntries } from './entries';
export { parseTsv, serialiseTsv, decodeTsv, WORDINGS_HEADER, COLUMNS_HEADER } from './tsv';
export { parseDictionary, serialiseDictionary, toDictionary, jsonErrorOffset } from './store';
export { importEntries, learnEntries, type Change, type Lesson, type MergeReport } from './merge';
