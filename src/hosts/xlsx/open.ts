/**
 * Workbook files on disk (Node only): reading with messages a person can act on, and writing that
 * never leaves half a file under the asked-for name and never replaces the file it was made from.
 */
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { messages, type Messages } from '../../core/messages';
import type { WorkbookGrids } from '../../core/types';
import { HostError } from '../host';
import { checkWorkbookBytes } from './file-host';
import { zipParts } from './package-grids';
import { readWorkbookGrids } from './read';

/** The command line's reader may read either language. */
const BOTH = messages('both');

/**
 * A workbook's grids from its bytes, inflating only the parts they are read from; `name` is used in
 * messages.
 */
export function loadGrids(data: Uint8Array | ArrayBuffer, name: string, m: Messages = BOTH): WorkbookGrids {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkWorkbookBytes(bytes, name, m);
  try {
    return readWorkbookGrids(zipParts(bytes));
  } catch (e) {
    throw new HostError(m.corrupt(name, (e as Error).message));
  }
}

/** The bytes of a file. */
export async function readFileBytes(file: string, m: Messages = BOTH): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HostError(m.fileNotFound(file));
    if (code === 'EISDIR') throw new HostError(m.fileIsFolder(file));
    throw new HostError(m.cannotRead(file, code ?? (e as Error).message));
  }
}

/** The grids of a workbook file. */
export async function openGridsFile(file: string, m: Messages = BOTH): Promise<WorkbookGrids> {
  return loadGrids(await readFileBytes(file, m), file, m);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Refuses an output that is the input file itself (same path, or a link to it). */
export async function checkNotInput(out: string, input: string, m: Messages = BOTH): Promise<void> {
  if (await sameFile(input, out)) throw new HostError(m.outIsInput(out));
}

/**
 * Writes the bytes to `out` through a temporary file beside it and a rename, so a failed or
 * interrupted write never leaves half a file under the name the user asked for; refuses when
 * `out` is the `input` it was made from.
 */
export async function writeFileAtomically(
  out: string,
  bytes: Uint8Array,
  options: { input?: string; messages?: Messages } = {},
): Promise<void> {
  const m = options.messages ?? BOTH;
  if (options.input !== undefined) await checkNotInput(out, options.input, m);
  const dir = path.dirname(path.resolve(out));
  const temp = path.join(dir, `.${path.basename(out)}.${randomUUID()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, out);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw new HostError(m.cannotWrite(out, (e as Error).message));
  }
}
