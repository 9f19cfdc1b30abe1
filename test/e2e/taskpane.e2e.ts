/**
 * The task pane's browser preview, end to end in Debian's Chromium: open the sample workbook,
 * scan, correct one row, apply twice, follow a shortfall, download, and check the file and
 * the list against the engine run in node on the same workbook. Also takes the README screenshots.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { gzipSync } from 'zlib';
import type { Page } from 'playwright-core';
import { buildWritePlan, rowChoiceKey } from '../../src/core';
import { analyzeWorkbook } from '../helpers/engine';
import { createCatalog } from '../../src/core/catalog';
import type { Analysis, OutputKind, TableWrite, UserChoices } from '../../src/core/types';
import { openGridsFile } from '../../src/hosts/xlsx/open';
import { generateDistrictWorkbook } from '../../bench/generate';
import { DIST, expectNoSeriousAxeViolations, openPreview, ROOT, type Preview } from './preview';
import type { StaticServer } from './static-server';

const SAMPLE = resolve(ROOT, '../shared/samples/dong-tien-2023.xlsx');
const RESOLUTION = resolve(ROOT, '../shared/resolutions/trung-son-ket-luan-04-2023.txt');
const OUT = join(ROOT, 'test-output/e2e');
const RES_A = join(ROOT, 'test/generalisation/resolutions/res-A');
const DOCS = join(ROOT, 'docs');

/** The row corrected in the review: a shortfall under "higher" that is met once read as "lower". */
const CORRECTED = {
  sheet: 'Kinh tế',
  label: 'Diện tích cây có củ',
  search: 'ty le ho ngheo',
  indicatorId: 'poverty_rate',
};
const CORRECTED_NAME = 'Tỷ lệ hộ nghèo';
/** Indicator names as the Vietnamese pane shows them. */
const CATALOG_NAMES = new Map(createCatalog().entries.map((indicator) => [indicator.id, indicator.nameVi]));

let preview: Preview;
let server: StaticServer;
let page: Page;
let browserErrors: string[];

beforeAll(async () => {
  preview = await openPreview(OUT, { deviceScaleFactor: 1 });
  ({ server, page, errors: browserErrors } = preview);
});

afterAll(async () => {
  await preview?.close();
});

async function engineAnalysis(choices: UserChoices): Promise<Analysis> {
  const grids = await openGridsFile(SAMPLE);
  return analyzeWorkbook(grids, { choices });
}

function shortfallLabels(analysis: Analysis): string[] {
  return analysis.sheets.flatMap((s) =>
    s.tables.flatMap((t) => t.rows.filter((r) => r.status === 'shortfall').map((r) => r.label)),
  );
}

async function shownShortfallLabels(): Promise<string[]> {
  const list = page.getByRole('list', { name: /^Chỉ tiêu chưa đạt/ });
  return list.locator('li button > span:first-child > span:first-child').allTextContents();
}

