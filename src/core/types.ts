/**
 * The plain-data shapes that flow through chitieu:
 * grids (what a host reads) → analysis (what the engine understood) → write plan (what a host writes).
 * Every shape here is JSON-serialisable, so the CLI prints it, the task pane shows it,
 * the workbook settings store it and tests assert on it.
 */

/** An Excel error value as read from a cell (`#DIV/0!`, `#N/A`, …). */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | CellError | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet as plain data. Indexes are 0-based and anchored at A1:
 * `values[0][0]` is A1. Rows may be shorter than others; missing cells are empty.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Number format codes (en-US), parallel to `values`; missing means General. */
  numberFormats?: (string | null | undefined)[][];
  /** Formula text without the leading `=`, parallel to `values`; the value is the cached result. */
  formulas?: (string | null | undefined)[][];
  merges?: CellRange[];
  /** Ranges covered by Excel tables (ListObjects). */
  tables?: { name: string; range: CellRange }[];
  protected?: boolean;
  hidden?: boolean;
  /**
   * Font family of each cell, parallel to `values`; missing means the column's font, else the
   * workbook's default. Tells text typed in a legacy Vietnamese font (`.VnTime`, `VNI-Times`).
   */
  fonts?: (string | null | undefined)[][];
  /** Font family of each column whose cells all share one: for hosts that read fonts per column. */
  columnFonts?: (string | null | undefined)[];
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
  /** Font family of the workbook's Normal style: the font of cells that name none. */
  defaultFont?: string;
}

/** A pre-Unicode Vietnamese font encoding: TCVN3 (ABC, `.VnTime`) or VNI-Windows (`VNI-Times`). */
export type LegacyEncoding = 'tcvn3' | 'vni';

export type Direction = 'higher' | 'lower' | 'ceiling' | 'info' | 'rating';
export type Status = 'met' | 'shortfall' | 'not-evaluable' | 'info';

/** How a number is written as text: Vietnamese `1.152,1` or English `1,152.1`. */
export type NumberConvention = 'vi' | 'en';

/** A plan or actual cell as the engine understood it. */
export type Quantity =
  /** `text` when the number was read out of words (`Khoảng 35,86 ha`, `Phấn đấu đạt 92%`): Excel cannot read that cell as a number. */
  | { kind: 'number'; value: number; text?: string }
  | {
      kind: 'comparator';
      op: '>' | '>=' | '<' | '<=';
      value: number;
      text: string;
      /** A change to reach (`Giảm 0,5%`, `Tăng 5%`), not a level. */
      change?: boolean;
    }
  | { kind: 'range'; low: number; high: number; text: string }
  | { kind: 'rating'; rank: number; word: string; text: string }
  | { kind: 'none'; text?: string };

export type RoleName = 'label' | 'unit' | 'plan' | 'actual' | 'previous';

/** Column roles of a table, as 0-based column indexes. */
export interface ColumnRoles {
  label: number;
  unit: number | null;
  plan: number | null;
  actual: number | null;
  previous: number | null;
}

export interface IndicatorMatch {
  id: string;
  /** 0..1 */
  confidence: number;
}

/**
 * How sure a row's mapping is: `sure` and `likely` rows are mapped, `likely` ones flagged for review;
 * `learned` rows are mapped by the user's dictionary of wordings (a correction confirmed before).
 */
export type MatchBand = 'sure' | 'likely' | 'none' | 'learned';

/**
 * Why a row needs a person's eye before its results are written: no indicator was found, the match
 * is only `likely`, or the direction was guessed (from the label's or plan's words, the plan's
 * trajectory, or the default) rather than given by the catalog. A row the user decided needs none.
 */
export type AttentionReason = 'unmapped' | 'likely' | 'direction';

