/** Opening an .xlsx file with messages a person can act on. */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { HostError } from '../host';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Encrypted (password-protected) Office files are OLE compound documents, not zip. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Loads a workbook from bytes; `name` is used in messages. */
export async function loadWorkbook(data: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
  if (buf.length === 0) throw new HostError(`${name}: tệp rỗng, không phải bảng tính .xlsx (the file is empty).`);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new HostError(
      `${name}: tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở trong Excel, bỏ mật khẩu và lưu thành .xlsx (password-protected or legacy .xls file).`,
    );
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new HostError(`${name}: không phải tệp .xlsx (not an .xlsx workbook).`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new HostError(`${name}: tệp .xlsx bị hỏng, không đọc được (${(e as Error).message}) (corrupt workbook).`);
  }
  return wb;
}

export async function openWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'không tìm thấy tệp (file not found)'
        : code === 'EISDIR'
          ? 'đây là thư mục (is a directory)'
          : (e as Error).message;
    throw new HostError(`${path}: ${reason}.`);
  }
  return loadWorkbook(data, path);
}
