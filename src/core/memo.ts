/**
 * Remembers the results of a pure function of a string. Sheets repeat the same texts (labels,
 * headers, number formats) commune after commune; the bound keeps memory flat on huge ones.
 */
export function memoise<T>(fn: (key: string) => T, limit = 50000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}
