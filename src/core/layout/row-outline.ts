/** The rows of a table: which hold data and which are headings, how they nest, and where the table ends. */
import type { SheetView } from '../sheet-view';
import { labelAnatomy } from '../match/anatomy';
import { fold, isSubItemLabel, splitOutlinePrefix } from '../text';
import type { ColumnRoles } from '../types';
import type { LayoutRow } from './types';

/**
 * Signature blocks and notes under a table end it: `Người lập biểu`, `TM. UBND`, `KT. CHỦ TỊCH`,
 * `Ghi chú: …`. `TM`/`KT` (thay mặt, ký thay) only before whom they sign for: `TM - DV` is a sector.
 */
const SIGNS_FOR =
  '(?:ubnd|uy ban|hdnd|hoi dong|dang uy|ban |chi bo|thuong truc|chu tich|pho chu tich|truong|giam doc|bi thu)';
const FOOTER = new RegExp(
  `^(nguoi lap|nguoi ghi|nguoi tong hop|can bo tong hop|thu truong|chu tich|pho chu tich|bi thu|ke toan|(?:tm|kt|t\\/m)\\.?\\s*${SIGNS_FOR}|xac nhan|noi nhan|ghi chu|chu thich|nguon( so lieu)?\\s*:|prepared by|approved by|compiled by|note\\s*:|notes\\s*:|source\\s*:)`,
);

function isFooterLabel(label: string): boolean {
  return FOOTER.test(fold(label) + ' ');
}

/** A title in capitals (`CHỦ TỊCH UBND XÃ`, `KẾ TOÁN`): how signature blocks name who signs. */
function isCapitalisedTitle(text: string): boolean {
  return /\p{Lu}{2,}/u.test(text) && text === text.toLocaleUpperCase('vi') && isFooterLabel(text);
}

/** A signature block beside the label column: a capitalised title in a value column. */
function isSignatureRow(view: SheetView, row: number, roles: ColumnRoles): boolean {
  // Column by column, not over an array made for every row of every table.
  return (
    signsIn(view, row, roles.plan) ||
    signsIn(view, row, roles.actual) ||
    signsIn(view, row, roles.previous) ||
    signsIn(view, row, roles.unit)
  );
}

function signsIn(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  const shown = view.shown(row, col);
  if (typeof shown !== 'string') return false;
  // A unit (`ha`, `Triệu đồng`) in the unit column of every row is no title in capitals: told so by its
  // letters before the memo is asked.
  const text = shown.trim();
  return !hasAsciiLowerCase(text) && view.memo.get(isCapitalisedTitle, text);
}

function hasAsciiLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Depth of an outline number: A < I < 1 < 1.1 < a, and the bullets below them. */
export function outlineDepth(number: string | null): number | null {
  return number ? depthOf(number) : null;
}

/** The bullets a hand writes, each kind once: a dash (`-`, `–`, `•`), a plus, a star. */
type Bullet = 'dash' | 'plus' | 'star';
/** Bullets nest in this order when a table does not show its own. */
const BULLET_ORDER: readonly Bullet[] = ['dash', 'plus', 'star'];
/** Every order the bullets may nest in, the usual one first. */
const BULLET_ORDERS: readonly (readonly Bullet[])[] = permutations(BULLET_ORDER);
/** The depth of a table's first bullet level: below `a)`. */
const BULLET_DEPTH = 6;

/** Whether an outline mark is a bullet (`-`, `+`, `*`, `•`), not a number or a letter. */
export function isBullet(number: string): boolean {
  return bulletOf(number) !== null;
}

/** Dashes and dots a hand writes as the same bullet. */
const DASH = /^[-–—•·]$/;

function bulletOf(number: string): Bullet | null {
  const n = number.trim();
  if (DASH.test(n)) return 'dash';
  if (n === '+') return 'plus';
  if (n === '*') return 'star';
  return null;
}

function depthOf(number: string): number | null {
  const n = number.trim().replace(/[.)]+$/, '');
  if (ROMAN.test(n)) return 1;
  if (/^[A-Z]$/.test(n)) return 0;
  if (/^\d+$/.test(n)) return 2;
  if (/^\d+(\.\d+)+$/.test(n)) return 1 + n.split('.').length;
  if (/^[a-zđ]$/.test(n)) return 5;
  const bullet = bulletOf(n);
  return bullet ? BULLET_DEPTH + BULLET_ORDER.indexOf(bullet) : null;
}

/**
 * How a table nests its bullets. Hands differ (`+ Lúa` over `- Lúa nước`, `* Diện tích lúa` over `-
 * Lúa ruộng`), but a run of bulleted rows starts at its top level: the bullet a run starts with is
 * above the others in it, by the runs' vote. A run right under a `Trong đó:` row starts a level down
 * and has no vote. Bullets a table does not show nest in the usual order.
 */
