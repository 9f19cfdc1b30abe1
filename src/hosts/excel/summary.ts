/**
 * Summary sheet → Excel through Office.js, with a column chart of percent of plan and the 100 % line.
 * Replaces chitieu's earlier summary sheet (found by its marker cell), never a user's sheet.
 */
import {
  chooseSummaryName,
  isSummaryMarker,
  SUMMARY_MARKER,
  type SummaryCell,
  type SummaryChart,
  type SummarySheet,
  type SummaryStyle,
} from '../../core/summary-sheet';
import type { CellValue } from '../../core/types';
import { HostError } from '../host';
import type { Messages } from '../../core/messages';
import { asText } from './text';

/** Excel column widths are in points; a character of the default font is about seven. */
const POINTS_PER_CHAR = 7;

function valueOf(cell: SummaryCell | null): string | number {
  if (!cell || cell.formula !== undefined) return '';
  return typeof cell.value === 'string' ? asText(cell.value) : (cell.value ?? '');
}

function applyStyle(range: Excel.Range, style: SummaryStyle): void {
  const font = range.format.font;
  if (style === 'title') {
    font.bold = true;
    font.size = 14;
  } else if (style === 'section') {
    font.bold = true;
    font.size = 12;
  } else if (style === 'header') {
    font.bold = true;
    range.format.fill.color = '#D9E1F2';
    range.format.wrapText = true;
  } else if (style === 'total') font.bold = true;
  else if (style === 'note') {
    font.italic = true;
    font.color = '#595959';
  } else {
    font.color = '#0563C1';
    font.underline = Excel.RangeUnderlineStyle.single;
  }
}

function addChart(ws: Excel.Worksheet, chart: SummaryChart): void {
  const rows = chart.lastRow - chart.firstRow + 1;
  const categories = ws.getRangeByIndexes(chart.firstRow, chart.categoryCol, rows, 1);
  const value = ws.getRangeByIndexes(chart.firstRow, chart.valueCol, rows, 1);
  const line = ws.getRangeByIndexes(chart.firstRow, chart.lineCol, rows, 1);
  const added = ws.charts.add(Excel.ChartType.columnClustered, value, Excel.ChartSeriesBy.columns);
  added.title.text = chart.title;
  const bars = added.series.getItemAt(0);
  bars.name = chart.seriesNames.value;
  bars.setXAxisValues(categories);
  const planLine = added.series.add(chart.seriesNames.line);
  planLine.setValues(line);
  planLine.setXAxisValues(categories);
  planLine.chartType = Excel.ChartType.line;
  added.setPosition(ws.getRangeByIndexes(chart.anchor.row, chart.anchor.col, 1, 1));
}

/**
 * Writes the summary sheet in two syncs after finding the sheets; returns the name it got.
 * The workbook's structure protection is read with the sheet names: a protected workbook gets a
 * message before the earlier summary is deleted (review A.14). An earlier summary sheet someone
 * hid is left alone and the new one takes a free name: deleting a very hidden sheet fails by
 * design (office-js #365), and a hidden one was hidden by a person.
 */
export async function writeSummary(context: Excel.RequestContext, sheet: SummarySheet, m: Messages): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  if (protection.protected) throw new HostError(m.workbookProtected());
  const markers = sheets.items.map((ws) => {
    const cell = ws.getRangeByIndexes(SUMMARY_MARKER.row, SUMMARY_MARKER.col, 1, 1);
    cell.load('values');
    return { name: ws.name, visible: ws.visibility === Excel.SheetVisibility.visible, cell };
  });
  await context.sync();
  const name = chooseSummaryName(
    sheet.name,
    markers.map((x) => ({ name: x.name, ours: x.visible && isSummaryMarker(x.cell.values[0][0] as CellValue) })),
  );
  sheets.items.find((ws) => ws.name.toLowerCase() === name.toLowerCase())?.delete();
  const ws = sheets.add(name);

  const width = Math.max(...sheet.rows.map((row) => row.length));
  const grid = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const all = ws.getRangeByIndexes(0, 0, grid.length, width);
  all.values = grid.map((row) => row.map(valueOf));
  all.numberFormat = grid.map((row) => row.map((cell) => cell?.numberFormat ?? 'General'));
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getRangeByIndexes(r, c, 1, 1);
      if (cell.formula !== undefined) target.formulas = [[`=${cell.formula}`]];
      if (cell.style) applyStyle(target, cell.style);
    }),
  );
  sheet.columnWidths.forEach((chars, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  ws.getRangeByIndexes(0, SUMMARY_MARKER.col, 1, 1).columnHidden = true;
  if (sheet.chart) addChart(ws, sheet.chart);
  await context.sync();
  return name;
}
