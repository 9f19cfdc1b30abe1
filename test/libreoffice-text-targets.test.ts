/**
 * Text targets and numbers written among words (`Phấn đấu đạt 92%`, `Khoảng 35,86 ha`, `trên 97`,
 * `Giảm còn dưới 2%`) are judged the same by the engine and by LibreOffice recalculating the written formulas.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { STATUS_TEXTS } from '../src/core/write-plan';
import { cachedValues, hasLibreOffice, recalculate } from './helpers/libreoffice';
import { runCli, tempDir } from './helpers/samples';

const ROWS: [string, string, string | number, string | number][] = [
  ['Tỷ lệ gia đình đạt chuẩn văn hóa', '%', 'Phấn đấu đạt 92%', 93.1],
  ['Diện tích nuôi cá nước ngọt', 'ha', 35, 'Khoảng 35,86 ha'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'trên 97', 95.8],
  ['Tỷ lệ hộ nghèo', '%', 'Giảm còn dưới 2%', 2.4],
  ['Tỷ lệ tăng dân số tự nhiên', '%', 'Duy trì dưới 1%', '0,8%'],
  ['Tỷ lệ giảm hộ nghèo', '%', 'Giảm 0,5%', 0.6],
];

(hasLibreOffice() ? test : test.skip)('LibreOffice agrees with the engine on text targets', async () => {
  const dir = tempDir('text-targets');
  const file = path.join(dir, 'text-targets.xlsx');
  const out = path.join(dir, 'applied', 'text-targets.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023']);
  ROWS.forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(file);

  const result = await runCli(['apply', file, '-o', out, '--json']);
  expect(result.code).toBe(0);
  const table = (
    JSON.parse(result.stdout) as {
      sheets: {
        tables: {
          written: { percent: string; status: string };
          rows: { row: number; label: string; percentOfPlan: number | null; status: string }[];
        }[];
      }[];
    }
  ).sheets[0].tables[0];
  expect(table.rows.map((r) => r.status)).toEqual(['met', 'met', 'shortfall', 'shortfall', 'met', 'met']);

  const [recalculated] = recalculate([out], path.join(dir, 'recalculated'));
  const values = await cachedValues(recalculated, 'Chỉ tiêu');
  const texts: Record<string, string> = {
    met: STATUS_TEXTS.vi.met,
    shortfall: STATUS_TEXTS.vi.shortfall,
    'not-evaluable': STATUS_TEXTS.vi.noData,
    info: '',
  };
  for (const row of table.rows) {
    const where = row.label;
    expect({ where, status: values.get(`${table.written.status}${row.row}`) }).toEqual({
      where,
      status: texts[row.status],
    });
    const pct = values.get(`${table.written.percent}${row.row}`);
    if (row.percentOfPlan === null) expect({ where, pct }).toEqual({ where, pct: '' });
    else expect({ where, close: Math.abs(Number(pct) - row.percentOfPlan) <= 0.05 }).toEqual({ where, close: true });
  }
});
