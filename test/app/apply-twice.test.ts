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
import { SIDE_BY_SIDE_ROWS } from '../helpers/side-by-side';

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
  const { first, second } = await applyTwice(grid('Chỉ tiêu', SIDE_BY_SIDE_ROWS));
  expect(headerCount(first)).toBe(2);
  expect(second).toEqual(first);
});
