/**
 * A PDF table's borders. Word and LibreOffice print a bordered table as lines (or thin filled
 * rectangles): the horizontal ones part its rows, the vertical ones its columns, whatever the cells'
 * text does (wrapped over several lines, centred, top-aligned). Read from pdf.js's operator list.
 */

/** A border: horizontal at `at` = y from `from` to `to` in x; vertical at `at` = x from `from` to `to` in y. */
export interface Rule {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface PageRules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

/** The operator codes this reader needs (pdf.js's `OPS`). */
export interface PdfOperators {
  readonly constructPath: number;
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly stroke: number;
  readonly closeStroke: number;
}

export interface OperatorList {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `inner` then `outer`: what a `cm` inside `outer` makes of its points. */
function compose(inner: Matrix, outer: Matrix): Matrix {
  const [a, b, c, d, e, f] = inner;
  const [A, B, C, D, E, F] = outer;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isMatrix(v: unknown): v is Matrix {
  return Array.isArray(v) && v.length === 6 && v.every((n) => typeof n === 'number');
}

/** The bounding box pdf.js gives with each path: [minX, minY, maxX, maxY]. */
function boxOf(args: unknown): [number, number, number, number] | null {
  if (!Array.isArray(args)) return null;
  const box = args[2] as ArrayLike<number> | undefined;
  if (!box || box.length !== 4 || ![0, 1, 2, 3].every((i) => Number.isFinite(box[i]))) return null;
  return [box[0], box[1], box[2], box[3]];
}

/** Thinner than this (points) is a border; shorter than the second is no table's. */
const THIN = 2.5;
const LONG = 8;

export function rulesOf(list: OperatorList, ops: PdfOperators): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && isMatrix(args)) ctm = compose(args, ctm);
    else if (fn === ops.constructPath) {
      const box = boxOf(args);
      if (!box) continue;
      const corners = [apply(ctm, box[0], box[1]), apply(ctm, box[2], box[3])];
      const [x0, x1] = [Math.min(corners[0][0], corners[1][0]), Math.max(corners[0][0], corners[1][0])];
      const [y0, y1] = [Math.min(corners[0][1], corners[1][1]), Math.max(corners[0][1], corners[1][1])];
      const width = x1 - x0;
      const height = y1 - y0;
      if (height <= THIN && width >= LONG) horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
      else if (width <= THIN && height >= LONG) vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
      else if (
        Array.isArray(args) &&
        (args[0] === ops.stroke || args[0] === ops.closeStroke) &&
        width >= LONG &&
        height >= LONG
      ) {
        // A cell drawn as a stroked rectangle: its four edges.
        horizontal.push({ at: y0, from: x0, to: x1 }, { at: y1, from: x0, to: x1 });
        vertical.push({ at: x0, from: y0, to: y1 }, { at: x1, from: y0, to: y1 });
      }
    }
  }
  return { horizontal, vertical };
}

/** Values within `tolerance` of each other, as one (their mean), sorted. */
function distinct(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** A ruled table: its row borders top to bottom (y, descending) and column borders left to right (x). */
export interface RuledGrid {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
}

/**
 * The page's ruled tables: horizontal borders that share their extent, crossed by vertical ones.
 * At least two rows and two columns; a lone rule (a signature line, an underline) is none.
 */
export function gridsOf(rules: PageRules): RuledGrid[] {
  const grids: RuledGrid[] = [];
  const byExtent: Rule[][] = [];
  for (const rule of [...rules.horizontal].sort((a, b) => b.at - a.at)) {
    const group = byExtent.find((g) => {
      const left = Math.min(...g.map((r) => r.from));
      const right = Math.max(...g.map((r) => r.to));
      return Math.min(right, rule.to) - Math.max(left, rule.from) > 0.5 * Math.min(right - left, rule.to - rule.from);
    });
    if (group) group.push(rule);
    else byExtent.push([rule]);
  }
  for (const group of byExtent) {
    const rows = distinct(
      group.map((r) => r.at),
      1,
    ).reverse();
    if (rows.length < 3) continue;
    const left = Math.min(...group.map((r) => r.from));
    const right = Math.max(...group.map((r) => r.to));
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    const crossing = rules.vertical.filter(
      (v) => v.at >= left - 2 && v.at <= right + 2 && Math.min(v.to, top) - Math.max(v.from, bottom) > 1,
    );
    const columns = distinct([left, right, ...crossing.map((v) => v.at)], 2);
    if (columns.length < 3) continue;
    grids.push({ rows, columns });
  }
  return grids;
}
