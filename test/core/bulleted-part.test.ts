/**
 * A bulleted row of a few words under a heading that holds no figures, or under a row that is no
 * indicator, is one of its parts and is read in its terms (`- Khu vực thủy sản - nông - lâm` under
 * `Cơ cấu giá trị sản xuất`), however many words it has up to six; a longer one names a thing of its
 * own. Labels invented for the kind, not taken from any round.
 */
import { tableIds } from '../helpers/engine';

const ids = tableIds;

test('a bulleted share list under a heading keeps each sector (read by its own words before this rule too)', () => {
  expect(
    ids([
      [2, 'Cơ cấu giá trị sản xuất', null, null, null],
      ['-', 'Khu vực thủy sản - nông - lâm', '%', 30, 29],
      ['-', 'Dịch vụ', '%', 40, 41],
    ]),
  ).toEqual(['share_agriculture', 'share_trade_services']);
});

test('a bulleted part under a row with figures that is no indicator is read in its terms', () => {
  expect(
    ids([
      [2, 'Tổng diện tích nuôi thả thủy sản', 'ha', 120, 125],
      ['-', 'Tôm nước lợ', 'ha', 80, 82],
      ['-', 'Cá nước ngọt các loại', 'ha', 40, 43],
    ]),
  ).toEqual([null, null, 'freshwater_fish_area']);
});
