/**
 * The browser preview works offline through a service worker (sw.js, made by the production
 * build); Excel's task pane never has one. Inside Excel the pane is always loaded from the site,
 * so a new version reaches Excel as soon as it is deployed, and Excel needs the network anyway.
 */

/** What this module needs from the browser; tests pass a fake. */
export interface OfflineEnvironment {
  serviceWorker?: Pick<ServiceWorkerContainer, 'register' | 'getRegistrations'>;
  /** The page's query string, e.g. `?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`. */
  search: string;
  /** Where office.js keeps the host's description for the pane's later navigations. */
  sessionStorage?: Pick<Storage, 'getItem'> | null;
}

export type OfflineOutcome = 'registered' | 'unregistered' | 'none';

/** The service worker's address, beside the page (so its scope is the site's folder). */
export const SERVICE_WORKER_URL = 'sw.js';

/**
 * How long the preview must have had nothing to do before it registers its worker. Installing it
 * fetches every file of the preview again and Chromium compiles each script it caches, on threads
 * of their own: on a two-core machine, a file opened at once opened and scanned a third slower
 * beside it (`npm run bench -- --pane-only`, see BENCHMARKS.md).
 */
export const QUIET_MS = 2000;

/**
 * True when Office opened the page: Office adds `_host_Info` to the task pane's address (Excel on
 * Windows, Mac and the web) and office.js copies it into sessionStorage (`hostInfoValue`) for the
 * pane's later navigations. Known at once, so neither a slow office.js nor one that never loads
 * can turn the pane into an offline web app.
 */
export function openedByOffice(search: string, storage?: Pick<Storage, 'getItem'> | null): boolean {
  if (new URLSearchParams(search).has('_host_Info')) return true;
  try {
    return storage?.getItem('hostInfoValue') != null;
  } catch {
    // Storage can be off-limits in a sandboxed frame: the address alone decides then.
    return false;
  }
}

/**
 * Outside Office, in a build that has sw.js (`enabled`), registers the service worker once `quiet`
 * resolves (at once without it): the preview resolves it when it has had nothing to do for
 * `QUIET_MS`. In a page Office opened, registers nothing and removes at once any worker left by the
 * preview in the same browser storage. Never throws: the page works the same without a worker, only
 * not offline.
 */
export async function setUpOffline(
  options: { enabled: boolean; quiet?: Promise<void> },
  env: OfflineEnvironment = browserEnvironment(),
): Promise<OfflineOutcome> {
  const container = env.serviceWorker;
  if (!container) return 'none';
  try {
    if (openedByOffice(env.search, env.sessionStorage)) {
      const registrations = await container.getRegistrations();
      const removed = await Promise.all(registrations.map((r) => r.unregister()));
      return removed.some(Boolean) ? 'unregistered' : 'none';
    }
    if (!options.enabled) return 'none';
    await options.quiet;
    await container.register(SERVICE_WORKER_URL);
    return 'registered';
  } catch {
    return 'none';
  }
}

/** The page's own; a sandboxed frame may refuse storage or workers, which then count as absent. */
function browserEnvironment(): OfflineEnvironment {
  const attempt = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    serviceWorker: attempt(() => navigator.serviceWorker),
    search: window.location.search,
    sessionStorage: attempt(() => window.sessionStorage),
  };
}
