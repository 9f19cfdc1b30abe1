/** `chitieu learn FILE.xlsx… [--dictionary FILE]`: the choices saved in reviewed workbooks, into the dictionary. */
import { learn } from '../app';
import type { Engine } from '../core';
import { messages } from '../core/messages';
import { saveDictionaryFile } from '../hosts/dictionary-file';
import { HostError } from '../hosts/host';
import { FileHost } from '../hosts/xlsx/file-host';
import { readFileBytes } from '../hosts/xlsx/open';
import type { Args } from './args';
import type { Io } from './main';

export async function runLearn(engine: Engine, args: Args, io: Io, dictionaryFile: string): Promise<number> {
  const language = args.lang ?? 'both';
  const m = messages(language);
  let dictionary = engine.dictionary;
  let changes = 0;
  let failed = 0;
  for (const file of args.files) {
    try {
      const host = await FileHost.open(await readFileBytes(file, m), file, { language });
      const learned = await learn(engine.withDictionary(dictionary), host);
      if (!learned.choices) {
        io.err(`chitieu: ${m.nothingToLearn(file)}\n`);
        failed++;
        continue;
      }
      dictionary = learned.dictionary;
      changes += learned.added.length + learned.changed.length + learned.forgotten.length;
      io.out(
        `${m.learned(file, dictionaryFile, learned.added.length, learned.changed.length, learned.forgotten.length)}\n`,
      );
      for (const c of learned.added) io.out(`  + ${c.text}\n`);
      for (const c of learned.changed) io.out(`  ~ ${c.text}\n`);
      for (const c of learned.forgotten) io.out(`  - ${c.text}\n`);
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      io.err(`chitieu: ${e.message}\n`);
      failed++;
    }
  }
  if (changes) await saveDictionaryFile(dictionaryFile, dictionary, m);
  return failed ? 1 : 0;
}
