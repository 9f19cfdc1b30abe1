/**
 * First-sight workbook rounds kept in the suite (test/generalisation/rounds/round-N): every workbook
 * analysed as `chitieu analyze --json` would, scored by ../shared/score.py. The floors are the
 * figures reached after the fixes made because of each round, rounded down to 0.01, so a change that
 * loses a round fails here; ROUNDS.md keeps the first-sight figures. Outputs and score.py's report
 * are written to test-output/rounds/<round>/.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { runCli, SHARED, tempDir } from '../helpers/samples';

const ROUNDS = path.join(__dirname, 'rounds');
const METRICS = ['rows_f1', 'mapping', 'columns', 'percent', 'status'] as const;
type Metric = (typeof METRICS)[number];

/** Floors per round: score.py's `overall:` (macro) figures after the fixes, rounded down to 0.01. */
// Raised on 2026-12-03 (fifth and sixth sessions) to the figures after those sessions' kinds (ROUNDS.md).
const FLOORS: Record<string, Record<Metric, number>> = {
  'round-15': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-16': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-17': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.98 },
  // Round 18 after the fixes of its kinds (first sight: mapping 0.854, status 0.916), its budget books
  // re-ruled to the 'a part is null' convention (the round's README).
  'round-18': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 1.0 },
  // Rounds 19 and 20 after the layout and matcher fixes of their kinds (first sight: round 19 1.000 /
  // 0.981 / 0.938 / 0.892 / 0.933; round 20 0.875 / 0.857 / 0.854 / 0.875 / 0.873). Rounds 17 and 19
  // re-ruled on 2026-12-03 to the samples' `headerRow` over a row of column numbers (their READMEs).
  'round-19': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-20': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 1.0 },
  // Rounds 21 and 22 after the later kinds (first sight at 036a9bd: ROUNDS.md).
  'round-21': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 1.0 },
  'round-22': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.98 },
  // Rounds 23 and 24 after the later kinds (round 23 first sight 0.948 / 0.981 at 0a2d0ad).
  'round-23': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-24': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.98 },
  // Rounds 25 and 26 after the later kinds (first sight at dea922a).
  'round-25': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.98 },
  'round-26': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  // Round 27 after the header and bracket kinds (first sight at d903e65: 0.977 / 0.982 / 0.906 / 0.875 / 0.896).
  'round-27': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  // Rounds 28 and 29 after the year-span, merged-heading and school-level kinds (first sight at b1384ee).
  'round-28': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-29': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  // Rounds 30–33 after the kinds of their section in ROUNDS.md (first sight at db2f530 and 5086549).
  'round-30': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-31': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 1.0 },
  'round-32': { rows_f1: 1.0, mapping: 0.98, columns: 1.0, percent: 1.0, status: 0.99 },
  'round-33': { rows_f1: 1.0, mapping: 0.99, columns: 1.0, percent: 1.0, status: 0.99 },
};

test('every round under test/generalisation/rounds has a floor', () => {
  const rounds = fs.readdirSync(ROUNDS).filter((d) => fs.statSync(path.join(ROUNDS, d)).isDirectory());
  expect(rounds.sort()).toEqual(Object.keys(FLOORS).sort());
});

describe.each(Object.keys(FLOORS))('%s', (round) => {
  test('scores at or above its floor', async () => {
    const dir = path.join(ROUNDS, round);
    const out = tempDir(path.join('rounds', round));
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'))) {
      const result = await runCli(['analyze', path.join(dir, file), '--json']);
      // A workbook chitieu cannot read scores as all missed, as score.py counts a missing output.
      if (result.code === 0) fs.writeFileSync(path.join(out, path.basename(file, '.xlsx') + '.json'), result.stdout);
    }
    const summary = path.join(out, 'summary.json');
    const printed = execFileSync('python3', [path.join(SHARED, 'score.py'), dir, out, '--json', summary], {
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(out, 'score.txt'), printed);
    console.log(`${round} ${printed.split('\n').find((l) => l.startsWith('overall:'))}`);
    const overall = (JSON.parse(fs.readFileSync(summary, 'utf8')) as { macro: Record<Metric, number> }).macro;
    const floor = FLOORS[round];
    const below = METRICS.filter((m) => !(overall[m] >= floor[m])).map((m) => `${m} ${overall[m]} < ${floor[m]}`);
    expect(below).toEqual([]);
  });
});
