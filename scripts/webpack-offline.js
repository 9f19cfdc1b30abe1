// @ts-check
/*
 * Writes the browser preview's service worker (sw.js) into a production build: the worker's
 * source (src/taskpane/service-worker.js) with the list of built files it keeps for offline use
 * and a version made from their contents, so each build that changes a file gets a new cache and
 * an unchanged build an identical sw.js.
 *
 * Kept: the pages, scripts, icons and web app manifest (webapp.json) the preview uses. Left out:
 * what only Excel loads (commands.*, manifest.xml), source maps and licence texts.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');

const PLACEHOLDER = '__CHITIEU_PRECACHE__';

/** @param {string} name an asset name as webpack emits it, with forward slashes */
function isPrecached(name) {
  if (/\.(map|txt)$/.test(name)) return false;
  if (/^commands[.]/.test(name) || name === 'manifest.xml' || name === 'sw.js') return false;
  return /\.(html|m?js|png|json)$/.test(name);
}

class OfflinePlugin {
  /** @param {{ template: string, filename?: string, root?: string }} options */
  constructor(options) {
    this.template = options.template;
    this.filename = options.filename ?? 'sw.js';
    /** The page the site's root address opens. */
    this.root = options.root ?? 'index.html';
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('OfflinePlugin', (compilation) => {
      compilation.fileDependencies.add(this.template);
      compilation.hooks.processAssets.tap(
        // After minifying and after the html pages and copied files are in, as Workbox does.
        { name: 'OfflinePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          // Asset names use "/" on every system.
          const files = Object.keys(assets).filter(isPrecached).sort();
          if (!files.includes(this.root)) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(`OfflinePlugin: ${this.root} is not in the build`),
            );
            return;
          }
          const hash = crypto.createHash('sha256');
          for (const file of files) {
            hash
              .update(file)
              .update('\0')
              .update(/** @type {Buffer} */ (assets[file].buffer()))
              .update('\0');
          }
          const precache = { version: hash.digest('hex').slice(0, 16), root: this.root, files };
          const source = fs.readFileSync(this.template, 'utf8');
          const parts = source.split(PLACEHOLDER);
          if (parts.length !== 2) {
            const problem = `needs ${PLACEHOLDER} once, not ${parts.length - 1} times`;
            compilation.errors.push(new compiler.webpack.WebpackError(`OfflinePlugin: ${this.template} ${problem}`));
            return;
          }
          // Terser minifies it afterwards, like every script of the build.
          const worker = parts.join(JSON.stringify(precache));
          compilation.emitAsset(this.filename, new sources.RawSource(worker));
        },
      );
    });
  }
}

module.exports = { OfflinePlugin };
