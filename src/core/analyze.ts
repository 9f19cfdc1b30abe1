/** Grids → analysis: tables, column roles, rows matched to the catalog and judged against plan. */
import type { Catalog } from './catalog';
import type { DictionaryLookup } from './dictionary';
import { labelAnatomy, withoutQualifiers } from './match/anatomy';
import { bandOf, suggestionOf } from './match/calibration';
import { rowChoiceKey, tableChoiceKey } from './choice-keys';
import { inferDirection, type DirectionSource, type InferredDirection } from './direction';
import { effectiveDirection, evaluate, percentOfPrevious } from './evaluate';
import { findTables, type LayoutRow, type TableLayout } from './layout';
import { isBullet } from './layout/row-outline';
import { decodeSheetGrid, encodingOfRange, LEGACY_ENCODING_NAMES, type DecodedSheet } from './legacy-encoding';
import type { Matcher, MatchResult } from './match';
import type { Memo } from './memo';
import { isPercentFormat } from './numbers';
import { NOTHING, readQuantity, reportValue } from './quantity';
import { SheetView } from './sheet-view';
import { normaliseLabel, splitOutlinePrefix } from './text';
import { isSummaryGrid } from './summary-sheet';
import type {
  Analysis,
  AttentionReason,
  ColumnRoles,
  Issue,
  MatchBand,
  NumberConvention,
  Quantity,
  RoleName,
  RowAnalysis,
  Settings,
  SheetAnalysis,
  TableAnalysis,
  UserChoices,
  WorkbookGrids,
} from './types';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ nearMissPercent: 5 });

export interface AnalyzeOptions {
  choices?: UserChoices;
  settings?: Partial<Settings>;
}

export { rowChoiceKey, tableChoiceKey };

/** What the analyser works with: one engine's catalog, matcher, memo and dictionary of wordings. */
export interface AnalyserParts {
  catalog: Catalog;
  matcher: Matcher;
  memo: Memo;
  dictionary: DictionaryLookup;
}

/** Roles the dictionary was taught for header texts: a role taken when exactly one column of the table has such a header. */
function learnedColumns(layout: TableLayout, dictionary: DictionaryLookup): ColumnRoles {
  const found = new Map<RoleName, number[]>();
  for (let col = layout.firstCol; col <= layout.lastCol; col++) {
    const role = dictionary.column(layout.headers[col] ?? '');
    if (role) found.set(role, [...(found.get(role) ?? []), col]);
  }
  if (!found.size) return layout.columns;
  const roles = { ...layout.columns };
  for (const [role, cols] of found) if (cols.length === 1) roles[role] = cols[0];
  return roles;
}

function applyColumnChoices(
  layout: TableLayout,
  sheet: string,
  choices: UserChoices | undefined,
  dictionary: DictionaryLookup,
): ColumnRoles {
  const learned = learnedColumns(layout, dictionary);
  const chosen = choices?.columns?.[tableChoiceKey(sheet, layout.headerBottom + 1)];
  if (!chosen) return learned;
  const roles = { ...learned };
  for (const role of Object.keys(chosen) as RoleName[]) {
    const col = chosen[role];
    if (col === undefined) continue;
    if (role === 'label') {
      if (col !== null) roles.label = col;
    } else roles[role] = col;
  }
  return roles;
}

/** The roles the engine was unsure of that the user has not chosen since. */
function unchosenDoubts(layout: TableLayout, sheet: string, choices: UserChoices | undefined): RoleName[] {
  const chosen = choices?.columns?.[tableChoiceKey(sheet, layout.headerBottom + 1)];
  return chosen ? layout.roleDoubts.filter((role) => chosen[role] === undefined) : layout.roleDoubts;
}

/**
 * What a person should check on a row, each list made once and shared by the rows that carry it: a
 * list made per row would be allocated in the old generation, as `AnalysedRow` explains.
 */
const NO_ATTENTION: readonly AttentionReason[] = Object.freeze([]);
const UNMAPPED: readonly AttentionReason[] = Object.freeze(['unmapped']);
const LIKELY: readonly AttentionReason[] = Object.freeze(['likely']);
const DIRECTION: readonly AttentionReason[] = Object.freeze(['direction']);
const UNMAPPED_DIRECTION: readonly AttentionReason[] = Object.freeze(['unmapped', 'direction']);
const LIKELY_DIRECTION: readonly AttentionReason[] = Object.freeze(['likely', 'direction']);

