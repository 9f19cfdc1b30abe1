/** A worksheet's `<cols>`: column widths. A span covering a column chitieu widens is split around it. */
import { WORKSHEET_ORDER, type Worksheet } from './worksheet';
import { child, children, createLike, ensureChild, type Element } from './xml';

function bounds(col: Element): { min: number; max: number } {
  return { min: Number(col.getAttribute('min')), max: Number(col.getAttribute('max')) };
}

function copyWith(col: Element, min: number, max: number): Element {
  const copy = col.cloneNode(true) as Element;
  copy.setAttribute('min', String(min));
  copy.setAttribute('max', String(max));
  return copy;
}

/** Sets the width of 0-based column `c` to `width` characters where it is narrower or unset. */
export function ensureMinWidth(sheet: Worksheet, c: number, width: number): void {
  const n = c + 1;
  const cols = child(sheet.root, 'cols');
  const covering = cols ? children(cols, 'col').find((col) => bounds(col).min <= n && n <= bounds(col).max) : undefined;
  if (covering) {
    const current = Number(covering.getAttribute('width'));
    if (covering.hasAttribute('width') && current >= width) return;
    const { min, max } = bounds(covering);
    const parent = covering.parentNode as Element;
    if (min < n) parent.insertBefore(copyWith(covering, min, n - 1), covering);
    if (max > n) parent.insertBefore(copyWith(covering, n + 1, max), parent.nextSiblingOf(covering));
    covering.setAttribute('min', String(n));
    covering.setAttribute('max', String(n));
    covering.setAttribute('width', String(width));
    covering.setAttribute('customWidth', '1');
    return;
  }
  const list = cols ?? ensureChild(sheet.root, 'cols', WORKSHEET_ORDER);
  const col = createLike(list, 'col');
  col.setAttribute('min', String(n));
  col.setAttribute('max', String(n));
  col.setAttribute('width', String(width));
  col.setAttribute('customWidth', '1');
  const after = children(list, 'col').find((x) => bounds(x).min > n) ?? null;
  list.insertBefore(col, after);
}

/** Hides 0-based column `c` (a new sheet's marker column). */
export function hideColumn(sheet: Worksheet, c: number): void {
  const list = ensureChild(sheet.root, 'cols', WORKSHEET_ORDER);
  const existing = children(list, 'col').find((x) => bounds(x).min === c + 1 && bounds(x).max === c + 1);
  if (existing) {
    existing.setAttribute('hidden', '1');
    return;
  }
  const col = createLike(list, 'col');
  for (const [k, v] of Object.entries({ min: c + 1, max: c + 1, width: 9, hidden: 1, customWidth: 1 }))
    col.setAttribute(k, String(v));
  const after = children(list, 'col').find((x) => bounds(x).min > c + 1) ?? null;
  list.insertBefore(col, after);
}
