/** Messages as a person sees them on the command line: in both languages, naming file, sheet and cell. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { runCli, SAMPLES, tempDir } from '../helpers/samples';

const dir = tempDir('messages-cli');

async function protectedSample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, 'trung-son-2023.xlsx'));
  await wb.worksheets[0].protect('', {});
  const file = path.join(dir, 'khoa.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('a protected sheet', async () => {
  const file = await protectedSample();
  const result = await runCli(['apply', file, '-o', path.join(dir, 'out.xlsx')]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    `chitieu: ${file}: Trang tính “Chỉ tiêu 2023” đang được bảo vệ nên không ghi được từ ô G7. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. ` +
      `(Sheet “Chỉ tiêu 2023” is protected, so nothing can be written from cell G7. Unprotect it (Review › Unprotect Sheet) and try again.)\n`,
  );
});

test('the same protected sheet with --lang en', async () => {
  const file = await protectedSample();
  const result = await runCli(['apply', file, '-o', path.join(dir, 'out.xlsx'), '--lang', 'en']);
  expect(result.stderr).toBe(
    `chitieu: ${file}: Sheet “Chỉ tiêu 2023” is protected, so nothing can be written from cell G7. Unprotect it (Review › Unprotect Sheet) and try again.\n`,
  );
});

test('a text file named .xlsx', async () => {
  const file = path.join(dir, 'ghi-chu.xlsx');
  fs.writeFileSync(file, 'Sản lượng lúa 5.919,6 tấn\n');
  const result = await runCli(['analyze', file]);
  expect(result.stderr).toBe(`chitieu: ${file}: không phải tệp .xlsx. (not an .xlsx workbook.)\n`);
});

test('OUT is FILE', async () => {
  const file = path.join(dir, 'ban-goc.xlsx');
  fs.copyFileSync(path.join(SAMPLES, 'trung-son-2023.xlsx'), file);
  const result = await runCli(['apply', file, '-o', file]);
  expect(result.stderr).toBe(
    `chitieu: ${file}: tệp ra trùng tệp vào; hãy chọn tên khác để giữ nguyên bản gốc. ` +
      `(OUT must differ from FILE, so the original stays as it is; choose another name.)\n`,
  );
});
