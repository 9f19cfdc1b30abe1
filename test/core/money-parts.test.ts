/**
 * What a sum of money is broken into is money too: a row with no unit of its own under a row of
 * spending or revenue is read in that row's money, so a budget line named after a sector is no share of
 * the sector in output. Labels invented for the kind, not taken from any round.
 */
import { toReport } from '../../src/core';
import type { CellValue } from '../../src/core/types';
import { analyzeWorkbook } from '../helpers/engine';

function ids(rows: CellValue[][]): (string | null)[] {
  const grid = { name: 'S', values: [['STT', 'Nội dung', 'Dự toán', 'Thực hiện'], ...rows] };
  return toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0].tables[0].rows.map((r) => r.indicatorId);
}

test.each([
  ['Chi sự nghiệp kinh tế', '- SN nông nghiệp - thủy lợi'],
  ['Chi các hoạt động kinh tế', '+ SN nông nghiệp, thủy lợi'],
  ['Chi sự nghiệp kinh tế', '- Nông nghiệp, thủy lợi'],
])('%s, then %s: no sector share', (parent, label) => {
  expect(
    ids([
      [1, parent, 2000, 2100],
      ['', label, 800, 850],
    ]),
  ).toEqual(['expenditure_economic', null]);
});

test('a share under a row that is no money is still read as one', () => {
  expect(
    ids([
      ['I', 'Cơ cấu kinh tế', null, null],
      [1, 'Nông, lâm nghiệp, thủy sản', 40, 41],
    ]),
  ).toEqual(['share_agriculture']);
});
