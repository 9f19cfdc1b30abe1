/**
 * Issue 17: `chitieu apply` on the samples typed in TCVN3 and VNI writes readable columns: in
 * LibreOffice's own CSV of the recalculated workbooks, chitieu's headers and every percent and
 * status cell are the same Unicode texts as for the original samples, and they are set in a
 * Unicode font (never the sheet's .VnTime/VNI-Times).
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { columnLetter } from '../src/core/a1';
import { encodingOfFont } from '../src/core/legacy-encoding';
import { defaultFontOf } from '../src/hosts/xlsx/read';
import { buildLegacySamples } from './helpers/legacy-samples';
import { csvSheets, hasLibreOffice } from './helpers/libreoffice';
import { loadXlsx, runCli, sampleFiles, tempDir } from './helpers/samples';

interface Applied {
  sheets: {
    name: string;
    tables: { headerRow: number; written: Record<string, string>; rows: { row: number }[] }[];
  }[];
}

const letterIndex = (letter: string): number => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

async function applyAll(files: string[], dir: string): Promise<{ outputs: string[]; reports: Map<string, Applied> }> {
  const outputs: string[] = [];
  const reports = new Map<string, Applied>();
  for (const file of files) {
    const out = path.join(dir, path.basename(file));
    const result = await runCli(['apply', file, '-o', out, '--json']);
    expect({ file, code: result.code, err: result.stderr }).toEqual({ file, code: 0, err: '' });
    reports.set(path.basename(file, '.xlsx'), JSON.parse(result.stdout) as Applied);
    // LibreOffice must compute every written formula itself: the cached results are blanked.
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
  return { outputs, reports };
}

(hasLibreOffice() ? test : test.skip)(
  'apply on the samples in TCVN3 and VNI writes the same Unicode columns as on the originals',
  async () => {
    const dir = tempDir('legacy-apply');
    const samples = sampleFiles();
    const variants = await buildLegacySamples(samples, path.join(dir, 'workbooks'));
    const original = await applyAll(samples, path.join(dir, 'applied', 'original'));
    const originalCsv = csvSheets(original.outputs, path.join(dir, 'csv', 'original'));
    let compared = 0;
    for (const variant of ['tcvn3', 'vni']) {
      const legacy = await applyAll(variants[variant], path.join(dir, 'applied', variant));
      const legacyCsv = csvSheets(legacy.outputs, path.join(dir, 'csv', variant));
      for (const [book, report] of original.reports) {
        expect(legacy.reports.get(book)?.sheets.map((s) => s.tables.map((t) => t.written))).toEqual(
          report.sheets.map((s) => s.tables.map((t) => t.written)),
        );
        const out = legacy.outputs.find((f) => path.basename(f, '.xlsx') === book) as string;
        const wb = await loadXlsx(out);
        const source = variants[variant].find((f) => path.basename(f, '.xlsx') === book) as string;
        const defaultFont = defaultFontOf(fs.readFileSync(source));
        const unicodeFont = defaultFont && !encodingOfFont(defaultFont) ? defaultFont : 'Times New Roman';
        for (const sheet of report.sheets) {
          const want = originalCsv.get(`${book}-${sheet.name}`) as string[][];
          const got = legacyCsv.get(`${book}-${sheet.name}`) as string[][];
          expect({ sheet: `${book}-${sheet.name}`, found: Boolean(want && got) }).toEqual({
            sheet: `${book}-${sheet.name}`,
            found: true,
          });
          const ws = wb.getWorksheet(sheet.name) as ExcelJS.Worksheet;
          for (const table of sheet.tables) {
            const last = Math.max(table.headerRow, ...table.rows.map((r) => r.row));
            for (const letter of Object.values(table.written)) {
              const col = letterIndex(letter);
              // From the header to the last row: header texts, percents and statuses as LibreOffice shows them.
              for (let r = table.headerRow; r <= last; r++) {
                const where = `${variant} ${book} ${sheet.name}!${letter}${r}`;
                expect({ where, text: got[r - 1]?.[col] ?? '' }).toEqual({ where, text: want[r - 1]?.[col] ?? '' });
                compared++;
              }
              for (const r of [table.headerRow, ...table.rows.map((x) => x.row)]) {
                const where = `${variant} ${book} ${sheet.name}!${letter}${r}`;
                // A merged header shows its first cell's look.
                const font = ws.getCell(r, col + 1).master.font?.name;
                expect({ where, font }).toEqual({ where, font: unicodeFont });
              }
            }
            // The header chitieu wrote (in the merge's first row when it spans two) is Unicode text, not legacy codes.
            const statusCol = letterIndex(table.written.status);
            const header = got.slice(0, table.headerRow).map((row) => row[statusCol] ?? '');
            expect(header.filter(Boolean)).toEqual([expect.stringMatching(/^(Đánh giá|Status)$/)]);
          }
        }
      }
    }
    console.log(`legacy apply: ${compared} written cells compared with the originals'`);
    expect(compared).toBeGreaterThan(500);
    expect(columnLetter(letterIndex('AB'))).toBe('AB');
  },
  900000,
);
