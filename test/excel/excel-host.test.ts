import { HostError } from '../../src/hosts/host';
import { ExcelHost } from '../../src/hosts/excel';
import { DECLARED_EXCEL_API } from '../../src/hosts/excel/api-sets';
import { CHOICES_KEY } from '../../src/hosts/excel/settings';
import { FakeWorkbook, installExcelFake, type InstalledFake } from '../fakes/excel-fake';
import { FIRST_DATA, HEADER_TOP, SHEET, planFor, userSheet } from './plan-fixture';

const FOUR_MB = 4 * 1024 * 1024;
let fake: InstalledFake | null = null;

function install(book: FakeWorkbook): FakeWorkbook {
  fake = installExcelFake(book);
  return book;
}

afterEach(() => {
  fake?.uninstall();
  fake = null;
});

describe('reading a workbook', () => {
  function workbook(): FakeWorkbook {
    const book = install(new FakeWorkbook());
    userSheet(book, 3);
    const other = book.addSheet('Ngân sách');
    other.fill(
      [
        ['Khoản', 'Dự toán'],
        ['Thu', 1200.5],
        ['Tỷ lệ', '=B2/0'],
      ],
      2,
      1,
    );
    other.setCell(4, 2, { error: '#DIV/0!', formula: '=B2/0' });
    other.setCell(3, 2, { numberFormat: '#,##0.0' });
    other.merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
    other.tables.push({ name: 'BangNganSach', range: { top: 2, left: 1, bottom: 4, right: 2 } });
    other.protected = true;
    const hidden = book.addSheet('Ẩn');
    hidden.visibility = 'Hidden';
    book.addSheet('Trống');
    return book;
  }

  it('scans a workbook in two syncs, the sheet list first, and loads choices without a sync', async () => {
    const many = install(new FakeWorkbook());
    for (let i = 0; i < 12; i++) userSheet(many, 20).name = `Xã ${i}`;
    const host = new ExcelHost();
    const grids = await host.read('workbook');
    await host.loadChoices();
    expect(many.syncs).toHaveLength(2);
    expect(grids.sheets.map((s) => s.name)).toEqual(Array.from({ length: 12 }, (_, i) => `Xã ${i}`));

    const big = install(new FakeWorkbook());
    userSheet(big, 5000);
    await new ExcelHost().read('workbook');
    expect(big.syncs).toHaveLength(2);
  });

  it('asks nothing of a sheet past the last one (review A.5)', async () => {
    // The fake refuses members (protection, getRange…) of a null worksheet: the docs define
    // *OrNullObject only for the object returned, and a 32-sheet walk always ran past the end.
    for (const count of [1, 3, 33]) {
      const book = install(new FakeWorkbook());
      for (let i = 0; i < count; i++) userSheet(book, 3).name = `Xã ${i}`;
      const grids = await new ExcelHost().read('workbook');
      expect(grids.sheets).toHaveLength(count);
      expect(book.syncs).toHaveLength(2);
    }
  });

  it('takes two syncs with Excel tables and with more than 32 sheets', async () => {
    const book = workbook();
    const grids = await new ExcelHost({ includeHiddenSheets: true }).read('workbook');
    expect(grids.sheets.map((s) => s.name)).toEqual([SHEET, 'Ngân sách', 'Ẩn', 'Trống']);
    expect(book.syncs).toHaveLength(2);

    const district = install(new FakeWorkbook());
    for (let i = 0; i < 40; i++) userSheet(district, 5).name = `Xã ${i}`;
    const all = await new ExcelHost().read('workbook');
    expect(all.sheets).toHaveLength(40);
    expect(district.syncs).toHaveLength(2);
  });

  it('anchors grids at A1 and keeps errors, formulas, formats, merges, tables and protection', async () => {
    workbook();
    const grids = await new ExcelHost({ includeHiddenSheets: true }).read('workbook');
    const budget = grids.sheets[1];
    expect(budget.values[0]).toEqual([]);
    expect(budget.values[2]).toEqual([null, 'Khoản', 'Dự toán']);
    expect(budget.values[3]).toEqual([null, 'Thu', 1200.5]);
    expect(budget.values[4][2]).toEqual({ error: '#DIV/0!' });
    expect(budget.formulas?.[4][2]).toBe('B2/0');
    expect(budget.numberFormats?.[3][2]).toBe('#,##0.0');
    expect(budget.numberFormats?.[2][2]).toBeNull();
    expect(budget.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(budget.tables).toEqual([{ name: 'BangNganSach', range: { top: 2, left: 1, bottom: 4, right: 2 } }]);
    expect(budget.protected).toBe(true);
    expect(grids.sheets[2].hidden).toBe(true);
    expect(grids.sheets[3].values).toEqual([]);
    expect(grids.sheets[0].values[FIRST_DATA]).toEqual([1, 'Chỉ tiêu số 1', 100, 95]);
  });

  it('skips hidden and very hidden sheets unless asked for them (review A.13)', async () => {
    const book = workbook();
    book.addSheet('Rất ẩn').visibility = 'VeryHidden';
    const grids = await new ExcelHost().read('workbook');
    expect(grids.sheets.map((s) => s.name)).toEqual([SHEET, 'Ngân sách', 'Trống']);
    const all = await new ExcelHost({ includeHiddenSheets: true }).read('workbook');
    expect(all.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(['Ẩn', 'Rất ẩn']);
  });

  it.each(['throw', 'null'] as const)(
    'reads every merged area of a sheet with more than 512, whether Excel fails or answers null (review A.3, %s)',
    async (mode) => {
      const book = install(new FakeWorkbook({ mergedAreasOverLimit: mode }));
      const sheet = userSheet(book, 600);
      for (let i = 0; i < 600; i++) {
        sheet.fill([['ghi chú']], FIRST_DATA + i, 5);
        sheet.merges.push({ top: FIRST_DATA + i, left: 5, bottom: FIRST_DATA + i, right: 6 });
      }
      const grids = await new ExcelHost().read('workbook');
      expect(grids.sheets[0].merges).toHaveLength(600);
      expect(grids.sheets[0].merges).toContainEqual({
        top: FIRST_DATA + 599,
        left: 5,
        bottom: FIRST_DATA + 599,
        right: 6,
      });
      expect(grids.sheets[0].values[FIRST_DATA + 599]).toEqual([600, 'Chỉ tiêu số 600', 699, 694, null, 'ghi chú']);
      expect(book.syncs.length).toBeLessThanOrEqual(4);
    },
  );

  it('says so when the active sheet is a chart sheet (review A.14)', async () => {
    // office-js #2444: getActiveWorksheet fails when a chart sheet is active.
    const book = workbook();
    book.activeChartSheet = true;
    const error = await new ExcelHost({ language: 'en' }).read('activeSheet').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^The active sheet is not a worksheet/);
  });

  it('reads only the active sheet when asked', async () => {
    const book = workbook();
    book.activeSheet = 1;
    const grids = await new ExcelHost().read('activeSheet');
    expect(grids.sheets.map((s) => s.name)).toEqual(['Ngân sách']);
    // The workbook has an Excel table, whose range takes the second sync.
    expect(book.syncs).toHaveLength(2);
  });

  it('reads a sheet too large for one answer in row blocks, each answer under the limit', async () => {
    const small = install(new FakeWorkbook());
    userSheet(small, 5000);
    const whole = await new ExcelHost().read('workbook');

    const limited = install(new FakeWorkbook({ responseLimitBytes: 400_000 }));
    userSheet(limited, 5000);
    const progress: number[] = [];
    const blocks = await new ExcelHost({ readBudgetBytes: 300_000 }).read('workbook', (p) => progress.push(p.done));
    expect(blocks).toEqual(whole);
    const [list, refused, dims, ...rounds] = limited.syncs;
    expect(list.responseBytes).toBeLessThan(1000);
    expect(refused.responseBytes).toBeGreaterThan(400_000);
    expect(dims.responseBytes).toBeLessThan(1000);
    expect(rounds.length).toBeGreaterThan(1);
    for (const r of rounds) expect(r.responseBytes).toBeLessThan(400_000);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('re-reads a sheet of long formulas in blocks that fit, halving a block Excel refuses (review A.10)', async () => {
    // chitieu's own TH/KH and Đánh giá formulas are 300–660 characters: far over the 48 bytes a
    // cell the first block size assumes.
    const book = install(new FakeWorkbook({ responseLimitBytes: 400_000 }));
    const sheet = userSheet(book, 2000);
    const long = `=IFERROR(IF(ISNUMBER(D5),D5/C5*100,""),"")${' '.repeat(600)}`;
    for (let i = 0; i < 2000; i++) sheet.setCell(FIRST_DATA + i, 4, { formula: long, value: 95 });
    const grids = await new ExcelHost({ readBudgetBytes: 300_000 }).read('workbook');
    expect(grids.sheets[0].formulas?.[FIRST_DATA + 1999][4]).toBe(long.slice(1));
    expect(grids.sheets[0].values[FIRST_DATA + 1999]).toEqual([2000, 'Chỉ tiêu số 2000', 2099, 2094, 95]);
    for (const s of book.syncs.filter((x) => x.responseBytes <= 400_000)) expect(s.responseBytes).toBeLessThan(400_000);
  });

  it.each(['null', 'throw'] as const)(
    'reads a range over the cell limit in blocks, whether Excel answers null or an error (review A.10, %s)',
    async (overCellLimit) => {
      // performance#payload-size-limit-best-practices: over five million cells Range.values may be null.
      const book = install(new FakeWorkbook({ cellReadLimit: 1000, overCellLimit }));
      userSheet(book, 300);
      userSheet(book, 10).name = 'Nhỏ';
      const grids = await new ExcelHost().read('workbook');
      expect(grids.sheets.map((s) => s.name)).toEqual([SHEET, 'Nhỏ']);
      expect(grids.sheets[0].values[FIRST_DATA + 299]).toEqual([300, 'Chỉ tiêu số 300', 399, 394]);
      expect(grids.sheets[1].values[FIRST_DATA + 9]).toEqual([10, 'Chỉ tiêu số 10', 109, 104]);
    },
  );

  it('keeps the Excel tables when the first answer is refused as too large (review A.4)', async () => {
    // Office.js applies loaded values only from a successful response: the table list queued in
    // the refused sync has no items, so the row-block path must ask for it again.
    const book = install(new FakeWorkbook({ responseLimitBytes: 400_000 }));
    const sheet = userSheet(book, 5000);
    sheet.tables.push({
      name: 'BangChiTieu',
      range: { top: HEADER_TOP + 1, left: 0, bottom: FIRST_DATA + 4999, right: 3 },
    });
    const grids = await new ExcelHost({ readBudgetBytes: 300_000 }).read('workbook');
    expect(book.syncs[1].responseBytes).toBeGreaterThan(400_000);
    expect(grids.sheets[0].tables).toEqual([
      { name: 'BangChiTieu', range: { top: HEADER_TOP + 1, left: 0, bottom: FIRST_DATA + 4999, right: 3 } },
    ]);
    expect(grids.sheets[0].values[FIRST_DATA + 4999]).toEqual([5000, 'Chỉ tiêu số 5000', 5099, 5094]);
  });
});

describe('applying a write plan', () => {
  function book(rows: number, options = {}): FakeWorkbook {
    const b = install(new FakeWorkbook(options));
    userSheet(b, rows);
    return b;
  }

  it('writes headers, formulas, formats and rules', async () => {
    const b = book(3);
    const result = await new ExcelHost().apply(planFor(3));
    const s = b.sheet(SHEET);
    expect(result).toEqual({ cellsWritten: 8, tables: 1 });
    expect(s.cell(HEADER_TOP, 4)).toMatchObject({ value: 'TH/KH (%)', style: 'header-bold' });
    expect(s.merges).toContainEqual({ top: HEADER_TOP, left: 4, bottom: HEADER_TOP + 1, right: 4 });
    expect(s.cell(FIRST_DATA, 4)).toMatchObject({
      formula: '=IF(AND(ISNUMBER(C5),C5<>0),D5/C5,"")',
      numberFormat: '0.0%',
    });
    expect(s.cell(FIRST_DATA + 2, 5)?.formula).toBe('=IF(ISNUMBER(E7),IF(E7>=1,"Đạt","Chưa đạt"),"")');
    const rules = [...s.conditionalFormats].sort((x, y) => x.priority - y.priority);
    expect(rules).toEqual([
      {
        range: { top: 4, left: 5, bottom: 6, right: 5 },
        type: 'Custom',
        formula: '=$F5="Chưa đạt"',
        fill: '#FFC7CE',
        font: '#9C0006',
        priority: 0,
        stopIfTrue: true,
      },
      {
        range: { top: 4, left: 5, bottom: 6, right: 5 },
        type: 'Custom',
        formula: '=$F5="Đạt"',
        fill: '#C6EFCE',
        font: '#006100',
        priority: 1,
        stopIfTrue: true,
      },
    ]);
  });

  it("puts the near-miss rule above the shortfall and met rules, all above the user's own (review A.9)", async () => {
    // ConditionalFormat.priority remark: changing a priority moves the others, and the proxies must be
    // fetched again at their new places; the fake's proxies then stand for whatever is there.
    const b = book(10);
    b.sheet(SHEET).conditionalFormats.push({
      range: { top: FIRST_DATA, left: 0, bottom: FIRST_DATA + 9, right: 3 },
      type: 'Custom',
      formula: '=$D5<0',
      priority: 0,
    });
    const plan = planFor(10);
    const range = plan.tables[0].rules[0].range;
    plan.tables[0].rules.unshift({
      range,
      formula: 'AND($F5="Chưa đạt",ABS($E5-100)<=5)',
      style: 'nearMiss',
      priority: 0,
    });
    await new ExcelHost().apply(plan);
    const order = [...b.sheet(SHEET).conditionalFormats].sort((x, y) => x.priority - y.priority);
    expect(order.map((f) => [f.formula, f.fill, f.stopIfTrue])).toEqual([
      ['=AND($F5="Chưa đạt",ABS($E5-100)<=5)', '#FFEB9C', true],
      ['=$F5="Chưa đạt"', '#FFC7CE', true],
      ['=$F5="Đạt"', '#C6EFCE', true],
      ['=$D5<0', undefined, undefined],
    ]);
  });

  it('takes the same number of syncs for 50 rows as for 5,000: at most 3 plus one per 4 MB', async () => {
    const counts: number[] = [];
    for (const rows of [50, 5000]) {
      const b = book(rows);
      await new ExcelHost().apply(planFor(rows));
      const chunks = Math.ceil(b.syncs.reduce((n, s) => n + s.requestBytes, 0) / FOUR_MB);
      expect(b.syncs.length).toBeLessThanOrEqual(3 + chunks);
      for (const s of b.syncs) expect(s.requestBytes).toBeLessThan(FOUR_MB);
      counts.push(b.syncs.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  });

  it('splits a large plan into requests under the budget, one sync each', async () => {
    const b = book(5000);
    const budget = 200_000;
    await new ExcelHost({ writeBudgetBytes: budget }).apply(planFor(5000));
    const writes = b.syncs.slice(2);
    const total = writes.reduce((n, s) => n + s.requestBytes, 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / budget) + 1);
    for (const s of writes) expect(s.requestBytes).toBeLessThan(budget * 1.1);
    expect(b.sheet(SHEET).cell(FIRST_DATA + 4999, 5)?.formula).toBe(
      '=IF(ISNUMBER(E5004),IF(E5004>=1,"Đạt","Chưa đạt"),"")',
    );
  });

  it('retries with smaller requests when Excel refuses one as too large', async () => {
    const reference = book(5000);
    await new ExcelHost().apply(planFor(5000));
    const expected = reference.snapshot();

    const b = book(5000, { requestLimitBytes: 300_000 });
    await new ExcelHost().apply(planFor(5000));
    expect(b.snapshot()).toBe(expected);
    const refused = b.syncs.filter((s) => s.requestBytes > 300_000);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.responseBytes === 0)).toBe(true);
  });

  it('stops with a message naming the cells when an output column holds data, changing nothing', async () => {
    const b = book(10);
    b.sheet(SHEET)
      .fill([['ghi chú']], FIRST_DATA + 5, 5)
      .fill([['x']], FIRST_DATA + 7, 5);
    const before = b.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/cells F10, F12 on sheet “Xã Trung Sơn” already hold data/);
    expect((error as HostError).sheet).toBe(SHEET);
    expect((error as HostError).cell).toBe('F10');
    expect(b.snapshot()).toBe(before);
    expect(b.syncs).toHaveLength(1);
  });

  it('stops on a merged cell in the way, changing nothing', async () => {
    const b = book(10);
    b.sheet(SHEET).merges.push({ top: FIRST_DATA + 2, left: 3, bottom: FIRST_DATA + 2, right: 4 });
    const before = b.snapshot();
    const error = await new ExcelHost().apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/Các ô gộp D7:E7 trên trang “Xã Trung Sơn”/);
    expect(b.snapshot()).toBe(before);
  });

  it('finds a merged cell that starts left of an output column, among more than 512 merged areas (review A.3)', async () => {
    // office-js #3611: only merged areas whose top-left cell is in the range asked are returned;
    // and more than 512 in one range make the call fail.
    const b = book(600);
    const s = b.sheet(SHEET);
    for (let i = 0; i < 600; i++) s.merges.push({ top: FIRST_DATA + i, left: 0, bottom: FIRST_DATA + i, right: 1 });
    s.merges.push({ top: FIRST_DATA + 9, left: 3, bottom: FIRST_DATA + 9, right: 4 });
    const before = b.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(600)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /^Merged cells D14:E14 on sheet “Xã Trung Sơn” are where the results go/,
    );
    expect(b.snapshot()).toBe(before);
    expect(b.syncs).toHaveLength(1);
  });

  it('stops on an Excel table in the way, changing nothing', async () => {
    const b = book(10);
    b.sheet(SHEET).tables.push({
      name: 'BangPhu',
      range: { top: FIRST_DATA + 3, left: 5, bottom: FIRST_DATA + 20, right: 7 },
    });
    const before = b.snapshot();
    const error = await new ExcelHost({ language: 'en' }).apply(planFor(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /Excel table “BangPhu” on sheet “Xã Trung Sơn” is where the results go \(F8:F14\)/,
    );
    expect(b.snapshot()).toBe(before);
  });

  it('stops on a protected sheet and on a missing sheet, naming it', async () => {
    const b = book(3);
    b.sheet(SHEET).protected = true;
    await expect(new ExcelHost({ language: 'en' }).apply(planFor(3))).rejects.toThrow(
      /Sheet “Xã Trung Sơn” is protected/,
    );
    b.sheet(SHEET).name = 'Đổi tên';
    await expect(new ExcelHost({ language: 'en' }).apply(planFor(3))).rejects.toThrow(
      /Sheet “Xã Trung Sơn” was not found/,
    );
  });

  it('updates its own columns in place on a second run, replacing its rules', async () => {
    const b = book(10);
    await new ExcelHost().apply(planFor(10));
    const first = b.snapshot();
    b.sheet(SHEET).conditionalFormats.push({
      range: { top: 0, left: 0, bottom: 30, right: 5 },
      type: 'Custom',
      formula: '=$A1=1',
      priority: 9,
    });
    await new ExcelHost().apply(planFor(10));
    const rules = b.sheet(SHEET).conditionalFormats;
    expect(rules).toHaveLength(3);
    expect(rules.filter((r) => r.formula === '=$A1=1')).toHaveLength(1);
    await new ExcelHost().apply(planFor(10, { updatesInPlace: true }));
    expect(b.sheet(SHEET).conditionalFormats).toHaveLength(3);
    b.sheet(SHEET).conditionalFormats = b.sheet(SHEET).conditionalFormats.filter((r) => r.formula !== '=$A1=1');
    expect(JSON.parse(b.snapshot())[0].cells).toEqual(JSON.parse(first)[0].cells);
  });

  it('replaces its own rules after a user split them by inserting rows, and only those (review A.14)', async () => {
    // getRangeOrNullObject answers null for a rule on several ranges; and rules of one batch are
    // deleted by index unless their ids were loaded, so a user's rule between them could go instead.
    const b = book(10);
    await new ExcelHost().apply(planFor(10));
    const s = b.sheet(SHEET);
    for (const rule of s.conditionalFormats) {
      rule.moreRanges = [{ ...rule.range, top: FIRST_DATA + 6 }];
      rule.range = { ...rule.range, bottom: FIRST_DATA + 4 };
    }
    s.conditionalFormats.splice(1, 0, {
      range: { top: FIRST_DATA, left: 3, bottom: FIRST_DATA + 9, right: 5 },
      type: 'Custom',
      formula: '=$F5="?"',
      priority: 5,
    });
    await new ExcelHost().apply(planFor(10));
    expect(s.conditionalFormats.map((f) => f.formula).sort()).toEqual(['=$F5="?"', '=$F5="Chưa đạt"', '=$F5="Đạt"']);
    expect(s.conditionalFormats.filter((f) => f.moreRanges)).toEqual([]);
  });

  it('refuses a merged cell in the way on the oldest Excel the manifest admits, changing nothing (review A.12)', async () => {
    // Below ExcelApi 1.13 there is no getMergedAreasOrNullObject: the guard would be skipped and
    // Excel would refuse the write half-way, after earlier requests had landed.
    const b = book(10, { excelApiMinor: Number(DECLARED_EXCEL_API.split('.')[1]) });
    b.sheet(SHEET).merges.push({ top: FIRST_DATA + 6, left: 5, bottom: FIRST_DATA + 7, right: 5 });
    const before = b.snapshot();
    const error = await new ExcelHost({ language: 'en', writeBudgetBytes: 1 }).apply(planFor(10)).catch((e) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /Merged cells F11:F12 on sheet “Xã Trung Sơn” are where the results go/,
    );
    expect(b.snapshot()).toBe(before);
  });
});

