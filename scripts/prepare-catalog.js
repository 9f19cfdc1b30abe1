#!/usr/bin/env node
// Writes src/core/catalog/prepared-index.json: the built-in catalog's index worked out ahead, so an
// engine is made without working it out (see PreparedCatalogIndex in src/core/catalog.ts). Run after
// changing the catalog, the vocabulary or how names are read; test/core/prepared-index.test.ts fails
// until then.
//   npm run prepare-catalog
'use strict';
const fs = require('fs');
const path = require('path');
const { DEFAULT_CATALOG_DATA } = require('../dist/core/catalog.js');
const { prepareCatalogIndex } = require('../dist/core/prepare-catalog.js');

const file = path.join(__dirname, '../src/core/catalog/prepared-index.json');
fs.writeFileSync(file, JSON.stringify(prepareCatalogIndex(DEFAULT_CATALOG_DATA)) + '\n');
console.log(`prepare-catalog: wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
