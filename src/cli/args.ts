/** Command-line arguments of `chitieu`. */
import { messages } from '../core/messages';

/** Arguments are read before a language is chosen, so their errors are said in both. */
const m = messages('both');

export class UsageError extends Error {}

export type DictionaryAction = 'export' | 'import' | 'list';

export interface Args {
  command: 'analyze' | 'apply' | 'draft' | 'learn' | 'dictionary' | 'help';
  /** What `chitieu dictionary` does. */
  action: DictionaryAction | null;
  files: string[];
  out: string | null;
  json: boolean;
  lang: 'vi' | 'en' | null;
  /** The dictionary of wordings to read and learn into; the user's own when absent. */
  dictionary: string | null;
}

const COMMANDS: readonly Args['command'][] = ['analyze', 'apply', 'draft', 'learn', 'dictionary'];
const ACTIONS: readonly DictionaryAction[] = ['export', 'import', 'list'];

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const args: Args = { command: 'help', action: null, files: [], out: null, json: false, lang: null, dictionary: null };
  if (!command || command === '-h' || command === '--help' || command === 'help') return args;
  const known = COMMANDS.find((c) => c === command);
  if (!known) throw new UsageError(m.unknownCommand(command));
  args.command = known;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '-o' || a === '--out' || a === '--dictionary') {
      const v = rest[++i];
      if (!v) throw new UsageError(m.optionNeedsFile(a));
      if (a === '--dictionary') args.dictionary = v;
      else args.out = v;
    } else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError(m.langValues());
      args.lang = v;
    } else if (a.startsWith('-')) throw new UsageError(m.unknownOption(a));
    else args.files.push(a);
  }
  if (known === 'dictionary') {
    const action = ACTIONS.find((x) => x === args.files[0]);
    if (!action) throw new UsageError(m.dictionaryAction());
    args.action = action;
    args.files = args.files.slice(1);
    if (action !== 'list' && args.files.length !== 1) throw new UsageError(m.takesOneFile(`dictionary ${action}`));
    if (args.files.length > 1) throw new UsageError(m.takesOneFile('dictionary list'));
    return args;
  }
  if (!args.files.length) throw new UsageError(m.noInputFile());
  if (known === 'apply' || known === 'draft') {
    if (args.files.length > 1) throw new UsageError(m.takesOneFile(known));
    if (!args.out) throw new UsageError(m.needsOut(known));
  }
  return args;
}
