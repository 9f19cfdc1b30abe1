/** @jest-environment jsdom */
/**
 * The dictionary of wordings in the task pane (issue 14): a correction confirmed by applying is learned
 * into the browser's storage and maps the next workbook with the "Đã học" badge; the settings list,
 * search, edit, delete, export, import (all or nothing) and forget all.
 */
import { TextDecoder as NodeTextDecoder } from 'util';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Dictionary } from '../../src/core/dictionary';
import { App } from '../../src/taskpane/components/App';
import { browserDictionaryStore, dictionaryStorageKey } from '../../src/taskpane/services/dictionary-storage';
import { FakeHost } from './fake-host';
import { renderPane } from './render';

/** jsdom's Blob reads only through FileReader; the pane reads files as browsers do, with arrayBuffer(). */
function read(blob: Blob, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}
if (!('arrayBuffer' in Blob.prototype)) {
  Object.assign(Blob.prototype, {
    arrayBuffer(this: Blob) {
      return read(this, 'buffer');
    },
  });
}

// Browsers have TextDecoder (the pane reads a TSV's bytes with it); jsdom leaves it out.
if (typeof TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

/** A Storage in memory: what the pane writes is what the test reads. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

function type(input: HTMLElement, text: string) {
  fireEvent.keyDown(input, { key: text[0] });
  fireEvent.change(input, { target: { value: text } });
}

const SETTINGS = { nearMissPercent: 5, uiLanguage: 'vi' as const };

async function scanned(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Quét' }));
  await screen.findByRole('heading', { name: /bảng từ dòng 1 đến/ }, { timeout: 20000 });
}

describe('learning in the review', () => {
  it('learns a correction on apply; the next workbook maps that wording as learned without the picker', async () => {
    const storage = memoryStorage();
    const store = browserDictionaryStore(undefined, storage);
    const a = new FakeHost();
    const first = renderPane(<App host={a} settings={SETTINGS} dictionaryStore={store} />);
    await scanned();
    // The row may wait behind "Xem tất cả" (the engine is sure of it); a picker mounts when its stand-in is used.
    if (!screen.queryByRole('listitem', { name: 'Diện tích cây có củ' })) {
      fireEvent.click(screen.getAllByRole('button', { name: /^Xem tất cả \d+ dòng$/ })[0]);
    }
    fireEvent.click(screen.getByRole('button', { name: /^Chỉ tiêu chuẩn cho “Diện tích cây có củ”: / }));
    const picker = screen.getByRole('combobox', { name: 'Chỉ tiêu chuẩn cho “Diện tích cây có củ”' });
    type(picker, 'ty le ho ngheo');
    fireEvent.click(screen.getByRole('option', { name: /^Tỷ lệ hộ nghèo/ }));
    // A correction is not learned before it is confirmed by writing the results.
    expect(storage.getItem('chitieu.dictionary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }));
    await screen.findByRole('tab', { name: /^Kết quả/, selected: true }, { timeout: 10000 });
    expect(JSON.parse(storage.getItem('chitieu.dictionary')!)).toMatchObject({
      wordings: [{ label: 'Diện tích cây có củ', indicatorId: 'poverty_rate', unit: 'ha', source: 'learned' }],
    });
    first.unmount();

    // Another workbook, another sheet, the same wording: nothing saved in it.
    const b = new FakeHost();
    b.grids.sheets[0].name = 'Báo cáo 2024';
    renderPane(<App host={b} settings={SETTINGS} dictionaryStore={store} />);
    await scanned();
    // A learned row needs no one's eye: it waits with the sure ones, behind "Xem tất cả".
    expect(screen.queryByRole('listitem', { name: 'Diện tích cây có củ' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: /^Xem tất cả \d+ dòng$/ })[0]);
    const row = screen.getByRole('listitem', { name: 'Diện tích cây có củ' });
    expect(within(row).getByText('Đã học')).toBeTruthy();
    expect(
      within(row).getByRole('button', { name: /^Chỉ tiêu chuẩn cho “Diện tích cây có củ”: / }).textContent,
    ).toContain('Tỷ lệ hộ nghèo');
    // The other rows are still the catalog's.
    expect(within(screen.getByRole('listitem', { name: 'Diện tích lúa' })).queryByText('Đã học')).toBeNull();
    expect(b.saved).toEqual([]);
  });

  it('keeps the dictionary under Office.context.partitionKey when there is one', () => {
    const storage = memoryStorage();
    const entry: Dictionary = {
      wordings: [{ key: 'x', label: 'X', indicatorId: 'rice_area', source: 'learned' }],
      columns: [],
    };
    browserDictionaryStore('https://contoso.sharepoint.com|', storage).save(entry);
    expect(dictionaryStorageKey('https://contoso.sharepoint.com|')).toBe(
      'https://contoso.sharepoint.com|chitieu.dictionary',
    );
    expect(storage.getItem('https://contoso.sharepoint.com|chitieu.dictionary')).toContain('"rice_area"');
    expect(browserDictionaryStore(undefined, storage).load().wordings).toEqual([]);
    expect(browserDictionaryStore('https://contoso.sharepoint.com|', storage).load().wordings).toHaveLength(1);
  });
});

describe('the dictionary in the settings', () => {
  const DICTIONARY: Dictionary = {
    wordings: [
      {
        key: 'thu bo sung can doi ngan sach',
        label: 'Thu bổ sung cân đối ngân sách',
        indicatorId: 'revenue_upper_level_transfers',
        source: 'learned',
      },
      { key: 'ty le ho tai ngheo', label: 'Tỷ lệ hộ tái nghèo', indicatorId: 'poverty_rate', source: 'imported' },
    ],
    columns: [{ key: 'du toan nam', header: 'Dự toán năm', role: 'plan', source: 'learned' }],
  };

  async function openSettings(dictionary: Dictionary = DICTIONARY) {
    const storage = memoryStorage();
    const store = browserDictionaryStore(undefined, storage);
    store.save(dictionary);
    const saveFile = jest.fn<void, [Blob, string]>();
    renderPane(<App host={new FakeHost()} settings={SETTINGS} dictionaryStore={store} saveFile={saveFile} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    // The catalog's names show once the engine is loaded.
    await screen.findByText(/Thu bổ sung từ ngân sách cấp trên/, undefined, { timeout: 20000 });
    return { storage, store, saveFile, list: () => screen.getByRole('list', { name: 'Các cách gọi trong từ điển' }) };
  }

  it('lists and searches the entries, with where each came from', async () => {
    const { list } = await openSettings();
    expect(screen.getByText('2 cách gọi chỉ tiêu, 1 tiêu đề cột')).toBeTruthy();
    const items = within(list()).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual([
      'Thu bổ sung cân đối ngân sách',
      'Tỷ lệ hộ tái nghèo',
      'Dự toán năm',
    ]);
    expect(within(items[1]).getByText('Nhập từ tệp')).toBeTruthy();
    expect(within(items[1]).getByText(/→ Tỷ lệ hộ nghèo · Càng thấp càng tốt/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm trong từ điển' }), { target: { value: 'ngheo' } });
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Tỷ lệ hộ tái nghèo']);
  });

  it('edits an entry and deletes another, keeping the change in storage', async () => {
    const { store } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa “Thu bổ sung cân đối ngân sách”' }));
    fireEvent.click(screen.getByRole('button', { name: /^Chiều đánh giá cho “Thu bổ sung cân đối ngân sách”: / }));
    fireEvent.click(screen.getByRole('option', { name: 'Chỉ để theo dõi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xoá “Tỷ lệ hộ tái nghèo”' }));
    await waitFor(() => expect(store.load().wordings).toHaveLength(1));
    expect(store.load().wordings[0]).toMatchObject({ indicatorId: 'revenue_upper_level_transfers', direction: 'info' });
  });

  it('forgets everything only after confirmation', async () => {
    const { store } = await openSettings();
    // jsdom runs no animations and Fluent's focus manager (Tabster) lives on the document across tests:
    // a dialog's buttons can stay hidden from the accessibility tree here, so they are found with
    // `hidden`. The dialog's accessibility is checked in Chromium (test/e2e/dictionary.e2e.ts, axe).
    const lastButton = async (name: string): Promise<HTMLElement> => {
      await waitFor(() => expect(screen.getAllByRole('button', { name, hidden: true }).length).toBeGreaterThan(0), {
        timeout: 10000,
      });
      return screen.getAllByRole('button', { name, hidden: true }).at(-1)!;
    };
    fireEvent.click(screen.getByRole('button', { name: 'Quên tất cả' }));
    fireEvent.click(await lastButton('Huỷ'));
    await waitFor(() => expect(screen.queryAllByRole('button', { name: 'Huỷ', hidden: true })).toEqual([]), {
      timeout: 10000,
    });
    expect(store.load().wordings).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Quên tất cả' }));
    fireEvent.click(await lastButton('Quên hết'));
    await screen.findByText('Chưa học cách gọi nào.');
    expect(store.load()).toEqual({ wordings: [], columns: [] });
  });

  it('exports the TSV, and imports all of a file or none of it', async () => {
    const { store, saveFile } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp TSV' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const [blob, name] = saveFile.mock.calls[0];
    expect(name).toBe('chitieu-tu-dien.tsv');
    const exported = (await read(blob, 'text')) as string;
    expect(exported).toContain('Tỷ lệ hộ tái nghèo\tpoverty_rate\t\t\r\n');

    const input = screen.getByTestId('import-dictionary');
    const refused =
      'label\tindicator id\tdirection\tunit\nThu khác\trevenue_other\t\t\nTổng thu\tbudget_revenue\tup\t\n';
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([refused], 'huyen.tsv')] } });
    });
    await screen.findByText('Không nhập tệp này');
    expect(screen.getByText('huyen.tsv, dòng 2: mã chỉ tiêu “revenue_other” không có trong danh mục')).toBeTruthy();
    expect(
      screen.getByText(
        'huyen.tsv, dòng 3: chiều “up” không hợp lệ (chỉ nhận higher, lower, ceiling, info, rating, hoặc để trống)',
      ),
    ).toBeTruthy();
    expect(store.load().wordings).toHaveLength(2);

    const good = 'label\tindicator id\tdirection\tunit\nTổng thu\tbudget_revenue\t\t\n';
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([good], 'huyen-sua.tsv')] } });
    });
    await screen.findByText('Đã nhập từ điển');
    expect(screen.getByText('+ dòng 2: Tổng thu')).toBeTruthy();
    expect(store.load().wordings.map((e) => e.label)).toEqual([
      'Thu bổ sung cân đối ngân sách',
      'Tỷ lệ hộ tái nghèo',
      'Tổng thu',
    ]);
  });
});
