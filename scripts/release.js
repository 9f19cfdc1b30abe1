#!/usr/bin/env node
// @ts-check
/*
 * npm run release -- --url https://HOST/PATH/ [--out DIR]
 *
 * Builds the site for the address it will be served from, checks it, and packs it:
 *   1. refuses an address that is not https, or that is this machine (localhost, 127.x, ::1);
 *   2. refuses when manifest.xml's <Version> is not package.json's version (+ ".0");
 *   3. production build into dist-web/ with CHITIEU_URL_PROD set to the address, no source maps;
 *   4. validates the built manifest.xml with the same xmllint command as `npm run validate`;
 *   5. checks that every address in the built manifest is under the release address and names a
 *      file of the site, and that no page or manifest still says localhost;
 *   6. writes DIR/chitieu-<version>.zip (folder chitieu-<version>/: the static site, manifest.xml
 *      at its top) and DIR/chitieu-<version>.zip.sha256, and prints the SHA-256.
 * The archive is reproducible: entries sorted, fixed permissions, and every entry dated at
 * SOURCE_DATE_EPOCH or else the last commit's time, so the same commit and address give the same
 * SHA-256. How to deploy it: docs/deploy.md.
 */
'use strict';
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const ROOT = path.resolve(__dirname, '..');
const SITE = path.join(ROOT, 'dist-web');
const USAGE = 'usage: npm run release -- --url https://HOST/PATH/ [--out DIR]   (DIR defaults to release/)';

