/**
 * A drafted tracking sheet added through the Excel host, against the Office.js fake: a new sheet
 * with the grid's values, texts kept as text, bold title/header/group rows, in two syncs,
 * and never over a sheet that already has the name.
 */
import fs from 'fs';
import path from 'path';
import { draftSheet } from '../../src/core/draft';
import { draftFromText } from '../helpers/engine';
import type { SheetGrid } from '../../src/core/types';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook, installExcelFake, type InstalledFake } from '../fakes/excel-fake';

const RESOLUTION = path.resolve(__dirname, '../../../shared/resolutions/trung-son-ket-luan-04-2023.txt');

const GRID: SheetGrid = {
  name: 'Theo dõi chỉ tiêu',
  values: [
    ['BẢNG THEO DÕI CHỈ TIÊU NĂM 2024'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024', 'TH 2024', 'Căn cứ'],
    ['I', 'KINH TẾ'],
    [1, 'Sản lượng lúa', 'tấn', 5919.6, null, '=HYPERLINK("http://x","y")'],
    [2, 'Đàn gia cầm', 'con', 'trên 30.000', null, '+1+1'],
    [3, 'Tỷ lệ hộ nghèo giảm', '%', '-1', null, '@SUM(A1)'],
  ],
};

describe('ExcelHost.addSheet', () => {
  let fake: InstalledFake;
  afterEach(() => fake?.uninstall());

  test('adds the sheet with its values as values, the look, and brings it to front in a sync of its own (review A.14)', async () => {
    // office-js #930: on Excel on the web a sheet added and activated in one batch is not activated.
    const book = new FakeWorkbook();
    book.addSheet('Sheet1');
    fake = installExcelFake(book);
    expect(await new ExcelHost().addSheet(GRID)).toEqual({ name: 'Theo dõi chỉ tiêu' });
    expect(book.syncs).toHaveLength(3);
    const sheet = book.sheet('Theo dõi chỉ tiêu');
    expect(book.sheets[book.activeSheet]).toBe(sheet);
    GRID.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.cell(r, c);
        expect({ r, c, value: cell?.value ?? null, formula: cell?.formula }).toEqual({
          r,
          c,
          value,
          formula: undefined,
        });
      }),
    );
    const bold = (r: number): unknown => sheet.formats.get(`${r},0`)?.['format.font.bold'];
    expect([0, 1, 2, 3, 4].map(bold)).toEqual([true, undefined, true, true, undefined]);
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(sheet.columnWidths.get(0) as number);
  });

  test('texts Excel would read as numbers, dates, booleans or errors stay the text they are (review A.8)', async () => {
    // Range.values parses strings as typed entry: the fake turns these into 1234, a date, TRUE, #DIV/0!…
    const texts = ['1,234', '1.234', '12,5', '35,86 ha', '95%', '2023-12-31', '1/6', '12:30', '(5)', '$5'];
    const more = ['TRUE', 'false', '#DIV/0!', '#N/A', '-5', '+84 912', '=1+1', "'trích", '1e3', ' 42 '];
    const book = new FakeWorkbook();
    fake = installExcelFake(book);
    const { name } = await new ExcelHost().addSheet({ name: 'Văn bản', values: [texts, more] });
    const sheet = book.sheet(name);
    [texts, more].forEach((row, r) =>
      row.forEach((text, c) => {
        const cell = sheet.cell(r, c);
        expect({ text, value: cell?.value, formula: cell?.formula, error: cell?.error }).toEqual({
          text,
          value: text,
          formula: undefined,
          error: undefined,
        });
      }),
    );
  });

  test('says the workbook structure is protected, changing nothing (review A.14)', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Sheet1');
    book.structureProtected = true;
    fake = installExcelFake(book);
    await expect(new ExcelHost({ language: 'en' }).addSheet(GRID)).rejects.toThrow(
      /^The workbook structure is protected/,
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a taken name becomes “(2)”, then “(3)”; the user’s sheet is kept', async () => {
    const book = new FakeWorkbook();
    book.addSheet('theo dõi chỉ tiêu').fill([['của tôi']]);
    fake = installExcelFake(book);
    const host = new ExcelHost();
    expect(await host.addSheet(GRID)).toEqual({ name: 'Theo dõi chỉ tiêu (2)' });
    expect(await host.addSheet(GRID)).toEqual({ name: 'Theo dõi chỉ tiêu (3)' });
    expect(book.sheets.map((s) => s.name)).toEqual([
      'theo dõi chỉ tiêu',
      'Theo dõi chỉ tiêu (2)',
      'Theo dõi chỉ tiêu (3)',
    ]);
    expect(book.sheet('theo dõi chỉ tiêu').cell(0, 0)?.value).toBe('của tôi');
  });

  test('a whole drafted sheet stays within three syncs', async () => {
    const book = new FakeWorkbook();
    fake = installExcelFake(book);
    const grid = draftSheet(draftFromText(fs.readFileSync(RESOLUTION, 'utf8')));
    const { name } = await new ExcelHost().addSheet(grid);
    expect(book.syncs).toHaveLength(3);
    expect(book.sheet(name).cell(3, 3)?.value).toBe('KH 2024');
  });
});