/** What a person should check on a row the engine decided alone (see `AttentionReason`). */
function attentionOf(band: MatchBand, directionSource: DirectionSource): readonly AttentionReason[] {
  const direction = directionSource === 'words' || directionSource === 'trajectory' || directionSource === 'default';
  if (band === 'none') return direction ? UNMAPPED_DIRECTION : UNMAPPED;
  if (band === 'likely') return direction ? LIKELY_DIRECTION : LIKELY;
  return direction ? DIRECTION : NO_ATTENTION;
}

interface Parent {
  /** Its sheet row: rows under the same parent are siblings. */
  row: number;
  depth: number;
  label: string;
  /** Written as a part (`Trong đó: Lúa`): the rows after it at its level or below are its siblings. */
  isSubItem: boolean;
  indicatorId: string | null;
  confidence: number;
  unit: string | null;
  hasData: boolean;
  /** Its indicator is the engine's reading, not a choice of the user's or the dictionary's. */
  byEngine: boolean;
}

/** Whether a cell's number format shows percent; each format read once per engine. */
function percentFormatted(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  const format = view.format(row, col);
  return format !== null && format.includes('%') && view.memo.get(isPercentFormat, format);
}

function quantityAt(
  view: SheetView,
  row: number,
  col: number | null,
  convention: NumberConvention | undefined,
): Quantity {
  if (col === null) return NOTHING;
  return readQuantity(view.value(row, col), view.format(row, col), convention ?? 'vi', view.memo);
}

const NO_EXCLUSIONS: ReadonlySet<string> = new Set();

/** Catalog units that are sums of money. */
const MONEY_UNITS: ReadonlySet<string> = new Set(['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng']);

const TOTAL_WORDS: ReadonlySet<string> = new Set(['tong cong', 'tong so', 'cong', 'tong', 'total', 'grand total']);

/** A bare `Tổng cộng` / `Tổng số` first or last row of a budget revenue or expenditure table is that budget's total. */
function totalOfBudget(parts: AnalyserParts, label: string, context: string): MatchResult | null {
  if (!TOTAL_WORDS.has(parts.memo.get(normaliseLabel, label))) return null;
  const id = /\b(thu (ngan sach|ns)|revenue)\b/.test(context)
    ? 'budget_revenue'
    : /\b(chi (ngan sach|ns)|expenditure)\b/.test(context)
      ? 'budget_expenditure'
      : null;
  return id ? { best: { id, confidence: 0.7 }, runnerUp: null } : null;
}
/** Whether a label has words of its own once numbering, `Trong đó:` and units are taken out. */
function namesSomething(label: string): boolean {
  return /\p{L}{2,}/u.test(labelAnatomy(label).name);
}

/** A row with no heading, read by its unit, names a thing in at most so many words (`Lúa cả năm`, `Cây cao su`). */
const MAX_PART_WORDS = 3;

/** Noun classifiers before a crop's name (`Cây cao su`, `Cay mi`): no word of the name. */
const CLASSIFIER = /^(?:cây|cay)\s+(?=\S)/iu;

/** A label's name as written, numbering, brackets, units and qualifiers aside. */
function bareName(label: string): string {
  return withoutQualifiers(labelAnatomy(label).name);
}

/**
 * Words of a label's name, brackets, units and qualifiers aside (`Chó (bệnh dại)` is one word), and a
 * classifier before it too (`Cây cao su` names two).
 */
function wordCount(label: string): number {
  return bareName(label).replace(CLASSIFIER, '').split(' ').filter(Boolean).length;
}

/**
 * How many things a label's name says, a phrase the vocabulary reads as one word counted once: a list of
 * one class's members (`Khoai lang, khoai tây`) or a class said at length (`Cây chất bột có củ`) names one.
 */
function thingsNamed(parts: AnalyserParts, label: string): number {
  return new Set(parts.catalog.vocabulary.words(parts.memo.get(bareName, label))).size;
}

