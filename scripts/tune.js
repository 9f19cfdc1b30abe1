#!/usr/bin/env node
// Chooses the matcher's numbers (src/core/match/calibration.ts) on first-sight rounds: analyses every
// workbook of the given rounds once per setting and prints the mapping accuracy (mean over workbooks,
// as score.py counts it) of each, best first. Never run it on the public samples.
//   npm run -s build:cli && node scripts/tune.js DIR [DIR …]
'use strict';
const fs = require('fs');
const path = require('path');
const { createEngine } = require('../dist/core/engine.js');
const { toReport } = require('../dist/core/report.js');
const { openGridsFile } = require('../dist/hosts/xlsx/open.js');

async function main() {
  const books = [];
  for (const dir of process.argv.slice(2)) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
      const name = f.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const grids = await openGridsFile(path.join(dir, name + '.xlsx'));
      books.push({ name, expected, grids });
    }
  }
  const grid = {
    acceptAt: [0.5, 0.55, 0.58, 0.6, 0.62],
    unknownWordEntries: [1.5, 3],
    detailWeight: [0.35],
    substitutionPenalty: [0, 0.1, 0.2],
  };
  const results = [];
  for (const unknownWordEntries of grid.unknownWordEntries) {
    for (const detailWeight of grid.detailWeight) {
      for (const substitutionPenalty of grid.substitutionPenalty)
        for (const acceptAt of grid.acceptAt) {
          const tuning = { acceptAt, sureAt: 0.8, unknownWordEntries, detailWeight, substitutionPenalty };
          const engine = createEngine({ tuning });
          let sum = 0;
          for (const book of books) {
            const report = toReport(engine.analyzeWorkbook(book.grids));
            const byRow = new Map();
            for (const s of report.sheets)
              for (const t of s.tables) for (const r of t.rows) byRow.set(`${s.name}!${r.row}`, r);
            let ok = 0;
            let seen = 0;
            for (const e of book.expected.rows) {
              const r = byRow.get(`${e.sheet}!${e.row}`);
              if (!r) continue;
              seen++;
              if ((r.indicatorId ?? null) === (e.indicatorId ?? null)) ok++;
            }
            sum += seen ? ok / seen : 0;
          }
          results.push({ ...tuning, mapping: sum / books.length });
        }
    }
  }
  results.sort((a, b) => b.mapping - a.mapping);
  for (const r of results.slice(0, 15)) console.log(JSON.stringify(r));
}
main();
