import type { Args } from './args';
import type { Io } from './main';
export async function runApply(_args: Args, _io: Io): Promise<number> {
  return 1;
}
