/**
 * The browser preview as the e2e tests open it: the built site (dist-web/) served on this machine,
 * Debian's Chromium in Vietnamese at a task pane's width, office.js unreachable (outside Office),
 * page errors collected; and the accessibility check they share.
 */
import { existsSync, mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist-web');
/** axe-core is served beside the app: the page's CSP forbids inline scripts. */
const AXE_PATH = '/__test__/axe.min.js';

export interface Preview {
  server: StaticServer;
  browser: Browser;
  page: Page;
  /** Errors the page threw, for the tests to assert there were none. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPreview(out: string, options: { deviceScaleFactor?: number } = {}): Promise<Preview> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist-web/ is not built: run npm run build first');
  mkdirSync(out, { recursive: true });
  const server = await serveDirectory(DIST, { [AXE_PATH]: require.resolve('axe-core/axe.min.js') });
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'vi-VN',
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    ...options,
  });
  // Outside Office there is no office.js to load; the page must work without it.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: {
            exclude: string[][];
          }) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus sentinels (Fluent's keyboard navigation) are aria-hidden and focusable by
    // design: they hand focus on the moment they receive it, so a user never lands on one.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target) + (n as unknown as { html: string }).html),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ where, serious }).toEqual({ where, serious: [] });
}
