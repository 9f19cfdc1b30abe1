/**
 * The dictionary of wordings end to end in Debian's Chromium (issue 14): correct a row in workbook A
 * and apply; open workbook B, another commune's file with the same wording: the row is mapped with the
 * "Đã học" badge without touching the picker; export the dictionary, forget it (B's row is unmapped
 * again), import the exported file, and B maps again.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { expectNoSeriousAxeViolations, openPreview, ROOT, type Preview } from './preview';
import type { StaticServer } from './static-server';

const A = resolve(ROOT, '../shared/samples/hai-duong-ngan-sach-2023.xlsx');
const OUT = join(ROOT, 'test-output/e2e-dictionary');
const B = join(OUT, 'an-binh-2024.xlsx');

const WORDING = 'Thu bổ sung cân đối ngân sách';
const INDICATOR_NAME = 'Thu bổ sung từ ngân sách cấp trên';

let preview: Preview;
let server: StaticServer;
let page: Page;
let browserErrors: string[];

beforeAll(async () => {
  preview = await openPreview(OUT);
  ({ server, page, errors: browserErrors } = preview);
  // Workbook B: another commune, another year, its own layout, the same wording.
  const b = FileHost.create('an-binh-2024.xlsx');
  await b.addSheetNamed({
    name: 'Thu NS 2024',
    values: [
      ['BÁO CÁO THU NGÂN SÁCH XÃ AN BÌNH NĂM 2024'],
      [],
      ['TT', 'Nội dung thu', 'Dự toán 2024', 'Thực hiện 2024'],
      ['1', 'Thu phí, lệ phí', 80000000, 91000000],
      ['2', 'Thu tiền sử dụng đất', 500000000, 420000000],
      ['3', WORDING, 3900000000, 3900000000],
    ],
  });
  writeFileSync(B, b.toBytes());
});

afterAll(async () => {
  await preview?.close();
});

async function openAndScan(file: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles(file);
  await page.getByText(`Tệp đang mở: ${file.split('/').pop()}`).waitFor();
  await page.getByRole('tab', { name: 'Quét' }).click();
  await page.getByRole('button', { name: /^Quét( lại)?$/ }).click();
  await page.getByRole('tab', { name: 'Rà soát', selected: true }).waitFor();
}

/** The stand-in button of a row's indicator picker; its name carries the current choice. */
const PICKER = `Chỉ tiêu chuẩn cho “${WORDING}”`;

/**
 * B's row as the review shows it: its badge and the indicator its picker shows. A row needing no
 * one's eye (learned) waits behind its table's "Xem tất cả".
 */
async function rowInReview(): Promise<{ badge: string; indicator: string }> {
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  // The Review's own chunk may still be loading when its tab is selected.
  await page
    .locator('h2', { hasText: /bảng từ dòng/ })
    .first()
    .waitFor();
  const row = page.getByRole('listitem', { name: WORDING });
  if (!(await row.count())) {
    const showAll = page.getByRole('button', { name: /^Xem tất cả \d+ dòng$/ });
    for (let i = 0; i < (await showAll.count()) && !(await row.count()); i++) await showAll.nth(i).click();
  }
  const name = (await row.getByRole('button', { name: new RegExp(`^${PICKER}: `) }).getAttribute('aria-label')) ?? '';
  const indicator = name.slice(`${PICKER}: `.length);
  const badge = (await row.locator('.fui-Badge').allTextContents()).join('');
  return { badge, indicator };
}

test('a correction in A maps B as learned; export, forget, import, and B maps again', async () => {
  await page.goto(`${server.url}taskpane.html`);

  // Workbook A: the engine leaves the wording unmapped; the accountant picks the indicator and applies.
  await openAndScan(A);
  const standIn = page.getByRole('button', { name: new RegExp(`^${PICKER}: `) });
  await expect(standIn.getAttribute('aria-label')).resolves.toBe(`${PICKER}: Không thuộc danh mục`);
  await standIn.click();
  const picker = page.getByRole('combobox', { name: PICKER });
  await picker.fill('bo sung tu ngan sach cap tren');
  await page.getByRole('option', { name: new RegExp(`^${INDICATOR_NAME}`) }).click();
  await page.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }).click();
  await page.getByRole('tab', { name: /^Kết quả/, selected: true }).waitFor();

  // Workbook B: mapped by what was learned, the picker never touched.
  await openAndScan(B);
  expect(await rowInReview()).toEqual({ badge: 'Đã học', indicator: INDICATOR_NAME });
  await page.screenshot({ path: join(OUT, 'b-learned.png') });

  // Export the dictionary from the settings.
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  const list = page.getByRole('list', { name: 'Các cách gọi trong từ điển' });
  await list.getByRole('listitem', { name: WORDING }).getByText(`→ ${INDICATOR_NAME}`, { exact: false }).waitFor();
  await expectNoSeriousAxeViolations(page, 'dictionary settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất tệp TSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('chitieu-tu-dien.tsv');
  const exported = join(OUT, download.suggestedFilename());
  await download.saveAs(exported);
  expect(readFileSync(exported, 'utf8')).toContain(`${WORDING}\trevenue_upper_level_transfers\t\tđồng\r\n`);

  // Forget everything, after confirming: B's row is the engine's again (unmapped).
  await page.getByRole('button', { name: 'Quên tất cả' }).click();
  await page
    .getByRole('dialog', { name: 'Quên toàn bộ từ điển cách gọi?' })
    .getByRole('button', { name: 'Quên hết' })
    .click();
  await page.getByText('Chưa học cách gọi nào.').waitFor();
  expect(await rowInReview()).toEqual({ badge: 'Chưa gán', indicator: 'Không thuộc danh mục' });

  // Import the exported file: B maps again, and so does a fresh scan of it.
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  await page.getByTestId('import-dictionary').setInputFiles(exported);
  await page.getByText('Đã nhập từ điển').waitFor();
  await page.getByText(`+ dòng 2: ${WORDING}`).waitFor();
  expect(await rowInReview()).toEqual({ badge: 'Đã học', indicator: INDICATOR_NAME });
  await openAndScan(B);
  expect(await rowInReview()).toEqual({ badge: 'Đã học', indicator: INDICATOR_NAME });

  // What was learned outlives the page: a reload reads it back from the browser's storage.
  await page.reload();
  await openAndScan(B);
  expect(await rowInReview()).toEqual({ badge: 'Đã học', indicator: INDICATOR_NAME });
  expect(browserErrors).toEqual([]);
});
