/**
 * A part under a sown area that names one class of crops at length, as a list of its members or by the
 * class's long name, is that class's area by its unit, as a part naming it in a word or two is. Labels
 * invented for the kind, not taken from any round.
 */
import { tableIds } from '../helpers/engine';

const SOWN = [1, 'Tổng diện tích gieo trồng cây hàng năm', 'ha', 4000, 4100];

test.each([
  ['- Khoai môn, khoai sọ', 'ha', 'tuber_area'],
  ['- Cây chất bột có củ (khoai môn, dong riềng)', 'ha', 'tuber_area'],
  ['- Khoai lang, khoai tây, khoai sọ', 'ha', 'tuber_area'],
])('%s in %s under the sown area is %s', (label, unit, id) => {
  expect(tableIds([SOWN, ['-', label, unit, 300, 310]])).toEqual(['annual_crop_area', id]);
});

test.each([
  // several classes are no one thing measured
  ['- Ngô, khoai, sắn, rau đậu các loại', 'ha'],
  // a unit that measures no area completes nothing
  ['- Khoai môn, khoai sọ', 'hộ'],
])('%s in %s under the sown area stays unread', (label, unit) => {
  expect(tableIds([SOWN, ['-', label, unit, 300, 310]])).toEqual(['annual_crop_area', null]);
});
