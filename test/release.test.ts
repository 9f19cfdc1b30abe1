/**
 * `npm run release` refuses, before building anything, an address Excel could not load the add-in
 * from or that only this machine can open. The release it builds is checked in
 * test/e2e/release.e2e.ts, on the build `npm run test:e2e` makes once.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');

function release(...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('npm run release refuses before building', () => {
  it.each([
    ['plain http', 'http://example.org/chitieu/', /only over https/],
    ['localhost', 'https://localhost:3000/', /is this machine/],
    ['a name under localhost', 'https://chitieu.localhost/', /is this machine/],
    ['a loopback address', 'https://127.0.0.1/chitieu/', /is this machine/],
    ['IPv6 loopback', 'https://[::1]:8443/', /is this machine/],
    ['not an address', 'example.org/chitieu', /is not an address/],
    ['a query string', 'https://example.org/chitieu/?v=1', /no \?query/],
    ['a user name', 'https://admin@example.org/chitieu/', /user name or password/],
  ])('%s', (_what, url, message) => {
    const r = release('--url', url);
    expect(r.status).toBe(2);
    expect(r.output).toMatch(message);
    expect(r.output).not.toMatch(/building for/);
  });

  it('without --url, or with an unknown argument, says how to call it', () => {
    for (const args of [[], ['--url'], ['--adress', 'https://example.org/']]) {
      const r = release(...args);
      expect(r.status).toBe(2);
      expect(r.output).toMatch(/usage: npm run release -- --url https:\/\/HOST\/PATH\//);
    }
    expect(release('--help')).toEqual({ status: 0, output: expect.stringMatching(/^usage:/) });
  });
});

it("manifest.xml's <Version> is package.json's version, as npm run release requires", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(`${pkg.version}.0`);
});
