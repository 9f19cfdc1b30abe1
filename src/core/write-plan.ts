/**
 * Analysis → write plan: for each table, the `TH/KH (%)` and `Đánh giá` columns as live formulas
 * that read the user's plan and actual cells (text numbers included), and the conditional formats.
 * Hosts only translate the plan; nothing here knows Office.js or ExcelJS.
 */
import { OUTPUT_HEADERS, STATUS_TEXTS } from './headers';
import { actualNumber, RATING_SCALE } from './quantity';
import { columnLetter } from './a1';
import { encodeLegacy, encodingOfFont, unicodeFontFor } from './legacy-encoding';
import type {
  Analysis,
  LegacyEncoding,
  CellWrite,
  ConditionalRule,
  NumberConvention,
  OutputColumn,
  RowAnalysis,
  Settings,
  TableAnalysis,
  TableWrite,
  WritePlan,
} from './types';

export { STATUS_TEXTS };

export const PERCENT_FORMAT = '0.0';

/** Functions newer than Excel 2007 used in the plan's formulas; the xlsx host prefixes them with `_xlfn.`. */
export const NEWER_FUNCTIONS = ['NUMBERVALUE'] as const;

function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The number a cell shows, as a formula: real numbers as they are (percent-formatted fractions ×100),
 * text numbers read by NUMBERVALUE in the column's convention with a `%` sign dropped, anything else "".
 */
export function shownNumberFormula(ref: string, percentFormatted: boolean, convention: NumberConvention): string {
  const [decimal, group] = convention === 'vi' ? [',', '.'] : ['.', ','];
  const numeric = percentFormatted ? `${ref}*100` : ref;
  const text = `NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(TRIM(${ref}),"%","")," ",""),${str(decimal)},${str(group)})`;
  return `IFERROR(IF(ISNUMBER(${ref}),${numeric},IF(TRIM(${ref})="","",${text})),"")`;
}

/**
 * The rank of a rating cell (Kém 1 … Xuất sắc 7), 0 when it names none; the highest word found wins.
 * In a table typed in a legacy encoding the cell holds the word's codes (`Giái` for Giỏi): those are searched too.
 */
export function ratingRankFormula(ref: string, encoding?: LegacyEncoding): string {
  const scale = RATING_SCALE.map((word, i) => ({ word, rank: i + 1 }));
  const all = encoding
    ? [...scale, ...scale.map((w) => ({ word: encodeLegacy(w.word, encoding), rank: w.rank }))]
    : scale;
  const words = all.map((w) => str(w.word)).join(',');
  const ranks = all.map((w) => w.rank).join(',');
  return `IFERROR(SUMPRODUCT(MAX(ISNUMBER(SEARCH({${words}},${ref}))*{${ranks}})),0)`;
}

/** The text the status formula shows for a row's status. */
export function statusText(row: Pick<RowAnalysis, 'status'>, lang: 'vi' | 'en'): string {
  const texts = STATUS_TEXTS[lang];
  return row.status === 'met'
    ? texts.met
    : row.status === 'shortfall'
      ? texts.shortfall
      : row.status === 'info'
        ? ''
        : texts.noData;
}

interface RowFormulas {
  percent: CellWrite;
  status: CellWrite;
}