test('open, scan, correct, apply twice, follow a shortfall, download', async () => {
  await page.goto(`${server.url}taskpane.html`);

  // Open the sample through the file input, as a person picking a file would.
  await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
  await page.getByTestId('open-file').setInputFiles(SAMPLE);
  await page.getByText('Tệp đang mở: dong-tien-2023.xlsx').waitFor();

  // Scan: the pane moves on to the review.
  await page.getByRole('button', { name: 'Quét', exact: true }).click();
  await page.getByRole('tab', { name: 'Rà soát', selected: true }).waitFor();
  const before = await engineAnalysis({});
  const tableCount = before.sheets.reduce((n, s) => n + s.tables.length, 0);
  // The Review's own chunk may still be loading when its tab is selected.
  await page
    .locator('h2', { hasText: /bảng từ dòng/ })
    .first()
    .waitFor();
  expect(await page.locator('h2', { hasText: /bảng từ dòng/ }).count()).toBe(tableCount);

  // Correct one row's indicator by typing without diacritics: a sure row, behind "Xem tất cả"; its
  // picker is a button showing the current choice until clicked.
  await page
    .getByRole('group', { name: new RegExp(`^${CORRECTED.sheet} — bảng từ dòng`) })
    .getByRole('button', { name: /^Xem tất cả/ })
    .first()
    .click();
  await page
    .getByRole('list', { name: `Tất cả các dòng của bảng ${CORRECTED.sheet}` })
    .getByRole('button', { name: new RegExp(`^Chỉ tiêu chuẩn cho “${CORRECTED.label}”: `) })
    .click();
  const picker = page.getByRole('combobox', { name: `Chỉ tiêu chuẩn cho “${CORRECTED.label}”` });
  await picker.fill(CORRECTED.search);
  await page.getByRole('option', { name: new RegExp(`^${CORRECTED_NAME}`) }).click();
  await expect(picker.inputValue()).resolves.toBe(CORRECTED_NAME);
  await page.screenshot({ path: join(OUT, 'review.png') });
  if (process.env.CHITIEU_SCREENSHOTS) {
    await picker.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS, 'screenshot-review.png') });
  }
  await expectNoSeriousAxeViolations(page, 'review');

  // Apply: the pane shows the results.
  await page.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }).click();
  await page.getByRole('tab', { name: 'Kết quả', selected: true }).waitFor();
  await page.getByText(/^Đã ghi \d+ ô trong \d+ bảng\.$/).waitFor();

  const choices: UserChoices = {
    rows: { [rowChoiceKey(CORRECTED.sheet, CORRECTED.label)]: { indicatorId: CORRECTED.indicatorId } },
  };
  const after = await engineAnalysis(choices);
  const expected = shortfallLabels(after);
  expect(expected).not.toContain(CORRECTED.label);
  expect(shortfallLabels(before)).toContain(CORRECTED.label);
  expect(await shownShortfallLabels()).toEqual(expected);

  const met = after.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows)).filter((r) => r.status === 'met').length;
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Đạt ${met}/${met + expected.length} chỉ tiêu`) }).count(),
  ).resolves.toBe(1);

  // Apply again from the review: the columns are updated where they are.
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: 'Cập nhật kết quả trong sổ tính' }).click();
  await page.getByText(/^Đã cập nhật tại chỗ \d+ ô trong \d+ bảng\.$/).waitFor();
  expect(await shownShortfallLabels()).toEqual(expected);

  // Follow a shortfall.
  const first = page
    .getByRole('list', { name: /^Chỉ tiêu chưa đạt/ })
    .getByRole('button')
    .first();
  await first.click();
  await expect(first.getAttribute('aria-current')).resolves.toBe('true');
  await page
    .getByRole('status')
    .filter({ hasText: /^Đang chọn / })
    .waitFor();
  await page.screenshot({ path: join(OUT, 'results.png') });
  if (process.env.CHITIEU_SCREENSHOTS) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS, 'screenshot-results.png') });
  }
  await expectNoSeriousAxeViolations(page, 'results');

  // Download, and read the written workbook in node.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải xuống' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dong-tien-2023.chitieu.xlsx');
  const saved = join(OUT, download.suggestedFilename());
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);

  // Every table has one `TH/KH (%)` and one `Đánh giá` column, holding the formulas the engine planned.
  const plan = buildWritePlan(after);
  for (const table of plan.tables) {
    const worksheet = workbook.getWorksheet(table.sheet);
    if (!worksheet) throw new Error(`sheet ${table.sheet} is missing from the download`);
    // headerRow is 1-based, as the user sees it.
    const headerTop = Math.min(...table.columns.map((c) => c.headerTop)) + 1;
    const percentCols = headerColumns(worksheet, headerTop, table.headerRow, 'TH/KH (%)');
    const statusCols = headerColumns(worksheet, headerTop, table.headerRow, 'Đánh giá');
    expect({ sheet: table.sheet, percent: percentCols, status: statusCols }).toEqual({
      sheet: table.sheet,
      percent: [columnOf(table, 'percent') + 1],
      status: [columnOf(table, 'status') + 1],
    });
    for (const column of table.columns) {
      for (const cell of column.cells) {
        const written = worksheet.getCell(cell.row + 1, column.col + 1);
        expect({ at: written.address, formula: withoutPrefixes(written.formula) }).toEqual({
          at: written.address,
          formula: withoutPrefixes(cell.formula),
        });
      }
    }
    const statusFormulas = table.columns.find((c) => c.kind === 'status')!.cells.filter((c) => c.formula);
    const dataRows = after.sheets
      .find((s) => s.name === table.sheet)!
      .tables.find((t) => t.headerBottom + 1 === table.headerRow)!.rows;
    expect({ sheet: table.sheet, statusFormulas: statusFormulas.length }).toEqual({
      sheet: table.sheet,
      statusFormulas: dataRows.length,
    });
  }
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  await page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'settings');
  expect(browserErrors).toEqual([]);
});

test('a district workbook (10 sheets × 300 rows): the review opens on what needs a person', async () => {
  const district = join(OUT, 'huyen-10-xa.xlsx');
  writeFileSync(district, (await generateDistrictWorkbook(10, 300)).buffer);
  const analysis = analyzeWorkbook(await openGridsFile(district));
  const tables = analysis.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, rows: t.rows })));
  const flagged = <R extends { attention: readonly unknown[] }>(rows: R[]) =>
    rows.filter((r) => r.attention.length > 0);
  const attention = tables.reduce((n, t) => n + flagged(t.rows).length, 0);
  expect(tables).toHaveLength(10);
  expect(attention).toBeGreaterThan(50);
  expect(attention).toBeLessThan(300);

  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('open-file').setInputFiles(district);
  await page.getByText('Tệp đang mở: huyen-10-xa.xlsx').waitFor();
  await page.getByRole('button', { name: 'Quét', exact: true }).click();
  await page.getByRole('tab', { name: 'Rà soát', selected: true }).waitFor({ timeout: 120_000 });
  const number = (n: number) => n.toLocaleString('vi-VN');
  await page.getByText(`${number(attention)} dòng cần xem trong ${number(3000)}, ở 10 bảng`).waitFor();

  // The first screen shows first, the other tables after it: all of them are there once the last is.
  const lastSheet = tables[tables.length - 1].sheet;
  await page.getByRole('group', { name: new RegExp(`^${lastSheet} — bảng từ dòng`) }).waitFor();
  // Only the flagged rows are listed, each table's under its own count; no picker is mounted yet.
  expect(await page.getByRole('listitem').count()).toBe(attention);
  expect(await page.getByRole('combobox').count()).toBe(0);
  for (const table of tables) {
    const card = page.getByRole('group', { name: new RegExp(`^${table.sheet} — bảng từ dòng`) });
    await card.getByText(`${flagged(table.rows).length} dòng cần xem trong 300`).waitFor();
    const shown = await card
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(shown.sort()).toEqual(
      flagged(table.rows)
        .map((r) => r.label)
        .sort(),
    );
  }
  await page.screenshot({ path: join(OUT, 'district-review.png') });
  await expectNoSeriousAxeViolations(page, 'district review');

  // "Xem tất cả": all 300 rows of the first table, only those in view in the DOM.
  const first = tables[0];
  const card = page.getByRole('group', { name: new RegExp(`^${first.sheet} — bảng từ dòng`) });
  await card.getByRole('button', { name: 'Xem tất cả 300 dòng' }).click();
  const all = page.getByRole('list', { name: `Tất cả các dòng của bảng ${first.sheet}` });
  await all.getByRole('listitem').first().waitFor();
  const rendered = await all.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(40);
  await expect(all.getByRole('listitem').first().getAttribute('aria-setsize')).resolves.toBe('300');
  await page.getByRole('region', { name: `Tất cả các dòng của bảng ${first.sheet}` }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = all.locator('li[aria-posinset="300"]');
  await last.waitFor();
  await expect(last.getAttribute('aria-label')).resolves.toBe(first.rows[299].label);
  await expectNoSeriousAxeViolations(page, 'district review, one table in full');
  await card.getByRole('button', { name: 'Thu gọn' }).click();

  // Accept the first table as it is, in one click.
  const firstCount = flagged(first.rows).length;
  await card.getByRole('button', { name: 'Chấp nhận bảng như hiện tại' }).click();
  await card.getByText(`Đã xem xong ${firstCount} dòng cần xem, trong 300 dòng`).waitFor();
  expect(await card.getByRole('button', { name: 'Chấp nhận bảng như hiện tại' }).count()).toBe(0);
  await page.getByText(`${number(attention - firstCount)} dòng cần xem trong ${number(3000)}, ở 9 bảng`).waitFor();
  // Its rows fold away, the choices kept; the other tables' rows are all still listed.
  await card.getByText('Đã chấp nhận: chitieu giữ các dòng và cột này như bạn thấy.').waitFor();
  expect(await card.getByRole('listitem').count()).toBe(0);
  expect(await page.getByRole('listitem').count()).toBe(attention - firstCount);

  // A picker mounts when used, one at a time.
  await page
    .getByRole('button', { name: /^Chiều đánh giá cho “/ })
    .first()
    .click();
  await page.getByRole('listbox').waitFor();
  expect(await page.getByRole('combobox').count()).toBe(1);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(OUT, 'district-accepted.png') });
  await expectNoSeriousAxeViolations(page, 'district review, a table accepted');

  await page.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }).click();
  await page.getByText(/^Đã ghi [\d.]+ ô trong 10 bảng\.$/).waitFor({ timeout: 120_000 });
  await page.getByRole('tab', { name: 'Kết quả', selected: true }).waitFor();
  expect(browserErrors).toEqual([]);
});

test('an unmapped row’s suggestion is chosen in one click; a likely row is badged Kiểm tra', async () => {
  const file = join(OUT, 'goi-y-2023.xlsx');
  const values = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
    [1, 'Sản lượng lúa', 'tấn', 1200, 1150],
    [2, 'Thu ngân sách nhà nước trên địa bàn', 'triệu đồng', 980, 1010],
    [3, 'Diện tích lúa chất lượng cao', 'ha', 300, 320],
    [4, 'Số cuộc họp chi bộ', 'cuộc', 12, 12],
  ];
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Biểu 01').addRows(values);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  // What the engine says in node of the same rows: the pane must show exactly that.
  const rows = analyzeWorkbook({ sheets: [{ name: 'Biểu 01', values }] }).sheets[0].tables[0].rows;
  const unmapped = rows.find((r) => r.band === 'none' && r.suggestion)!;
  const likely = rows.find((r) => r.band === 'likely')!;
  // State revenue collected in the area is not the commune budget's own revenue: offered, not taken.
  expect(unmapped.label).toBe('Thu ngân sách nhà nước trên địa bàn');
  expect(likely.label).toBe('Diện tích lúa chất lượng cao');
  const suggested = CATALOG_NAMES.get(unmapped.suggestion!.id)!;

  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('open-file').setInputFiles(file);
  await page.getByText('Tệp đang mở: goi-y-2023.xlsx').waitFor();
  await page.getByRole('button', { name: 'Quét', exact: true }).click();
  await page.getByRole('tab', { name: 'Rà soát', selected: true }).waitFor();

  const likelyRow = page.getByRole('listitem', { name: likely.label });
  await likelyRow.locator('.fui-Badge').first().waitFor();
  await expect(likelyRow.locator('.fui-Badge').allTextContents()).resolves.toEqual(['Kiểm tra']);

  const row = page.getByRole('listitem', { name: unmapped.label });
  await row.getByText(`Gợi ý: ${suggested}`).waitFor();
  await row.getByRole('button', { name: `Chọn gợi ý “${suggested}” cho “${unmapped.label}”` }).click();
  const picker = row.getByRole('button', { name: new RegExp(`^Chỉ tiêu chuẩn cho “${unmapped.label}”: `) });
  await expect(picker.getAttribute('aria-label')).resolves.toBe(`Chỉ tiêu chuẩn cho “${unmapped.label}”: ${suggested}`);
  await row.getByText('Bạn đã chọn').waitFor();
  await expect(row.getByRole('button', { name: /^Chọn gợi ý/ }).count()).resolves.toBe(0);
  await page.screenshot({ path: join(OUT, 'suggestion-chosen.png') });
});

test('draft a tracking sheet from a pasted resolution, with no file open, and download it', async () => {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Lập bảng' }).click();
  await page.getByRole('textbox', { name: 'Văn bản nghị quyết' }).fill(readFileSync(RESOLUTION, 'utf8'));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const found = page.getByRole('list', { name: /^Chỉ tiêu tìm thấy/ });
  await found.getByText('Sản lượng lúa', { exact: true }).waitFor();
  await page
    .getByRole('list', { name: /^Chưa xếp được — cần nhập tay/ })
    .getByText('Phục hồi đàn lợn')
    .waitFor();
  await expectNoSeriousAxeViolations(page, 'draft preview');
  await page.screenshot({ path: join(OUT, 'draft.png') });
  if (process.env.CHITIEU_SCREENSHOTS) await page.screenshot({ path: join(DOCS, 'screenshot-draft.png') });

  await page.getByRole('button', { name: 'Tạo sheet' }).click();
  await page.getByText('Đã tạo sheet “Theo dõi chỉ tiêu”').waitFor();
  await expectNoSeriousAxeViolations(page, 'draft created');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải xuống' }).click(),
  ]);
  const saved = join(OUT, download.suggestedFilename());
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet('Theo dõi chỉ tiêu');
  if (!sheet) throw new Error('the drafted sheet is missing from the download');
  const analysis = analyzeWorkbook(await openGridsFile(saved));
  const table = analysis.sheets[0].tables[0];
  expect(table.rows.length).toBeGreaterThan(30);
  // The percent and status columns are there, so a second run finds them as chitieu's own.
  expect(table.existingOutput.percent).not.toBeNull();
  expect(table.existingOutput.status).not.toBeNull();
  expect(browserErrors).toEqual([]);
});

test('draft from a paste written in another style: a bare list of targets with no heading, some outside the catalog', async () => {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Lập bảng' }).click();
  await page
    .getByRole('textbox', { name: 'Văn bản nghị quyết' })
    .fill(readFileSync(join(RES_A, '08-chi-tieu-nam-2025.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const found = page.getByRole('list', { name: /^Chỉ tiêu tìm thấy/ });
  await found.getByText('Sản lượng lúa', { exact: true }).waitFor();
  await page.getByText('Năm kế hoạch: 2025').waitFor();
  // A target the catalog does not have is drafted in the text's own words.
  await found.getByText('Diện tích chè', { exact: true }).waitFor();
  expect(await found.getByRole('listitem').count()).toBeGreaterThan(25);
  expect(browserErrors).toEqual([]);
});

test('draft from a Word file opened in the Draft tab: targets in paragraphs and in an appendix table', async () => {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Lập bảng' }).click();
  await page.getByTestId('open-resolution').setInputFiles(join(RES_A, '10-tam-nong-nghi-quyet-hdnd-2026.docx'));
  const found = page.getByRole('list', { name: /^Chỉ tiêu tìm thấy/ });
  await found.getByText('Chi thường xuyên', { exact: true }).waitFor();
  await found.getByText('Sản lượng lúa', { exact: true }).waitFor();
  await page.getByText('Năm kế hoạch: 2026').waitFor();
  await page.getByRole('button', { name: 'Tạo sheet' }).click();
  await page.getByText('Đã tạo sheet “Theo dõi chỉ tiêu”').waitFor();
  expect(browserErrors).toEqual([]);
});

test('draft from a PDF opened in the Draft tab: its table read through pdf.js in its own worker', async () => {
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Lập bảng' }).click();
  await page.getByTestId('open-resolution').setInputFiles(join(__dirname, '../draft/fixtures/ke-hoach-2026.pdf'));
  const found = page.getByRole('list', { name: /^Chỉ tiêu tìm thấy/ });
  await found.getByText('Thu nhập bình quân đầu người', { exact: true }).waitFor();
  await found.getByText('Tổng thu ngân sách xã', { exact: true }).waitFor();
  await page.getByText('Năm kế hoạch: 2026').waitFor();
  expect(browserErrors).toEqual([]);
});

test('the task pane loads at most 250 KB of gzipped script before a file is opened', () => {
  // The built html is minified: attribute quotes may be gone.
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
  expect(bytes).toBeLessThanOrEqual(250 * 1000);
});

function columnOf(table: TableWrite, kind: OutputKind): number {
  const column = table.columns.find((c) => c.kind === kind);
  if (!column) throw new Error(`the plan for ${table.sheet} has no ${kind} column`);
  return column.col;
}

/** Files name newer functions `_xlfn.X`; the plan names them plainly. */
function withoutPrefixes(formula: string | undefined): string | null {
  return formula ? formula.replace(/_xlfn\./g, '') : null;
}

/** 1-based columns whose header cell, within the header rows, reads `text`. */
function headerColumns(worksheet: ExcelJS.Worksheet, top: number, bottom: number, text: string): number[] {
  const found = new Set<number>();
  for (let r = top; r <= bottom; r++) {
    worksheet.getRow(r).eachCell((cell, col) => {
      if (String(cell.text).trim() === text) found.add(col);
    });
  }
  return [...found];
}