const IN_WHICH_WRITTEN =
  /^\s*(?:trong\s+(?:số\s+)?đó|trong\s+(?:so\s+)?do|bao\s+gồm|gồm|in\s+which|of\s+which|including)\s*[:,]?\s*/iu;

/**
 * Whether a row after `Trong đó: Lúa` lists the next part beside it: so when the part after
 * `Trong đó:` has no bullet of its own, or the same bullet as the row (`Trong đó: - Khai thác` over
 * `+ Cá các loại` heads it instead). Both labels in one key, for the memo.
 */
function siblingOfPart(key: string): boolean {
  const [partLabel, label] = key.split('\u0000');
  const bullet = splitOutlinePrefix(partLabel.replace(IN_WHICH_WRITTEN, '')).prefix;
  return bullet === null || bullet === splitOutlinePrefix(label).prefix;
}

/** The heading a label carries before its first item (`Cơ cấu kinh tế: Thương mại - dịch vụ`), or null. */
function inlineHeading(label: string): string | null {
  const m = /^([^:()]{3,40}):\s*\S/u.exec(splitOutlinePrefix(label).rest);
  return m && /\p{L}{2,}/u.test(m[1]) && !IN_WHICH_WRITTEN.test(m[1] + ':') ? m[1].trim() : null;
}

/** More words than this name a thing of their own (`Sản lượng nuôi trồng nước lợ, nước mặn`), not a part. */
const MAX_BULLETED_PART_WORDS = 6;

/** The words of a label's name, qualifiers aside, however they are joined (`Ngư - nông - lâm nghiệp` has four). */
function syllableCount(label: string): number {
  return bareName(label).match(/\p{L}+/gu)?.length ?? 0;
}

/**
 * The heading a row only names a part of (`Trong đó: Lúa`, a two-word row under it), or null. A part
 * written after `Trong đó: Lúa` is its sibling, a part of the heading above it.
 */
function headingOf(parts: AnalyserParts, row: LayoutRow, label: string, parents: Parent[]): string | null {
  let at = parents.length - 1;
  while (
    at > 0 &&
    parents[at].isSubItem &&
    !row.isSubItem &&
    parents[at - 1].depth < parents[at].depth &&
    parts.memo.get(siblingOfPart, `${parents[at].label}\u0000${label}`)
  ) {
    at--;
  }
  const parent = parents[at];
  if (!parent || parent.depth >= row.depth) return null;
  // A bulleted row of a few words under a heading, or under a row that is no indicator, is one of its parts.
  const words = parts.memo.get(wordCount, label);
  const bulletedPart =
    parts.memo.get(syllableCount, label) <= MAX_BULLETED_PART_WORDS &&
    (!parent.hasData || parent.indicatorId === null) &&
    row.number !== null &&
    isBullet(row.number);
  return row.isSubItem || bulletedPart || words <= 2 ? parent.label : null;
}

/**
 * The indicator a row that only names a place (`- Bản Nà Lốc`, `Thôn 3`) is a part of: its parent's,
 * a row's or a heading's that names one; null when the parent names none.
 */
function placePart(parts: AnalyserParts, row: LayoutRow, label: string, parents: Parent[]): MatchResult | null {
  const parent = parents[parents.length - 1];
  if (!parent || parent.depth >= row.depth) return null;
  let id = parent.indicatorId;
  let confidence = parent.confidence;
  if (!parent.hasData) {
    const heading = parts.matcher.match(parent.label, parent.unit).best;
    id = heading?.id ?? null;
    confidence = heading?.confidence ?? 0;
  }
  return id === null ? null : parts.matcher.matchPlacePart(label, row.unit, { id, confidence });
}

/**
 * The unit of a row with none of its own under a row of money (`Chi các hoạt động kinh tế`, in đồng):
 * what a sum of money is broken into is money too (`Sự nghiệp nông nghiệp` under it is no sector share).
 */
function moneyOfParent(parts: AnalyserParts, parents: Parent[]): string | null {
  const parent = parents[parents.length - 1];
  if (!parent || parent.indicatorId === null) return null;
  const unit = parts.catalog.get(parent.indicatorId)?.unit ?? null;
  return unit !== null && MONEY_UNITS.has(unit) ? unit : null;
}

