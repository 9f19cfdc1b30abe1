import {
  conventionEvidence,
  decideConvention,
  formatNumber,
  parseNumberText,
  shownNumber,
} from '../../src/core/numbers';

describe('parseNumberText: what a person reading the sheet understands', () => {
  test.each([
    ['1.152,1', 'vi', 1152.1, false, 'Vietnamese thousands dot and decimal comma'],
    ['4.807.887.427', 'vi', 4807887427, false, 'Vietnamese dotted đồng amount'],
    ['5,40%', 'vi', 5.4, true, 'Vietnamese percent text keeps the shown value'],
    ['26%', 'vi', 26, true, 'plain percent text'],
    ['1,152.1', 'vi', 1152.1, false, 'English form is recognised even in a Vietnamese column'],
    ['1681,5', 'vi', 1681.5, false, 'decimal comma without thousands'],
    ['1.500', 'vi', 1500, false, 'ambiguous: Vietnamese column reads thousands'],
    ['1.500', 'en', 1.5, false, 'ambiguous: English column reads a decimal'],
    ['2.400', 'vi', 2400, false, 'ambiguous tuber output in tấn'],
    ['0,5', 'vi', 0.5, false, 'leading zero decimal'],
    ['−3,5', 'vi', -3.5, false, 'typographic minus'],
    ['1 152,1', 'vi', 1152.1, false, 'space as thousands separator'],
    ['100', 'vi', 100, false, 'integer text'],
  ])('%s (%s) → %p', (text, convention, value, percent) => {
    expect(parseNumberText(text, convention as 'vi' | 'en')).toEqual({ value, percent });
  });

  test.each(['-', 'x', '', 'Chưa có số liệu', '1.5.2', '12,34,5', 'trên 92'])('%p is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('convention from the evidence in a column', () => {
  test('single values tell what they can', () => {
    expect(conventionEvidence('1.152,1')).toBe('vi');
    expect(conventionEvidence('1,152.1')).toBe('en');
    expect(conventionEvidence('4.807.887.427')).toBe('vi');
    expect(conventionEvidence('1.500')).toBe('ambiguous');
    expect(conventionEvidence('1,500')).toBe('ambiguous');
    expect(conventionEvidence('97,4')).toBe('vi');
  });

  test('an ambiguous 1.500 follows the rest of its column', () => {
    expect(decideConvention(['1.500', '2.345,5'])).toBe('vi');
    expect(decideConvention(['1.500', '2,345.5', '12.75'])).toBe('en');
    expect(decideConvention(['1.500'])).toBe('vi');
  });
});

test('a fraction with a percent format is shown as percent points', () => {
  expect(shownNumber(0.266, '0.0%')).toBe(26.6);
  expect(shownNumber(0.964, '0.0%')).toBe(96.4);
  expect(shownNumber(0.266, '#,##0.0')).toBe(0.266);
  expect(shownNumber(5, '0" %"')).toBe(5);
});

test('numbers are formatted for people in both conventions', () => {
  expect(formatNumber(4807887427, 'vi')).toBe('4.807.887.427');
  expect(formatNumber(1152.1, 'vi')).toBe('1.152,1');
  expect(formatNumber(1152.1, 'en')).toBe('1,152.1');
  expect(formatNumber(-96.62, 'vi', 1)).toBe('-96,6');
});
