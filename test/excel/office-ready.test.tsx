/** @jest-environment jsdom */
/**
 * Office.onReady and the start of the task pane (review A.6): a wait that runs out starts the
 * browser preview, and Excel answering later still gets the Excel host.
 */
import { act } from '@testing-library/react';
import { ExcelHost } from '../../src/hosts/excel';
import { detectOffice, type OfficeInfo } from '../../src/hosts/excel/office-ready';

interface AppProps {
  host: unknown;
}
const rendered: AppProps[] = [];
jest.mock('../../src/taskpane/components/App', () => ({
  App: (props: AppProps) => {
    rendered.push(props);
    return null;
  },
}));

type Ready = { host: string | null; platform: string | null } | null;

/** office.js as it is in a task pane: onReady settles when `answer` is called, or never. */
function installOffice(): { answer(info: Ready): void } {
  let answer: (info: Ready) => void = () => undefined;
  const ready = new Promise<Ready>((resolve) => (answer = resolve));
  (globalThis as Record<string, unknown>).Office = {
    onReady: () => ready,
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'vi-VN', officeTheme: { bodyBackgroundColor: '#ffffff' } },
  };
  return { answer: (info) => answer(info) };
}

const EXCEL = { host: 'Excel', platform: 'OfficeOnline' };

async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
  jest.useFakeTimers();
  rendered.length = 0;
});
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).Office;
});

describe('detectOffice', () => {
  it('answers Excel when Office answers within the wait', async () => {
    const office = installOffice();
    const late = jest.fn();
    const found = detectOffice({ waitMs: 4000, onLateExcel: late });
    office.answer(EXCEL);
    await expect(found).resolves.toEqual({ inExcel: true, displayLanguage: 'vi-VN', bodyBackground: '#ffffff' });
    jest.advanceTimersByTime(5000);
    expect(late).not.toHaveBeenCalled();
  });

  it('starts the preview when the wait runs out, and calls back when Excel answers later', async () => {
    const office = installOffice();
    const late = jest.fn<void, [OfficeInfo]>();
    const found = detectOffice({ waitMs: 4000, onLateExcel: late });
    jest.advanceTimersByTime(4000);
    await expect(found).resolves.toEqual({ inExcel: false });
    office.answer(EXCEL);
    await Promise.resolve();
    await Promise.resolve();
    expect(late).toHaveBeenCalledTimes(1);
    expect(late.mock.calls[0][0].inExcel).toBe(true);
  });

  it('stays in preview outside Office: onReady answers null, or Office is not there at all', async () => {
    const office = installOffice();
    const late = jest.fn();
    const found = detectOffice({ waitMs: 4000, onLateExcel: late });
    office.answer({ host: null, platform: null });
    await expect(found).resolves.toEqual({ inExcel: false });
    delete (globalThis as Record<string, unknown>).Office;
    await expect(detectOffice({ waitMs: 4000, onLateExcel: late })).resolves.toEqual({ inExcel: false });
    expect(late).not.toHaveBeenCalled();
  });
});

describe('the task pane start', () => {
  it('switches to the Excel host when Excel answers after the wait (review A.6)', async () => {
    // jsdom has no layout, so no ResizeObserver or matchMedia; the start needs neither to decide.
    const office = installOffice();
    document.body.innerHTML = '<div id="root"></div>';
    await act(async () => {
      await import('../../src/taskpane/index');
      await flush();
    });
    await act(async () => {
      jest.advanceTimersByTime(4000);
      await flush();
    });
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.at(-1)?.host).toBeNull();
    await act(async () => {
      office.answer(EXCEL);
      await flush();
    });
    expect(rendered.at(-1)?.host).toBeInstanceOf(ExcelHost);
  });
});