/**
 * The row above a part that the part names more exactly (`Diện tích nuôi trồng thủy sản` over `- Nuôi
 * cá nước ngọt`, the freshwater fish area): the nearest row above it read as an indicator by the engine
 * whose name the part completes; null when there is none.
 */
function wholeNamedByPart(parts: AnalyserParts, row: LayoutRow, label: string, parents: Parent[]): Parent | null {
  for (let at = parents.length - 1; at >= 0; at--) {
    const p = parents[at];
    if (p.indicatorId === null || !p.hasData) continue;
    if (!p.byEngine || p.depth >= row.depth) return null;
    return parts.matcher.completesName(p.label, label, p.indicatorId) ? p : null;
  }
  return null;
}

function matchRow(
  parts: AnalyserParts,
  row: LayoutRow,
  label: string,
  heading: string | null,
  parents: Parent[],
  whole: Parent | null,
): MatchResult {
  const place = placePart(parts, row, label, parents);
  if (place) return place;
  let exclude: Set<string> | null = null;
  for (const p of parents) {
    if (p.indicatorId !== null && p !== whole) (exclude ??= new Set()).add(p.indicatorId);
  }
  const unit = row.unit ?? moneyOfParent(parts, parents);
  const own =
    heading !== null
      ? parts.matcher.matchSubItem(label, heading, unit, exclude ?? NO_EXCLUSIONS)
      : parts.matcher.match(label, unit, exclude ?? NO_EXCLUSIONS);
  // A row naming only a thing (in a few words, or as a list of one class's members) that neither its
  // heading nor its words make an indicator is completed by what its unit measures (ha: an area), as a
  // heading would.
  if (own.best || !row.unit) return own;
  if (parts.memo.get(wordCount, label) > MAX_PART_WORDS && thingsNamed(parts, label) > MAX_PART_WORDS) return own;
  return parts.matcher.matchByUnit(label, row.unit, exclude ?? NO_EXCLUSIONS) ?? own;
}

/** A data row as matched, before it is judged against its plan. */
interface MatchedRow {
  row: LayoutRow;
  group: string | null;
  heading: string | null;
  match: MatchResult;
  indicatorId: string | null;
  confidence: number;
  source: RowAnalysis['source'];
  learned: ReturnType<DictionaryLookup['wording']>;
  choice: NonNullable<UserChoices['rows']>[string] | undefined;
  /** The sheet row of its parent (-1 at the top): rows with one parent at one depth are siblings. */
  parent: number;
  /** Its indicator is a parent's too (a place's share of it: `- Thôn 3` under a rate). */
  inherited: boolean;
}

/** The row a part named more exactly is no longer that indicator: its reading stays as a suggestion. */
function wholeGivesWay(matched: MatchedRow[], row: number): void {
  const whole = matched.find((m) => m.row.row === row);
  if (!whole || whole.indicatorId === null) return;
  whole.match = { best: null, runnerUp: { id: whole.indicatorId, confidence: whole.confidence } };
  whole.indicatorId = null;
  whole.confidence = 0;
}

/** By how much one of several siblings given one indicator must fit it better than the others to keep it. */
const WHOLE_MARGIN = 0.15;
/** Siblings further apart than this many rows of their list are no parts of one whole. */
const PART_GAP = 2;

/**
 * The one of a run of siblings given one indicator that is it, or -1: the first, when every other says
 * it is a part of what precedes it (`5 | Trong đó diện tích lúa nương` numbered beside `4 | Diện tích
 * lúa`); else one that fits it clearly best; else, when none does, the one alone to say the
 * indicator's own name (`Sản lượng cá nước ngọt` beside `Sản lượng thủy sản`, which only an alias
 * gives it).
 */
function wholeOfRun(parts: AnalyserParts, rows: MatchedRow[], run: number[]): number {
  if (run.every((i, k) => (k === 0) !== rows[i].row.isSubItem)) return run[0];
  const ranked = [...run].sort((a, b) => rows[b].confidence - rows[a].confidence);
  if (rows[ranked[0]].confidence - rows[ranked[1]].confidence >= WHOLE_MARGIN) return ranked[0];
  const id = rows[run[0]].indicatorId;
  const naming = id === null ? [] : run.filter((i) => parts.matcher.saysName(rows[i].row.label, id));
  return naming.length === 1 ? naming[0] : -1;
}

