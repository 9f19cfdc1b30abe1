/**
 * An initialism is read as the phrase a name with it says at least half the label's other words
 * with, else as the phrase most used: one shared word (`tổng`) does not make `SL` a rarer reading.
 * Read without diacritics, a crop no indicator names does not take a sibling crop's id because a
 * word of its name folds like a word of the label (`sản` / `sắn`): a word an alias says twice is
 * shared only as often as the label says it. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null = null): string | null => match(label, unit).best?.id ?? null;

test.each([
  ['Tong SL hoa mau'],
  ['Tổng SL cây lấy hạt'],
  ['Tong SL ca phe nhan'],
  ['San luong dau tuong'],
  ['San luong lac vo'],
  ['San luong che bup'],
  ['San luong mia cay'],
])('a crop outside the catalog takes no sibling crop: %s', (label) => {
  expect(mapped(label, 'tấn')).toBeNull();
});

test.each([
  ['SL lúa', 'tấn', 'rice_output'],
  ['Tổng SL lúa cả năm', 'tấn', 'rice_output'],
  ['San luong san', 'tấn', 'tuber_output'],
  ['San luong khoai mi', 'tấn', 'tuber_output'],
  ['Chi TX', 'triệu đồng', 'expenditure_recurrent'],
])('an initialism that fits is still read: %s → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});

test.each([
  ['Tỷ lệ HS lớp 9 được công nhận tốt nghiệp THCS', '%', 'lower_secondary_graduation_rate'],
  ['Ty le HS lop 9 duoc cong nhan tot nghiep THCS (%)', null, 'lower_secondary_graduation_rate'],
  // guard: read so before; a term must count in part (NLN said as nông, lâm by a name without ngư)
  ['- NLN-TS', '%', 'share_agriculture'],
])(
  'another initialism beside it is one term of the label, however many syllables it spells: %s (%s) → %s',
  (label, unit, id) => {
    expect(mapped(label, unit)).toBe(id);
  },
);