function rowFormulas(table: TableAnalysis, row: RowAnalysis, percentCol: number, lang: 'vi' | 'en'): RowFormulas {
  const texts = STATUS_TEXTS[lang];
  const r = row.row + 1;
  const planCol = table.columns.plan;
  const actualCol = table.columns.actual;
  const pctRef = `${columnLetter(percentCol)}${r}`;
  const blank: CellWrite = { row: row.row, value: '' };
  if (planCol === null || actualCol === null) {
    // A formula, not a typed text: chitieu's columns hold only its formulas, which is how a
    // second run tells them from a user's own `Đánh giá` column.
    const status: CellWrite =
      row.direction === 'info' ? blank : { row: row.row, formula: str(texts.noData), result: texts.noData };
    return { percent: blank, status };
  }
  const planRef = `${columnLetter(planCol)}${r}`;
  const actualRef = `${columnLetter(actualCol)}${r}`;

  if (row.direction === 'rating') {
    const a = ratingRankFormula(actualRef, table.legacyEncoding);
    const p = ratingRankFormula(planRef, table.legacyEncoding);
    return {
      percent: blank,
      status: {
        row: row.row,
        formula: `IF(OR(${a}=0,${p}=0),${str(texts.noData)},IF(${a}>=${p},${str(texts.met)},${str(texts.shortfall)}))`,
        result: statusText(row, lang),
      },
    };
  }

  // A cell Excel can read as a number is read live; words around a number (`Khoảng 35,86 ha`,
  // `trên 92`, `9 - 9,5`) are compared through the number the engine read out of them.
  const readAsWords = (q: RowAnalysis['plan']): boolean =>
    q.kind === 'comparator' || q.kind === 'range' || (q.kind === 'number' && q.text !== undefined);
  const parsedActual = actualNumber(row.actual);
  const actualValue = parsedActual === null ? '""' : String(parsedActual);
  const actual = readAsWords(row.actual)
    ? actualValue
    : shownNumberFormula(actualRef, row.percentFormatted.actual, table.conventions.actual ?? 'vi');
  const bound = readAsWords(row.plan)
    ? row.bound === null
      ? '""'
      : String(row.bound)
    : shownNumberFormula(planRef, row.percentFormatted.plan, table.conventions.plan ?? 'vi');
  const percent: CellWrite = {
    row: row.row,
    // ISNUMBER, not ="": LibreOffice counts 0 as equal to "".
    formula: `IFERROR(IF(AND(ISNUMBER(${actual}),ISNUMBER(${bound})),IF(${bound}=0,"",${actual}/${bound}*100),""),"")`,
    result: row.percentOfPlan ?? '',
    numberFormat: PERCENT_FORMAT,
  };
  if (row.direction === 'info') return { percent, status: blank };
  const comparison = row.direction === 'higher' ? '>=' : '<=';
  const status: CellWrite = {
    row: row.row,
    formula: `IF(ISNUMBER(${pctRef}),IF(${actual}${comparison}${bound},${str(texts.met)},${str(texts.shortfall)}),${str(texts.noData)})`,
    result: statusText(row, lang),
  };
  return { percent, status };
}

/** Actual over the previous period ×100, both read as the cells show them; blank for ratings and missing values. */
function previousPercentCell(table: TableAnalysis, row: RowAnalysis): CellWrite {
  const r = row.row + 1;
  const actualCol = table.columns.actual;
  const previousCol = table.columns.previous;
  if (actualCol === null || previousCol === null || row.direction === 'rating') return { row: row.row, value: '' };
  const actual = shownNumberFormula(
    `${columnLetter(actualCol)}${r}`,
    row.percentFormatted.actual,
    table.conventions.actual ?? 'vi',
  );
  const previous = shownNumberFormula(
    `${columnLetter(previousCol)}${r}`,
    row.percentFormatted.previous ?? false,
    table.conventions.previous ?? 'vi',
  );
  // The formula reads only numbers as shown; a text target like `trên 92` gives "" there, so the result does too.
  const readable = row.actual.kind === 'number' && row.previous.kind === 'number';
  return {
    row: row.row,
    formula: `IFERROR(IF(AND(ISNUMBER(${actual}),ISNUMBER(${previous})),IF(${previous}=0,"",${actual}/${previous}*100),""),"")`,
    result: readable ? (row.percentOfPrevious ?? '') : '',
    numberFormat: PERCENT_FORMAT,
  };
}

