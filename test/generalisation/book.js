/**
 * Workbook builder shared by the make-variants*.js generators: writes the cells of a row spec into
 * an ExcelJS workbook and collects the results the engine is expected to report, in the format of
 * shared/samples/*.expected.json.
 *
 * Cell DSL used in the row specs (p = plan, a = actual, pv = previous, h = partial):
 *   12.5                      a number (expected 12.5)
 *   {pct: 0.266}              a fraction with a % format (expected 26.6; fmt overrides '0.0%')
 *   {t: '1.152,1', n: 1152.1} a number stored as text (expected n; n: null for a placeholder/note)
 *   {t: 'trên 95', b: 95}     a comparator target (expected the text verbatim, bound b)
 *   {t: '9 - 9,5', lo, hi}    a range target (lower end for higher, upper end for lower/ceiling)
 *   {t: 'Loại Khá', r: 'Khá'} a rating (expected the scale word)
 *   {t: 'Hoàn thành', w: 1}   a word target (expected the text verbatim, no bound)
 *   {f: 'SUM(D8:D9)', res: x} a formula with its cached result
 *   {f: 'E8/D8', res: 0.97, fmt: '0.0%'}  a cached fraction with a % format (expected ×100)
 *   {f: 'C5', err: '#REF!'}   a formula whose cached result is an error (expected null)
 *   {err: '#DIV/0!'}          an error value (expected null)
 * Any object cell may carry fmt (a number format).
 *
 * Row specs in Book.table: {n: stt, l: label, lc: column of the label when not cols.label (a label
 * merged across A:B sits in A), u: unit, p, a, pv, h, x: {G: cell} extra cells, merge: 'A#:B#'
 * (# = the row), g: group row (bold, no result), data: false (not a data row), id: catalog id
 * (null: none), dir: direction when no id}, or {skip: k} for k blank rows.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const WORKBOOKS = path.join(__dirname, 'workbooks');
const PENDING_DIR = path.join(__dirname, 'pending');
const CATALOG = require('../../src/core/catalog/indicators.json').indicators;
const DIRECTION = new Map(CATALOG.map((e) => [e.id, e.direction]));
const RANKS = ['Kém', 'Yếu', 'Trung bình', 'Khá', 'Giỏi', 'Tốt', 'Xuất sắc'];

const round12 = (x) => Number.parseFloat(x.toPrecision(12));
const isEmptyCell = (c) => c === undefined || c === null;

function writeCell(ws, addr, c) {
  const cell = ws.getCell(addr);
  if (isEmptyCell(c)) return;
  if (typeof c === 'number' || typeof c === 'string') cell.value = c;
  else if ('pct' in c) {
    cell.value = c.pct;
    cell.numFmt = c.fmt || '0.0%';
  } else if ('t' in c) cell.value = c.t;
  else if ('f' in c) cell.value = { formula: c.f, result: 'err' in c ? { error: c.err } : c.res };
  else if ('err' in c) cell.value = { error: c.err };
  if (c && typeof c === 'object' && c.fmt && !('pct' in c)) cell.numFmt = c.fmt;
}

/** Expected report value and comparison info of a cell. */
function expected(c) {
  if (isEmptyCell(c)) return { value: null, kind: 'none' };
  if (typeof c === 'number') return { value: c, kind: 'number', num: c };
  if (typeof c === 'string') return { value: null, kind: 'none' };
  if ('pct' in c) return { value: round12(c.pct * 100), kind: 'number', num: round12(c.pct * 100) };
  if ('f' in c) {
    if ('err' in c) return { value: null, kind: 'none' };
    const v = c.fmt && c.fmt.includes('%') ? round12(c.res * 100) : c.res;
    return { value: v, kind: 'number', num: v };
  }
  if ('err' in c) return { value: null, kind: 'none' };
  if ('b' in c) return { value: c.t, kind: 'comparator', num: c.b };
  if ('lo' in c) return { value: c.t, kind: 'range', lo: c.lo, hi: c.hi };
  if ('r' in c) return { value: c.r, kind: 'rating', rank: RANKS.indexOf(c.r) + 1 };
  if ('w' in c) return { value: c.t, kind: 'none' }; // a word target kept verbatim, no bound
  if ('n' in c) return c.n === null ? { value: null, kind: 'none' } : { value: c.n, kind: 'number', num: c.n };
  throw new Error('unknown cell ' + JSON.stringify(c));
}

