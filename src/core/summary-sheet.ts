/**
 * Analysis → the summary sheet (`Tổng hợp` / `Summary`) as host-neutral rows of cells:
 * counts overall and per group, the shortfalls with links to their rows, and percent of plan
 * per indicator with the 100 % line a chart draws. Hosts only write what this describes.
 */
import { OUTPUT_HEADERS } from './headers';
import { columnLetter } from './a1';
import { encodingOfFont, unicodeFontFor } from './legacy-encoding';
import { summarize } from './summary';
import type { Analysis, CellValue, SheetGrid, StatusCounts } from './types';
import { PERCENT_FORMAT, STATUS_TEXTS } from './write-plan';

export const SUMMARY_SHEET_NAMES = { vi: 'Tổng hợp', en: 'Summary' } as const;

/** The cell that marks a sheet as chitieu's summary (Z1, in a hidden column); a user's sheet never has it. */
export const SUMMARY_MARKER = { row: 0, col: 25, text: 'chitieu:summary' } as const;

export type SummaryStyle = 'title' | 'note' | 'section' | 'header' | 'total' | 'link';

export interface SummaryCell {
  /** Written as a plain value: a string stays a string even when it starts with `=`. */
  value?: string | number;
  /** A formula chitieu builds itself from sheet names and addresses only; en-US, without `=`. */
  formula?: string;
  result?: string | number;
  numberFormat?: string;
  style?: SummaryStyle;
}

export interface SummaryChart {
  title: string;
  /** 0-based rows of the plotted indicators, inclusive. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  valueCol: number;
  /** A column holding 100 on every row, drawn as the plan line. */
  lineCol: number;
  seriesNames: { value: string; line: string };
  /** Top-left cell of the chart. */
  anchor: { row: number; col: number };
}

export interface SummarySheet {
  /** The name chitieu wants; a host picks `name (2)` when a user's sheet already has it. */
  name: string;
  language: 'vi' | 'en';
  /** `rows[0][0]` is A1; null is an empty cell. */
  rows: (SummaryCell | null)[][];
  /** Character widths of the columns from A. */
  columnWidths: number[];
  chart: SummaryChart | null;
  /** Font family of every cell, when the workbook's default font cannot show Unicode (`.VnTime`). */
  font?: string;
}

const TEXTS = {
  vi: {
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    overall: (met: number, total: number) => `Hoàn thành ${met}/${total} chỉ tiêu được đánh giá.`,
    note: 'Bảng do chitieu lập; số liệu theo lần chạy gần nhất, chạy lại để cập nhật.',
    counts: 'I. SỐ CHỈ TIÊU THEO KẾT QUẢ',
    countHeaders: ['Nhóm chỉ tiêu', 'Sheet', 'Tổng số', 'Đạt', 'Không đạt', 'Thiếu số liệu', 'Chỉ theo dõi'],
    all: 'Tất cả',
    shortfalls: 'II. CÁC CHỈ TIÊU KHÔNG ĐẠT',
    shortfallHeaders: ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', OUTPUT_HEADERS.vi.percent, 'Vị trí', 'Ghi chú'],
    nearMiss: 'Sát mức',
    none: 'Không có chỉ tiêu nào không đạt.',
    percents: 'III. TỶ LỆ THỰC HIỆN SO VỚI KẾ HOẠCH',
    percentHeaders: [
      'Chỉ tiêu',
      'ĐVT',
      OUTPUT_HEADERS.vi.percent,
      'Mốc kế hoạch (%)',
      'Đánh giá',
      OUTPUT_HEADERS.vi.previousPercent,
      'Vị trí',
    ],
    chart: 'Tỷ lệ thực hiện so với kế hoạch (%)',
  },
  en: {
    title: 'SUMMARY OF INDICATOR RESULTS',
    overall: (met: number, total: number) => `${met} of ${total} evaluated indicators met.`,
    note: 'Made by chitieu from the latest run; run again to update.',
    counts: 'I. INDICATORS BY RESULT',
    countHeaders: ['Group', 'Sheet', 'Total', 'Met', 'Shortfall', 'No data', 'Information only'],
    all: 'All',
    shortfalls: 'II. INDICATORS SHORT OF PLAN',
    shortfallHeaders: ['Indicator', 'Unit', 'Plan', 'Actual', OUTPUT_HEADERS.en.percent, 'Location', 'Note'],
    nearMiss: 'Near miss',
    none: 'No indicator is short of plan.',
    percents: 'III. PERCENT OF PLAN BY INDICATOR',
    percentHeaders: [
      'Indicator',
      'Unit',
      OUTPUT_HEADERS.en.percent,
      'Plan line (%)',
      'Status',
      OUTPUT_HEADERS.en.previousPercent,
      'Location',
    ],
    chart: 'Percent of plan (%)',
  },
} as const;