function bulletDepths(rows: readonly { number: string | null; isSubItem: boolean }[]): Map<Bullet, number> {
  // Votes for one bullet shown above another, by their places in BULLET_ORDER: no key is written per row.
  const votes = new Array<number>(BULLET_ORDER.length * BULLET_ORDER.length).fill(0);
  const vote = (above: Bullet, below: Bullet): number =>
    BULLET_ORDER.indexOf(above) * BULLET_ORDER.length + BULLET_ORDER.indexOf(below);
  let voted = false;
  let start: Bullet | null = null;
  let counts = false;
  for (let i = 0; i < rows.length; i++) {
    const number = rows[i].number;
    const bullet = number ? bulletOf(number) : null;
    if (!bullet) {
      start = null;
      continue;
    }
    if (start === null) {
      start = bullet;
      counts = i === 0 || !rows[i - 1].isSubItem;
    } else if (counts && bullet !== start) {
      votes[vote(start, bullet)]++;
      voted = true;
      counts = false;
    }
  }
  if (!voted) return new Map(BULLET_ORDER.map((bullet, i) => [bullet, BULLET_DEPTH + i]));
  const shownAbove = (a: Bullet, b: Bullet): boolean => votes[vote(a, b)] > votes[vote(b, a)];
  let best: readonly Bullet[] = BULLET_ORDER;
  let bestAgreed = 0;
  for (const order of BULLET_ORDERS) {
    let agreed = 0;
    for (let i = 0; i < order.length; i++)
      for (let j = i + 1; j < order.length; j++) if (shownAbove(order[i], order[j])) agreed++;
    if (agreed > bestAgreed) {
      best = order;
      bestAgreed = agreed;
    }
  }
  return new Map(best.map((bullet, i) => [bullet, BULLET_DEPTH + i]));
}

/** Every order of a few things, the given order first. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function hasSomething(view: SheetView, row: number, col: number | null): boolean {
  // A unit note over the next table (`ĐVT: nghìn đồng` beside its heading) is no value.
  if (col === null || view.isEmpty(row, col)) return false;
  return typeof view.value(row, col) !== 'string' || unitOfNote(view.text(row, col)) === null;
}

/** Whether the row's label cell starts a merge that runs over the value columns (a note, not data). */
function labelSpansValues(view: SheetView, row: number, roles: ColumnRoles): boolean {
  return spansFrom(view, row, roles.plan, roles.label) || spansFrom(view, row, roles.actual, roles.label);
}

/** Whether a cell of the column is covered by a merge that starts at or left of `label`. */
function spansFrom(view: SheetView, row: number, col: number | null, label: number): boolean {
  if (col === null) return false;
  const merge = view.coveringMerge(row, col);
  return merge !== null && merge.left <= label;
}

/** A cell's text with its spacing and case set aside, to compare what two cells say. */
function comparableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether the row's title stands again in its value columns, as a merged heading unmerged does: a Word
 * table pasted into Excel, a sheet exported with `fill merged cells`, a merge undone by hand. Such a row
 * is a heading spread over the columns, whatever its plan and actual cells hold; a value column with a
 * text of its own (a target `≥ 90%`, a note) is not its title.
 */
function titleRepeatsInValues(view: SheetView, row: number, roles: ColumnRoles, title: LabelFacts): boolean {
  return saysTitle(view, row, roles.plan, title) || saysTitle(view, row, roles.actual, title);
}

function saysTitle(view: SheetView, row: number, col: number | null, title: LabelFacts): boolean {
  if (col === null || typeof view.shown(row, col) !== 'string') return false;
  const text = view.text(row, col, true);
  if (text.length === 0) return false;
  const said = view.memo.get(comparableText, text);
  return said === title.comparable || said === title.comparableRest;
}

/** Rows above a header where `Đơn vị tính: …` is written. */
const UNIT_NOTE_ROWS = 4;
/** A unit note, folded: `ĐVT: nghìn đồng`, `(Đơn vị tính: triệu đồng)`, `DVT: nghin dong`, `Đ.vị: …`, `Unit: USD`. */
const UNIT_NOTE =
  /^\(?\s*(?:don vi tinh|don vi|dvt|d\.v\.t|d\. ?vi(?: tinh)?|dv tinh|unit|uom)\s*:\s*[^()]{1,30}?\s*\)?$/;

/** The unit a note states, as written, or null. */
function unitOfNote(text: string): string | null {
  if (!UNIT_NOTE.test(fold(text))) return null;
  return text
    .slice(text.indexOf(':') + 1)
    .replace(/\)\s*$/, '')
    .trim();
}

