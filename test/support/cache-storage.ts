import { vi } from 'vitest';

export interface CacheWrite {
  cacheName: string;
  key: Request;
  entry: Response;
}

type CacheOverrides = Partial<Pick<Cache, 'match' | 'put'>>;

/**
 * Spies on `caches.open` so that a test can see what the Worker writes to the
 * Cache API and replace `match` or `put` with a failing version. Restore with
 * `vi.restoreAllMocks()`.
 */
export function watchCacheStorage(overrides: CacheOverrides = {}) {
  const writes: CacheWrite[] = [];
  const open = caches.open.bind(caches);

  const spy = vi.spyOn(caches, 'open').mockImplementation(async (cacheName) => {
    const cache = await open(cacheName);
    const put: Cache['put'] = async (key, entry) => {
      writes.push({ cacheName, key: new Request(key), entry: entry.clone() });
      return overrides.put ? overrides.put(key, entry) : cache.put(key, entry);
    };
    return new Proxy(cache, {
      get(target, property) {
        if (property === 'put') return put;
        if (property === 'match' && overrides.match) return overrides.match;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  });

  return { writes, open: spy };
}
