/**
 * `chitieu draft FILE.docx -o OUT.xlsx`: a Word file with targets in Word-numbered paragraphs and in an
 * appendix table (last year's estimate beside next year's plan) drafts one sheet with both, the plan
 * taken from the plan year's column; once the actuals are typed in, LibreOffice recalculates the
 * draft's own percent and status columns with the direction the text gave; what is not a readable
 * file says so.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { makeDocx } from '../helpers/docx';
import { cachedValues, hasLibreOffice, recalculate } from '../helpers/libreoffice';
import { loadXlsx, runCli, tempDir } from '../helpers/samples';

const dir = tempDir('draft-docx');
const RES_A = path.join(__dirname, '../generalisation/resolutions/res-A');

interface JsonDraft {
  year: number;
  targets: {
    indicatorId: string | null;
    name: string;
    plan: number | string;
    unit: string;
    direction: string;
    source: string;
  }[];
  unplaced: { source: string; reason: string }[];
}

describe('a Word resolution with targets in paragraphs and in a table', () => {
  const file = path.join(dir, 'nghi-quyet-2026.docx');
  const out = path.join(dir, 'theo-doi-2026.xlsx');

  beforeAll(async () => {
    fs.writeFileSync(
      file,
      await makeDocx([
        'NGHỊ QUYẾT',
        'Về kế hoạch phát triển kinh tế - xã hội năm 2026',
        'Điều 1. Kết quả năm 2025',
        'Sản lượng lúa ước đạt 5.100 tấn; tỷ lệ hộ nghèo còn 2,1%.',
        'Điều 2. Mục tiêu, chỉ tiêu năm 2026',
        { numbered: 'Sản lượng lúa 5.250 tấn.', numId: 1 },
        { numbered: 'Tỷ lệ hộ nghèo còn dưới 1,8%; tỷ lệ người dân tham gia bảo hiểm y tế trên 95%.', numId: 1 },
        { numbered: 'Bê tông hóa 3,5 km đường giao thông nông thôn.', numId: 1 },
        'Điều 3. Tổ chức thực hiện',
        'Giao Ủy ban nhân dân xã tổ chức thực hiện.',
        'BIỂU DỰ TOÁN CHI NGÂN SÁCH XÃ NĂM 2026',
        'Đơn vị tính: triệu đồng',
        {
          table: [
            ['STT', 'Nội dung', 'Ước thực hiện năm 2025', 'Dự toán năm 2026', 'So sánh (%)'],
            ['1', 'Chi đầu tư phát triển', '9.800', '10.500', '107,1'],
            ['2', 'Chi thường xuyên', '12.000', '12.600', '105,0'],
            ['3', 'Chi trả nợ gốc vay', '450', '', ''],
          ],
        },
      ]),
    );
  });

  test('drafts the targets of both, with the plan year and the plan column', async () => {
    const result = await runCli(['draft', file, '-o', out, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout) as JsonDraft;
    expect(draft.year).toBe(2026);
    const byId = (id: string): JsonDraft['targets'][number] | undefined =>
      draft.targets.find((t) => t.indicatorId === id);
    expect(byId('rice_output')).toMatchObject({ plan: 5250, unit: 'tấn', direction: 'higher' });
    expect(byId('poverty_rate')).toMatchObject({ plan: 'dưới 1,8', direction: 'lower' });
    expect(byId('health_insurance_rate')).toMatchObject({ plan: 'trên 95' });
    expect(byId('expenditure_development_investment')).toMatchObject({
      plan: 10500,
      unit: 'triệu đồng',
      direction: 'ceiling',
    });
    expect(byId('expenditure_recurrent')).toMatchObject({ plan: 12600, direction: 'ceiling' });
    // Not in the catalog: drafted in its own words, never dropped.
    expect(draft.targets.find((t) => t.indicatorId === null && /bê tông hóa/i.test(t.name))).toMatchObject({
      plan: 3.5,
      unit: 'km',
      direction: 'higher',
    });
    // Last year's results are not targets.
    expect(draft.targets.map((t) => t.plan)).not.toContain(5100);
    // A row with last year's figure but none for the plan year is listed with its reason, never guessed.
    expect(draft.unplaced).toContainEqual(expect.objectContaining({ reason: 'no-plan' }));
    expect(draft.unplaced.find((u) => u.reason === 'no-plan')?.source).toContain('Chi trả nợ gốc vay');
    expect(draft.targets.find((t) => /trả nợ/i.test(t.name))).toBeUndefined();
    const plain = await runCli(['draft', file, '-o', path.join(dir, 'plain.xlsx')]);
    expect(plain.stdout).toMatch(/\? [^\n]*Chi trả nợ gốc vay[^\n]*\(không có số liệu năm kế hoạch/);

    const ws = (await loadXlsx(out)).getWorksheet('Theo dõi chỉ tiêu') as ExcelJS.Worksheet;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'KH 2026',
      'TH 2026',
      'Căn cứ',
      'TH/KH (%)',
      'Đánh giá',
    ]);
    // One row per target, paragraphs and table alike: plan in KH, TH left for the user, the clause in Căn cứ.
    const rows = new Map<string, unknown[]>();
    ws.eachRow((row, n) => {
      const label = row.getCell(2).value;
      if (n > 4 && typeof label === 'string') rows.set(label, [row.getCell(3).value, row.getCell(4).value]);
    });
    expect(rows.get('Sản lượng lúa')).toEqual(['tấn', 5250]);
    expect(rows.get('Chi đầu tư phát triển')).toEqual(['triệu đồng', 10500]);
    expect(rows.get('Chi thường xuyên')).toEqual(['triệu đồng', 12600]);
    const riceRow = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => r.getCell(2).value === 'Sản lượng lúa') as ExcelJS.Row;
    expect(riceRow.getCell(5).value).toBeNull();
    expect(riceRow.getCell(6).value).toBe('Sản lượng lúa 5.250 tấn');
    // The unplaced row is written under the table with its reason, for the user to type in.
    const notes: string[] = [];
    ws.eachRow((row) => {
      const text = row.getCell(2).value;
      if (typeof text === 'string' && text.startsWith('- ')) notes.push(`${text} | ${String(row.getCell(6).value)}`);
    });
    expect(notes.find((n) => n.includes('Chi trả nợ gốc vay'))).toContain('không có số liệu cho năm kế hoạch');
  });

  test('once actuals are typed in, LibreOffice recalculates the status with the direction the text gave', async () => {
    if (!hasLibreOffice()) return;
    // Actual for each target, and what a reader of the resolution would call it.
    const ACTUALS: [RegExp, number, string][] = [
      [/^Sản lượng lúa$/, 5300, 'Đạt'],
      [/hộ nghèo/i, 1.9, 'Không đạt'], // a level: 'còn dưới 1,8%'
      [/bảo hiểm y tế/i, 96, 'Đạt'],
      [/bê tông hóa/i, 3, 'Không đạt'], // outside the catalog, drafted in its own words
      [/^Chi đầu tư phát triển$/, 10800, 'Không đạt'], // spending over its ceiling
      [/^Chi thường xuyên$/, 12000, 'Đạt'],
    ];
    const wb = await loadXlsx(out);
    const ws = wb.getWorksheet('Theo dõi chỉ tiêu') as ExcelJS.Worksheet;
    const rowOf = new Map<RegExp, number>();
    ws.eachRow((row, n) => {
      const label = row.getCell(2).value;
      const hit = ACTUALS.find(([re]) => n > 4 && typeof label === 'string' && re.test(label));
      if (hit && !rowOf.has(hit[0])) {
        row.getCell(5).value = hit[1];
        rowOf.set(hit[0], n);
      }
    });
    expect(rowOf.size).toBe(ACTUALS.length);
    const filled = path.join(dir, 'filled', 'theo-doi-2026.xlsx');
    fs.mkdirSync(path.dirname(filled), { recursive: true });
    await wb.xlsx.writeFile(filled);

    const [recalculated] = recalculate([filled], path.join(dir, 'recalculated'));
    const values = await cachedValues(recalculated, 'Theo dõi chỉ tiêu');
    for (const [re, actual, status] of ACTUALS) {
      const row = rowOf.get(re) as number;
      expect({ target: re.source, status: values.get(`H${row}`) }).toEqual({ target: re.source, status });
      expect(typeof values.get(`G${row}`)).toBe('number');
      if (re.source === '^Sản lượng lúa$') expect(values.get(`G${row}`)).toBeCloseTo((actual / 5250) * 100, 1);
    }
  });

  test('a resolution of res-A with targets in dense paragraphs and a three-year budget table', async () => {
    const result = await runCli([
      'draft',
      path.join(RES_A, '10-tam-nong-nghi-quyet-hdnd-2026.docx'),
      '-o',
      path.join(dir, 'tam-nong.xlsx'),
      '--json',
    ]);
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout) as JsonDraft;
    expect(draft.year).toBe(2026);
    const chi = draft.targets.find((t) => t.indicatorId === 'expenditure_recurrent');
    expect(chi).toMatchObject({ plan: 27850, unit: 'triệu đồng' });
    expect(chi?.source).toContain('27.850');
    expect(draft.targets.find((t) => t.indicatorId === 'rice_output')).toMatchObject({ plan: 12753 });
  });

  test('a file that is not a Word document says so and writes nothing', async () => {
    const bad = path.join(dir, 'khong-phai.docx');
    fs.writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const target = path.join(dir, 'nothing.xlsx');
    const result = await runCli(['draft', bad, '-o', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('.docx');
    expect(fs.existsSync(target)).toBe(false);
  });
});
