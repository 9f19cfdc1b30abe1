/**
 * `chitieu apply FILE -o OUT [--lang vi|en] [--json]`: the TH/KH (%), Đánh giá (and TH/CK (%)) columns,
 * and always the summary sheet, replaced on every run.
 */
import { apply } from '../app';
import { columnLetter, toReport, type Engine } from '../core';
import { messages } from '../core/messages';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { checkNotInput, readFileBytes, writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import { formatSummary } from './format';
import type { Io } from './main';

export async function runApply(engine: Engine, args: Args, io: Io): Promise<number> {
  const file = args.files[0];
  const out = args.out as string;
  const language = args.lang ?? 'both';
  const m = messages(language);
  await checkNotInput(out, file, m);
  const host = await FileHost.open(await readFileBytes(file, m), file, { language });
  if (host.macroEnabled && !/\.xlsm$/i.test(out)) throw new HostError(m.macrosNeedXlsm(out, file));
  const settings = args.lang ? { outputLanguage: args.lang } : {};
  const { analysis, plan, summarySheet } = await apply(engine, host, { messages: m, workbookName: file, settings });
  // Nothing reaches the disk until every check has passed and everything is written in memory.
  await writeFileAtomically(out, host.toBytes(), { input: file, messages: m });
  if (args.json) {
    const report = { file, out, summarySheet, ...toReport(analysis) };
    let i = 0;
    for (const sheet of report.sheets) {
      for (const table of sheet.tables) {
        const write = plan.tables[i++];
        const letter = (kind: string): string => columnLetter(write.columns.find((c) => c.kind === kind)?.col ?? 0);
        table.written = { percent: letter('percent'), status: letter('status') };
        if (write.columns.some((c) => c.kind === 'previousPercent')) {
          table.written.previousPercent = letter('previousPercent');
        }
      }
    }
    io.out(JSON.stringify(report, null, 1) + '\n');
  } else {
    const notices = messages(plan.language);
    io.out(`${notices.tablesWritten(out, plan.tables.length)}\n`);
    io.out(
      `${notices.summarySheetWritten(summarySheet ?? '')}\n` +
        formatSummary(analysis, args.lang ?? plan.language) +
        '\n',
    );
  }
  return 0;
}
