/** The bands every shell shows come from core, with one threshold. */
import { bandOf, SURE_AT } from '../../src/core/bands';
import { MATCH_THRESHOLD } from '../../src/core/match';
import { analyzeWorkbook } from '../helpers/engine';

test.each([
  [null, 0, 'none'],
  [null, 0.9, 'none'],
  ['rice_area', 1, 'sure'],
  ['rice_area', SURE_AT, 'sure'],
  ['rice_area', SURE_AT - 0.01, 'likely'],
  ['rice_area', MATCH_THRESHOLD, 'likely'],
] as const)('%s at %d is %s', (id, confidence, band) => {
  expect(bandOf(id, confidence)).toBe(band);
});

test('every analysed row carries the band of its mapping', () => {
  const analysis = analyzeWorkbook({
    sheets: [
      {
        name: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
          [1, 'Sản lượng lúa', 'tấn', 100, 90],
          [2, 'Số liệu lạ chưa từng có', 'cái', 3, 4],
        ],
      },
    ],
  });
  const rows = analysis.sheets[0].tables[0].rows;
  expect(rows.map((r) => [r.indicatorId, r.band])).toEqual([
    ['rice_output', 'sure'],
    [null, 'none'],
  ]);
});
