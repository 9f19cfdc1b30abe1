/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { encodeLegacy } from '../../src/core/legacy-encoding';
import { HostError } from '../../src/hosts/host';
import { App } from '../../src/taskpane/components/App';
import { FakeHost } from './fake-host';
import { renderPane } from './render';

function setup(host = new FakeHost()) {
  renderPane(<App host={host} settings={{ nearMissPercent: 5, uiLanguage: 'vi' }} />);
  return host;
}

describe('App on a workbook host', () => {
  it('scans into the review, applies, and shows the shortfalls', async () => {
    const host = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Quét' }));
    // The first scan loads the engine's chunk, which takes seconds on a busy machine.
    await screen.findByRole('heading', { name: /^Kinh tế — bảng từ dòng 1 đến/ }, { timeout: 20000 });
    fireEvent.click(screen.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }));
    await screen.findByRole('heading', { name: 'Đạt 2/3 chỉ tiêu (66,7 %)' });
    expect(host.plans).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /Diện tích cây có củ/ }));
    await waitFor(() => expect(host.selected).toEqual([['Kinh tế', 2, 4]]));
  });

  it('names the sheet and cell of a host error in a message bar', async () => {
    const host = new FakeHost();
    host.failReadWith = new HostError('Sheet bị khoá, không đọc được.', 'Kinh tế', 'B5');
    setup(host);
    fireEvent.click(screen.getByRole('button', { name: 'Quét' }));
    expect(await screen.findByText('Trang tính “Kinh tế”, ô B5')).toBeTruthy();
    expect(screen.getByText('Sheet bị khoá, không đọc được.')).toBeTruthy();
  });

  it('switches the interface to English from the settings', async () => {
    setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }));
    fireEvent.click(screen.getByRole('option', { name: 'English' }));
    expect(await screen.findByRole('tab', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Scan' })).toBeTruthy();
  });
});

describe('App on a workbook typed in TCVN3 (issue 17)', () => {
  it('shows the labels decoded in the review and the shortfalls, and writes in a Unicode font', async () => {
    const host = new FakeHost();
    const sheet = host.grids.sheets[0];
    // Typed in .VnTime: the cells hold the codes (`DiÖn tÝch c©y cã cñ`), the font draws Vietnamese.
    sheet.values = sheet.values.map((row) => row.map((v) => (typeof v === 'string' ? encodeLegacy(v, 'tcvn3') : v)));
    sheet.fonts = sheet.values.map((row) => row.map(() => '.VnTime'));
    const written = encodeLegacy('Diện tích cây có củ', 'tcvn3');
    expect(written).not.toBe('Diện tích cây có củ');
    setup(host);
    fireEvent.click(screen.getByRole('button', { name: 'Quét' }));
    // Run alone, this is the first scan: it loads the engine's chunk.
    await screen.findByRole('heading', { name: /^Kinh tế — bảng từ dòng 1 đến/ }, { timeout: 20000 });
    // A sure row is behind "Xem tất cả", shown decoded there.
    fireEvent.click(screen.getByRole('button', { name: /^Xem tất cả \d+ dòng$/ }));
    expect(screen.getByRole('listitem', { name: 'Diện tích cây có củ' })).toBeTruthy();
    expect(screen.queryByText(written)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi kết quả vào sổ tính' }));
    await screen.findByRole('heading', { name: 'Đạt 2/3 chỉ tiêu (66,7 %)' }, { timeout: 10000 });
    expect(screen.getByRole('button', { name: /Diện tích cây có củ/ })).toBeTruthy();
    expect(host.plans[0].tables[0].columns.map((c) => c.font)).toEqual(['Times New Roman', 'Times New Roman']);
  });
});
