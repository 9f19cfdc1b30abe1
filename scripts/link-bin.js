// npm does not link a package's own `bin` into its node_modules/.bin; do it so that
// `npx chitieu` and `node_modules/.bin/chitieu` work right after `npm ci`.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'chitieu');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.unlinkSync(link);
} catch {
  // not there yet
}
fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'chitieu.js')), link);
fs.chmodSync(path.join(root, 'bin', 'chitieu.js'), 0o755);
