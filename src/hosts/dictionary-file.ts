/**
 * The command line's dictionary of wordings on disk (Node only): `$XDG_CONFIG_HOME/chitieu/dictionary.json`
 * (else `~/.config/chitieu/dictionary.json`), or the file `--dictionary` names. Read with every problem
 * named by its line, written through a temporary file and a rename, so a failed write never leaves
 * half a dictionary.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Catalog } from '../core/catalog';
import {
  decodeTsv,
  EMPTY_DICTIONARY,
  parseDictionary,
  serialiseDictionary,
  toDictionary,
  type Dictionary,
} from '../core/dictionary';
import type { Messages } from '../core/messages';
import { HostError } from './host';
import { readFileBytes, writeFileAtomically } from './xlsx/open';

export function defaultDictionaryPath(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const config =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, 'chitieu', 'dictionary.json');
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The dictionary kept in `file`; empty when there is none yet, unless `mustExist` (a file the user
 * named to read from). Throws a HostError naming file and line when any line cannot be used.
 */
export async function loadDictionaryFile(
  file: string,
  catalog: Catalog,
  m: Messages,
  options: { mustExist?: boolean } = {},
): Promise<Dictionary> {
  if (!options.mustExist && !(await exists(file))) return EMPTY_DICTIONARY;
  const text = decodeTsv(new Uint8Array(await readFileBytes(file, m)));
  const read = parseDictionary(text, (id) => catalog.get(id) !== undefined);
  if (read.problems.length) throw new HostError(m.dictionaryUnreadable(file, read.problems[0]));
  return toDictionary(read);
}

export async function saveDictionaryFile(file: string, dictionary: Dictionary, m: Messages): Promise<void> {
  await writeFileAtomically(file, new TextEncoder().encode(serialiseDictionary(dictionary)), { messages: m });
}

/** A shared TSV file's text, whatever Excel saved it as (UTF-8 or Unicode Text). */
export async function readTextFile(file: string, m: Messages): Promise<string> {
  return decodeTsv(new Uint8Array(await readFileBytes(file, m)));
}
