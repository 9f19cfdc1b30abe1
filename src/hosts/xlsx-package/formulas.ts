/** Formulas as a file stores them: post-2007 functions carry the `_xlfn.` prefix. */
import { NEWER_FUNCTIONS } from '../../core/write-plan';

const NEWER = new RegExp(`(?<![A-Za-z0-9_.])(${NEWER_FUNCTIONS.join('|')})\\(`, 'g');

export function toFileFormula(formula: string): string {
  // Most formulas name none of them: a plain search is much cheaper than the expression.
  return NEWER_FUNCTIONS.some((name) => formula.includes(name)) ? formula.replace(NEWER, '_xlfn.$1(') : formula;
}
