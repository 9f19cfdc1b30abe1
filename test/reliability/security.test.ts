/** The task pane's Content-Security-Policy, no network calls of chitieu's own, and npm audit of the runtime dependencies. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|html|js)$/.test(e.name) ? [full] : [];
  });
}

interface HtmlPluginLike {
  userOptions?: { csp?: string; template?: string };
}

async function policies(mode: 'production' | 'development'): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: unknown[] }>;
  const built = await config({}, { mode });
  return built.plugins
    .map((p) => (p as HtmlPluginLike).userOptions?.csp)
    .filter((csp): csp is string => typeof csp === 'string');
}

describe('Content-Security-Policy of the task pane', () => {
  test('the page templates print the policy in a meta tag', () => {
    for (const page of ['src/taskpane/taskpane.html', 'src/commands/commands.html']) {
      const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>"/);
    }
  });

  test.each(['production', 'development'] as const)(
    '%s build: only its own origin and the Office.js host',
    async (mode) => {
      const found = await policies(mode);
      expect(found.length).toBeGreaterThanOrEqual(1);
      for (const csp of found) {
        const directives = new Map(
          csp.split(';').map((d) => {
            const [name, ...sources] = d.trim().split(/\s+/);
            return [name, sources] as const;
          }),
        );
        expect(directives.get('default-src')).toEqual(["'self'"]);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        expect(directives.get('script-src')).toEqual(["'self'", OFFICE_JS]);
        for (const [name, sources] of directives) {
          for (const source of sources) {
            const allowed =
              ["'self'", "'none'", OFFICE_JS, 'data:'].includes(source) ||
              (name === 'style-src' && source === "'unsafe-inline'") ||
              (mode === 'development' && name === 'connect-src' && /^wss:\/\/localhost:\d+$/.test(source));
            expect({ name, source, allowed }).toEqual({ name, source, allowed: true });
          }
        }
      }
    },
  );
});

describe('no network calls of its own', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));

  test.each([
    ['fetch', /\bfetch\s*\(/],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['WebSocket', /\bWebSocket\b/],
    ['EventSource', /\bEventSource\b/],
    ['sendBeacon', /\bsendBeacon\b/],
    ['node http/https/net', /(?:from|require\()\s*['"](?:node:)?(?:https?|net|tls|dgram|http2)['"]/],
  ])('src uses no %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  test('the only URL loaded is Office.js', () => {
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const urls = [...fs.readFileSync(f, 'utf8').matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      for (const url of urls) expect(url.startsWith(`${OFFICE_JS}/`)).toBe(true);
    }
  });
});

describe('npm audit --omit=dev', () => {
  test('no high or critical advisory (skipped when the audit service cannot be reached)', () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string } = {};
    try {
      report = JSON.parse(run.stdout || '{}') as typeof report;
    } catch {
      report = {};
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      console.warn(
        `npm audit skipped: the advisory service did not answer (${report.message ?? run.error?.message ?? 'offline'})`,
      );
      return;
    }
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 70000);
});
