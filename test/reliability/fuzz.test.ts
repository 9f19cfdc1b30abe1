import { runFuzz } from './fuzz-core';

/** A few hundred of the fuzzer's cases on every test run; `npm run fuzz` runs 10,000. */
const COUNT = Number(process.env.CHITIEU_FUZZ_COUNT ?? 300);

test(
  `${COUNT} random workbooks: no crash, no user cell changed, idempotent, rejections name sheet and cell`,
  async () => {
    const stats = await runFuzz(
      COUNT,
      process.env.CHITIEU_FUZZ_SEED ? Number(process.env.CHITIEU_FUZZ_SEED) : undefined,
    );
    // The generator must exercise both outcomes, or the invariants prove little.
    expect(stats.applied).toBeGreaterThan(COUNT / 10);
    expect(stats.rejected).toBeGreaterThan(0);
  },
  Math.max(120000, COUNT * 1000),
);

/** Seeds whose workbooks once broke an invariant, replayed up to the failing case on every run. */
const REGRESSIONS: [seed: number, count: number, what: string][] = [
  [-1161576080, 31, 'chitieu’s columns placed past empty merged cells, beside another table'],
  [-74390247, 300, 'the same: a second apply added columns beside the first run’s own'],
  [1821542501, 171, 'chitieu’s columns in the empty columns between two tables joined them into one on a second read'],
];

test.each(REGRESSIONS)(
  'regression seed %d (%d cases): %s',
  async (seed, count) => {
    await runFuzz(count, seed);
  },
  300000,
);
