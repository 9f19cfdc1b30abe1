/**
 * A real spreadsheet engine agrees: every sample is applied, recalculated by LibreOffice, and the
 * recalculated percent and status cells equal the analysis for every row.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from './helpers/engine';
import { STATUS_TEXTS } from '../src/core/write-plan';
import { openGridsFile } from '../src/hosts/xlsx/open';
import { cachedValues, hasLibreOffice, recalculate } from './helpers/libreoffice';
import { loadXlsx, runCli, SAMPLES, sampleFiles, tempDir } from './helpers/samples';

interface Row {
  row: number;
  label: string;
  percentOfPlan: number | null;
  status: string;
}
interface Applied {
  sheets: {
    name: string;
    tables: {
      headerRow: number;
      written: { percent: string; status: string; previousPercent?: string };
      rows: Row[];
    }[];
  }[];
}

function expectedStatus(status: string, lang: 'vi' | 'en'): string {
  const texts = STATUS_TEXTS[lang];
  return status === 'met'
    ? texts.met
    : status === 'shortfall'
      ? texts.shortfall
      : status === 'info'
        ? ''
        : texts.noData;
}

const describeIfLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeIfLibreOffice('LibreOffice recalculation of the written formulas', () => {
  const dir = tempDir('libreoffice');
  const applied = new Map<string, Applied>();
  let recalculated: string[] = [];

  beforeAll(async () => {
    const outputs: string[] = [];
    for (const file of sampleFiles()) {
      const out = path.join(dir, 'applied', path.basename(file));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const result = await runCli(['apply', file, '-o', out, '--json']);
      expect(result.code).toBe(0);
      applied.set(path.basename(file), JSON.parse(result.stdout) as Applied);
      // Cached results written by chitieu must not leak into the comparison: blank them first.
      const wb = await loadXlsx(out);
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value;
            if (v && typeof v === 'object' && 'formula' in v)
              cell.value = { formula: (v as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
          }),
        ),
      );
      await wb.xlsx.writeFile(out);
      outputs.push(out);
    }
    recalculated = recalculate(outputs, path.join(dir, 'recalculated'));
  }, 600000);

  test.each(sampleFiles().map((f) => [path.basename(f)]))(
    '%s: percent and status as the analysis says',
    async (name) => {
      const report = applied.get(name) as Applied;
      const file = recalculated.find((f) => path.basename(f) === name) as string;
      let checked = 0;
      for (const sheet of report.sheets) {
        const values = await cachedValues(file, sheet.name);
        for (const table of sheet.tables) {
          const lang = values.get(`${table.written.status}${table.headerRow}`) === 'Status' ? 'en' : 'vi';
          for (const row of table.rows) {
            const pct = values.get(`${table.written.percent}${row.row}`) ?? '';
            const status = values.get(`${table.written.status}${row.row}`) ?? '';
            const where = `${sheet.name}!${row.row} ${row.label}`;
            if (row.percentOfPlan === null) expect({ where, pct }).toEqual({ where, pct: '' });
            else {
              expect({ where, type: typeof pct }).toEqual({ where, type: 'number' });
              expect({ where, diff: Math.abs((pct as number) - row.percentOfPlan) <= 0.05 }).toEqual({
                where,
                diff: true,
              });
            }
            expect({ where, status }).toEqual({ where, status: expectedStatus(row.status, lang) });
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  test('phu-cuong-2023.xlsx: TH/CK (%) is actual over TH 2022 where both are numbers', async () => {
    const name = 'phu-cuong-2023.xlsx';
    const report = applied.get(name) as Applied;
    const file = recalculated.find((f) => path.basename(f) === name) as string;
    const analysis = analyzeWorkbook(await openGridsFile(path.join(SAMPLES, name)));
    const sheet = report.sheets[0];
    const table = sheet.tables[0];
    const column = table.written.previousPercent as string;
    expect(column).toBeDefined();
    const values = await cachedValues(file, sheet.name);
    expect(values.get(`${column}${table.headerRow}`)).toBe('TH/CK (%)');
    let numbers = 0;
    for (const row of analysis.sheets[0].tables[0].rows) {
      const where = `${sheet.name}!${row.row + 1} ${row.label}`;
      const got = values.get(`${column}${row.row + 1}`) ?? '';
      const readable = row.actual.kind === 'number' && row.previous.kind === 'number' && row.direction !== 'rating';
      if (!readable || row.percentOfPrevious === null) expect({ where, got }).toEqual({ where, got: '' });
      else {
        expect({ where, type: typeof got }).toEqual({ where, type: 'number' });
        expect({ where, diff: Math.abs((got as number) - (row.percentOfPrevious as number)) <= 0.05 }).toEqual({
          where,
          diff: true,
        });
        numbers++;
      }
    }
    expect(numbers).toBeGreaterThan(10);
  });
});
