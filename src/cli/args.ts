/** Command-line arguments of `chitieu`. */
import { messages } from '../core/messages';

/** Arguments are read before a language is chosen, so their errors are said in both. */
const m = messages('both');

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
    throw new UsageError(m.unknownCommand(command));
  }
  const args: Args = { command, files: [], out: null, json: false, lang: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '-o' || a === '--out') {
      const v = rest[++i];
      if (!v) throw new UsageError(m.optionNeedsFile(a));
      args.out = v;
    } else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError(m.langValues());
      args.lang = v;
    } else if (a.startsWith('-')) throw new UsageError(m.unknownOption(a));
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError(m.noInputFile());
  if (command === 'apply' || command === 'draft') {
    if (args.files.length > 1) throw new UsageError(m.takesOneFile(command));
    if (!args.out) throw new UsageError(m.needsOut(command));
  }
  return args;
}
