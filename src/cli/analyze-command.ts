/** `chitieu analyze FILE… [--json]` */
import { toReport, type Engine, type Report } from '../core';
import { HostError } from '../hosts/host';
import { openWorkbookFile } from '../hosts/xlsx/open';
import { readChoices } from '../hosts/xlsx/choices';
import { readWorkbookGrids } from '../hosts/xlsx/read';
import type { Args } from './args';
import { formatAnalysis } from './format';
import type { Io } from './main';

export async function runAnalyze(engine: Engine, args: Args, io: Io): Promise<number> {
  const reports: Report[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const wb = await openWorkbookFile(file);
      const analysis = engine.analyzeWorkbook(readWorkbookGrids(wb), { choices: readChoices(wb) });
      if (args.json) reports.push({ file, ...toReport(analysis) });
      else io.out(formatAnalysis(engine.catalog, file, analysis, args.lang ?? 'vi') + '\n');
      if (!analysis.sheets.some((s) => s.tables.length)) {
        io.err(
          `chitieu: ${file}: không tìm thấy bảng chỉ tiêu nào (no indicator table found: a header row with KH/TH columns).\n`,
        );
        failed++;
      }
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      io.err(`chitieu: ${e.message}\n`);
      failed++;
    }
  }
  if (args.json) io.out(JSON.stringify(reports.length === 1 ? reports[0] : { files: reports }, null, 1) + '\n');
  return failed ? 1 : 0;
}
