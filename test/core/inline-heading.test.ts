/**
 * A list whose first item carries the heading (`Cơ cấu kinh tế: Thương mại - dịch vụ`): the items after
 * it, at its depth and with no row between, are read in that heading's terms; a row further down, or
 * at another depth, is not. Labels invented for the kind, not taken from any round.
 */
import { tableIds } from '../helpers/engine';

const ids = tableIds;

test('the items after a heading carried by the first item are read in its terms', () => {
  expect(
    ids([
      [1, 'Tỷ trọng các ngành: Dịch vụ', '%', 40, 41],
      [null, 'Nông nghiệp', '%', 30, 29],
      [null, 'Công nghiệp, xây dựng', '%', 30, 30],
    ]),
  ).toEqual(['share_trade_services', 'share_agriculture', 'share_industry_construction']);
});

test('a row after a gap is not read in the heading of a list above it', () => {
  expect(
    ids([
      [1, 'Tỷ trọng các ngành: Dịch vụ', '%', 40, 41],
      [null, 'Số người được đào tạo nghề', 'người', 30, 29],
      [null, 'Nông nghiệp', '%', 30, 29],
    ]),
  ).toEqual(['share_trade_services', null, null]);
});