/**
 * Siblings the matcher gives one indicator, close together in their list, name parts of it
 * (`Chi quốc phòng` and `Chi an ninh` of the defence and security spending) or variants of it
 * (`Tỷ lệ che phủ rừng` beside `… rừng và cây phân tán`): one row of a table names one indicator. A
 * sibling that fits it clearly best is it and the others are not; when none does, each is a part, with
 * no catalog id of its own. A row repeated word for word is left as it is, and so are rows of a place
 * under the indicator's row and what the user or the dictionary chose.
 */
function partsOfOneIndicator(parts: AnalyserParts, rows: MatchedRow[]): void {
  // Each list of siblings (one parent, one depth) gets a number, and each row its place in its list:
  // maps of numbers, not keys written out as text for every row.
  const lists = new Map<number, Map<number, { id: number; size: number }>>();
  const position: number[] = [];
  const listOf: number[] = [];
  for (const m of rows) {
    let byDepth = lists.get(m.parent);
    if (!byDepth) lists.set(m.parent, (byDepth = new Map()));
    let list = byDepth.get(m.row.depth);
    if (!list) byDepth.set(m.row.depth, (list = { id: listOf.length, size: 0 }));
    position.push(list.size++);
    listOf.push(list.id);
  }
  const groups: number[][] = [];
  const groupOf = new Map<number, Map<string, number[]>>();
  for (let i = 0; i < rows.length; i++) {
    const m = rows[i];
    if (m.source !== 'engine' || m.indicatorId === null || m.inherited) continue;
    let byIndicator = groupOf.get(listOf[i]);
    if (!byIndicator) groupOf.set(listOf[i], (byIndicator = new Map()));
    const list = byIndicator.get(m.indicatorId);
    if (list) list.push(i);
    else {
      const fresh = [i];
      byIndicator.set(m.indicatorId, fresh);
      groups.push(fresh);
    }
  }
  for (const list of groups) {
    if (list.length < 2) continue;
    // Runs of siblings close to each other: parts are listed together.
    const runs: number[][] = [[list[0]]];
    for (let k = 1; k < list.length; k++) {
      if (position[list[k]] - position[list[k - 1]] <= PART_GAP) runs[runs.length - 1].push(list[k]);
      else runs.push([list[k]]);
    }
    for (const run of runs) {
      if (run.length < 2) continue;
      const labels = new Set(run.map((i) => normaliseLabel(rows[i].row.label)));
      if (labels.size < run.length) continue;
      const whole = wholeOfRun(parts, rows, run);
      for (const i of run) {
        if (i === whole) continue;
        rows[i].indicatorId = null;
        rows[i].confidence = 0;
        rows[i].match = { best: null, runnerUp: null };
      }
    }
  }
}

/**
 * A row's analysis, made by a constructor: V8 learns that the objects of an object literal written
 * here outlive the scan and allocates them in the old generation, where every field written costs a
 * write barrier (a fifth of a scan's time at 10,000 rows); a class's objects start young. Fields are
 * set in the order the literal gave them, which is the order of the JSON report.
 */
class AnalysedRow implements RowAnalysis {
  row: number;
  label: string;
  declare labelWritten?: string;
  number: string | null;
  unit: string | null;
  group: string | null;
  indicatorId: string | null;
  confidence: number;
  band: MatchBand;
  runnerUp: RowAnalysis['runnerUp'];
  suggestion: RowAnalysis['suggestion'];
  direction: RowAnalysis['direction'];
  directionSource: RowAnalysis['directionSource'];
  source: RowAnalysis['source'];
  declare heading?: string;
  attention: readonly AttentionReason[];
  plan: Quantity;
  actual: Quantity;
  previous: Quantity;
  percentFormatted: RowAnalysis['percentFormatted'];
  planValue: RowAnalysis['planValue'];
  actualValue: RowAnalysis['actualValue'];
  bound: number | null;
  percentOfPlan: number | null;
  percentOfPrevious: number | null;
  status: RowAnalysis['status'];
  nearMiss: boolean;

