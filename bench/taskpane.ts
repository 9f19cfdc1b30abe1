/**
 * The task pane's weight and start-up: the JavaScript taskpane.html loads before anything is
 * shown (its own <script> tags, office.js from Microsoft's CDN excepted), gzipped; and the time
 * from navigation to the first render of the web preview in headless Chromium.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { launchChromium } from '../test/e2e/chromium';
import { serveDirectory } from '../test/e2e/static-server';

export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Local scripts of taskpane.html (in load order), raw and gzipped (zlib level 6, as web servers use). */
export function initialJs(dist: string): InitialJs {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  const files = srcs.map((file) => {
    const data = readFileSync(join(dist, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 6 }).length };
  });
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
}

export interface FirstRender {
  /** Milliseconds from navigation start to the preview's "open file" control in the DOM, per run. */
  runs: number[];
  /** First paint with content, from the browser's own paint timing, per run. */
  contentfulPaint: number[];
}

/** Loads taskpane.html `runs` times in fresh browser contexts (cold cache each time); office.js is blocked as when offline. */
export async function firstRender(dist: string, runs: number): Promise<FirstRender> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const result: FirstRender = { runs: [], contentfulPaint: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 420, height: 900 } });
      await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
      await context.addInitScript(() => {
        const w = window as unknown as { __firstRender?: number };
        const seen = (): boolean => {
          if (w.__firstRender === undefined && document.querySelector('[data-testid="open-file"]'))
            w.__firstRender = performance.now();
          return w.__firstRender !== undefined;
        };
        new MutationObserver((_, observer) => {
          if (seen()) observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(
        () => (window as unknown as { __firstRender?: number }).__firstRender !== undefined,
        undefined,
        { timeout: 20_000 },
      );
      const times = await page.evaluate(() => ({
        render: (window as unknown as { __firstRender: number }).__firstRender,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      }));
      result.runs.push(times.render);
      result.contentfulPaint.push(times.fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