describe('selecting a cell and remembering choices', () => {
  it('brings the sheet to front and selects the cell', async () => {
    const b = install(new FakeWorkbook());
    b.addSheet('Một');
    userSheet(b, 3);
    await new ExcelHost().select(SHEET, 5, 3);
    expect(b.activeSheet).toBe(1);
    expect(b.selection).toEqual({ sheet: SHEET, range: { top: 5, left: 3, bottom: 5, right: 3 } });
    expect(b.syncs).toHaveLength(2);
    await expect(new ExcelHost({ language: 'en' }).select('Không có', 0, 0)).rejects.toThrow(
      /Sheet “Không có” was not found/,
    );
  });

  it('does not activate a hidden sheet: it says the sheet is hidden (review A.13)', async () => {
    const b = install(new FakeWorkbook());
    userSheet(b, 3);
    b.addSheet('Ẩn').visibility = 'Hidden';
    const error = await new ExcelHost({ language: 'en' }).select('Ẩn', 2, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/Sheet “Ẩn” is hidden/);
    expect((error as HostError).sheet).toBe('Ẩn');
    expect(b.activeSheet).toBe(0);
    expect(b.selection).toBeNull();
  });

  it('keeps the choices in the workbook settings under one key', async () => {
    const b = install(new FakeWorkbook());
    const host = new ExcelHost();
    expect(await host.loadChoices()).toEqual({});
    const choices = { rows: { [`${SHEET}!chi tieu so 1`]: { indicatorId: 'KT-01', direction: 'higher' as const } } };
    await host.saveChoices(choices);
    expect(b.settingsSaves).toBe(1);
    expect(typeof b.settings.get(CHOICES_KEY)).toBe('string');
    expect(await new ExcelHost().loadChoices()).toEqual(choices);
    expect(b.syncs).toHaveLength(0);
  });
});
