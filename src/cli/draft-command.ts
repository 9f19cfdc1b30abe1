/** `chitieu draft FILE.txt -o OUT.xlsx [--json]`: a tracking sheet from a resolution's targets section. */
import { promises as fs } from 'fs';
import path from 'path';
import { buildWritePlan, formatNumber, type Engine } from '../core';
import { draftSheet } from '../core/draft';
import { LEGACY_ENCODING_NAMES } from '../core/legacy-encoding';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import type { Io } from './main';

/** Windows-1252's characters for 0x80–0x9F (the five undefined codes kept as the C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A text file's characters: UTF-8 when the bytes are valid UTF-8, else the Windows-1252 bytes a
 * legacy editor saved (a resolution typed in `.VnTime` or `VNI-Times`). The drafter then reads
 * TCVN3/VNI characters as the Unicode they stand for.
 */
export function readDocumentText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // By hand: Node built without full ICU decodes `windows-1252` as Latin-1 (0x93 stays U+0093, not “).
    text = Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return text.replace(/^\uFEFF/, '');
}

export async function runDraft(engine: Engine, args: Args, io: Io): Promise<number> {
  const file = args.files[0];
  const out = args.out as string;
  let text: string;
  try {
    text = readDocumentText(await fs.readFile(file));
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
      io.out(`  ✓ ${t.name}: ${plan} ${t.unit}\n`);
    }
    if (draft.unplaced.length) {
      io.out(`Chưa xếp được (${draft.unplaced.length}) — cần nhập tay:\n`);
      for (const u of draft.unplaced) io.out(`  ? ${u.source}\n`);
    }
  }
  return 0;
}
