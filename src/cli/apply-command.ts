/**
 * `chitieu apply FILE -o OUT [--lang vi|en] [--json]`: the TH/KH (%), Đánh giá (and TH/CK (%)) columns,
 * and always the summary sheet, replaced on every run.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { buildWritePlan, columnLetter, toReport, type Engine } from '../core';
import { buildSummarySheet } from '../core/summary-sheet';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { readWorkbookFile, writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import { formatSummary } from './format';
import type { Io } from './main';

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export async function runApply(engine: Engine, args: Args, io: Io): Promise<number> {
  const file = args.files[0];
  const out = args.out as string;
  if (await sameFile(file, out)) {
    throw new HostError(
      `${out}: tệp ra trùng tệp vào; hãy chọn tên khác để giữ nguyên bản gốc (OUT must differ from FILE).`,
    );
  }
  const host = await FileHost.open(await readWorkbookFile(file), file);
  if (host.macroEnabled && !/\.xlsm$/i.test(out)) {
    throw new HostError(
      `${out}: ${file} có macro (VBA); tệp ra phải có đuôi .xlsm để giữ macro, không ghi gì cả (the workbook has macros: OUT must end in .xlsm).`,
    );
  }
  const analysis = engine.analyzeWorkbook(await host.read('workbook'), { choices: await host.loadChoices() });
  if (!analysis.sheets.some((s) => s.tables.length)) {
    throw new HostError(
      `${file}: không tìm thấy bảng chỉ tiêu nào (no indicator table found: a header row with KH/TH columns); không ghi gì cả.`,
    );
  }
  const plan = buildWritePlan(analysis, args.lang ? { outputLanguage: args.lang } : {});
  let summarySheet: string;
  try {
    await host.apply(plan);
    summarySheet = await host.writeSummary(buildSummarySheet(analysis, plan.language));
  } catch (e) {
    if (e instanceof HostError) throw new HostError(`${file}: ${e.message}`, e.sheet, e.cell);
    throw e;
  }
  // Nothing reaches the disk until every check has passed and everything is written in memory.
  await writeFileAtomically(out, host.toBytes());
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
    io.out(
      `${out}: ${plan.tables.length} ${plan.language === 'vi' ? 'bảng đã ghi cột TH/KH (%) và Đánh giá' : 'tables with % of plan and Status written'}.\n`,
    );
    io.out(
      `${plan.language === 'vi' ? 'Sheet tổng hợp' : 'Summary sheet'}: ${summarySheet}.\n` +
        formatSummary(analysis, args.lang ?? plan.language) +
        '\n',
    );
  }
  return 0;
}
