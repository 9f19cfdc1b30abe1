/**
 * The service worker is registered for the browser preview only: never in a page Office opened,
 * where any worker found is removed instead. (The worker itself is tested in Chromium:
 * test/e2e/release.e2e.ts.)
 */
import { openedByOffice, setUpOffline, type OfflineEnvironment } from '../../src/taskpane/services/offline';

const HOST_INFO = '?_host_Info=Excel$Win32$16.01$vi-VN$$$$0';

class FakeContainer {
  registered: string[] = [];
  registrations: { unregister: jest.Mock<Promise<boolean>, []> }[] = [];
  failRegister = false;
  async register(url: string | URL): Promise<ServiceWorkerRegistration> {
    if (this.failRegister) throw new Error('SecurityError');
    this.registered.push(String(url));
    return {} as ServiceWorkerRegistration;
  }
  async getRegistrations(): Promise<readonly ServiceWorkerRegistration[]> {
    return this.registrations as unknown as ServiceWorkerRegistration[];
  }
}

function env(container: FakeContainer | undefined, search = '', stored: string | null = null): OfflineEnvironment {
  return { serviceWorker: container, search, sessionStorage: { getItem: () => stored } };
}

describe('openedByOffice', () => {
  it.each([
    ['Excel on Windows adds _host_Info to the address', HOST_INFO, null, true],
    ['Excel on the web', '?_host_Info=Excel$Web$16.01$vi-VN$telemetry$isDialog$$0', null, true],
    ['a later navigation: office.js kept it in sessionStorage', '', 'Excel$Mac$16.00$vi-VN$$$$0', true],
    ['a browser with a query of its own', '?lang=vi', null, false],
    ['a plain browser', '', null, false],
  ])('%s', (_what, search, stored, expected) => {
    expect(openedByOffice(search, { getItem: () => stored })).toBe(expected);
  });

  it('decides by the address when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(openedByOffice('', refusing)).toBe(false);
    expect(openedByOffice(HOST_INFO, refusing)).toBe(true);
  });
});

describe('setUpOffline', () => {
  it('registers sw.js beside the page in the browser preview of a production build', async () => {
    const container = new FakeContainer();
    await expect(setUpOffline({ enabled: true }, env(container))).resolves.toBe('registered');
    expect(container.registered).toEqual(['sw.js']);
  });

  it('registers only once the preview is quiet, so the install does not slow a file opened at once', async () => {
    const container = new FakeContainer();
    let quiet: () => void = () => undefined;
    const outcome = setUpOffline({ enabled: true, quiet: new Promise((resolve) => (quiet = resolve)) }, env(container));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.registered).toEqual([]);
    quiet();
    await expect(outcome).resolves.toBe('registered');
    expect(container.registered).toEqual(['sw.js']);
  });

  it('registers nothing in a development build (the dev server has no sw.js)', async () => {
    const container = new FakeContainer();
    await expect(setUpOffline({ enabled: false }, env(container))).resolves.toBe('none');
    expect(container.registered).toEqual([]);
  });

  it.each([
    ['by its address', HOST_INFO, null],
    ['by what office.js kept in sessionStorage', '', 'Excel$Win32$16.01$vi-VN$$$$0'],
  ])(
    'a page Office opened (known %s): registers nothing and removes a worker left by the preview',
    async (_what, search, stored) => {
      const container = new FakeContainer();
      const left = { unregister: jest.fn(async () => true) };
      container.registrations = [left];
      // At once: the pane does not wait to be quiet to remove it.
      const never = new Promise<void>(() => undefined);
      await expect(setUpOffline({ enabled: true, quiet: never }, env(container, search, stored))).resolves.toBe(
        'unregistered',
      );
      expect(left.unregister).toHaveBeenCalledTimes(1);
      expect(container.registered).toEqual([]);
    },
  );

  it('in a page Office opened, with no worker around: nothing to do', async () => {
    const container = new FakeContainer();
    await expect(setUpOffline({ enabled: true }, env(container, HOST_INFO))).resolves.toBe('none');
    expect(container.registered).toEqual([]);
  });

  it('never throws: without service workers, or when registering fails, the page works online', async () => {
    await expect(setUpOffline({ enabled: true }, env(undefined))).resolves.toBe('none');
    const container = new FakeContainer();
    container.failRegister = true;
    await expect(setUpOffline({ enabled: true }, env(container))).resolves.toBe('none');
  });
});
