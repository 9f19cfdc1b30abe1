/** `chitieu` command line: analyse commune workbooks and write plan-vs-actual columns. */
import { createEngine } from '../core/engine';
import { HostError } from '../hosts/host';
import { runAnalyze } from './analyze-command';
import { runApply } from './apply-command';
import { runDraft } from './draft-command';
import { parseArgs, UsageError } from './args';

export const USAGE = `chitieu — đối chiếu kế hoạch và thực hiện các chỉ tiêu (plan vs actual of commune indicators)

Cách dùng / Usage:
  chitieu analyze FILE... [--json]
  chitieu apply FILE -o OUT [--lang vi|en] [--json]
  chitieu draft RESOLUTION.txt|.docx -o OUT.xlsx [--json]

  analyze   đọc bảng chỉ tiêu, in kết quả theo từng sheet (read the tables, print per sheet)
  apply     ghi thêm cột TH/KH (%) và Đánh giá bằng công thức vào OUT (write live percent/status columns)
  draft     lập bảng theo dõi từ các chỉ tiêu của nghị quyết/kết luận/kế hoạch (tracking sheet from a resolution's targets)
  --json    in kết quả dạng JSON (print JSON)
  --lang    ngôn ngữ của cột ghi thêm và của thông báo (language of the written columns and of messages; default: the table's, messages in both)
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    const engine = createEngine();
    if (args.command === 'analyze') return await runAnalyze(engine, args, io);
    if (args.command === 'draft') return await runDraft(engine, args, io);
    return await runApply(engine, args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`chitieu: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof HostError) {
      io.err(`chitieu: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
