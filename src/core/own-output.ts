/**
 * The one rule for "is this column chitieu's own output from an earlier run?", used by the engine
 * when it reads a sheet and by every host before it overwrites a cell: the column's header is the
 * one chitieu writes for that kind (in either language) and every cell below it holds one of
 * chitieu's formulas or nothing. A user's own `TH/KH (%)` column with typed numbers or their own
 * formulas is theirs.
 */
import { OUTPUT_HEADERS, STATUS_TEXTS } from './headers';
import { fold } from './text';
import type { OutputKind } from './types';

/**
 * chitieu's formulas guard their reading with ISNUMBER (ratings rank with SUMPRODUCT); a table
 * without plan or actual column gets the constant `="Thiếu số liệu"`.
 */
const OWN_FORMULA = new RegExp(
  `ISNUMBER\\(|SUMPRODUCT\\(|^=?"(?:${[STATUS_TEXTS.vi.noData, STATUS_TEXTS.en.noData].join('|')})"$`,
  'i',
);

/** Whether a formula (with or without its leading `=`) is one chitieu writes. */
export function isOwnFormula(formula: string): boolean {
  return OWN_FORMULA.test(formula.trim());
}

const OWN_HEADER_KINDS: ReadonlyMap<string, OutputKind> = new Map(
  Object.values(OUTPUT_HEADERS).flatMap((headers) =>
    (Object.keys(headers) as OutputKind[]).map((kind) => [fold(headers[kind]), kind] as const),
  ),
);
const OWN_HEADER_LENGTHS: readonly number[] = [...OWN_HEADER_KINDS.keys()].map((h) => h.length);
const SHORTEST_OWN_HEADER = Math.min(...OWN_HEADER_LENGTHS);
const LONGEST_OWN_HEADER = Math.max(...OWN_HEADER_LENGTHS);

/**
 * Whether a text is long enough and short enough to be one of chitieu's headers: folding never
 * lengthens a text and only shortens it by marks and repeated spaces, so most cells of a sheet are
 * told apart by their length alone.
 */
export function mayBeOwnHeader(text: string): boolean {
  return text.length >= SHORTEST_OWN_HEADER && text.length <= 2 * LONGEST_OWN_HEADER;
}

/** The kind of column whose header chitieu writes as `text` (in either language), or null. */
export function ownHeaderKind(text: string): OutputKind | null {
  if (!mayBeOwnHeader(text)) return null;
  return OWN_HEADER_KINDS.get(fold(text)) ?? null;
}

/** Whether the header text (the header rows joined) is chitieu's header for that kind of column. */
export function isOwnHeader(text: string, kind: OutputKind): boolean {
  return ownHeaderKind(text) === kind;
}

/** A cell below the header: its formula (null when it has none) and whether it is empty. */
export interface CellContent {
  formula: string | null;
  empty: boolean;
}

/** Whether every cell holds chitieu's formula or nothing. */
export function holdsOnlyOwnFormulas(cells: Iterable<CellContent>): boolean {
  for (const cell of cells) {
    if (cell.formula === null ? !cell.empty : !isOwnFormula(cell.formula)) return false;
  }
  return true;
}

/** The rule itself: chitieu's header for `kind` over cells that hold only chitieu's formulas. */
export function isOwnColumn(header: string, kind: OutputKind, cells: Iterable<CellContent>): boolean {
  return isOwnHeader(header, kind) && holdsOnlyOwnFormulas(cells);
}