export interface RowAnalysis {
  /** 0-based row index in the sheet grid. */
  row: number;
  /** The label as Unicode: what the engine read and what a person sees. */
  label: string;
  /** The label cell's text as written, when it was typed in a legacy encoding and `label` is its Unicode reading. */
  labelWritten?: string;
  /** Outline number as written (`1`, `2.1`, `a`, `II`), or null. */
  number: string | null;
  /** Unit from the unit column, or from brackets in the label. */
  unit: string | null;
  /** Label of the group row this row sits under (`KINH TẾ`), or null. */
  group: string | null;
  indicatorId: string | null;
  /** Confidence of `indicatorId` (0..1); 0 when unmapped. */
  confidence: number;
  band: MatchBand;
  runnerUp: IndicatorMatch | null;
  /** For an unmapped row (`none`), its best candidate when close enough to offer in one click; else null. */
  suggestion: IndicatorMatch | null;
  direction: Direction;
  /**
   * Where the direction came from: the catalog, the label's or plan's words, the plan's trajectory,
   * the default, the dictionary of wordings, or the user.
   */
  directionSource: 'catalog' | 'words' | 'trajectory' | 'default' | 'learned' | 'user';
  /** Where the mapping came from: the engine's match, the dictionary of wordings, or a choice saved in the workbook. */
  source: 'engine' | 'dictionary' | 'user';
  /** The heading a sub-row that only names a part (`Trong đó: Lúa`) was read under. */
  heading?: string;
  /** What a person should check on this row; empty when the engine is sure of it or the user decided it. */
  attention: readonly AttentionReason[];
  plan: Quantity;
  actual: Quantity;
  previous: Quantity;
  /** The plan and actual cells hold fractions shown as percent (`0.0%`), which formulas scale by 100. */
  percentFormatted: { plan: boolean; actual: boolean; previous?: boolean };
  /** Values in the form of the JSON report: number, verbatim text target, rating word, or null. */
  planValue: number | string | null;
  actualValue: number | string | null;
  /** The number the actual is compared with, after reading comparators and ranges. */
  bound: number | null;
  percentOfPlan: number | null;
  /** Actual against the previous period, in percent. */
  percentOfPrevious: number | null;
  status: Status;
  /** Within the near-miss band of the bound, but still short. */
  nearMiss: boolean;
}

/** Output columns chitieu wrote earlier and recognises on a second run. */
export interface ExistingOutput {
  percent: number | null;
  status: number | null;
  previousPercent: number | null;
}

export interface TableAnalysis {
  sheet: string;
  /** 0-based index of the first and last header rows. */
  headerTop: number;
  headerBottom: number;
  /** 0-based index of the last row belonging to the table. */
  lastRow: number;
  /** 0-based leftmost and rightmost columns holding the user's table (own output columns excluded). */
  firstCol: number;
  lastCol: number;
  /** First column chitieu writes to: its own columns from an earlier run, or the first free pair right of the table. */
  outputCol: number;
  columns: ColumnRoles;
  /**
   * Roles the engine is unsure of: not found, found by guessing (labels in an unheaded column, the
   * plan under a `Chỉ tiêu` header), or chosen among several equal candidates. Empty when every role
   * was read from its header or the user chose it.
   */
  roleDoubts: RoleName[];
  /** The header text of every column, joined over the header rows. */
  headers: string[];
  /** Report year the plan and actual belong to, when the headers say. */
  year: number | null;
  /** Number convention of text numbers, per role, decided from the column's evidence. */
  conventions: Partial<Record<RoleName, NumberConvention>>;
  /** Language of the table's headers; decides the texts chitieu writes beside it. */
  language: 'vi' | 'en';
  /** The legacy encoding the table is typed in (its text was read as Unicode), when it is. */
  legacyEncoding?: LegacyEncoding;
  rows: RowAnalysis[];
  existingOutput: ExistingOutput;
}

export interface SheetAnalysis {
  name: string;
  tables: TableAnalysis[];
}

export interface Issue {
  sheet: string;
  /** A1-style cell address, when the problem is in one cell. */
  cell?: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
}

export interface Analysis {
  sheets: SheetAnalysis[];
  issues: Issue[];
  /** The workbook's default font, as the host read it: what chitieu's own cells get when it shows Unicode. */
  defaultFont?: string;
}

