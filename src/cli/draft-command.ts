/** `chitieu draft FILE.txt -o OUT.xlsx [--json]`: a tracking sheet from a resolution's targets section. */
import { promises as fs } from 'fs';
import path from 'path';
import { buildWritePlan, formatNumber, type Engine } from '../core';
import { draftSheet } from '../core/draft';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import type { Io } from './main';

export async function runDraft(engine: Engine, args: Args, io: Io): Promise<number> {
  const file = args.files[0];
  const out = args.out as string;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new HostError(
      `${file}: không đọc được tệp (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) (cannot read the file).`,
    );
  }
  const draft = engine.draftFromText(text);
  if (!draft.targets.length) {
    throw new HostError(
      `${file}: không tìm thấy mục "Các chỉ tiêu chủ yếu" hoặc chỉ tiêu nào trong đó (no targets section found); không ghi gì cả.`,
    );
  }
  const grid = draftSheet(draft, 'Theo dõi chỉ tiêu', path.basename(file));
  const host = FileHost.create(path.basename(out));
  await host.addSheetNamed(grid);
  // The percent and status columns come from the same engine as for any other workbook.
  const analysis = engine.analyzeWorkbook(await host.read('workbook'));
  await host.apply(buildWritePlan(analysis));
  await writeFileAtomically(out, host.toBytes());
  if (args.json) {
    io.out(JSON.stringify({ file, out, ...draft }, null, 1) + '\n');
  } else {
    io.out(`${out}: ${draft.targets.length} chỉ tiêu năm ${draft.year ?? '?'} đã lập bảng theo dõi.\n`);
    for (const t of draft.targets) {
      const plan = typeof t.plan === 'number' ? formatNumber(t.plan, 'vi') : t.plan;
      io.out(`  ✓ ${t.name}: ${plan} ${t.unit}\n`);
    }
    if (draft.unplaced.length) {
      io.out(`Chưa xếp được (${draft.unplaced.length}) — cần nhập tay:\n`);
      for (const u of draft.unplaced) io.out(`  ? ${u.source}\n`);
    }
  }
  return 0;
}
