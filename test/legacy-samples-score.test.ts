/**
 * Issue 17: the public samples typed in TCVN3 and in VNI-Windows (fonts set, and without fonts)
 * score exactly as the originals through ../shared/score.py, and every label is reported as
 * written with its Unicode reading.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { buildLegacySamples } from './helpers/legacy-samples';
import { runCli, SAMPLES, SHARED, sampleFiles, tempDir } from './helpers/samples';

const METRICS = ['rows_f1', 'mapping', 'columns', 'percent', 'status', 'e2e'];

interface ReportRow {
  row: number;
  label: string;
  labelUnicode?: string;
}
interface Report {
  sheets: { name: string; tables: { rows: ReportRow[] }[] }[];
}

async function score(files: string[], out: string): Promise<Record<string, Record<string, number>>> {
  fs.mkdirSync(out, { recursive: true });
  for (const file of files) {
    const result = await runCli(['analyze', file, '--json']);
    expect({ file, code: result.code }).toEqual({ file, code: 0 });
    fs.writeFileSync(path.join(out, path.basename(file, '.xlsx') + '.json'), result.stdout);
  }
  const summary = path.join(out, 'summary.json');
  execFileSync('python3', [path.join(SHARED, 'score.py'), SAMPLES, out, '--json', summary], { encoding: 'utf8' });
  const scores = JSON.parse(fs.readFileSync(summary, 'utf8')) as { workbooks: Record<string, Record<string, number>> };
  return Object.fromEntries(
    Object.entries(scores.workbooks).map(([name, m]) => [name, Object.fromEntries(METRICS.map((k) => [k, m[k]]))]),
  );
}

function labels(file: string): Map<string, ReportRow> {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  const rows = new Map<string, ReportRow>();
  for (const sheet of report.sheets)
    for (const t of sheet.tables) for (const r of t.rows) rows.set(`${sheet.name}!${r.row}`, r);
  return rows;
}

test('the samples in TCVN3 and VNI score the same as the originals', async () => {
  const dir = tempDir('legacy-samples');
  const samples = sampleFiles();
  const originals = await score(samples, path.join(dir, 'scores', 'original'));
  const variants = await buildLegacySamples(samples, path.join(dir, 'workbooks'));
  for (const [variant, files] of Object.entries(variants)) {
    const out = path.join(dir, 'scores', variant);
    const scores = await score(files, out);
    console.log(`${variant}: ${JSON.stringify(scores)}`);
    expect({ variant, scores }).toEqual({ variant, scores: originals });
    // Each row: the label as written (legacy codes) and its Unicode reading, the original's text.
    for (const sample of samples) {
      const name = path.basename(sample, '.xlsx');
      const original = labels(path.join(dir, 'scores', 'original', `${name}.json`));
      const legacy = labels(path.join(out, `${name}.json`));
      for (const [key, row] of original) {
        const got = legacy.get(key);
        const where = `${variant} ${name} ${key}`;
        // TCVN3 has no toned capitals outside .VnTimeH: `Ủy ban` typed in .VnTime reads `ủy ban`.
        expect({ where, unicode: (got?.labelUnicode ?? got?.label)?.toLowerCase() }).toEqual({
          where,
          unicode: row.label.toLowerCase(),
        });
        if (/[^\p{ASCII}]/u.test(row.label))
          expect({ where, written: got?.label !== row.label }).toEqual({ where, written: true });
      }
    }
  }
});
