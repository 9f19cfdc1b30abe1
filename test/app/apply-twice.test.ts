/**
 * Applying to a workbook chitieu has already applied updates its own columns in place: nothing is
 * added, even for tables set side by side, whose columns stand apart from them. (Columns placed past
 * empty merged cells: the fuzz's regression seeds in test/reliability/fuzz.test.ts.)
 */
import { apply } from '../../src/app';
import { createEngine } from '../../src/core/engine';
import { messages } from '../../src/core/messages';
import type { CellValue, SheetGrid } from '../../src/core/types';
import { FileHost } from '../../src/hosts/xlsx/file-host';

const engine = createEngine();

function grid(name: string, values: CellValue[][]): SheetGrid {
  return { name, values };
}

async function applyTwice(sheet: SheetGrid): Promise<{ first: CellValue[][]; second: CellValue[][] }> {
  const host = FileHost.create('book.xlsx');
  await host.addSheetNamed(sheet);
  const options = { messages: messages('vi'), workbookName: 'book.xlsx' };
  await apply(engine, host, options);
  const first = (await host.read('workbook')).sheets.find((s) => s.name === sheet.name)!.values;
  const reopened = await FileHost.open(host.toBytes(), 'book.xlsx');
  await apply(engine, reopened, options);
  const second = (await reopened.read('workbook')).sheets.find((s) => s.name === sheet.name)!.values;
  return { first, second };
}

const headerCount = (values: CellValue[][]): number => values.flat().filter((v) => v === 'Đánh giá').length;

test('tables side by side: each keeps its own columns on a second apply', async () => {
  const { first, second } = await applyTwice(
    grid('Chỉ tiêu', [
      [null, 'MỘT SỐ CHỈ TIÊU NĂM 2023'],
      [],
      [null, 'A. GIÁO DỤC'],
      [null, 'TT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', null, 'B. Y TẾ'],
      [null, '1', 'Tỷ lệ trẻ đến trường', '%', 99.5, 99.7, null, 'TT', 'Chỉ tiêu', 'KH 2023', 'TH 2023'],
      [null, '2', 'Trường đạt chuẩn', 'trường', 3, 3, null, '1', 'Số lượt khám bệnh', 8500, 9120],
      [null, '3', 'Phòng học kiên cố', 'phòng', 4, 4, null, '2', 'Tỷ lệ tăng dân số', 0.95, 0.91],
      [null, null, null, null, null, null, null, '3', 'Tỷ lệ tiêm chủng', 98, 97],
    ]),
  );
  expect(headerCount(first)).toBe(2);
  expect(second).toEqual(first);
});
