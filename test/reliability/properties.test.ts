/** Property tests of the engine's pure parts, with fast-check. */
import fc from 'fast-check';
import { analyzeWorkbook } from '../helpers/engine';
import { evaluate } from '../../src/core/evaluate';
import { findTables } from '../../src/core/layout';
import { conventionEvidence, formatNumber, parseNumberText } from '../../src/core/numbers';
import { parseTargetText } from '../../src/core/quantity';
import { SheetView } from '../../src/core/sheet-view';
import type { CellValue, Quantity, SheetGrid } from '../../src/core/types';
import { buildWritePlan } from '../../src/core/write-plan';
import { valueArb, type CellSpec } from './generators';

// Replay a failure with CHITIEU_FC_SEED=<seed printed by fast-check>.
if (process.env.CHITIEU_FC_SEED) fc.configureGlobal({ seed: Number(process.env.CHITIEU_FC_SEED) });

const RUNS = { numRuns: 300 };
const languages = fc.constantFrom('vi' as const, 'en' as const);
/** Numbers a person writes: up to 15 significant digits, so text and double agree. */
const plainNumber = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('numbers: format then parse is the identity, in both conventions', () => {
  test('parse(format(x)) equals x rounded to the shown decimals', () => {
    fc.assert(
      fc.property(plainNumber, languages, fc.integer({ min: 0, max: 3 }), (x, lang, decimals) => {
        const text = formatNumber(x, lang, decimals);
        const parsed = parseNumberText(text, lang);
        expect(parsed).not.toBeNull();
        expect(parsed?.percent).toBe(false);
        expect(parsed?.value === Number(x.toFixed(decimals))).toBe(true);
      }),
      RUNS,
    );
  });

  test('a percent sign is read and the number kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), languages, (n, lang) => {
        const x = n / 100;
        expect(parseNumberText(`${formatNumber(x, lang)}%`, lang)).toEqual({ value: x, percent: true });
      }),
      RUNS,
    );
  });

  test('an unambiguous number reads the same whatever convention the column has', () => {
    fc.assert(
      fc.property(plainNumber, languages, languages, (x, written, column) => {
        const text = formatNumber(x, written, 2);
        const evidence = conventionEvidence(text);
        fc.pre(evidence === written);
        expect(parseNumberText(text, column)?.value).toBe(parseNumberText(text, written)?.value);
      }),
      RUNS,
    );
  });

  test('parse never throws and returns a finite number or null on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-+ .,%0-9\u00a0]{0,20}$/)),
        languages,
        (text, lang) => {
          const parsed = parseNumberText(text, lang);
          if (parsed) expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('plan expressions', () => {
  const value = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
  const cases: [string, (v: string) => string, Quantity['kind'], string | null][] = [
    ['trên', (v) => `trên ${v}`, 'comparator', '>'],
    ['>=', (v) => `>= ${v}`, 'comparator', '>='],
    ['≥ with %', (v) => `≥ ${v}%`, 'comparator', '>='],
    ['từ … trở lên', (v) => `từ ${v}% trở lên`, 'comparator', '>='],
    ['dưới', (v) => `dưới ${v}`, 'comparator', '<'],
    ['không quá', (v) => `không quá ${v}`, 'comparator', '<='],
    ['at least', (v) => `at least ${v}`, 'comparator', '>='],
  ];
  test.each(cases)('%s reads the number and the side', (_name, write, kind, op) => {
    fc.assert(
      fc.property(value, languages, (x, lang) => {
        const q = parseTargetText(write(formatNumber(x, lang)), lang);
        expect(q.kind).toBe(kind);
        if (q.kind === 'comparator') {
          expect(q.op).toBe(op);
          expect(q.value).toBe(x);
        }
      }),
      RUNS,
    );
  });

  test('a range a - b reads low and high in either order', () => {
    fc.assert(
      fc.property(value, value, languages, (a, b, lang) => {
        const q = parseTargetText(`${formatNumber(a, lang)} - ${formatNumber(b, lang)}`, lang);
        expect(q).toMatchObject({ kind: 'range', low: Math.min(a, b), high: Math.max(a, b) });
      }),
      RUNS,
    );
  });

  test('any text gives a quantity and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), languages, (text, lang) => {
        const q = parseTargetText(text, lang);
        if (q.kind === 'number' || q.kind === 'comparator') expect(Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('evaluation is monotonic in the actual', () => {
  const num = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const plan: fc.Arbitrary<Quantity> = fc.oneof(
    num.map((value): Quantity => ({ kind: 'number', value })),
    fc
      .tuple(fc.constantFrom('>' as const, '>=' as const, '<' as const, '<=' as const), num)
      .map(([op, value]): Quantity => ({ kind: 'comparator', op, value, text: `${op}${value}` })),
    fc
      .tuple(num, num)
      .map(([a, b]): Quantity => ({ kind: 'range', low: Math.min(a, b), high: Math.max(a, b), text: `${a}-${b}` })),
  );

  test.each(['higher', 'lower', 'ceiling'] as const)('%s', (direction) => {
    fc.assert(
      fc.property(plan, num, num, (p, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const s = evaluate(direction, p, { kind: 'number', value: small }).status;
        const l = evaluate(direction, p, { kind: 'number', value: large }).status;
        if (direction === 'higher') {
          // A larger actual never turns met into shortfall.
          if (s === 'met') expect(l).not.toBe('shortfall');
        } else {
          // A smaller actual never turns met into shortfall.
          if (l === 'met') expect(s).not.toBe('shortfall');
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('a zero plan is never met nor short, whatever the actual', () => {
    fc.assert(
      fc.property(num, fc.constantFrom('higher' as const, 'lower' as const, 'ceiling' as const), (a, d) => {
        expect(evaluate(d, { kind: 'number', value: 0 }, { kind: 'number', value: a }).status).toBe('not-evaluable');
      }),
    );
  });
});

function toCellValue(v: CellSpec): CellValue {
  if (v !== null && typeof v === 'object') return 'formula' in v ? v.result : v;
  return v;
}

const gridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    rows: fc.array(
      fc.array(
        fc.oneof(valueArb, fc.constantFrom('KH 2023', 'TH 2023', 'Chỉ tiêu', 'ĐVT', 'STT', 'Đánh giá', 'TH/KH (%)')),
        { maxLength: 12 },
      ),
      {
        maxLength: 25,
      },
    ),
    merges: fc.array(
      fc.record({ top: fc.nat(30), left: fc.nat(14), h: fc.nat(4), w: fc.nat(4) }).map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.h,
        right: m.left + m.w,
      })),
      { maxLength: 6 },
    ),
    formats: fc.constantFrom(undefined, '0.0%', '@', '#,##0'),
    name: fc.constantFrom('Sheet1', 'Kinh tế (2023)', "O'Brien"),
  })
  .map(({ rows, merges, formats, name }) => ({
    name,
    values: rows.map((r) => r.map(toCellValue)),
    numberFormats: formats ? rows.map((r) => r.map(() => formats)) : undefined,
    // Overlapping merges are not valid in Excel, but a grid from any host may carry them.
    merges,
  }));

describe('table detection and analysis on random grids', () => {
  test('found by fast-check: a year over a header row with no label column', () => {
    expect(() => findTables(new SheetView({ name: 'S', values: [[1900], ['TH 2023', 'ĐVT']] }))).not.toThrow();
  });

  test('findTables never throws and returns tables inside the grid', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const view = new SheetView(grid);
        for (const t of findTables(view)) {
          expect(t.headerTop).toBeLessThanOrEqual(t.headerBottom);
          expect(t.headerBottom).toBeLessThanOrEqual(t.lastRow);
          expect(t.lastRow).toBeLessThan(Math.max(view.rowCount, t.headerBottom + 1));
        }
      }),
      { numRuns: 400 },
    );
  });

  test('analyzeWorkbook and buildWritePlan never throw; output columns lie right of the table', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 3 }), (sheets) => {
        const analysis = analyzeWorkbook({ sheets });
        const plan = buildWritePlan(analysis);
        for (const table of analysis.sheets.flatMap((s) => s.tables)) {
          if (table.existingOutput.percent === null) expect(table.outputCol).toBeGreaterThan(table.lastCol);
        }
        for (const t of plan.tables)
          for (const c of t.columns) for (const cell of c.cells) expect(cell.formula ?? '').not.toMatch(/^=/);
      }),
      { numRuns: 300 },
    );
  });
});
