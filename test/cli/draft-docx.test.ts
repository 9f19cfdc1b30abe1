/**
 * `chitieu draft FILE.docx -o OUT.xlsx`: a Word file with targets in Word-numbered paragraphs and in an
 * appendix table (last year's estimate beside next year's plan) drafts one sheet with both, the plan
 * taken from the plan year's column; what is not a readable file says so.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { makeDocx } from '../helpers/docx';
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
