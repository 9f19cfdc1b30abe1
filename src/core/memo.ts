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

/**
 * Results remembered under a few strings at once (a label, its unit, the excluded ids), one map per
 * string: the strings a sheet holds are hashed once, where a key joined from them would be built and
 * hashed again on every look-up. Emptied when full, as a Memo's caches are.
 */
export class StringPathCache<T> {
  private root = new Map<string, unknown>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(path: readonly string[]): T | undefined {
    let node: unknown = this.root;
    for (const key of path) {
      node = (node as Map<string, unknown>).get(key);
      if (node === undefined) return undefined;
    }
    return node as T;
  }

  /** The value remembered under the path, else what `compute` gives, remembered (null and false too). */
  remember(path: readonly string[], compute: () => T): T {
    const found = this.get(path);
    if (found !== undefined) return found;
    const value = compute();
    this.set(path, value);
    return value;
  }

  set(path: readonly string[], value: T): void {
    if (this.size >= this.limit) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      let next = node.get(path[i]) as Map<string, unknown> | undefined;
      if (!next) node.set(path[i], (next = new Map()));
      node = next;
    }
    node.set(path[path.length - 1], value);
    this.size++;
  }
}
