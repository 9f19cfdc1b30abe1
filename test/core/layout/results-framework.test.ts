/**
 * English results frameworks (donor and development-bank reports), invented forms: the labels named
 * by a noun phrase whose head is `indicator` (`Results indicator`, `Outcome indicators`), years over
 * `Actual | Target | Actual`, end-of-project, mid-term and baseline columns that are neither the
 * year's plan nor its actual, and a ratio written `Achieved vs Target`.
 */
import { classifyHeader } from '../../../src/core/headers';
import { findTables } from '../../../src/core/layout';
import type { CellValue } from '../../../src/core/types';
import { view } from './grid';

test.each([
  ['Results indicator', 'label'],
  ['Outcome indicators', 'label'],
  ['Key performance indicator', 'label'],
  ['Output indicator', 'label'],
  ['Achieved vs Target', 'ratio'],
  ['Actual versus plan', 'ratio'],
  ['Achievement against target', 'ratio'],
  ['Results 2024', 'actual'],
  ['Target 2024', 'plan'],
] as const)('%p is %s', (text, kind) => {
  expect(classifyHeader(text).kind).toBe(kind);
});

test.each(['End-of-project target', 'EOP target (2026)', 'Mid-term target', 'Endline target', 'Baseline (2021)'])(
  '%p is another period than the report year',
  (text) => {
    expect(classifyHeader(text).otherPeriod).toBe(true);
  },
);

function roles(rows: CellValue[][], merges: string[] = []) {
  const tables = findTables(view(rows, merges));
  expect(tables).toHaveLength(1);
  return { columns: tables[0].columns, year: tables[0].year, rows: tables[0].rows.filter((r) => r.hasData).length };
}

test.each([
  // years over the roles, the label named `… indicator`, an end-of-project target before them
  [
    [
      [
        'Ref.',
        'Project results indicator',
        'Unit of measure',
        'End-of-project target',
        '2023',
        '2024',
        '2024',
        'Remarks',
      ],
      [
        'Ref.',
        'Project results indicator',
        'Unit of measure',
        'End-of-project target',
        'Actual',
        'Target',
        'Actual',
        'Remarks',
      ],
      ['O-1', 'Farmers adopting drip irrigation', 'people', 400, 120, 200, 215, null],
      ['O-2', 'Average income per capita', 'VND million', 70, 52, 56, 57.5, null],
    ],
    ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'H1:H2'],
    { label: 1, unit: 2, plan: 5, actual: 6, previous: 4 },
  ],
  // a baseline and a mid-term target beside the year's target and result, a ratio written `vs`
  [
    [
      [
        '#',
        'Results indicator',
        'Unit',
        'Baseline (2021)',
        'Mid-term target',
        'Target 2024',
        'Achieved 2024',
        'Achieved vs Target',
      ],
      [1, 'Households with clean water', '%', 61, 80, 85, 87, 1.02],
      [2, 'Women-led groups operating', 'groups', 2, 6, 8, 7, 0.88],
    ],
    [],
    { label: 1, unit: 2, plan: 5, actual: 6, previous: null },
  ],
  // `Year N` instead of calendar years: the last year whose actual is filled in
  [
    [
      [
        'Code',
        'Performance indicator',
        'Unit',
        'Baseline',
        'Year 2 target',
        'Year 2 actual',
        'Year 3 target',
        'Year 3 actual',
      ],
      ['P1', 'Trainees certified', 'people', 0, 50, 48, 90, null],
      ['P2', 'Savings groups formed', 'groups', 0, 4, 5, 8, null],
    ],
    [],
    { label: 1, unit: 2, plan: 4, actual: 5, previous: null },
  ],
] as const)('results framework %#', (rows, merges, columns) => {
  const found = roles(
    rows.map((r) => [...r]),
    [...merges],
  );
  expect(found.columns).toEqual(columns);
  expect(found.rows).toBe(2);
});
