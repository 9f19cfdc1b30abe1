/**
 * pdf.js is an ES module. Node (20.19 and later) loads it with its own require, as the CLI does; jest's
 * module registry (and the createRequire it hands out) cannot, so tests are given the module Node's
 * own loader gives.
 */
const Module = require('module');

const parent = new Module(__filename);
parent.filename = __filename;
parent.paths = Module._nodeModulePaths(__dirname);

// Node's own global, where pdf.js runs (a test's `globalThis` is jest's sandbox).
const nodeGlobal = require('vm').runInThisContext('globalThis');
const hadIterator = 'Iterator' in nodeGlobal;
module.exports = { ...Module._load('pdfjs-dist/legacy/build/pdf.mjs', parent) };
// Its fake worker (what it runs in Node) is imported on the first document: loaded here first, so that
// what it installs is installed before the line below, and the later import finds it evaluated.
Module._load('pdfjs-dist/legacy/build/pdf.worker.mjs', parent);
// pdf.js's legacy build installs a global `Iterator` on Node 20 (its helpers stay on the iterators'
// prototype). jsdom, loaded later in the same jest worker, copies the worker's globals into each window
// and fails on one its own context lacks (`ReferenceError: Iterator is not defined`): take it back out.
if (!hadIterator) delete nodeGlobal.Iterator;
