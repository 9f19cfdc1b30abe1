/** The browser preview's host adds a drafted sheet beside the user's, texts as text. */
import type { SheetGrid } from '../../src/core/types';
import { FileHost } from '../../src/hosts/xlsx/file-host';

const GRID: SheetGrid = {
  name: 'Theo dõi chỉ tiêu',
  values: [
    ['BẢNG THEO DÕI CHỈ TIÊU NĂM 2024'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024', 'TH 2024', 'Căn cứ'],
    [1, 'Sản lượng lúa', 'tấn', 5919.6, null, '=SUM(A1)'],
  ],
};

describe('FileHost.addSheet', () => {
  it('adds a new sheet under a free name and keeps a text starting with = as text', async () => {
    const host = FileHost.create('moi.xlsx');
    expect(await host.addSheet(GRID)).toEqual({ name: 'Theo dõi chỉ tiêu' });
    expect(await host.addSheet(GRID)).toEqual({ name: 'Theo dõi chỉ tiêu (2)' });
    const { sheets } = await host.read('workbook');
    expect(sheets.map((s) => s.name)).toEqual(['Theo dõi chỉ tiêu', 'Theo dõi chỉ tiêu (2)']);
    expect(sheets[1].values[2][5]).toBe('=SUM(A1)');
    expect(sheets[1].formulas?.[2]?.[5] ?? null).toBeNull();
  });
});
