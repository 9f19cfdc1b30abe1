/** Reading and writing workbook files on disk (Node only), with messages a person can act on. */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { HostError } from '../host';
import { checkWorkbookBytes } from './file-host';
import { rememberDefaultFont } from './read';

/** Loads a workbook for reading from bytes; `name` is used in messages. */
export async function loadWorkbook(data: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
  checkWorkbookBytes(buf, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new HostError(`${name}: tệp .xlsx bị hỏng, không đọc được (${(e as Error).message}) (corrupt workbook).`);
  }
  rememberDefaultFont(wb, buf);
  return wb;
}

/** The bytes of a workbook file. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'không tìm thấy tệp (file not found)'
        : code === 'EISDIR'
          ? 'đây là thư mục (is a directory)'
          : (e as Error).message;
    throw new HostError(`${file}: ${reason}.`);
  }
}

export async function openWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readWorkbookFile(file), file);
}

/**
 * Writes the bytes to `out` through a temporary file beside it and a rename, so a failed or
 * interrupted write never leaves half a workbook under the name the user asked for.
 */
export async function writeFileAtomically(out: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const temp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, out);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw new HostError(`${out}: không ghi được tệp (${(e as Error).message}) (could not write the file).`);
  }
}