function rules(
  percentCol: number,
  statusCol: number,
  top: number,
  bottom: number,
  lang: 'vi' | 'en',
  nearMissPercent: number,
): ConditionalRule[] {
  const range = { top, left: percentCol, bottom, right: statusCol };
  const status = `$${columnLetter(statusCol)}${top + 1}`;
  const pct = `$${columnLetter(percentCol)}${top + 1}`;
  const texts = STATUS_TEXTS[lang];
  return [
    {
      range,
      style: 'nearMiss',
      priority: 1,
      formula: `AND(${status}=${str(texts.shortfall)},ISNUMBER(${pct}),ABS(${pct}-100)<=${nearMissPercent})`,
    },
    { range, style: 'shortfall', priority: 2, formula: `${status}=${str(texts.shortfall)}` },
    { range, style: 'met', priority: 3, formula: `${status}=${str(texts.met)}` },
  ];
}

function headerStyleSource(table: TableAnalysis): { row: number; col: number } {
  return { row: table.headerBottom, col: table.columns.actual ?? table.columns.plan ?? table.columns.label };
}

/**
 * The font of chitieu's columns beside a table: none (the look hosts give today) unless the table is
 * typed in a legacy encoding or the workbook's default font is one; then a Unicode font, so that
 * `Đánh giá` and `Chưa đạt` read as they are.
 */
export function outputFont(table: TableAnalysis, defaultFont?: string): string | undefined {
  if (!table.legacyEncoding && !encodingOfFont(defaultFont)) return undefined;
  return unicodeFontFor(defaultFont);
}

export function buildTableWrite(
  table: TableAnalysis,
  lang: 'vi' | 'en',
  settings: Pick<Settings, 'nearMissPercent'>,
  defaultFont?: string,
): TableWrite {
  const font = outputFont(table, defaultFont);
  const headers = OUTPUT_HEADERS[lang];
  const percentCol = table.existingOutput.percent ?? table.outputCol;
  const statusCol = table.existingOutput.status ?? percentCol + 1;
  const percentCells: CellWrite[] = [];
  const statusCells: CellWrite[] = [];
  for (const row of table.rows) {
    const f = rowFormulas(table, row, percentCol, lang);
    percentCells.push(f.percent);
    statusCells.push(f.status);
  }
  const column = (kind: OutputColumn['kind'], col: number, header: string, cells: CellWrite[]): OutputColumn => ({
    kind,
    col,
    header,
    headerTop: table.headerTop,
    headerBottom: table.headerBottom,
    headerStyleFrom: headerStyleSource(table),
    ...(font && { font }),
    cells,
  });
  const columns = [
    column('percent', percentCol, headers.percent, percentCells),
    column('status', statusCol, headers.status, statusCells),
  ];
  if (table.columns.previous !== null) {
    const previousCol = table.existingOutput.previousPercent ?? statusCol + 1;
    const cells = table.rows.map((row) => previousPercentCell(table, row));
    columns.push(column('previousPercent', previousCol, headers.previousPercent, cells));
  }
  const first = table.rows[0]?.row ?? table.headerBottom + 1;
  return {
    sheet: table.sheet,
    headerRow: table.headerBottom + 1,
    columns,
    rules: table.rows.length ? rules(percentCol, statusCol, first, table.lastRow, lang, settings.nearMissPercent) : [],
    updatesInPlace: table.existingOutput.percent !== null,
  };
}

/** The plan of every table; `settings.outputLanguage` overrides each table's own language. */
export function buildWritePlan(analysis: Analysis, settings: Partial<Settings> = {}): WritePlan {
  const tables: TableWrite[] = [];
  const nearMissPercent = settings.nearMissPercent ?? 5;
  for (const sheet of analysis.sheets) {
    for (const table of sheet.tables) {
      tables.push(
        buildTableWrite(table, settings.outputLanguage ?? table.language, { nearMissPercent }, analysis.defaultFont),
      );
    }
  }
  const language = settings.outputLanguage ?? analysis.sheets.flatMap((s) => s.tables)[0]?.language ?? 'vi';
  return { language, tables };
}
