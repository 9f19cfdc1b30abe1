/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { HostError, type ScanScope } from '../../src/hosts/host';
import { QUIET_MS } from '../../src/taskpane/services/offline';
import { useTaskpane } from '../../src/taskpane/state/useTaskpane';
import { FakeHost } from './fake-host';

function setup(host = new FakeHost()) {
  const hook = renderHook(() => useTaskpane({ host, settings: { nearMissPercent: 5, uiLanguage: 'vi' } }));
  return { host, hook, state: () => hook.result.current.state, actions: () => hook.result.current.actions };
}

const rows = (state: ReturnType<ReturnType<typeof setup>['state']>) =>
  state.analysis!.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows));

describe('useTaskpane', () => {
  it('scans into the review', async () => {
    const { state, actions } = setup();
    await act(() => actions().scan());
    expect(state().view).toBe('review');
    expect(rows(state()).map((r) => r.label)).toEqual(['Diện tích lúa', 'Diện tích cây có củ', 'Tổng đàn gia cầm']);
    expect(state().summary!.shortfalls.map((s) => s.label)).toEqual(['Diện tích cây có củ']);
  });

  it('remembers a corrected indicator in the host and analyses again with it', async () => {
    const { host, state, actions } = setup();
    await act(() => actions().scan());
    const row = rows(state())[1];
    await act(async () => actions().changeIndicator('Kinh tế!dien tich cay co cu', 'poverty_rate'));
    expect(host.saved.at(-1)).toEqual({ rows: { 'Kinh tế!dien tich cay co cu': { indicatorId: 'poverty_rate' } } });
    const corrected = rows(state()).find((r) => r.row === row.row)!;
    expect(corrected).toMatchObject({ indicatorId: 'poverty_rate', source: 'user', direction: 'lower', status: 'met' });
    expect(state().summary!.shortfalls).toEqual([]);
  });

  it('applies the write plan, shows the results, and updates in place the second time', async () => {
    const { host, state, actions } = setup();
    await act(() => actions().scan());
    await act(() => actions().apply());
    expect(host.plans).toHaveLength(1);
    expect(state().view).toBe('results');
    expect(state().lastApply).toMatchObject({ tables: 1, updatedInPlace: false });
    await act(() => actions().apply());
    expect(host.plans[1].tables[0].updatesInPlace).toBe(true);
    expect(host.plans[1].tables[0].columns.map((c) => c.col)).toEqual(
      host.plans[0].tables[0].columns.map((c) => c.col),
    );
    expect(state().lastApply).toMatchObject({ updatedInPlace: true });
  });

  it('turns a host failure into a message naming sheet and cell, and keeps the analysis', async () => {
    const { host, state, actions } = setup();
    await act(() => actions().scan());
    const analysis = state().analysis;
    host.failApplyWith = new HostError('Ô đang được bảo vệ', 'Kinh tế', 'F3');
    await act(() => actions().apply());
    expect(state().error).toEqual({ message: 'Ô đang được bảo vệ', sheet: 'Kinh tế', cell: 'F3' });
    expect(state().analysis).toBe(analysis);
    expect(state().busy).toBeNull();
  });

  it('says it is quiet once it has had nothing to do for QUIET_MS, and not while it works', async () => {
    jest.useFakeTimers();
    try {
      const onQuiet = jest.fn();
      /** A host whose reading takes as long as the test says. */
      let readDone: () => void = () => undefined;
      const host = new (class extends FakeHost {
        override async read() {
          await new Promise<void>((resolve) => (readDone = resolve));
          return super.read();
        }
      })();
      const hook = renderHook(() => useTaskpane({ host, settings: { nearMissPercent: 5, uiLanguage: 'vi' }, onQuiet }));
      await act(() => jest.advanceTimersByTimeAsync(QUIET_MS - 1));
      expect(onQuiet).not.toHaveBeenCalled();
      // A scan begun now, however long it reads, keeps the pane from being quiet until QUIET_MS after it.
      let done = false;
      act(() => {
        void hook.result.current.actions.scan().then(() => (done = true));
      });
      await act(() => jest.advanceTimersByTimeAsync(2 * QUIET_MS));
      expect(onQuiet).not.toHaveBeenCalled();
      readDone();
      while (!done) await act(() => jest.advanceTimersByTimeAsync(1));
      expect(hook.result.current.state.view).toBe('review');
      await act(() => jest.advanceTimersByTimeAsync(QUIET_MS - 2));
      expect(onQuiet).not.toHaveBeenCalled();
      await act(() => jest.advanceTimersByTimeAsync(2));
      expect(onQuiet).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('selects a shortfall’s cell through the host', async () => {
    const { host, state, actions } = setup();
    await act(() => actions().scan());
    const item = state().summary!.shortfalls[0];
    await act(() => actions().select(item));
    expect(host.selected).toEqual([[item.sheet, item.row, item.col]]);
    expect(state().selection).toEqual({ sheet: item.sheet, row: item.row, col: item.col });
  });
});

/** A file opened in the browser preview: a FakeHost that counts its reads. */
class OpenedFile extends FakeHost {
  reads = 0;
  scopes: ScanScope[] = [];
  override async read(scope: ScanScope = 'workbook') {
    this.reads++;
    this.scopes.push(scope);
    return super.read();
  }
  async toBlob(): Promise<Blob> {
    return new Blob([]);
  }
  downloadName(): string {
    return 'so.chitieu.xlsx';
  }
}

function setupPreview() {
  const file = new OpenedFile();
  const hook = renderHook(() =>
    useTaskpane({
      host: null,
      settings: { nearMissPercent: 5, uiLanguage: 'vi' },
      openWorkbookFile: async () => file,
    }),
  );
  const chosen = { name: 'so.xlsx', arrayBuffer: async () => new ArrayBuffer(8) } as unknown as File;
  return { file, chosen, state: () => hook.result.current.state, actions: () => hook.result.current.actions };
}

describe('useTaskpane in the browser preview', () => {
  it('scans an opened file ahead of "Quét", and "Quét" shows that scan', async () => {
    const { file, chosen, state, actions } = setupPreview();
    await act(() => actions().openFile(chosen));
    await act(() => actions().scan());
    expect(file.reads).toBe(1);
    expect(state().view).toBe('review');
    expect(rows(state()).map((r) => r.label)).toEqual(['Diện tích lúa', 'Diện tích cây có củ', 'Tổng đàn gia cầm']);
    expect(state().busy).toBeNull();
  });

  it('scans again when the scope changed after the file was opened', async () => {
    const { file, chosen, state, actions } = setupPreview();
    await act(() => actions().openFile(chosen));
    act(() => actions().setScope('activeSheet'));
    await act(() => actions().scan());
    expect(file.scopes).toContain('activeSheet');
    expect(rows(state())).toHaveLength(3);
  });

  it('reports a file the scan ahead cannot read when "Quét" is pressed', async () => {
    const { file, chosen, state, actions } = setupPreview();
    file.failReadWith = new HostError('Tệp hỏng', 'Kinh tế');
    await act(() => actions().openFile(chosen));
    expect(state().error).toBeNull();
    await act(() => actions().scan());
    expect(state().error).toEqual({ message: 'Tệp hỏng', sheet: 'Kinh tế', cell: undefined });
    expect(state().analysis).toBeNull();
  });
});
