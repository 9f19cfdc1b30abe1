import { existsSync } from 'fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: the project never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a closed network: without the background-networking ones Chromium keeps calling out. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Names no host resolves, except this machine: a page that tried to reach anywhere else would
 * fail at once, and the attempt still shows in the request events.
 */
export const ONLY_THIS_MACHINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

function executable(): string {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return CHROMIUM;
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: executable(), headless: true, args: [...ARGS, ...extraArgs] });
}

/**
 * Chromium with a profile on disk, as a person's browser: service workers and caches persist,
 * and a web app can be installed (Chromium refuses installing from an incognito-like context).
 */
export async function launchChromiumProfile(
  userDataDir: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: executable(),
    headless: true,
    args: [...ARGS, ...(options.args ?? [])],
  });
}
