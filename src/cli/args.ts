/** Command-line arguments of `chitieu`. */
export class UsageError extends Error {}

export interface Args {
  command: 'analyze' | 'apply' | 'draft' | 'help';
  files: string[];
  out: string | null;
  json: boolean;
  lang: 'vi' | 'en' | null;
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    return { command: 'help', files: [], out: null, json: false, lang: null };
  }
  if (command !== 'analyze' && command !== 'apply' && command !== 'draft') {
    throw new UsageError(`lệnh không rõ "${command}" (unknown command)`);
  }
  const args: Args = { command, files: [], out: null, json: false, lang: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '-o' || a === '--out') {
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} cần tên tệp (needs a file name)`);
      args.out = v;
    } else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError('--lang chỉ nhận vi hoặc en (--lang takes vi or en)');
      args.lang = v;
    } else if (a.startsWith('-')) throw new UsageError(`tuỳ chọn không rõ "${a}" (unknown option)`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('thiếu tệp .xlsx (no input file)');
  if (command === 'apply' || command === 'draft') {
    if (args.files.length > 1) throw new UsageError(`${command} nhận đúng một tệp (${command} takes one file)`);
    if (!args.out) throw new UsageError(`${command} cần -o OUT (${command} needs -o OUT)`);
  }
  return args;
}
