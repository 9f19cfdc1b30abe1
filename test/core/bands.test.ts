/** The bands every shell shows come from core, with one threshold. */
import { bandOf, TUNING } from '../../src/core/match/calibration';
import { analyzeWorkbook } from '../helpers/engine';

test.each([
  [null, 0, 'none'],
  [null, 0.9, 'none'],
  ['rice_area', 1, 'sure'],
  ['rice_area', TUNING.sureAt, 'sure'],
  ['rice_area', TUNING.sureAt - 0.01, 'likely'],
  ['rice_area', TUNING.acceptAt, 'likely'],
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
