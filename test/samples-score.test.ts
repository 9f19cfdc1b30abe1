/**
 * The public samples, scored by ../shared/score.py on `chitieu analyze --json`:
 * every metric at least 0.98 for every workbook.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { runCli, SAMPLES, SHARED, sampleFiles, tempDir } from './helpers/samples';

test('every sample scores at least 0.98 on rows, mapping, columns, percent and status', async () => {
  const out = tempDir('score');
  for (const file of sampleFiles()) {
    const result = await runCli(['analyze', file, '--json']);
    expect(result.code).toBe(0);
    fs.writeFileSync(path.join(out, path.basename(file, '.xlsx') + '.json'), result.stdout);
  }
  const summary = path.join(out, 'summary.json');
  const printed = execFileSync('python3', [path.join(SHARED, 'score.py'), SAMPLES, out, '--json', summary], {
    encoding: 'utf8',
  });
  const overall = printed.split('\n').find((l) => l.startsWith('overall:'));
  console.log(overall);
  const scores = JSON.parse(fs.readFileSync(summary, 'utf8')) as {
    workbooks: Record<string, Record<string, number>>;
  };
  for (const [name, metrics] of Object.entries(scores.workbooks)) {
    for (const metric of ['rows_f1', 'mapping', 'columns', 'percent', 'status']) {
      expect({ name, metric, value: metrics[metric] >= 0.98 ? 'ok' : metrics[metric] }).toEqual({
        name,
        metric,
        value: 'ok',
      });
    }
  }
});
