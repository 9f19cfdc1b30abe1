/** Formulas as a file stores them: post-2007 functions carry the `_xlfn.` prefix. */
import { NEWER_FUNCTIONS } from '../../core/write-plan';

const NEWER = new RegExp(`(?<![A-Za-z0-9_.])(${NEWER_FUNCTIONS.join('|')})\\(`, 'g');

export function toFileFormula(formula: string): string {
  return formula.replace(NEWER, '_xlfn.$1(');
}