  constructor(fields: RowAnalysis) {
    this.row = fields.row;
    this.label = fields.label;
    this.number = fields.number;
    this.unit = fields.unit;
    this.group = fields.group;
    this.indicatorId = fields.indicatorId;
    this.confidence = fields.confidence;
    this.band = fields.band;
    this.runnerUp = fields.runnerUp;
    this.suggestion = fields.suggestion;
    this.direction = fields.direction;
    this.directionSource = fields.directionSource;
    this.source = fields.source;
    this.attention = fields.attention;
    this.plan = fields.plan;
    this.actual = fields.actual;
    this.previous = fields.previous;
    this.percentFormatted = fields.percentFormatted;
    this.planValue = fields.planValue;
    this.actualValue = fields.actualValue;
    this.bound = fields.bound;
    this.percentOfPlan = fields.percentOfPlan;
    this.percentOfPrevious = fields.percentOfPrevious;
    this.status = fields.status;
    this.nearMiss = fields.nearMiss;
  }
}

/** A list whose first item states a family's head, as `analyseTable` reads it. */
interface FamilyList {
  label: string;
  id: string;
  /** The members read so far; a set only once a mate is looked for, as most lists have one item. */
  ids: Set<string> | null;
  depth: number;
  parent: number;
}

function membersOf(family: FamilyList): Set<string> {
  return (family.ids ??= new Set([family.id]));
}

/** Which of a row's cells show percent, made by a constructor for the reason `AnalysedRow` is. */
class PercentFormatted {
  constructor(
    public plan: boolean,
    public actual: boolean,
    public previous: boolean,
  ) {}
}

