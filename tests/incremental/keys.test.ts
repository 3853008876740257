/**
 * The pieces of incremental builds that need no build: page cache keys (src/lib/cache-key.ts)
 * and the output folder Astro is told about and the cache's in-use mark (src/integrations/incremental.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryDirFor } from '../../scripts/lib/build-swap.ts';
import { cacheKey, canonicalJson } from '../../src/lib/cache-key.ts';
import { CACHE_MARK, swapTargetOf, takeCache } from '../../src/integrations/incremental.ts';

describe('cacheKey', () => {
  it('is the same for the same data in any key order, and differs for any difference', () => {
    const page = { view: { title: '某单位', honors: [{ year: 2020, status: '复查保留' }] }, flag: true };
    expect(cacheKey(page)).toBe(cacheKey({ flag: true, view: { honors: [{ status: '复查保留', year: 2020 }], title: '某单位' } }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, flag: false }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, view: { ...page.view, honors: [{ year: 2020, status: '黄牌警告' }] } }));
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
  });

  it('tells apart values that plain JSON would merge', () => {
    expect(canonicalJson({ a: undefined })).not.toBe(canonicalJson({}));
    expect(canonicalJson([Number.NaN])).not.toBe(canonicalJson([null]));
    expect(canonicalJson(new Date('2030-01-10T00:00:00Z'))).toContain('2030-01-10T00:00:00.000Z');
  });

  it('refuses what a digest cannot see, naming where it is', () => {
    expect(() => cacheKey({ view: { render: () => '' } }, 'units/x/ 的 props')).toThrow(/units\/x\/ 的 props\.view\.render 是 function/);
    expect(() => cacheKey({ counts: new Map([['a', 1]]) })).toThrow(/props\.counts 是 Map/);
    expect(() => cacheKey({ tags: new Set(['a']) })).toThrow(/props\.tags 是 Set/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => cacheKey(loop)).toThrow(/循环引用/);
  });

  it('accepts the same object twice when it is not a loop', () => {
    const unit = { name: '某单位' };
    expect(() => cacheKey({ host: unit, links: [unit] })).not.toThrow();
  });
});

describe('swapTargetOf', () => {
  it('maps the temporary build folder of scripts/build.ts to the output folder it replaces', () => {
    expect(swapTargetOf(temporaryDirFor('/p/dist', 1234))).toBe('/p/dist');
    expect(swapTargetOf(temporaryDirFor('/p/.cache/site.v2', 7))).toBe('/p/.cache/site.v2');
  });

  it('leaves other folders alone', () => {
    expect(swapTargetOf('/p/dist')).toBeUndefined();
    expect(swapTargetOf('/p/.dist.building-x')).toBeUndefined();
  });
});

describe('takeCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bangyang-incremental-'));
  const mark = pathToFileURL(join(dir, CACHE_MARK));
  const me = { host: hostname(), pid: process.pid };

  it('takes a free cache, and finds it stale when the build that held it is gone', () => {
    rmSync(mark, { force: true });
    expect(takeCache(mark, me)).toBe('taken');
    expect(JSON.parse(readFileSync(mark, 'utf8'))).toEqual(me);
    // The same process again (a build that failed before finishing), a torn mark, another machine's mark.
    expect(takeCache(mark, me)).toBe('stale');
    writeFileSync(mark, '');
    expect(takeCache(mark, me)).toBe('stale');
    writeFileSync(mark, JSON.stringify({ host: 'ci-runner-elsewhere', pid: process.ppid }));
    expect(takeCache(mark, me)).toBe('stale');
  });

  it('leaves a cache alone while another build on this machine holds it', () => {
    writeFileSync(mark, JSON.stringify({ host: hostname(), pid: process.ppid }));
    expect(takeCache(mark, me)).toBe('busy');
    expect(JSON.parse(readFileSync(mark, 'utf8'))).toEqual({ host: hostname(), pid: process.ppid });
  });
});
