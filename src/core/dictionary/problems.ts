/**
 * What can be wrong with a line of a dictionary file, as data: the messages module says it in the
 * reader's language (src/core/messages.ts), so no reason is ever English inside a Vietnamese sentence.
 */
export type DictionaryProblem =
  /** A wording line needs 2 to 4 cells (label, indicator id, direction, unit); a column line 2. */
  | { line: number; kind: 'cells'; count: number }
  | { line: number; kind: 'no-label' }
  | { line: number; kind: 'no-indicator' }
  | { line: number; kind: 'unknown-indicator'; value: string }
  | { line: number; kind: 'bad-direction'; value: string }
  | { line: number; kind: 'bad-role'; value: string }
  /** The same wording (as the engine normalises it) on an earlier line. */
  | { line: number; kind: 'duplicate'; value: string; first: number }
  /** Not JSON: the line where reading stopped. */
  | { line: number; kind: 'syntax' }
  /** JSON, but not a dictionary (or an entry that is not an object). */
  | { line: number; kind: 'shape' };

/** Whether a catalog has an indicator: all the dictionary needs to know of it. */
export type KnowsIndicator = (id: string) => boolean;
