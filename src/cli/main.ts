/** `chitieu` command line: analyse commune workbooks and write plan-vs-actual columns. */
import { createEngine } from '../core/engine';
import { messages } from '../core/messages';
import { defaultDictionaryPath, loadDictionaryFile } from '../hosts/dictionary-file';
import { HostError } from '../hosts/host';
import { runAnalyze } from './analyze-command';
import { runApply } from './apply-command';
import { runDictionary } from './dictionary-command';
import { runDraft } from './draft-command';
import { runLearn } from './learn-command';
import { parseArgs, UsageError, type Args } from './args';

export const USAGE = `chitieu — đối chiếu kế hoạch và thực hiện các chỉ tiêu (plan vs actual of commune indicators)

Cách dùng / Usage:
  chitieu analyze FILE... [--json]
  chitieu apply FILE -o OUT [--lang vi|en] [--json]
  chitieu draft RESOLUTION.txt|.docx -o OUT.xlsx [--json]
  chitieu learn FILE.xlsx... [--dictionary DICT]
  chitieu dictionary export|import FILE.tsv [--dictionary DICT]
  chitieu dictionary list [FILE.tsv] [--dictionary DICT]

  analyze   đọc bảng chỉ tiêu, in kết quả theo từng sheet (read the tables, print per sheet)
  apply     ghi thêm cột TH/KH (%) và Đánh giá bằng công thức vào OUT (write live percent/status columns)
  draft     lập bảng theo dõi từ các chỉ tiêu của nghị quyết/kết luận/kế hoạch (tracking sheet from a resolution's targets)
  learn     thêm các lựa chọn đã lưu trong sổ tính đã rà soát vào từ điển cách gọi (learn the choices saved in a reviewed workbook)
  dictionary export|import|list
            xuất, nhập (tất cả hoặc không gì) hoặc liệt kê từ điển dạng TSV (export, import all-or-nothing, or list the dictionary as TSV)
  --dictionary DICT
            từ điển cách gọi dùng và ghi vào; mặc định $XDG_CONFIG_HOME/chitieu/dictionary.json (the dictionary of wordings; default ~/.config/chitieu/dictionary.json)
  --json    in kết quả dạng JSON (print JSON)
  --lang    ngôn ngữ của cột ghi thêm và của thông báo (language of the written columns and of messages; default: the table's, messages in both)
`;

/** Commands that may create the dictionary they are given; the others only read one, which must be there. */
function writesDictionary(args: Args): boolean {
  return args.command === 'learn' || (args.command === 'dictionary' && args.action === 'import');
}

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
    if (args.command === 'draft') return await runDraft(engine, args, io);
    const dictionaryFile = args.dictionary ?? defaultDictionaryPath();
    const dictionary = await loadDictionaryFile(dictionaryFile, engine.catalog, messages(args.lang ?? 'both'), {
      mustExist: args.dictionary !== null && !writesDictionary(args),
    });
    const reading = engine.withDictionary(dictionary);
    if (args.command === 'analyze') return await runAnalyze(reading, args, io);
    if (args.command === 'learn') return await runLearn(reading, args, io, dictionaryFile);
    if (args.command === 'dictionary') return await runDictionary(reading, args, io, dictionaryFile);
    return await runApply(reading, args, io);
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
