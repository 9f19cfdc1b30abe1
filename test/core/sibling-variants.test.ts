/**
 * One row of a table names one indicator: of siblings listed close together that the matcher gives the
 * same indicator, the one that fits it clearly best is it, and a variant beside it (a stricter standard,
 * a wider cover, one group of the population) has no catalog id of its own. Rows repeated word for word,
 * rows of a place under the indicator's row, and siblings far apart are left as they are. Labels
 * invented for the kind, not taken from any round.
 */
import { tableIds } from '../helpers/engine';

const ids = tableIds;

describe('a variant beside the indicator is not it', () => {
  test.each([
    ['Tỷ lệ hộ sử dụng nước hợp vệ sinh', 'Tỷ lệ hộ dùng nước sạch tập trung', '%', 'clean_water_rate'],
    ['Tỷ lệ che phủ rừng', 'Tỷ lệ che phủ rừng và cây trồng phân tán', '%', 'forest_cover_rate'],
    ['Diện tích gieo trồng lúa', 'Diện tích lúa hữu cơ', 'ha', 'rice_area'],
    ['Tổng đàn lợn', 'Tổng đàn lợn nái', 'con', 'pig_herd'],
  ])('%s, then %s', (whole, variant, unit, id) => {
    expect(ids([[1, variant, unit, 5, 6]])).toEqual([id]);
    expect(
      ids([
        [1, whole, unit, 10, 11],
        [2, variant, unit, 5, 6],
      ]),
    ).toEqual([id, null]);
    // in either order
    expect(
      ids([
        [1, variant, unit, 5, 6],
        [2, whole, unit, 10, 11],
      ]),
    ).toEqual([null, id]);
  });
});

describe('of a class and its member side by side, the one saying the indicator’s own name is it', () => {
  test.each([
    ['Sản lượng thủy sản các loại (nuôi, khai thác)', 'Sản lượng nuôi cá nước ngọt', 'tấn', 'freshwater_fish_output'],
    ['Sản lượng thủy sản', 'Sản lượng cá nước ngọt', 'tấn', 'freshwater_fish_output'],
  ])('%s, then %s', (whole, member, unit, id) => {
    expect(
      ids([
        [1, whole, unit, 900, 950],
        [2, member, unit, 300, 310],
      ]),
    ).toEqual([null, id]);
  });
});

test('a clear winner keeps the indicator, whatever a variant beside it spells out', () => {
  expect(
    ids([
      [1, 'DT lúa', 'ha', 500, 510],
      [2, 'Diện tích gieo trồng lúa chất lượng cao', 'ha', 200, 210],
    ]),
  ).toEqual(['rice_area', null]);
});

test('a row repeated word for word keeps its indicator', () => {
  expect(
    ids([
      [1, 'Tỷ lệ hộ nghèo', '%', 4, 3.5],
      [2, 'Tỷ lệ hộ nghèo', '%', 4, 3.2],
    ]),
  ).toEqual(['poverty_rate', 'poverty_rate']);
});

test('siblings far apart in their list are not read as variants of each other', () => {
  expect(
    ids([
      [1, 'Tỷ lệ hộ sử dụng nước hợp vệ sinh', '%', 95, 96],
      [2, 'Tổng đàn lợn', 'con', 500, 520],
      [3, 'Tổng đàn gia cầm', 'con', 9000, 9100],
      [4, 'Sản lượng lúa', 'tấn', 900, 950],
      [5, 'Tỷ lệ hộ dùng nước sạch', '%', 60, 62],
    ]),
  ).toEqual(['clean_water_rate', 'pig_herd', 'poultry_flock', 'rice_output', 'clean_water_rate']);
});

test('rows of places under the indicator stay its rows', () => {
  expect(
    ids([
      [1, 'Tỷ lệ hộ nghèo', '%', 4, 3.5],
      ['-', 'Thôn 1', '%', 5, 4.1],
      ['-', 'Thôn 2', '%', 3, 2.9],
    ]),
  ).toEqual(['poverty_rate', 'poverty_rate', 'poverty_rate']);
});

test('parts fitting the indicator alike are left to the matcher', () => {
  // Neither fits better: whether such parts are the indicator is a ruling of its own (see ROUNDS.md).
  expect(
    ids([
      [1, 'Tỷ lệ hộ sử dụng nước hợp vệ sinh', '%', 95, 96],
      [2, 'Tỷ lệ hộ sử dụng nước hợp vệ sinh (khu vực thị trấn)', '%', 97, 98],
    ]).every((id) => id === 'clean_water_rate'),
  ).toBe(true);
});

test('siblings that split one indicator, none fitting it clearly best, are each a part with no id of its own', () => {
  expect(
    ids([
      [1, 'Chi thường xuyên', 'đồng', 900, 880],
      ['-', 'Chi quốc phòng', 'đồng', 100, 98],
      ['-', 'Chi an ninh, trật tự an toàn xã hội', 'đồng', 120, 119],
      ['-', 'Chi sự nghiệp giáo dục', 'đồng', 300, 290],
    ]),
  ).toEqual(['expenditure_recurrent', null, null, 'expenditure_education']);
});

test('a budget collected on the territory beside the commune budget is not it; elsewhere the territory qualifies nothing', () => {
  expect(
    ids([
      [1, 'Tổng thu ngân sách trên địa bàn', 'triệu đồng', 9000, 9500],
      [2, 'Tổng thu ngân sách xã', 'triệu đồng', 6000, 6400],
      [3, 'Tỷ lệ hộ nghèo trên địa bàn xã', '%', 4, 3.6],
    ]),
  ).toEqual([null, 'budget_revenue', 'poverty_rate']);
});
