/**
 * The cacheKey of a page for Astro's incremental build (`experimental.incrementalBuild`): a
 * digest of the data the page renders. Astro skips rendering a page whose key and code are the
 * same as in the last build and copies its old output instead, so a key that misses something
 * the page shows publishes a stale page. Hence the strictness below: a value whose content a
 * digest cannot see (a function, a Map, a class instance without toJSON) is an error in the
 * build, not silently left out of the key.
 *
 * Not JSON.stringify alone: it drops functions and turns Maps and Sets into `{}`, so data kept in
 * them would change the page without changing the key.
 */
import { createHash } from 'node:crypto';

/** `value` as canonical JSON: the same data always gives the same text. */
export function canonicalJson(value: unknown, where = 'props'): string {
  const seen = new Set<object>();
  const walk = (item: unknown, at: string): unknown => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      // JSON writes NaN and ±Infinity as null; keep them apart from a real null.
      return Number.isFinite(item) ? item : { $number: String(item) };
    }
    if (item === undefined) return { $undefined: true };
    if (typeof item !== 'object') {
      throw new Error(`cacheKey: ${at} 是 ${typeof item}，无法计入页面的缓存键；请在 getStaticPaths 里把它换成它显示出来的数据（字符串、数字、对象、数组）`);
    }
    if (item instanceof Date) return { $date: Number.isNaN(item.getTime()) ? 'invalid' : item.toISOString() };
    if (item instanceof URL) return { $url: item.href };
    if (seen.has(item)) {
      throw new Error(`cacheKey: ${at} 引用了自身（循环引用），无法计入页面的缓存键；请只把页面显示的数据放进 props`);
    }
    seen.add(item);
    try {
      if (Array.isArray(item)) return item.map((element, index) => walk(element, `${at}[${index}]`));
      const prototype = Object.getPrototypeOf(item);
      if (prototype !== Object.prototype && prototype !== null) {
        const kind = (prototype as { constructor?: { name?: string } }).constructor?.name ?? 'object';
        throw new Error(
          `cacheKey: ${at} 是 ${kind}，其内容无法可靠地计入页面的缓存键；请在 getStaticPaths 里把它换成普通对象或数组`,
        );
      }
      // Keys sorted: the same data read in another order is the same page.
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, walk((item as Record<string, unknown>)[key], `${at}.${key}`)]),
      );
    } finally {
      seen.delete(item);
    }
  };
  return JSON.stringify(walk(value, where));
}

/** A short digest of `value` (see canonicalJson), to use as a page's cacheKey. */
export function cacheKey(value: unknown, where?: string): string {
  return createHash('sha256').update(canonicalJson(value, where)).digest('base64url');
}