/** What the user decided in the review; stored in the workbook and re-applied on every scan. */
export interface UserChoices {
  /** Column roles per table, keyed by `sheet!headerRow` (headerRow 1-based). */
  columns?: Record<string, Partial<Record<RoleName, number | null>>>;
  /** Indicator and direction per row, keyed by `sheet!normalised label`. */
  rows?: Record<string, { indicatorId?: string | null; direction?: Direction }>;
}

export interface Settings {
  /** Near-miss band in percent of the bound (default 5). */
  nearMissPercent: number;
  /** Language of the texts written into the workbook; default follows the workbook's headers. */
  outputLanguage?: 'vi' | 'en';
  /** Report year; default: decided from the headers, else the latest year seen. */
  year?: number;
}

export type OutputKind = 'percent' | 'status' | 'previousPercent';

export interface CellWrite {
  /** 0-based row. */
  row: number;
  /** Formula in en-US syntax without `=` and without `_xlfn.` prefixes; hosts add what their format needs. */
  formula?: string;
  value?: string | number;
  /** What the formula evaluates to now, by the engine; hosts may store it as the cached value. */
  result?: string | number;
  numberFormat?: string;
}

export type RuleStyle = 'shortfall' | 'nearMiss' | 'met';

export interface ConditionalRule {
  /** The range the rule applies to. */
  range: CellRange;
  /** Custom formula written relative to the range's top-left cell, without `=`. */
  formula: string;
  style: RuleStyle;
  /** Lower number wins. */
  priority: number;
}

export interface OutputColumn {
  kind: OutputKind;
  /** 0-based column index. */
  col: number;
  header: string;
  /** Header cells span these rows (0-based, inclusive); hosts merge them when they differ. */
  headerTop: number;
  headerBottom: number;
  /** A header cell of the user's table whose look the new header copies. */
  headerStyleFrom: { row: number; col: number } | null;
  /**
   * Font family for the header and every cell of the column, over any copied look: a Unicode font,
   * set when the table is typed in a legacy encoding (its fonts cannot show chitieu's Unicode texts).
   */
  font?: string;
  cells: CellWrite[];
}

export interface TableWrite {
  sheet: string;
  /** The table's (bottom) header row, 1-based as Excel numbers rows: unlike every other row in the plan. */
  headerRow: number;
  columns: OutputColumn[];
  rules: ConditionalRule[];
  /** Whether the output columns replace columns chitieu wrote before. */
  updatesInPlace: boolean;
}

export interface WritePlan {
  language: 'vi' | 'en';
  tables: TableWrite[];
}

/** Colours of the conditional formats, shared by both hosts. */
export const RULE_COLOURS: Readonly<Record<RuleStyle, { readonly fill: string; readonly font: string }>> = {
  shortfall: { fill: '#FFC7CE', font: '#9C0006' },
  nearMiss: { fill: '#FFEB9C', font: '#9C5700' },
  met: { fill: '#C6EFCE', font: '#006100' },
};

/** One standard indicator of the catalog. */
export interface Indicator {
  id: string;
  group: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  direction: Direction;
}

export interface StatusCounts {
  total: number;
  met: number;
  shortfall: number;
  notEvaluable: number;
  info: number;
}

export interface ShortfallItem {
  sheet: string;
  /** 0-based row and the column of the actual value (to select in Excel). */
  row: number;
  col: number;
  label: string;
  indicatorId: string | null;
  direction: Direction;
  plan: number | string | null;
  actual: number | string | null;
  percentOfPlan: number | null;
  /** How far short, in the indicator's unit (positive), when both sides are numbers. */
  gap: number | null;
  unit: string | null;
  nearMiss: boolean;
  /** Change against the previous period (actual − previous) and actual as a percent of it, when the table has one. */
  changeFromPrevious?: number | null;
  percentOfPrevious?: number | null;
}

export interface Summary {
  overall: StatusCounts;
  /** Per group row of the tables (`KINH TẾ`, `VĂN HÓA - XÃ HỘI`), or per sheet when a table has no groups. */
  byGroup: { group: string; sheet: string; counts: StatusCounts }[];
  shortfalls: ShortfallItem[];
}
