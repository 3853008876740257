import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, readCached, writeCached } from '../../src/og/cache.ts';

const work = mkdtempSync(join(tmpdir(), 'bangyang-og-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const saved = process.env.BANGYANG_OG_CACHE;
afterEach(() => {
  if (saved === undefined) delete process.env.BANGYANG_OG_CACHE;
  else process.env.BANGYANG_OG_CACHE = saved;
});

describe('the share-image cache', () => {
  it('lives in .cache/og/ outside dist/, or where BANGYANG_OG_CACHE says', () => {
    delete process.env.BANGYANG_OG_CACHE;
    expect(defaultCacheDir()).toBe(resolve('.cache/og'));
    process.env.BANGYANG_OG_CACHE = join(work, 'ci-kept');
    expect(defaultCacheDir()).toBe(join(work, 'ci-kept'));
  });

  it('gives back what was written under a key, and nothing for an unknown key', () => {
    const dir = join(work, 'a');
    writeCached(dir, 'k1', new Uint8Array([1, 2, 3]));
    expect(readCached(dir, 'k1')).toEqual(Buffer.from([1, 2, 3]));
    expect(readCached(dir, 'k2')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('removes images no build has used for 30 days', () => {
    const dir = join(work, 'b');
    mkdirSync(dir);
    const old = new Date(Date.now() - 31 * 24 * 3600_000);
    writeFileSync(join(dir, 'stale.png'), 'x');
    utimesSync(join(dir, 'stale.png'), old, old);
    writeFileSync(join(dir, 'fresh.png'), 'y');
    readCached(dir, 'anything');
    expect(existsSync(join(dir, 'stale.png'))).toBe(false);
    expect(existsSync(join(dir, 'fresh.png'))).toBe(true);
  });
});