class ReleaseError extends Error {}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ url?: string, out: string, help: boolean }} */
  const options = { out: 'release', help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new ReleaseError(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--url') options.url = value();
    else if (flag === '--out') options.out = value();
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new ReleaseError(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return options;
}

/**
 * The address the site will be served from, ending in "/". Excel loads add-ins only over https,
 * and an address on this machine would make a release that works nowhere else.
 * @param {string} text
 */
function releaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`--url ${text} is not an address; give the full one, e.g. https://example.org/chitieu/`);
  }
  if (url.protocol !== 'https:') {
    throw new ReleaseError(
      `--url ${text}: Excel loads add-ins only over https (a plain http or other address is refused)`,
    );
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const local =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d+){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::';
  if (local) {
    throw new ReleaseError(`--url ${text} is this machine (${host}); a release needs the address others will open`);
  }
  if (url.username || url.password)
    throw new ReleaseError(`--url ${text}: an address with a user name or password is refused`);
  if (url.search || url.hash) throw new ReleaseError(`--url ${text}: the site's address has no ?query or #fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** package.json's version, which must be the one in manifest.xml (Office compares that one). */
function version() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const inManifest = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
  if (inManifest !== `${pkg.version}.0`) {
    throw new ReleaseError(
      `manifest.xml says <Version>${inManifest}</Version> but package.json says ${pkg.version}: ` +
        `set <Version>${pkg.version}.0</Version> (docs/deploy.md, "A new version")`,
    );
  }
  return /** @type {string} */ (pkg.version);
}

/** @param {string} url */
function build(url) {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const args = [cli, '--mode', 'production', '--no-devtool', '--stats', 'errors-warnings'];
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CHITIEU_URL_PROD: url },
  });
  if (r.status !== 0) throw new ReleaseError(`the production build failed (webpack exit ${r.status})`);
}

/** Runs `npm run validate`'s xmllint command on the built manifest. */
function validateManifest() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const [command, ...args] = pkg.scripts.validate.split(/\s+/);
  args[args.lastIndexOf('manifest.xml')] = path.join(SITE, 'manifest.xml');
  const schema = args[args.indexOf('--schema') + 1];
  if (!fs.existsSync(path.resolve(ROOT, schema))) {
    throw new ReleaseError(`the manifest schema ${schema} is missing (the shared folder beside the repository)`);
  }
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.error) throw new ReleaseError(`${command} is missing: apt-get install libxml2-utils (${r.error.message})`);
  if (r.status !== 0) throw new ReleaseError(`the built manifest.xml fails the schema:\n${r.stdout}${r.stderr}`);
}

/** Every file of the built site, as forward-slash paths relative to it, sorted. */
function siteFiles(dir = SITE, prefix = '') {
  /** @type {string[]} */
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = prefix + entry.name;
    if (entry.isDirectory()) files.push(...siteFiles(path.join(dir, entry.name), name + '/'));
    else files.push(name);
  }
  return files.sort();
}

/**
 * @param {string} url
 * @param {string[]} files
 */
function checkSite(url, files) {
  const manifest = fs.readFileSync(path.join(SITE, 'manifest.xml'), 'utf8');
  const problems = [];
  // Attribute values that are addresses; xmlns declarations name schemas, not places.
  for (const [, name, value] of manifest.matchAll(/([\w:.-]+)="(\w+:\/\/[^"]*)"/g)) {
    if (name.startsWith('xmlns')) continue;
    if (!value.startsWith(url)) problems.push(`manifest.xml: ${name}="${value}" is not under ${url}`);
    else if (!files.includes(decodeURI(value.slice(url.length).split(/[?#]/)[0]))) {
      problems.push(`manifest.xml: ${value} names no file of the site`);
    }
  }
  for (const file of files.filter((f) => /\.(html|xml|json)$/.test(f))) {
    if (/localhost/.test(fs.readFileSync(path.join(SITE, file), 'utf8'))) problems.push(`${file} still says localhost`);
  }
  for (const needed of ['index.html', 'taskpane.html', 'commands.html', 'manifest.xml', 'sw.js', 'webapp.json']) {
    if (!files.includes(needed)) problems.push(`${needed} is missing from the build`);
  }
  if (problems.length) throw new ReleaseError(`the built site does not fit ${url}:\n  ${problems.join('\n  ')}`);
}

/** SOURCE_DATE_EPOCH, else the last commit's time, else 1980-01-01 (the earliest zip date). */
function archiveDate() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  const r = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' });
  const fromGit = Number(r.stdout?.trim());
  if (r.status === 0 && Number.isFinite(fromGit) && fromGit > 0) return new Date(fromGit * 1000);
  return new Date(Date.UTC(1980, 0, 1));
}

/**
 * @param {string} folder the archive's top folder
 * @param {string[]} files
 * @returns {Promise<Buffer>}
 */
async function archive(folder, files) {
  const JSZip = require('jszip');
  const zip = new JSZip();
  const date = archiveDate();
  const dirs = new Set([folder]);
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${folder}/${parts.slice(0, i).join('/')}`);
  }
  for (const dir of [...dirs].sort()) zip.file(`${dir}/`, null, { dir: true, date, unixPermissions: 0o40755 });
  for (const file of files) {
    zip.file(`${folder}/${file}`, fs.readFileSync(path.join(SITE, file)), {
      date,
      unixPermissions: 0o100644,
      createFolders: false,
    });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    platform: 'UNIX',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** @param {string[]} argv */
async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (!options.url) throw new ReleaseError(`--url is required\n${USAGE}`);
  const url = releaseUrl(options.url);
  const v = version();
  console.log(`chitieu ${v}: building for ${url}`);
  build(url);
  validateManifest();
  const files = siteFiles();
  checkSite(url, files);

  const name = `chitieu-${v}`;
  const zip = await archive(name, files);
  const out = path.resolve(ROOT, options.out);
  fs.mkdirSync(out, { recursive: true });
  const zipPath = path.join(out, `${name}.zip`);
  fs.writeFileSync(zipPath, zip);
  const sha = crypto.createHash('sha256').update(zip).digest('hex');
  fs.writeFileSync(`${zipPath}.sha256`, `${sha}  ${name}.zip\n`);

  const shown = path.relative(process.cwd(), zipPath) || zipPath;
  console.log('');
  console.log(`manifest.xml validates against the schema; its ${url} addresses all name files of the site.`);
  console.log(`${shown}: ${files.length} files, ${zip.length} bytes`);
  console.log(`SHA-256 ${sha}  ${name}.zip`);
  console.log('Deploy: docs/deploy.md');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`release: ${error instanceof ReleaseError ? error.message : (error?.stack ?? error)}`);
    process.exit(error instanceof ReleaseError ? 2 : 1);
  });
}

module.exports = { releaseUrl, parseArgs };