/** A sheet name as a formula reference: quoted when it is not a plain word, `'` doubled inside. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `HYPERLINK("#'Kinh tế (2023)'!B31","Kinh tế (2023)!B31")`: built from the sheet name and address only. */
export function hyperlinkFormula(sheet: string, row: number, col: number): string {
  const address = `${columnLetter(col)}${row + 1}`;
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(`#${sheetReference(sheet)}!${address}`)},${quote(`${sheet}!${address}`)})`;
}

function link(sheet: string, row: number, col: number): SummaryCell {
  return {
    formula: hyperlinkFormula(sheet, row, col),
    result: `${sheet}!${columnLetter(col)}${row + 1}`,
    style: 'link',
  };
}

function text(value: string | number | null, style?: SummaryStyle): SummaryCell | null {
  if (value === null || value === '') return null;
  return style ? { value, style } : { value };
}

function percent(value: number | null): SummaryCell | null {
  return value === null ? null : { value: Math.round(value * 10) / 10, numberFormat: PERCENT_FORMAT };
}

function countCells(label: string, sheet: string, c: StatusCounts, style?: SummaryStyle): (SummaryCell | null)[] {
  return [
    text(label, style),
    text(sheet, style),
    ...[c.total, c.met, c.shortfall, c.notEvaluable, c.info].map((n) => (style ? { value: n, style } : { value: n })),
  ];
}

export function buildSummarySheet(analysis: Analysis, language: 'vi' | 'en'): SummarySheet {
  const t = TEXTS[language];
  const summary = summarize(analysis);
  const { overall } = summary;
  const rows: (SummaryCell | null)[][] = [];
  const header = (texts: readonly string[]): (SummaryCell | null)[] => texts.map((h) => text(h, 'header'));

  rows.push([text(t.title, 'title')]);
  rows.push([text(t.overall(overall.met, overall.met + overall.shortfall), 'total')]);
  rows.push([text(t.note, 'note')]);
  rows.push([]);

  rows.push([text(t.counts, 'section')]);
  rows.push(header(t.countHeaders));
  rows.push(countCells(t.all, '', overall, 'total'));
  for (const g of summary.byGroup) rows.push(countCells(g.group, g.sheet, g.counts));
  rows.push([]);

  rows.push([text(t.shortfalls, 'section')]);
  if (summary.shortfalls.length === 0) rows.push([text(t.none)]);
  else {
    rows.push(header(t.shortfallHeaders));
    for (const s of summary.shortfalls) {
      rows.push([
        text(s.label),
        text(s.unit),
        text(s.plan),
        text(s.actual),
        percent(s.percentOfPlan),
        link(s.sheet, s.row, s.col),
        s.nearMiss ? text(t.nearMiss) : null,
      ]);
    }
  }
  rows.push([]);

  rows.push([text(t.percents, 'section')]);
  rows.push(header(t.percentHeaders));
  const firstRow = rows.length;
  const status = STATUS_TEXTS[language];
  for (const sheet of analysis.sheets) {
    for (const table of sheet.tables) {
      for (const r of table.rows) {
        if (r.percentOfPlan === null) continue;
        const shown = r.status === 'met' ? status.met : r.status === 'shortfall' ? status.shortfall : '';
        rows.push([
          text(r.label),
          text(r.unit),
          percent(r.percentOfPlan),
          { value: 100, numberFormat: PERCENT_FORMAT },
          text(shown),
          percent(r.percentOfPrevious),
          link(sheet.name, r.row, table.columns.actual ?? table.columns.label),
        ]);
      }
    }
  }
  const lastRow = rows.length - 1;
  const chart: SummaryChart | null =
    lastRow >= firstRow
      ? {
          title: t.chart,
          firstRow,
          lastRow,
          categoryCol: 0,
          valueCol: 2,
          lineCol: 3,
          seriesNames: { value: t.percentHeaders[2], line: t.percentHeaders[3] },
          anchor: { row: 4, col: 8 },
        }
      : null;

  const marker = rows[SUMMARY_MARKER.row];
  while (marker.length < SUMMARY_MARKER.col) marker.push(null);
  marker[SUMMARY_MARKER.col] = { value: SUMMARY_MARKER.text };

  return {
    name: SUMMARY_SHEET_NAMES[language],
    language,
    rows,
    columnWidths: [48, 16, 12, 12, 12, 14, 28],
    chart,
    // A new sheet shows the workbook's default font; a legacy one would garble the Unicode texts.
    ...(encodingOfFont(analysis.defaultFont) && { font: unicodeFontFor(analysis.defaultFont) }),
  };
}

/** Whether a sheet's cell values mark it as chitieu's summary. */
export function isSummaryMarker(value: CellValue | undefined): boolean {
  return value === SUMMARY_MARKER.text;
}

export function isSummaryGrid(grid: SheetGrid): boolean {
  return isSummaryMarker(grid.values[SUMMARY_MARKER.row]?.[SUMMARY_MARKER.col]);
}

/**
 * Where the summary goes: its own name, replacing chitieu's earlier sheet; when a user's sheet has
 * the name, the first `name (n)` that is free or chitieu's.
 */
export function chooseSummaryName(wanted: string, sheets: { name: string; ours: boolean }[]): string {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.ours]));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    const ours = byName.get(name.toLowerCase());
    if (ours === undefined || ours) return name;
  }
}
