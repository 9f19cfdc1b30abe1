/**
 * The task pane's Content-Security-Policy lets office.js do what it does inside Office (review A.15).
 * When the page hosting the add-in is not on office.js's own list of Office domains (an on-premises
 * Office Online Server, for one), office.js opens a hidden frame to
 * https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html to ask the person to
 * trust the host (excel-web-16.00.debug.js). Without frame-src, default-src 'self' blocks it and
 * no Office call ever runs there.
 */
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const TRUST_FRAME = 'https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html';

async function policies(mode: 'production' | 'development'): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: { userOptions?: { csp?: string } }[] }>;
  const built = await config({}, { mode });
  return built.plugins.map((p) => p.userOptions?.csp).filter((csp): csp is string => typeof csp === 'string');
}

/** The sources a directive allows, falling back to default-src as browsers do for frames. */
function frameSources(csp: string): string[] {
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  return directives.get('frame-src') ?? directives.get('child-src') ?? directives.get('default-src') ?? [];
}

function allows(sources: string[], url: string): boolean {
  const { origin } = new URL(url);
  return sources.some((s) => s === '*' || url.startsWith(s.endsWith('/') ? s : `${s}/`) || s === origin);
}

test.each(['production', 'development'] as const)('%s build: office.js may open its host-trust frame', async (mode) => {
  const found = await policies(mode);
  expect(found.length).toBeGreaterThanOrEqual(1);
  for (const csp of found)
    expect({ csp, allowed: allows(frameSources(csp), TRUST_FRAME) }).toMatchObject({ allowed: true });
});
