/**
 * Issue 17 in Excel (shown with the Office.js fake): the fonts of the title, header and label
 * cells come with the sheet's contents in the same request, a TCVN3 table is read as Vietnamese,
 * and chitieu's columns get a Unicode font through `format.font.name` over the header look they
 * copy from the user's `.VnTimeH` header.
 */
import { encodeLegacy } from '../../src/core/legacy-encoding';
import { buildWritePlan } from '../../src/core/write-plan';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook, installExcelFake, type InstalledFake } from '../fakes/excel-fake';
import { analyzeWorkbook } from '../helpers/engine';

let fake: InstalledFake | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const ROWS: [string, string, number, number][] = [
  ['Tổng sản lượng lương thực', 'tấn', 5000, 5120],
  ['Tỷ lệ hộ nghèo', '%', 2.5, 2.1],
  ['Số trường đạt chuẩn quốc gia', 'trường', 3, 2],
  ['Giá trị sản xuất nông nghiệp', 'tỷ đồng', 120, 131.5],
];
const HEADERS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2023', 'Thực hiện 2023'];

/** A commune table typed in TCVN3: title and header in .VnTimeH (lower-case codes), rows in .VnTime. */
function tcvn3Book(fonts = true): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet('Bieu 01');
  const font = (name: string) => (fonts ? { font: name } : {});
  const upper = (text: string, row: number, col: number): void => {
    sheet.setCell(row, col, { value: encodeLegacy(text.toLowerCase(), 'tcvn3'), ...font('.VnTimeH') });
  };
  upper('Kết quả thực hiện các chỉ tiêu năm 2023', 0, 0);
  HEADERS.forEach((h, c) => upper(h, 2, c));
  ROWS.forEach(([label, unit, plan, actual], i) => {
    const row = 3 + i;
    sheet.setCell(row, 0, { value: i + 1, ...font('.VnTime') });
    sheet.setCell(row, 1, { value: encodeLegacy(label, 'tcvn3'), ...font('.VnTime') });
    sheet.setCell(row, 2, { value: encodeLegacy(unit, 'tcvn3'), ...font('.VnTime') });
    sheet.setCell(row, 3, { value: plan, ...font('.VnTime') });
    sheet.setCell(row, 4, { value: actual, ...font('.VnTime') });
  });
  fake = installExcelFake(book);
  return book;
}

const UNICODE_TABLE = {
  sheets: [
    {
      name: 'Bieu 01',
      values: [
        ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023'],
        [],
        HEADERS.map((h) => h.toUpperCase()),
        ...ROWS.map((r, i) => [i + 1, ...r]),
      ],
    },
  ],
};

test('the fonts come in the same sync as the contents, and the table reads as the same table in Unicode', async () => {
  const book = tcvn3Book();
  const grids = await new ExcelHost().read('workbook');
  // The sheet list, then contents, merges and fonts together: no sync more than a Unicode workbook.
  expect(book.syncs).toHaveLength(2);
  expect(grids.sheets[0].fonts?.[2]?.[1]).toBe('.VnTimeH');
  expect(grids.sheets[0].fonts?.[3]?.[1]).toBe('.VnTime');
  const table = analyzeWorkbook(grids).sheets[0].tables[0];
  expect(table.legacyEncoding).toBe('tcvn3');
  expect(table.rows.map((r) => r.label)).toEqual(ROWS.map((r) => r[0]));
  expect(table.rows.map((r) => r.labelWritten)).toEqual(ROWS.map((r) => encodeLegacy(r[0], 'tcvn3')));
  const unicode = analyzeWorkbook(UNICODE_TABLE).sheets[0].tables[0];
  expect(table.rows.map((r) => [r.indicatorId, r.status])).toEqual(unicode.rows.map((r) => [r.indicatorId, r.status]));
});

test('cells in a Unicode font whose characters are TCVN3 still read as Vietnamese', async () => {
  tcvn3Book(false);
  const grids = await new ExcelHost().read('workbook');
  expect(grids.sheets[0].fonts).toBeUndefined();
  const table = analyzeWorkbook(grids).sheets[0].tables[0];
  expect(table.rows.map((r) => r.label)).toEqual(ROWS.map((r) => r[0]));
});

test('a Unicode workbook reads as before: no fonts in its grid', async () => {
  const book = new FakeWorkbook();
  book.addSheet('Unicode').fill([
    ['Chỉ tiêu', 'KH', 'TH'],
    ['Tỷ lệ hộ nghèo', 2.5, 2.1],
  ]);
  fake = installExcelFake(book);
  const grids = await new ExcelHost().read('workbook');
  expect(grids.sheets[0].fonts).toBeUndefined();
});

test("chitieu's header and cells get a Unicode font through format.font.name, over the copied .VnTimeH look", async () => {
  const book = tcvn3Book();
  const host = new ExcelHost();
  const plan = buildWritePlan(analyzeWorkbook(await host.read('workbook')));
  const columns = plan.tables[0].columns;
  expect(columns.map((c) => c.font)).toEqual(['Times New Roman', 'Times New Roman']);
  await host.apply(plan);
  const sheet = book.sheets[0];
  const last = 3 + ROWS.length - 1;
  for (const column of columns) {
    for (let row = column.headerTop; row <= last; row++) {
      const where = { row, col: column.col };
      expect({ ...where, set: sheet.formats.get(`${row},${column.col}`)?.['format.font.name'] }).toEqual({
        ...where,
        set: 'Times New Roman',
      });
      expect({ ...where, shown: sheet.fontAt(row, column.col) }).toEqual({ ...where, shown: 'Times New Roman' });
    }
  }
});

test('without the font the copied header look would show chitieu’s header in .VnTimeH', async () => {
  const book = tcvn3Book();
  const host = new ExcelHost();
  const plan = buildWritePlan(analyzeWorkbook(await host.read('workbook')));
  for (const column of plan.tables[0].columns) delete column.font;
  await host.apply(plan);
  const column = plan.tables[0].columns[0];
  expect(column.headerStyleFrom).toBeTruthy();
  expect(book.sheets[0].fontAt(column.headerTop, column.col)).toBe('.VnTimeH');
});
