import { formatCount, formatNumber } from '../../src/taskpane/state/format';

describe('formatCount', () => {
  it('writes a count as formatNumber does, thousands grouped as each language groups them', () => {
    const counts = [0, 1, 9, 10, 99, 100, 999, 1_000, 3_000, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, -4_500];
    for (const language of ['vi', 'en'] as const) {
      for (const n of counts) expect(formatCount(n, language)).toBe(formatNumber(n, language));
    }
    expect(formatCount(3_000, 'vi')).toBe('3.000');
    expect(formatCount(3_000, 'en')).toBe('3,000');
  });

  it('leaves a number that is no count to formatNumber', () => {
    expect(formatCount(2.5, 'vi')).toBe(formatNumber(2.5, 'vi'));
  });
});