/** `Đơn vị tính: đồng` written above a table without a unit column. */
export function unitNote(view: SheetView, headerTop: number): string | null {
  for (let r = Math.max(0, headerTop - UNIT_NOTE_ROWS); r < headerTop; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const unit = unitOfNote(view.text(r, c));
      if (unit !== null) return unit;
    }
  }
  return null;
}

interface LabelFacts {
  isLabel: boolean;
  isFooter: boolean;
  prefix: string | null;
  isSubItem: boolean;
  unit: string | null;
  /** The label, and the label after its outline number, as `comparableText` gives them. */
  comparable: string;
  comparableRest: string;
}

/** What a label cell's text says about its row; the view's memo remembers it, as labels repeat commune after commune. */
function labelFacts(label: string): LabelFacts {
  const prefix = splitOutlinePrefix(label);
  return {
    isLabel: /\p{L}{2,}/u.test(label),
    isFooter: isFooterLabel(label),
    prefix: prefix.prefix,
    isSubItem: isSubItemLabel(prefix.rest),
    unit: labelAnatomy(label).units[0] ?? null,
    comparable: comparableText(label),
    comparableRest: comparableText(prefix.rest),
  };
}

/**
 * A table's row, made by a constructor: rows outlive the scan, and V8 allocates the objects of such an
 * object literal in the old generation, where every field written costs a write barrier.
 */
class OutlineRow implements LayoutRow {
  /**
   * A row kept as long as the class, so V8 keeps its objects' shape (and the code reading them) from one
   * scan to the next (see `SheetView.keptForItsShape`); its depth is fractional, as a heading's may be.
   */
  static readonly keptForItsShape = new OutlineRow(0, '', '1', 0.5, false, false, null);

  constructor(
    public row: number,
    public label: string,
    public number: string | null,
    public depth: number,
    public hasData: boolean,
    public isSubItem: boolean,
    public unit: string | null,
  ) {}
}

export function tableRows(
  view: SheetView,
  roles: ColumnRoles,
  stt: number | null,
  from: number,
  to: number,
  tableUnit: string | null,
): LayoutRow[] {
  const rows: LayoutRow[] = [];
  // Whether the last row's unit is its own (its cell or its label's), not the table's.
  let lastHasOwnUnit = false;
  for (let r = from; r <= to; r++) {
    const rawLabel = view.text(r, roles.label, true);
    const facts = view.memo.get(labelFacts, rawLabel);
    if (!facts.isLabel) continue;
    if (facts.isFooter || isSignatureRow(view, r, roles)) break;
    if (labelSpansValues(view, r, roles)) continue;
    const spread = titleRepeatsInValues(view, r, roles, facts);
    const hasData = !spread && (hasSomething(view, r, roles.plan) || hasSomething(view, r, roles.actual));
    const unitCell = roles.unit !== null && !spread ? view.text(r, roles.unit) : '';
    // A label merged down over rows of no figures of their own is one row: what the lower rows hold
    // (the unit, written alone under the merged values) belongs to it, and they head nothing.
    const continued = hasData ? null : view.coveringMerge(r, roles.label);
    if (continued && continued.top < r) {
      const last = rows[rows.length - 1];
      if (last && last.row >= continued.top) {
        if (unitCell && !lastHasOwnUnit) {
          last.unit = unitCell;
          lastHasOwnUnit = true;
        }
        continue;
      }
    }
    const sttText = stt !== null && stt !== roles.label ? view.text(r, stt) : '';
    const number = sttText || facts.prefix;
    const unit = unitCell || facts.unit || tableUnit;
    lastHasOwnUnit = Boolean(unitCell || facts.unit);
    rows.push(new OutlineRow(r, rawLabel, number || null, 0, hasData, facts.isSubItem, unit));
  }
  const bullets = bulletDepths(rows);
  let previousDepth = 2;
  for (const row of rows) {
    const bullet = row.number ? bulletOf(row.number) : null;
    let depth = bullet ? (bullets.get(bullet) ?? null) : row.number ? view.memo.get(depthOf, row.number) : null;
    if (depth === null) depth = row.isSubItem ? previousDepth + 1 : previousDepth;
    // Rows with no number of their own after a heading (`Tổng đàn gia súc:`) are its parts.
    if (!row.isSubItem) previousDepth = row.hasData ? depth : depth + 1;
    row.depth = depth;
  }
  // A heading with no number of its own (`Tỷ lệ tiêm phòng:`) heads the rows that follow it.
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!rows[i].hasData && rows[i].number === null) rows[i].depth = Math.min(rows[i].depth, rows[i + 1].depth - 0.5);
  }
  return rows;
}
