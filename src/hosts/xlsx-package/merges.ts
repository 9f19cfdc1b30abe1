/** A worksheet's `<mergeCells>`: chitieu merges its header cells over the table's header rows. */
import { blockAddress } from '../../core/a1';
import type { CellRange } from '../../core/types';
import { WORKSHEET_ORDER, type Worksheet } from './worksheet';
import { children, createLike, ensureChild, updateCount } from './xml';

export function addMerge(sheet: Worksheet, range: CellRange): void {
  const ref = blockAddress(range);
  const list = ensureChild(sheet.root, 'mergeCells', WORKSHEET_ORDER);
  if (children(list, 'mergeCell').some((m) => m.getAttribute('ref') === ref)) return;
  const merge = createLike(list, 'mergeCell');
  merge.setAttribute('ref', ref);
  list.appendChild(merge);
  updateCount(list);
  if (!list.hasAttribute('count')) list.setAttribute('count', String(children(list, 'mergeCell').length));
}
