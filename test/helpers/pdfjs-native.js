/**
 * pdf.js is an ES module. Node (20.19 and later) loads it with its own require, as the CLI does; jest's
 * module registry (and the createRequire it hands out) cannot, so tests are given the module Node's
 * own loader gives.
 */
const Module = require('module');

const parent = new Module(__filename);
parent.filename = __filename;
parent.paths = Module._nodeModulePaths(__dirname);

module.exports = { ...Module._load('pdfjs-dist/legacy/build/pdf.mjs', parent) };
