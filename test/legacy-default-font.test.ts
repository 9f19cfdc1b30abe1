/**
 * Issue 17: a workbook whose default font (the Normal style, first font of xl/styles.xml) is
 * .VnTime: cells that name no font are TCVN3, and what chitieu writes (its columns and its
 * summary sheet) is set in Times New Roman.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { encodeLegacy } from '../src/core/legacy-encoding';
import { defaultFontOf } from '../src/hosts/xlsx/read';
import { loadXlsx, runCli, tempDir } from './helpers/samples';

const ROWS: [string, string, number, number][] = [
  ['Tổng sản lượng lương thực', 'tấn', 5000, 5120],
  ['Tỷ lệ hộ nghèo', '%', 2.5, 2.1],
  ['Giá trị sản xuất nông nghiệp', 'tỷ đồng', 120, 131.5],
];

async function tcvn3DefaultBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  const t = (text: string): string => encodeLegacy(text, 'tcvn3');
  ws.addRow(['STT', t('Chỉ tiêu'), t('Đơn vị tính'), t('Kế hoạch 2023'), t('Thực hiện 2023')]);
  ROWS.forEach(([label, unit, plan, actual], i) => ws.addRow([i + 1, t(label), t(unit), plan, actual]));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  // The Normal style's font, which every cell without a font of its own shows.
  zip.file('xl/styles.xml', styles.replace(/(<fonts\b[^>]*>\s*<font>[\s\S]*?<name val=")[^"]*"/, '$1.VnTime"'));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

test('a .VnTime default font: read as TCVN3, written in Times New Roman', async () => {
  const dir = tempDir('legacy-default-font');
  const file = path.join(dir, 'vntime-default.xlsx');
  await tcvn3DefaultBook(file);
  expect(defaultFontOf(fs.readFileSync(file))).toBe('.VnTime');

  const analyzed = await runCli(['analyze', file, '--json']);
  expect(analyzed.code).toBe(0);
  const rows = (
    JSON.parse(analyzed.stdout) as { sheets: { tables: { rows: { label: string; labelUnicode?: string }[] }[] }[] }
  ).sheets[0].tables[0].rows;
  expect(rows.map((r) => r.labelUnicode)).toEqual(ROWS.map((r) => r[0]));
  expect(rows.map((r) => r.label)).toEqual(ROWS.map((r) => encodeLegacy(r[0], 'tcvn3')));

  const out = path.join(dir, 'applied.xlsx');
  const applied = await runCli(['apply', file, '-o', out, '--json']);
  expect(applied.code).toBe(0);
  const report = JSON.parse(applied.stdout) as {
    summarySheet: string;
    sheets: { tables: { written: { percent: string; status: string } }[] }[];
  };
  const wb = await loadXlsx(out);
  const ws = wb.getWorksheet('Bieu 01') as ExcelJS.Worksheet;
  const { percent, status } = report.sheets[0].tables[0].written;
  for (const letter of [percent, status]) {
    for (let r = 1; r <= ROWS.length + 1; r++) expect(ws.getCell(`${letter}${r}`).font?.name).toBe('Times New Roman');
  }
  expect(ws.getCell(`${status}1`).value).toBe('Đánh giá');
  const summary = wb.getWorksheet(report.summarySheet) as ExcelJS.Worksheet;
  const fonts = new Set<string | undefined>();
  summary.eachRow((row) => row.eachCell((cell) => fonts.add(cell.font?.name)));
  expect([...fonts]).toEqual(['Times New Roman']);
});
