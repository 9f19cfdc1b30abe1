/**
 * One engine's remembered results of pure functions of a string. Sheets repeat the same texts
 * (labels, headers, number formats, cell texts) commune after commune; each function gets its own
 * bounded cache, so memory stays flat on huge workbooks. The caches belong to the engine that made
 * this Memo, never to a module.
 */
export class Memo {
  private readonly caches = new Map<(key: string) => unknown, Map<string, unknown>>();

  constructor(private readonly limit = 50000) {}

  /** `fn(key)`, computed once per key while the cache has room. */
  get<T>(fn: (key: string) => T, key: string): T {
    let cache = this.caches.get(fn);
    if (!cache) this.caches.set(fn, (cache = new Map()));
    let value = cache.get(key) as T | undefined;
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= this.limit) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  }
}
