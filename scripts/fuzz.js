#!/usr/bin/env node
/**
 * `npm run fuzz -- --count N [--seed S]`: runs the fuzzer of test/reliability/fuzz-core.ts on N random
 * workbooks (default 10,000) through jest, which compiles the TypeScript. Prints the seed to replay.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  const raw = inline ? inline.split('=')[1] : i >= 0 ? args[i + 1] : undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || (name === 'count' && n < 1)) {
    console.error(`fuzz: --${name} needs an integer, got ${raw}`);
    process.exit(2);
  }
  return n;
}

const count = option('count', 10000);
const seed = option('seed', Date.now() % 2147483647);
console.log(`fuzz: ${count} workbooks, seed ${seed} (replay with --seed ${seed})`);
const root = path.resolve(__dirname, '..');
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest', { paths: [root] }), '--runInBand', 'test/reliability/fuzz.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHITIEU_FUZZ_COUNT: String(count), CHITIEU_FUZZ_SEED: String(seed) },
  },
);
process.exit(result.status ?? 1);
