/** `chitieu draft FILE.txt|.docx|.pdf -o OUT.xlsx [--json]`: a tracking sheet from a resolution's targets. */
import { promises as fs } from 'fs';
import path from 'path';
import { buildWritePlan, formatNumber, type Engine } from '../core';
import { draftSheet, type Draft, type UnplacedReason } from '../core/draft';
import { LEGACY_ENCODING_NAMES } from '../core/legacy-encoding';
import { DocumentError, documentErrorMessage, readResolution } from '../hosts/documents';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import type { Io } from './main';

const UNPLACED_REASONS: Readonly<Record<UnplacedReason, string>> = {
  'no-indicator': 'không rõ chỉ tiêu nào / names no indicator',
  'no-target': 'không có số liệu kế hoạch / sets no figure',
  duplicate: 'trùng / a duplicate',
  'no-plan': 'không có số liệu năm kế hoạch / no figure for the plan year',
  total: 'tổng của cơ cấu / the whole of a structure',
};

export async function runDraft(engine: Engine, args: Args, io: Io): Promise<number> {
  const file = args.files[0];
  const out = args.out as string;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new HostError(
      `${file}: không đọc được tệp (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) (cannot read the file).`,
    );
  }
  let draft: Draft;
  try {
    draft = engine.draftFromDocument(await readResolution(bytes, path.basename(file)));
  } catch (e) {
    if (e instanceof DocumentError) throw new HostError(`${file}: ${documentErrorMessage(e)}; không ghi gì cả.`);
    throw e;
  }
  if (!draft.targets.length) {
    throw new HostError(
      `${file}: không tìm thấy chỉ tiêu nào có số liệu kế hoạch (no targets with a plan figure found); không ghi gì cả.`,
    );
  }
  const encoding = draft.convertedFrom && LEGACY_ENCODING_NAMES[draft.convertedFrom];
  // The drafted sheet says where it came from, and that the text was converted to read it.
  const source = encoding ? `${path.basename(file)}, chuyển từ ${encoding} sang Unicode` : path.basename(file);
  const grid = draftSheet(draft, 'Theo dõi chỉ tiêu', source);
  const host = FileHost.create(path.basename(out));
  await host.addSheetNamed(grid);
  // The percent and status columns come from the same engine as for any other workbook.
  const analysis = engine.analyzeWorkbook(await host.read('workbook'));
  await host.apply(buildWritePlan(analysis));
  await writeFileAtomically(out, host.toBytes());
  if (args.json) {
    io.out(JSON.stringify({ file, out, ...draft }, null, 1) + '\n');
  } else {
    if (encoding)
      io.out(
        `${file}: văn bản gõ bằng bảng mã ${encoding}, đã chuyển sang Unicode để đọc (text converted from ${encoding} to Unicode).\n`,
      );
    io.out(`${out}: ${draft.targets.length} chỉ tiêu năm ${draft.year ?? '?'} đã lập bảng theo dõi.\n`);
    for (const t of draft.targets) {
      const plan = typeof t.plan === 'number' ? formatNumber(t.plan, 'vi') : t.plan;
      io.out(`  ${t.indicatorId ? '✓' : '+'} ${t.name}: ${plan} ${t.unit}\n`);
    }
    if (draft.unplaced.length) {
      io.out(`Chưa xếp được (${draft.unplaced.length}) — cần nhập tay:\n`);
      for (const u of draft.unplaced) io.out(`  ? ${u.source} (${UNPLACED_REASONS[u.reason]})\n`);
    }
  }
  return 0;
}
