#!/usr/bin/env node
// Calibrates the acceptance bands on first-sight data: for each confidence threshold, how many rows
// of the given rounds would be mapped right. Reads <name>.expected.json beside each workbook and the
// engine's <name>.json in OUT (from scripts/score-round.sh DIR OUT).
//   node scripts/calibrate.js ROUND_DIR:OUT_DIR [ROUND_DIR:OUT_DIR …]
'use strict';
const fs = require('fs');
const path = require('path');

const rows = [];
for (const pair of process.argv.slice(2)) {
  const [dir, out] = pair.split(':');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
    const name = f.slice(0, -'.expected.json'.length);
    const outFile = path.join(out, name + '.json');
    if (!fs.existsSync(outFile)) continue;
    const expected = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const got = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    const byRow = new Map();
    for (const s of got.sheets) for (const t of s.tables) for (const r of t.rows) byRow.set(`${s.name}!${r.row}`, r);
    for (const e of expected.rows) {
      const r = byRow.get(`${e.sheet}!${e.row}`);
      if (!r) continue;
      const best = r.indicatorId
        ? { id: r.indicatorId, confidence: r.confidence }
        : r.runnerUp
          ? { id: r.runnerUp.indicatorId, confidence: r.runnerUp.confidence }
          : { id: null, confidence: 0 };
      rows.push({ expected: e.indicatorId ?? null, best, user: false });
    }
  }
}
const accuracyAt = (t) =>
  rows.filter((r) => (r.best.confidence >= t ? r.best.id : null) === r.expected).length / rows.length;
const precisionAt = (t) => {
  const taken = rows.filter((r) => r.best.confidence >= t && r.best.id);
  return taken.length ? taken.filter((r) => r.best.id === r.expected).length / taken.length : 1;
};
let bestT = 0;
let bestAcc = -1;
console.log('threshold  accuracy  precision(mapped ≥ t)  mapped');
for (let t = 0.3; t <= 0.951; t += 0.01) {
  const acc = accuracyAt(t);
  const mapped = rows.filter((r) => r.best.confidence >= t && r.best.id).length;
  if (Math.round(t * 100) % 5 === 0)
    console.log(`${t.toFixed(2)}       ${acc.toFixed(4)}    ${precisionAt(t).toFixed(4)}               ${mapped}`);
  if (acc > bestAcc + 1e-9) {
    bestAcc = acc;
    bestT = t;
  }
}
let sure = bestT;
while (sure < 1 && precisionAt(sure) < 0.985) sure += 0.01;
console.log(
  `rows ${rows.length}; best acceptance threshold ${bestT.toFixed(2)} (accuracy ${bestAcc.toFixed(4)}); sure from ${sure.toFixed(2)} (precision ${precisionAt(sure).toFixed(4)})`,
);
