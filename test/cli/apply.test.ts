import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadXlsx, runCli, sampleFiles, SAMPLES, tempDir, userCells } from '../helpers/samples';

interface AppliedTable {
  headerRow: number;
  written: { percent: string; status: string };
  rows: { row: number }[];
}

function tablesOf(json: string): { name: string; tables: AppliedTable[] }[] {
  return (JSON.parse(json) as { sheets: { name: string; tables: AppliedTable[] }[] }).sheets;
}

describe('chitieu apply on every sample', () => {
  const out = tempDir('apply');

  test.each(sampleFiles().map((f) => [path.basename(f), f]))('%s: no user cell changes', async (_name, file) => {
    const target = path.join(out, path.basename(file));
    const result = await runCli(['apply', file, '-o', target, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const before = userCells(await loadXlsx(file));
    const after = userCells(await loadXlsx(target));
    for (const [key, value] of before) expect({ key, value: after.get(key) }).toEqual({ key, value });
  });

  test.each(sampleFiles().map((f) => [path.basename(f), f]))(
    '%s: the new columns hold live formulas right of the table',
    async (_name, file) => {
      const target = path.join(out, 'cols-' + path.basename(file));
      const result = await runCli(['apply', file, '-o', target, '--json']);
      const wb = await loadXlsx(target);
      for (const sheet of tablesOf(result.stdout)) {
        const ws = wb.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        for (const table of sheet.tables) {
          const pctHeader = ws.getCell(`${table.written.percent}${table.headerRow}`);
          const header = String(ws.getCell(`${table.written.status}${table.headerRow}`).value ?? pctHeader.value);
          expect([header, String(pctHeader.value)].join('|')).toMatch(/TH\/KH \(%\)|% of plan|Đánh giá|Status/);
          for (const row of table.rows) {
            const cell = ws.getCell(`${table.written.percent}${row.row}`);
            const v = cell.value as ExcelJS.CellFormulaValue | string;
            if (typeof v === 'object' && v && 'formula' in v) {
              expect(v.formula).not.toMatch(/^=/);
            }
          }
        }
      }
    },
  );

  test('applying to an applied workbook updates the same columns in place', async () => {
    const file = path.join(SAMPLES, 'xuan-lam-2023.xlsx');
    const once = path.join(out, 'once.xlsx');
    const twice = path.join(out, 'twice.xlsx');
    const first = await runCli(['apply', file, '-o', once, '--json']);
    const second = await runCli(['apply', once, '-o', twice, '--json']);
    expect(second.code).toBe(0);
    expect(tablesOf(second.stdout)[0].tables[0].written).toEqual(tablesOf(first.stdout)[0].tables[0].written);
    const a = userCells(await loadXlsx(once));
    const b = userCells(await loadXlsx(twice));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [key, value] of a) expect({ key, value: b.get(key) }).toEqual({ key, value });
  });

  test('English output on request', async () => {
    const target = path.join(out, 'en.xlsx');
    const result = await runCli([
      'apply',
      path.join(SAMPLES, 'trung-son-2023.xlsx'),
      '-o',
      target,
      '--lang',
      'en',
      '--json',
    ]);
    const written = tablesOf(result.stdout)[0].tables[0].written;
    const ws = (await loadXlsx(target)).getWorksheet('Chỉ tiêu 2023') as ExcelJS.Worksheet;
    expect(ws.getCell(`${written.percent}7`).value).toBe('% of plan');
    expect(ws.getCell(`${written.status}7`).value).toBe('Status');
  });
});

describe('bad input: a clear message naming the file, exit code not 0, nothing written', () => {
  const dir = tempDir('bad-input');
  const out = path.join(dir, 'out.xlsx');

  async function expectRejected(args: string[], message: RegExp): Promise<void> {
    fs.rmSync(out, { force: true });
    const result = await runCli(args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  }

  test('a text file is not an xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(file, 'Sản lượng lúa 5.919,6 tấn\n');
    await expectRejected(['apply', file, '-o', out], /notes\.xlsx: .*not an \.xlsx/);
  });

  test('a corrupt workbook', async () => {
    const file = path.join(dir, 'corrupt.xlsx');
    const good = fs.readFileSync(path.join(SAMPLES, 'phu-cuong-2023.xlsx'));
    fs.writeFileSync(file, good.subarray(0, 2000));
    await expectRejected(['apply', file, '-o', out], /corrupt\.xlsx: .*corrupt/);
  });

  test('a password-protected workbook', async () => {
    const file = path.join(dir, 'locked.xlsx');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    );
    await expectRejected(['apply', file, '-o', out], /locked\.xlsx: .*password/);
  });

  test('a workbook without an indicator table', async () => {
    const file = path.join(dir, 'staff.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['STT', 'Họ và tên', 'Chức vụ']);
    ws.addRow([1, 'Nguyễn Văn Hùng', 'Chủ tịch UBND']);
    await wb.xlsx.writeFile(file);
    await expectRejected(['apply', file, '-o', out], /staff\.xlsx: .*no indicator table/);
  });

  test('OUT equal to FILE', async () => {
    const file = path.join(dir, 'same.xlsx');
    fs.copyFileSync(path.join(SAMPLES, 'phu-cuong-2023.xlsx'), file);
    const before = fs.readFileSync(file);
    const result = await runCli(['apply', file, '-o', file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/same\.xlsx: .*OUT must differ/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('a missing file', async () => {
    await expectRejected(['analyze', path.join(dir, 'nope.xlsx')], /nope\.xlsx: .*not found/);
  });

  test('a user cell where the output columns go stops everything, naming the cell', async () => {
    const file = path.join(dir, 'busy.xlsx');
    const wb = await loadXlsx(path.join(SAMPLES, 'trung-son-2023.xlsx'));
    const ws = wb.getWorksheet('Chỉ tiêu 2023') as ExcelJS.Worksheet;
    // The table spans A..F; a merged note in G:H beside the header leaves no free pair until I.
    ws.getCell('G20').value = 'ghi chú riêng';
    await wb.xlsx.writeFile(file);
    const result = await runCli(['apply', file, '-o', out, '--json']);
    expect(result.code).toBe(0);
    const written = tablesOf(result.stdout)[0].tables[0].written;
    expect(written.percent).not.toBe('G');
    const after = await loadXlsx(out);
    expect((after.getWorksheet('Chỉ tiêu 2023') as ExcelJS.Worksheet).getCell('G20').value).toBe('ghi chú riêng');
  });
});

test("a user's own TH/KH (%) and Đánh giá columns are theirs: kept, and chitieu writes beside them", async () => {
  const dir = tempDir('user-pair');
  const file = path.join(dir, 'own-pair.xlsx');
  const out = path.join(dir, 'out.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'TH/KH (%)', 'Đánh giá']);
  ws.addRow([1, 'Sản lượng lúa', 'tấn', 100, 90, 90, 'Chưa đạt']);
  ws.addRow([2, 'Tổng đàn lợn', 'con', 500, 520, 104, 'Vượt']);
  await wb.xlsx.writeFile(file);
  const result = await runCli(['apply', file, '-o', out, '--json']);
  expect(result.code).toBe(0);
  expect(tablesOf(result.stdout)[0].tables[0].written).toEqual({ percent: 'H', status: 'I' });
  const after = (await loadXlsx(out)).getWorksheet('Chỉ tiêu') as ExcelJS.Worksheet;
  expect([after.getCell('F2').value, after.getCell('G2').value, after.getCell('G3').value]).toEqual([
    90,
    'Chưa đạt',
    'Vượt',
  ]);
});

test('unknown options are usage errors', async () => {
  const result = await runCli(['analyze', '--frobnicate', 'x.xlsx']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/unknown option/);
});
