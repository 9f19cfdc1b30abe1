/** `chitieu analyze FILE… [--json]` */
import { scan } from '../app';
import { toReport, type Engine, type Report } from '../core';
import { messages } from '../core/messages';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { readFileBytes } from '../hosts/xlsx/open';
import type { Args } from './args';
import { formatAnalysis } from './format';
import type { Io } from './main';

export async function runAnalyze(engine: Engine, args: Args, io: Io): Promise<number> {
  const m = messages(args.lang ?? 'both');
  const reports: Report[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const host = await FileHost.open(await readFileBytes(file, m), file, { language: args.lang ?? 'both' });
      const { analysis } = await scan(engine, host);
      if (args.json) reports.push({ file, ...toReport(analysis) });
      else io.out(formatAnalysis(engine.catalog, file, analysis, args.lang ?? 'vi') + '\n');
      if (!analysis.sheets.some((s) => s.tables.length)) {
        io.err(`chitieu: ${m.noIndicatorTable(file)}\n`);
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
