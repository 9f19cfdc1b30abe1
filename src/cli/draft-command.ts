/** `chitieu draft FILE.txt|.docx|.pdf -o OUT.xlsx [--json]`: a tracking sheet from a resolution's targets. */
import { promises as fs } from 'fs';
import path from 'path';
import { draft as draftInto } from '../app';
import { formatNumber, type Engine } from '../core';
import type { Draft, UnplacedReason } from '../core/draft';
import { messages } from '../core/messages';
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
  'plan-column': 'bảng không có tiêu đề, không rõ cột kế hoạch / no header tells which column is the plan',
  corrected: 'một tin nhắn sau sửa lại số này / a later message corrects this figure',
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
  const encoding = draft.convertedFrom && LEGACY_ENCODING_NAMES[draft.convertedFrom];
  const host = FileHost.create(path.basename(out));
  await draftInto(engine, host, draft, {
    messages: messages(args.lang ?? 'both'),
    documentName: file,
    sheetName: 'Theo dõi chỉ tiêu',
    // The drafted sheet says where it came from, and that the text was converted to read it.
    source: encoding ? `${path.basename(file)}, chuyển từ ${encoding} sang Unicode` : path.basename(file),
  });
  await writeFileAtomically(out, host.toBytes(), { input: file });
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
