/** @jest-environment jsdom */
/**
 * Drafting a tracking sheet in the task pane from the Trung Sơn conclusion: the preview lists the
 * targets and, apart, what could not be placed; creating adds the sheet and writes its formulas.
 */
import fs from 'fs';
import path from 'path';
import { act, fireEvent, renderHook, screen, within } from '@testing-library/react';
import { encodeLegacy } from '../../src/core/legacy-encoding';
import { catalog } from '../helpers/engine';
import { App } from '../../src/taskpane/components/App';
import { DRAFT_FILE_NAME, useTaskpane, type DownloadableHost } from '../../src/taskpane/state/useTaskpane';
import { FakeHost } from './fake-host';
import { renderPane } from './render';

const TEXT = fs.readFileSync(
  path.resolve(__dirname, '../../../shared/resolutions/trung-son-ket-luan-04-2023.txt'),
  'utf8',
);
const SETTINGS = { nearMissPercent: 5, uiLanguage: 'vi' } as const;
/** Loading the draft view and analysing the new sheet can take a while on a busy machine. */
const SLOW = { timeout: 5000 };

describe('draft view', () => {
  it('previews the targets and the unplaced, then creates the sheet and applies its formulas', async () => {
    const host = new FakeHost();
    renderPane(<App host={host} settings={SETTINGS} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Lập bảng' }));
    const create = (await screen.findByRole('button', { name: 'Tạo sheet' }, SLOW)) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Văn bản nghị quyết' }), { target: { value: TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));

    const found = await screen.findByRole('list', { name: /^Chỉ tiêu tìm thấy \(\d+\)$/ }, SLOW);
    const rice = within(found).getByText('Sản lượng lúa').closest('li') as HTMLElement;
    expect(rice.textContent).toContain('Kế hoạch: 5.919,6 tấn');
    expect(within(rice).getByText(/^(Chắc chắn|Kiểm tra)$/)).toBeTruthy();
    const unplaced = screen.getByRole('list', { name: /^Chưa xếp được — cần nhập tay \(\d+\)$/ });
    expect(within(unplaced).getByText('Phục hồi đàn lợn')).toBeTruthy();
    expect(within(found).queryByText('Phục hồi đàn lợn')).toBeNull();

    fireEvent.click(create);
    expect(await screen.findByText('Đã tạo sheet “Theo dõi chỉ tiêu”', undefined, SLOW)).toBeTruthy();
    expect(host.calls).toEqual(['addSheet', 'apply']);
    const [grid] = host.added;
    expect(grid.values.find((row) => row[0] === 'STT')).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'KH 2024',
      'TH 2024',
      'Căn cứ',
    ]);
    expect(host.plans[0].tables.map((t) => t.sheet)).toEqual(['Theo dõi chỉ tiêu']);
    expect(host.plans[0].tables[0].columns.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the preview in English, indicator names from the catalog', async () => {
    renderPane(<App host={new FakeHost()} settings={{ ...SETTINGS, uiLanguage: 'en' }} />, 'en');
    fireEvent.click(screen.getByRole('tab', { name: 'Draft' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Resolution text' }, SLOW), {
      target: { value: TEXT },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const riceName = catalog.entries.find((i) => i.id === 'rice_output')!.nameEn;
    const rice = within(await screen.findByRole('list', { name: /^Targets found/ }, SLOW))
      .getByText(riceName)
      .closest('li') as HTMLElement;
    expect(rice.textContent).toContain('Plan: 5,919.6 tấn');
    expect(screen.getByRole('list', { name: /^Not placed — to type in by hand/ })).toBeTruthy();
  });

  it('says so when the text sets no target with a plan figure, and cannot create', async () => {
    renderPane(<App host={new FakeHost()} settings={SETTINGS} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Lập bảng' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Văn bản nghị quyết' }, SLOW), {
      target: { value: 'Một văn bản không có chỉ tiêu.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByRole('status', undefined, SLOW)).textContent).toMatch(
      /Không tìm thấy chỉ tiêu nào có số liệu kế hoạch/,
    );
    expect((screen.getByRole('button', { name: 'Tạo sheet' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('useTaskpane drafting', () => {
  it('a taken name gives “(2)”, and the new sheet is in the analysis', async () => {
    const host = new FakeHost();
    host.grids.sheets.push({ name: 'Theo dõi chỉ tiêu', values: [['của tôi']] });
    const hook = renderHook(() => useTaskpane({ host, settings: SETTINGS }));
    act(() => hook.result.current.actions.changeDraftText(TEXT));
    await act(() => hook.result.current.actions.previewDraft());
    await act(() => hook.result.current.actions.createDraftSheet());
    const state = hook.result.current.state;
    expect(state.error).toBeNull();
    expect(state.draft.created).toEqual({
      name: 'Theo dõi chỉ tiêu (2)',
      targets: state.draft.preview!.targets.length,
    });
    expect(host.grids.sheets[1].values[0][0]).toBe('của tôi');
    expect(host.plans[0].tables.map((t) => t.sheet)).toEqual(['Theo dõi chỉ tiêu (2)']);
    expect(state.analysis!.sheets.map((s) => s.name)).toContain('Theo dõi chỉ tiêu (2)');
  });

  it('in the browser preview with no file open, drafts into a new workbook', async () => {
    const made = new FakeHost();
    made.grids.sheets = [];
    const host = Object.assign(made, {
      toBlob: async () => new Blob([]),
      downloadName: () => 'theo-doi-chi-tieu.chitieu.xlsx',
    }) satisfies DownloadableHost;
    const newWorkbookFile = jest.fn(async () => host);
    const hook = renderHook(() => useTaskpane({ host: null, settings: SETTINGS, newWorkbookFile }));
    act(() => hook.result.current.actions.changeDraftText(TEXT));
    await act(() => hook.result.current.actions.previewDraft());
    await act(() => hook.result.current.actions.createDraftSheet());
    expect(newWorkbookFile).toHaveBeenCalledWith(DRAFT_FILE_NAME, 'vi');
    expect(hook.result.current.state).toMatchObject({ hasWorkbook: true, fileName: DRAFT_FILE_NAME, error: null });
    expect(made.calls).toEqual(['addSheet', 'apply']);
  });
});

describe('draft view on a resolution typed in TCVN3 or VNI (issue 17)', () => {
  it.each(['tcvn3', 'vni'] as const)(
    'previews the same targets from %s text, with a note that it was converted',
    async (encoding) => {
      renderPane(<App host={new FakeHost()} settings={SETTINGS} />);
      fireEvent.click(screen.getByRole('tab', { name: 'Lập bảng' }));
      await screen.findByRole('button', { name: 'Tạo sheet' }, SLOW);
      fireEvent.change(screen.getByRole('textbox', { name: 'Văn bản nghị quyết' }), {
        target: { value: encodeLegacy(TEXT, encoding) },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
      const found = await screen.findByRole('list', { name: /^Chỉ tiêu tìm thấy \(\d+\)$/ }, SLOW);
      expect(within(found).getByText('Sản lượng lúa')).toBeTruthy();
      const name = encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows';
      expect(screen.getByRole('note').textContent).toBe(
        `Văn bản gõ bằng bảng mã ${name}: đã chuyển sang Unicode để đọc.`,
      );
    },
  );
});