function judge(direction, plan, actual) {
  if (direction === 'rating') {
    const status =
      plan.kind === 'rating' && actual.kind === 'rating'
        ? actual.rank >= plan.rank
          ? 'met'
          : 'shortfall'
        : 'not-evaluable';
    return { percentOfPlan: null, status };
  }
  let bound = null;
  if (plan.kind === 'number' || plan.kind === 'comparator') bound = plan.num;
  if (plan.kind === 'range') bound = direction === 'lower' || direction === 'ceiling' ? plan.hi : plan.lo;
  const a = actual.kind === 'number' || actual.kind === 'comparator' ? actual.num : null;
  const percentOfPlan = bound === null || a === null || bound === 0 ? null : (a / bound) * 100;
  if (direction === 'info') return { percentOfPlan, status: 'info' };
  if (percentOfPlan === null) return { percentOfPlan, status: 'not-evaluable' };
  const met = direction === 'lower' || direction === 'ceiling' ? a <= bound : a >= bound;
  return { percentOfPlan, status: met ? 'met' : 'shortfall' };
}

class Book {
  /** dir: the folder save() writes to; indent: the JSON indentation of the .expected.json. */
  constructor(name, { dir = WORKBOOKS, indent = 2 } = {}) {
    this.name = name;
    this.dir = dir;
    this.indent = indent;
    this.wb = new ExcelJS.Workbook();
    this.rows = [];
    this.columns = [];
  }
  sheet(name) {
    const ws = this.wb.addWorksheet(name);
    ws.getColumn(2).width = 48;
    return ws;
  }
  /** Free lines: {r, cells: {A: 'text'}, merge: 'A2:G2'}. */
  lines(ws, lines) {
    for (const l of lines) {
      for (const [col, v] of Object.entries(l.cells || {})) writeCell(ws, `${col}${l.r}`, v);
      for (const m of [].concat(l.merge || [])) ws.mergeCells(m);
    }
  }
  /**
   * A table: header lines (with merges), then data rows from `start`.
   * cols: {stt, label, unit, prev, plan, actual, partial?, ...} letters where each field is written.
   * expect: the expected columns entry (headerRow + roles).
   */
  table(ws, { header, cols, start, rows, expect }) {
    this.lines(ws, header);
    this.columns.push({ sheet: ws.name, ...expect });
    let r = start;
    for (const spec of rows) {
      if (spec.skip) {
        r += spec.skip;
        continue;
      }
      const at = (k) => cols[k] && `${cols[k]}${r}`;
      if (spec.n !== undefined && cols.stt) writeCell(ws, at('stt'), spec.n);
      if (spec.l !== undefined) writeCell(ws, spec.lc ? `${spec.lc}${r}` : at('label'), spec.l);
      if (spec.u !== undefined && cols.unit) writeCell(ws, at('unit'), spec.u);
      for (const k of ['plan', 'actual', 'prev', 'partial']) {
        const key = { plan: 'p', actual: 'a', prev: 'pv', partial: 'h' }[k];
        if (spec[key] !== undefined && cols[k]) writeCell(ws, at(k), spec[key]);
      }
      for (const [col, v] of Object.entries(spec.x || {})) writeCell(ws, `${col}${r}`, v);
      for (const m of [].concat(spec.merge || [])) ws.mergeCells(m.replace(/#/g, String(r)));
      if (spec.g) {
        ws.getRow(r).font = { bold: true };
      } else if (spec.l !== undefined && spec.data !== false && (!isEmptyCell(spec.p) || !isEmptyCell(spec.a))) {
        const id = spec.id === undefined ? null : spec.id;
        if (id !== null && !DIRECTION.has(id)) throw new Error(`${this.name}: unknown id ${id}`);
        const direction = spec.dir || (id ? DIRECTION.get(id) : 'higher');
        const plan = expected(spec.p);
        const actual = expected(spec.a);
        const { percentOfPlan, status } = judge(direction, plan, actual);
        this.rows.push({
          sheet: ws.name,
          row: r,
          label: String(spec.l).trim(),
          indicatorId: id,
          direction,
          plan: plan.value,
          actual: actual.value,
          percentOfPlan,
          status,
        });
      }
      r++;
    }
    return r;
  }
  async save() {
    fs.mkdirSync(this.dir, { recursive: true });
    await this.wb.xlsx.writeFile(path.join(this.dir, `${this.name}.xlsx`));
    const exp = { file: `${this.name}.xlsx`, rows: this.rows, columns: this.columns };
    fs.writeFileSync(path.join(this.dir, `${this.name}.expected.json`), JSON.stringify(exp, null, this.indent) + '\n');
  }
}

/**
 * A Book maker for one generator: books go to workbooks/, those named in `pending` (the engine
 * still misreads them; kept out of the jest-checked folder) to pending/.
 */
const books =
  ({ pending = new Set(), indent = 2 } = {}) =>
  (name) =>
    new Book(name, { dir: pending.has(name) ? PENDING_DIR : WORKBOOKS, indent });

const title = (r, text, merge) => ({ r, cells: { A: text }, merge });
const T = (t, n) => ({ t, n }); // number or placeholder stored as text

module.exports = { Book, books, title, T, WORKBOOKS, PENDING_DIR };
