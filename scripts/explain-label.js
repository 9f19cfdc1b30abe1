#!/usr/bin/env node
// How the engine reads a label: its anatomy, the words it is matched by, and the best candidates.
//   npm run -s build:cli && node scripts/explain-label.js "Tỷ lệ hộ SD nước sạch" [unit]
'use strict';
const { createEngine } = require('../dist/core/engine.js');
const { labelAnatomy, withoutQualifiers } = require('../dist/core/match/anatomy.js');

const [label, unit = null] = process.argv.slice(2);
const engine = createEngine();
const anatomy = labelAnatomy(label);
console.log('anatomy:', JSON.stringify(anatomy));
console.log('words:  ', engine.catalog.vocabulary.words(withoutQualifiers(anatomy.name)).join(' | '));
if (anatomy.detail) console.log('detail: ', engine.catalog.vocabulary.words(anatomy.detail).join(' | '));
for (const m of engine.rankIndicators(label, unit).slice(0, 5)) {
  const e = engine.catalog.get(m.id);
  console.log(`  ${m.confidence.toFixed(3)}  ${m.id}  (${e.nameVi})`);
}
