/**
 * What the review opens on comes from core: each row says what a person should check on it, and
 * each table which column roles the engine only guessed. The task pane only shows these.
 */
import type { CellValue, UserChoices } from '../../src/core/types';
import { analyzeWorkbook } from '../helpers/engine';

function analyse(values: CellValue[][], choices: UserChoices = {}) {
  return analyzeWorkbook({ sheets: [{ name: 'S', values }] }, { choices }).sheets[0].tables[0];
}

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'];

describe('row attention', () => {
  const table = analyse([HEADER, [1, 'Sản lượng lúa', 'tấn', 100, 90], [2, 'Số liệu lạ chưa từng có', 'cái', 3, 4]]);

  it('is empty on a sure match whose direction the catalog gives', () => {
    expect(table.rows[0]).toMatchObject({ band: 'sure', directionSource: 'catalog', attention: [] });
  });

  it('names an unmapped row and its guessed direction', () => {
    expect(table.rows[1]).toMatchObject({ band: 'none', directionSource: 'default' });
    expect(table.rows[1].attention).toEqual(['unmapped', 'direction']);
  });

  it('flags a likely match for a look', () => {
    const likely = analyzeWorkbook({
      sheets: [
        {
          name: 'S',
          values: [
            ['TT', 'Chi tieu', 'Don vi tinh', 'TH 2022', 'KH 2023', 'TH 2023'],
            [1, 'So truong dat chuan', 'truong', 2, 3, 3],
          ],
        },
      ],
    }).sheets[0].tables[0].rows[0];
    expect(likely.band).toBe('likely');
    expect(likely.attention).toEqual(['likely']);
  });

  it('is cleared by the user deciding the row', () => {
    const decided = analyse(
      [HEADER, [1, 'Sản lượng lúa', 'tấn', 100, 90], [2, 'Số liệu lạ chưa từng có', 'cái', 3, 4]],
      { rows: { 'S!so lieu la chua tung co': { indicatorId: null, direction: 'info' } } },
    );
    expect(decided.rows[1]).toMatchObject({ source: 'user', attention: [] });
  });
});

describe('column role doubts', () => {
  it('are none when every role is read from its header', () => {
    expect(analyse([HEADER, [1, 'Sản lượng lúa', 'tấn', 100, 90]]).roleDoubts).toEqual([]);
  });

  it('name a missing plan column', () => {
    const table = analyse([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2023'],
      [1, 'Sản lượng lúa', 'tấn', 90],
    ]);
    expect(table.columns.plan).toBeNull();
    expect(table.roleDoubts).toEqual(['plan']);
  });

  it('name labels found in an unheaded column', () => {
    const table = analyse([
      ['STT', '', 'KH 2023', 'TH 2023'],
      [1, 'Sản lượng lúa', 100, 90],
      [2, 'Năng suất lúa', 55, 56],
    ]);
    expect(table.columns.label).toBe(1);
    expect(table.roleDoubts).toEqual(['label']);
  });

  it('name two columns equally the actual', () => {
    const table = analyse([
      ['STT', 'Chỉ tiêu', 'KH 2023', 'TH 2023', 'Ước TH 2023'],
      [1, 'Sản lượng lúa', 100, 90, 95],
    ]);
    expect(table.roleDoubts).toContain('actual');
  });

  it('are cleared for the roles the user chose', () => {
    const table = analyse(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2023'],
        [1, 'Sản lượng lúa', 'tấn', 90],
      ],
      { columns: { 'S!1': { plan: null } } },
    );
    expect(table.roleDoubts).toEqual([]);
  });
});
