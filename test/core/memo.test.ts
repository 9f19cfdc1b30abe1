/** The matcher's caches: a result computed once per key path, nulls and falses included, emptied when full. */
import { StringPathCache } from '../../src/core/memo';

test('a result is computed once per path, and null or false is remembered as a result', () => {
  const cache = new StringPathCache<boolean | null>(10);
  let calls = 0;
  const compute = (value: boolean | null) => () => {
    calls++;
    return value;
  };
  expect(cache.remember(['a', 'b'], compute(false))).toBe(false);
  expect(cache.remember(['a', 'b'], compute(true))).toBe(false);
  expect(cache.remember(['a', 'c'], compute(null))).toBeNull();
  expect(cache.remember(['a', 'c'], compute(true))).toBeNull();
  expect(calls).toBe(2);
});

test('a full cache starts again empty', () => {
  const cache = new StringPathCache<number>(2);
  cache.remember(['x'], () => 1);
  cache.remember(['y'], () => 2);
  cache.remember(['z'], () => 3);
  expect(cache.get(['x'])).toBeUndefined();
  expect(cache.get(['z'])).toBe(3);
});
