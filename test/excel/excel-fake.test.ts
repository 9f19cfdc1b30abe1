/**
 * The Office.js fake's model of documented Excel behaviour, each with the remark or issue it rests
 * on (see test/fakes/excel-fake.ts). A host change that would break in real Excel must break here.
 */
import { FakeOfficeError, FakeWorkbook, installExcelFake, typedEntry, type InstalledFake } from '../fakes/excel-fake';

let fake: InstalledFake | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function install(book = new FakeWorkbook()): FakeWorkbook {
  fake = installExcelFake(book);
  return book;
}

describe('Range.values parses strings as typed entry', () => {
  it.each([
    ['1,234', { value: 1234 }],
    ['12,5', { value: '12,5' }],
    ['95%', { value: 0.95, numberFormat: '0%' }],
    ['(5)', { value: -5 }],
    ['$5', { value: 5, numberFormat: '$#,##0' }],
    ['2023-12-31', { value: 45291, numberFormat: 'yyyy-mm-dd' }],
    ['12:30', { value: 0.5208333333333334, numberFormat: 'h:mm' }],
    ['TRUE', { value: true }],
    ['#DIV/0!', { error: '#DIV/0!' }],
    ['+1+1', { formula: '=+1+1', value: 0 }],
    ['-5', { value: -5 }],
    ['=A1', { formula: '=A1', value: 0 }],
    ["'1,234", { value: '1,234' }],
    ['Khoảng 35,86 ha', { value: 'Khoảng 35,86 ha' }],
  ])('%s', (text, cell) => {
    expect(typedEntry(text)).toEqual(cell);
  });

  it('keeps text in a cell formatted as Text (@)', () => {
    expect(typedEntry('1,234', '@')).toEqual({ value: '1,234' });
  });
});

describe('requests', () => {
  it('a refused sync hands no loaded value to any proxy', async () => {
    const book = install(new FakeWorkbook({ responseLimitBytes: 10 }));
    book.addSheet('A').fill([['a long enough text to exceed ten bytes']]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 1, 1);
      range.load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(FakeOfficeError);
    });
  });

  it('getMergedAreasOrNullObject fails above 512 areas and finds only areas whose top-left is in the range', async () => {
    const book = install();
    const sheet = book.addSheet('A');
    for (let i = 0; i < 513; i++) sheet.merges.push({ top: i, left: 0, bottom: i, right: 1 });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      ws.getRange().getMergedAreasOrNullObject().load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      const right = ws.getRangeByIndexes(0, 1, 10, 1).getMergedAreasOrNullObject();
      right.load('address');
      await context.sync();
      expect(right.isNullObject).toBe(true);
    });
  });

  it('TableColumnCollection.add takes null or -1 to append, and an index below the count', async () => {
    const book = install();
    const sheet = book.addSheet('A').fill([
      ['a', 'b'],
      [1, 2],
    ]);
    sheet.tables.push({ name: 'T', range: { top: 0, left: 0, bottom: 1, right: 1 } });
    await Excel.run(async (context) => {
      const table = context.workbook.tables;
      table.load('items/name');
      await context.sync();
      table.items[0].columns.add(2, [['c'], [3]]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      table.items[0].columns.add(-1, [['c'], [3]]);
      await context.sync();
    });
    expect(sheet.tables[0].range.right).toBe(2);
  });
});

describe('tables', () => {
  it('formulas written into a table column become one formula copied down (fill formulas in tables)', async () => {
    const book = install();
    const sheet = book.addSheet('A').fill([
      ['a', 'b'],
      [1, null],
      [2, null],
      [3, null],
    ]);
    sheet.tables.push({ name: 'T', range: { top: 0, left: 0, bottom: 3, right: 1 } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(1, 1, 3, 1).formulas = [
        ['=A2*2'],
        ['=A3>=1'],
        ['=A4<=1'],
      ];
      await context.sync();
    });
    expect([1, 2, 3].map((r) => sheet.cell(r, 1)?.formula)).toEqual(['=A2*2', '=A3*2', '=A4*2']);
  });

  it('a column that already holds two different formulas is left as written', async () => {
    const book = install();
    const sheet = book.addSheet('A').fill([
      ['a', 'b'],
      [1, '=A2*2'],
      [2, '=A3+1'],
      [3, null],
    ]);
    sheet.tables.push({ name: 'T', range: { top: 0, left: 0, bottom: 3, right: 1 } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(3, 1, 1, 1).formulas = [['=A4<=1']];
      await context.sync();
    });
    expect([1, 2, 3].map((r) => sheet.cell(r, 1)?.formula)).toEqual(['=A2*2', '=A3+1', '=A4<=1']);
  });
});

describe('conditional formats', () => {
  it('a proxy made before a priority change stands for the rule now at its old priority', async () => {
    const book = install();
    const sheet = book.addSheet('A');
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 5, 1);
      const first = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      first.custom.rule.formula = '=1';
      const second = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      second.custom.rule.formula = '=2';
      first.priority = 0; // '=1' to the top: '=2' moves to 1
      second.custom.rule.formula = '=3'; // the proxy now stands for priority 0, the '=1' rule
      await context.sync();
    });
    const order = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).map((f) => f.formula);
    expect(order).toEqual(['=3', '=2']);
  });
});

test('a sync that only writes answers with no bytes: a rule’s formula and colours are no response', async () => {
  const book = new FakeWorkbook();
  book.addSheet('S');
  const fake = installExcelFake(book);
  try {
    await Excel.run(async (context) => {
      const rule = context.workbook.worksheets
        .getItem('S')
        .getRange('A1:B2')
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = '=$B1="Không đạt"';
      rule.custom.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    expect(book.syncs.at(-1)?.responseBytes).toBe(0);
  } finally {
    fake.uninstall();
  }
});