function analyseTable(
  parts: AnalyserParts,
  view: SheetView,
  layout: TableLayout,
  options: AnalyzeOptions,
  settings: Settings,
  decoded: DecodedSheet,
): TableAnalysis {
  const columns = applyColumnChoices(layout, view.name, options.choices, parts.dictionary);
  const rows: RowAnalysis[] = [];
  const rowChoices = options.choices?.rows && Object.keys(options.choices.rows).length ? options.choices.rows : null;
  const stack: Parent[] = [];
  const matched: MatchedRow[] = [];
  let group: string | null = null;
  // The first and last data rows and the depth of the top headings, in one pass without arrays.
  let firstDataRow: number | undefined;
  let lastDataRow: number | undefined;
  let topGroupDepth = Infinity;
  for (const r of layout.rows) {
    if (r.hasData) {
      firstDataRow ??= r.row;
      lastDataRow = r.row;
    } else if (r.depth < topGroupDepth) topGroupDepth = r.depth;
  }
  // A list whose first item carries the heading (`Cơ cấu kinh tế: Thương mại - dịch vụ`): the items
  // after it, at its depth and without a row between, are read in that heading's terms, until one is
  // not an indicator in them.
  let inline: { heading: string; depth: number } | null = null;
  // A list whose first item states a family's head (`Tổng đàn trâu, bò`, then `Lợn`): the item, the
  // members read so far, and where the list stands.
  let family: FamilyList | null = null;
  let previousRow = -1;
  for (const row of layout.rows) {
    while (stack.length && stack[stack.length - 1].depth >= row.depth) stack.pop();
    const label = row.label;
    if (!row.hasData) {
      // `Trong đó:` alone only says the rows below are parts of the row above.
      if (!parts.memo.get(namesSomething, label)) continue;
      // A heading names a group, not an indicator: it gives context but excludes nothing.
      if (row.depth <= topGroupDepth) group = label;
      family = null;
      stack.push({
        row: row.row,
        depth: row.depth,
        label,
        isSubItem: row.isSubItem,
        indicatorId: null,
        confidence: 0,
        unit: row.unit,
        hasData: false,
        byEngine: true,
      });
      continue;
    }
    const atEdge = row.row === firstDataRow || row.row === lastDataRow;
    if (inline && (row.depth !== inline.depth || row.row - previousRow > 1)) inline = null;
    const ownHeading = headingOf(parts, row, label, stack);
    const heading = ownHeading ?? (inline ? inline.heading : null);
    const carried = parts.memo.get(inlineHeading, label);
    previousRow = row.row;
    const whole = wholeNamedByPart(parts, row, label, stack);
    const parent = stack.length ? stack[stack.length - 1].row : -1;
    if (family && (family.depth !== row.depth || family.parent !== parent)) family = null;
    // A part that completes its whole's name is read in the whole's words (`- Cá nước ngọt` under
    // `DT nuôi thủy sản` is an area).
    const readIn = heading ?? whole?.label ?? null;
    let match: MatchResult =
      (atEdge ? totalOfBudget(parts, label, layout.context) : null) ??
      matchRow(parts, row, label, readIn, stack, whole);
    let mate = false;
    if (!match.best && family && parts.memo.get(wordCount, label) <= MAX_PART_WORDS) {
      const read = parts.matcher.matchFamilyMate(label, family.label, family.id, row.unit, membersOf(family));
      if (read) {
        match = read;
        mate = true;
      }
    }
    // A row the list's heading does not make an indicator ends the list.
    if (carried !== null) inline = { heading: carried, depth: row.depth };
    else if (ownHeading === null && inline && !match.best) inline = null;
    let indicatorId = match.best?.id ?? null;
    let confidence = match.best?.confidence ?? 0;
    let source: RowAnalysis['source'] = 'engine';
    // A wording the user taught beats the catalog's match; a choice saved in the workbook beats both.
    const learned = parts.dictionary.wording(label, row.unit, heading);
    if (learned && parts.catalog.get(learned.indicatorId)) {
      indicatorId = learned.indicatorId;
      confidence = 1;
      source = 'dictionary';
    }
    const choice = rowChoices ? rowChoices[rowChoiceKey(view.name, label)] : undefined;
    if (choice && choice.indicatorId !== undefined) {
      indicatorId = choice.indicatorId;
      confidence = 1;
      source = 'user';
    }
    if (source !== 'engine' || indicatorId === null) family = null;
    else if (mate && family) membersOf(family).add(indicatorId);
    else family = { label, id: indicatorId, ids: null, depth: row.depth, parent };
    let inherited = false;
    if (indicatorId !== null) for (const p of stack) if (p.indicatorId === indicatorId) inherited = true;
    stack.push({
      row: row.row,
      depth: row.depth,
      label,
      isSubItem: row.isSubItem,
      indicatorId,
      confidence,
      unit: row.unit,
      hasData: true,
      byEngine: source === 'engine',
    });
    matched.push({ row, group, heading, match, indicatorId, confidence, source, learned, choice, parent, inherited });
    if (whole && source === 'engine' && indicatorId === whole.indicatorId) wholeGivesWay(matched, whole.row);
  }
  partsOfOneIndicator(parts, matched);

  for (const {
    row,
    group,
    heading,
    match,
    indicatorId,
    confidence,
    source: matchedSource,
    learned,
    choice,
  } of matched) {
    const label = row.label;
    let source = matchedSource;
    const plan = quantityAt(view, row.row, columns.plan, layout.conventions.plan);
    const actual = quantityAt(view, row.row, columns.actual, layout.conventions.actual);
    const previous = quantityAt(view, row.row, columns.previous, layout.conventions.previous);
    const catalogDirection = indicatorId ? parts.catalog.get(indicatorId)?.direction : undefined;
    const suggestion = suggestionOf(indicatorId, match.best ? null : match.runnerUp, parts.matcher.tuning);
    const candidateDirection = suggestion ? (parts.catalog.get(suggestion.id)?.direction ?? null) : null;
    const inferred: InferredDirection = catalogDirection
      ? { direction: catalogDirection, source: 'catalog' }
      : inferDirection(label, row.unit, plan, previous, candidateDirection);
    let direction = effectiveDirection(inferred.direction, plan, actual);
    // A comparator in the plan (`dưới 1`) says which side is good: the plan's own words.
    let directionSource: DirectionSource = direction === inferred.direction ? inferred.source : 'words';
    if (source === 'dictionary' && learned?.direction) {
      direction = learned.direction;
      directionSource = 'learned';
    }
    if (choice?.direction) {
      direction = choice.direction;
      directionSource = 'user';
      source = 'user';
    }
    const evaluation = evaluate(direction, plan, actual, settings.nearMissPercent);
    const labelWritten = decoded.written.get(label);
    const band: MatchBand = source === 'dictionary' ? 'learned' : bandOf(indicatorId, confidence, parts.matcher.tuning);
    // Built in one shape and completed after: spreading optional keys in is the slowest part of a scan.
    const analysed = new AnalysedRow({
      row: row.row,
      label,
      number: row.number,
      unit: row.unit,
      group,
      indicatorId,
      confidence,
      band,
      runnerUp: match.best ? match.runnerUp : (match.runnerUp ?? null),
      suggestion,
      direction,
      directionSource,
      source,
      attention: source === 'user' ? NO_ATTENTION : attentionOf(band, directionSource),
      plan,
      actual,
      previous,
      percentFormatted: new PercentFormatted(
        percentFormatted(view, row.row, columns.plan),
        percentFormatted(view, row.row, columns.actual),
        percentFormatted(view, row.row, columns.previous),
      ),
      // A rating word is reported as its scale word on rating rows only; elsewhere as written.
      planValue: plan.kind === 'rating' && direction !== 'rating' ? plan.text : reportValue(plan),
      actualValue: reportValue(actual),
      bound: evaluation.bound,
      percentOfPlan: evaluation.percentOfPlan,
      percentOfPrevious: percentOfPrevious(actual, previous),
      status: evaluation.status,
      nearMiss: evaluation.nearMiss,
    });
    if (labelWritten !== undefined) analysed.labelWritten = labelWritten;
    if (heading !== null) analysed.heading = heading;
    rows.push(analysed);
  }
  const legacyEncoding = encodingOfRange(decoded, {
    top: layout.headerTop,
    left: layout.firstCol,
    bottom: layout.lastRow,
    right: layout.lastCol,
  });
  return {
    sheet: view.name,
    headerTop: layout.headerTop,
    headerBottom: layout.headerBottom,
    lastRow: layout.lastRow,
    firstCol: layout.firstCol,
    lastCol: layout.lastCol,
    outputCol: layout.outputCol,
    columns,
    roleDoubts: unchosenDoubts(layout, view.name, options.choices),
    headers: layout.headers,
    year: layout.year,
    conventions: layout.conventions,
    language: layout.language,
    ...(legacyEncoding && { legacyEncoding }),
    rows,
    existingOutput: layout.existingOutput,
  };
}

