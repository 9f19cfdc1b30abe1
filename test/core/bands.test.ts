/** The bands every shell shows come from core, with one threshold. */
import { bandOf, suggestionOf, TUNING } from '../../src/core/match/calibration';
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

test('an unmapped row offers its best candidate only when it is close enough to be worth a click', () => {
  const analysis = analyzeWorkbook({
    sheets: [
      {
        name: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
          [1, 'Sản lượng lúa', 'tấn', 100, 90],
          [2, 'Số cuộc họp chi bộ', 'cuộc', 12, 12],
          [3, 'Diện tích lúa chất lượng cao', 'ha', 30, 32],
        ],
      },
    ],
  });
  const rows = analysis.sheets[0].tables[0].rows;
  for (const row of rows) {
    if (row.band !== 'none') expect(row.suggestion).toBeNull();
    else if (row.suggestion) expect(row.suggestion.confidence).toBeGreaterThanOrEqual(TUNING.suggestAt);
  }
  expect(rows[1]).toMatchObject({ band: 'none', suggestion: null });
});

test.each([
  [null, { id: 'rice_area', confidence: TUNING.suggestAt }, 'rice_area'],
  [null, { id: 'rice_area', confidence: TUNING.suggestAt - 0.01 }, null],
  ['rice_area', { id: 'rice_output', confidence: 0.9 }, null],
  [null, null, null],
] as const)('suggestion for %s with candidate %j is %s', (id, candidate, expected) => {
  expect(suggestionOf(id, candidate)?.id ?? null).toBe(expected);
});
