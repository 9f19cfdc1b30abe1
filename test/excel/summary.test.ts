/**
 * The summary sheet through the Excel host, against the Office.js fake: counts equal the analysis,
 * links are formulas built by chitieu, labels stay text, the chart has the 100 % line, and a
 * re-run replaces chitieu's sheet but never a user's.
 */
import path from 'path';
import { summarize } from '../../src/core';
import { analyzeWorkbook } from '../helpers/engine';
import { buildSummarySheet, hyperlinkFormula, SUMMARY_MARKER } from '../../src/core/summary-sheet';
import type { Analysis, StatusCounts, WorkbookGrids } from '../../src/core/types';
import { ExcelHost } from '../../src/hosts/excel';
import { openGridsFile } from '../../src/hosts/xlsx/open';
import { FakeWorkbook, installExcelFake, type FakeSheet, type InstalledFake } from '../fakes/excel-fake';
import { SAMPLES } from '../helpers/samples';

function fakeFromGrids(grids: WorkbookGrids): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const grid of grids.sheets) {
    const sheet = book.addSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && typeof v !== 'object') sheet.setCell(r, c, { value: v });
      }),
    );
  }
  return book;
}

function readCounts(sheet: FakeSheet): {
  overall: StatusCounts;
  groups: { group: string; sheet: string; counts: StatusCounts }[];
} {
  let header = -1;
  for (let r = 0; r < 100 && header < 0; r++) if (sheet.cell(r, 2)?.value === 'Tổng số') header = r;
  expect(header).toBeGreaterThan(0);
  const lines = [];
  for (let r = header + 1; sheet.cell(r, 2)?.value !== undefined; r++) {
    const n = (c: number): number => sheet.cell(r, c)?.value as number;
    lines.push({
      group: String(sheet.cell(r, 0)?.value ?? ''),
      sheet: String(sheet.cell(r, 1)?.value ?? ''),
      counts: { total: n(2), met: n(3), shortfall: n(4), notEvaluable: n(5), info: n(6) },
    });
  }
  return { overall: lines[0].counts, groups: lines.slice(1) };
}

describe('summary sheet through the Excel host', () => {
  let fake: InstalledFake;
  let analysis: Analysis;
  let grids: WorkbookGrids;

  beforeAll(async () => {
    grids = await openGridsFile(path.join(SAMPLES, 'trung-son-2023.xlsx'));
    analysis = analyzeWorkbook(grids);
  });
  afterEach(() => fake?.uninstall());

  test('counts equal the analysis; shortfalls link to their rows; the chart draws the 100 % line', async () => {
    fake = installExcelFake(fakeFromGrids(grids));
    const name = await new ExcelHost().writeSummary(buildSummarySheet(analysis, 'vi'));
    expect(name).toBe('Tổng hợp');
    const sheet = fake.book.sheet(name);
    const expected = summarize(analysis);
    const counts = readCounts(sheet);
    expect(counts.overall).toEqual(expected.overall);
    expect(counts.groups).toEqual(expected.byGroup);

    const formulas = [...sheet.cells.values()].map((c) => c.formula).filter(Boolean);
    for (const s of expected.shortfalls) expect(formulas).toContain(`=${hyperlinkFormula(s.sheet, s.row, s.col)}`);

    expect(sheet.charts).toHaveLength(1);
    const [bars, line] = sheet.charts[0].series;
    expect(sheet.charts[0].type).toBe('ColumnClustered');
    expect(line.chartType).toBe('Line');
    expect(line.values).not.toBeNull();
    const lineCol = line.values?.left as number;
    for (let r = line.values?.top as number; r <= (line.values?.bottom as number); r++)
      expect(sheet.cell(r, lineCol)?.value).toBe(100);
    expect(bars.xValues).toEqual(line.xValues);
    expect(sheet.hiddenColumns.has(SUMMARY_MARKER.col)).toBe(true);
  });

  test.each([
    ['formulas', ['=HYPERLINK("http://x","y")', '+1+1', '-Sản lượng lúa', '@SUM(A1)', '2023']],
    ['numbers, dates, booleans or errors (review A.8)', ['1,234', '1/6', '#DIV/0!', 'TRUE', '95%']],
  ])('labels that look like %s stay text', async (_, labels) => {
    fake = installExcelFake(fakeFromGrids(grids));
    const copy = JSON.parse(JSON.stringify(analysis)) as Analysis;
    const rows = copy.sheets[0].tables[0].rows.filter((r) => r.percentOfPlan !== null);
    labels.forEach((label, i) => (rows[i].label = label));
    await new ExcelHost().writeSummary(buildSummarySheet(copy, 'vi'));
    const cells = [...fake.book.sheet('Tổng hợp').cells.values()];
    for (const label of labels) {
      const cell = cells.find((c) => c.value === label);
      expect({ label, found: cell !== undefined, formula: cell?.formula }).toEqual({
        label,
        found: true,
        formula: undefined,
      });
    }
  });

  test('says the workbook structure is protected before deleting the earlier summary (review A.14)', async () => {
    const book = fakeFromGrids(grids);
    fake = installExcelFake(book);
    await new ExcelHost().writeSummary(buildSummarySheet(analysis, 'vi'));
    book.structureProtected = true;
    const before = book.snapshot();
    await expect(new ExcelHost({ language: 'en' }).writeSummary(buildSummarySheet(analysis, 'vi'))).rejects.toThrow(
      /^The workbook structure is protected/,
    );
    expect(book.snapshot()).toBe(before);
  });

  test('leaves an earlier summary someone made very hidden, and writes a new one beside it (review A.14)', async () => {
    // office-js #365: deleting a very hidden sheet fails with GeneralException, by design.
    const book = fakeFromGrids(grids);
    fake = installExcelFake(book);
    const host = new ExcelHost();
    expect(await host.writeSummary(buildSummarySheet(analysis, 'vi'))).toBe('Tổng hợp');
    book.sheet('Tổng hợp').visibility = 'VeryHidden';
    expect(await host.writeSummary(buildSummarySheet(analysis, 'vi'))).toBe('Tổng hợp (2)');
    expect(book.sheet('Tổng hợp').visibility).toBe('VeryHidden');
  });

  test('a re-run replaces its own sheet; a user sheet of that name is kept', async () => {
    const book = fakeFromGrids(grids);
    book.addSheet('Tổng hợp').fill([['bảng của tôi']]);
    fake = installExcelFake(book);
    const host = new ExcelHost();
    expect(await host.writeSummary(buildSummarySheet(analysis, 'vi'))).toBe('Tổng hợp (2)');
    expect(await host.writeSummary(buildSummarySheet(analysis, 'vi'))).toBe('Tổng hợp (2)');
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith('Tổng hợp'))).toEqual([
      'Tổng hợp',
      'Tổng hợp (2)',
    ]);
    expect(book.sheet('Tổng hợp').cell(0, 0)?.value).toBe('bảng của tôi');
    expect(book.sheet('Tổng hợp (2)').charts).toHaveLength(1);
  });
});