/** The one entry point from grids to an analysis; engines call it with their own parts. */
export function analyzeWorkbook(parts: AnalyserParts, grids: WorkbookGrids, options: AnalyzeOptions = {}): Analysis {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const sheets: SheetAnalysis[] = [];
  const issues: Issue[] = [];
  for (const sheet of grids.sheets) {
    // Text typed in a legacy Vietnamese font is read as Unicode before anything else reads it.
    const decoded = decodeSheetGrid(sheet, grids.defaultFont, parts.memo);
    const grid = decoded.grid;
    if (isSummaryGrid(grid)) continue;
    const view = new SheetView(grid, parts.memo);
    // A loop, not a closure made per sheet: a closure's optimised code (analyseTable inlined in it) is
    // dropped with it, and compiled again on every scan.
    const tables: TableAnalysis[] = [];
    for (const layout of findTables(view, settings.year ?? null)) {
      tables.push(analyseTable(parts, view, layout, options, settings, decoded));
    }
    sheets.push({ name: grid.name, tables });
    if (decoded.encoding) {
      issues.push({
        sheet: grid.name,
        message: `Chữ trên sheet được gõ bằng bảng mã ${LEGACY_ENCODING_NAMES[decoded.encoding]}; chitieu đã đọc thành Unicode, không sửa ô nào (text in a legacy Vietnamese encoding, read as Unicode; no cell changed).`,
        severity: 'info',
      });
    }
    for (const table of tables) {
      if (table.columns.plan === null) {
        issues.push({
          sheet: grid.name,
          message: 'Không tìm thấy cột kế hoạch (KH) trong bảng này.',
          severity: 'warning',
        });
      }
      if (table.columns.actual === null) {
        issues.push({
          sheet: grid.name,
          message: 'Không tìm thấy cột thực hiện (TH) trong bảng này.',
          severity: 'warning',
        });
      }
    }
  }
  return { sheets, issues, ...(grids.defaultFont && { defaultFont: grids.defaultFont }) };
}
