/**
 * The Astro step of `npm run build` runs with a JavaScript heap limit (scripts/build.ts,
 * BANGYANG_BUILD_HEAP_MB) so that V8 collects garbage before the process grows past what a
 * 2-core, small-memory build machine has. A site that does not fit is built again without the
 * limit: here the limit is set far too low on purpose, and the build must still succeed, say
 * why it took longer, and publish the same site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, SITES, WORK } from './fixture-sites.ts';

describe('the heap limit of the Astro step', () => {
  it('builds a site that does not fit the limit again without it, and says so', () => {
    const outDir = join(WORK, 'heap-limit-dist');
    const { status, output } = buildSite(join(SITES, 'escaping/content'), outDir, {
      BANGYANG_BUILD_HEAP_MB: '8',
      BANGYANG_ASTRO_CACHE: join(WORK, 'heap-limit-astro/'),
    });
    expect(status, output).toBe(0);
    expect(output).toContain('超出了 8 MB 的 JavaScript 堆上限（站点较大），已去掉上限重新构建');
    expect(readFileSync(join(outDir, 'units/ceshi-danwei/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
    expect(existsSync(join(outDir, 'pagefind/parts.json'))).toBe(true);
  }, 300_000);

  it('refuses a limit that is not a whole number of MB, naming the variable', () => {
    const { status, output } = buildSite(join(SITES, 'escaping/content'), join(WORK, 'heap-limit-bad-dist'), { BANGYANG_BUILD_HEAP_MB: '1.5G' });
    expect(status).toBe(1);
    expect(output).toContain('环境变量 BANGYANG_BUILD_HEAP_MB 应为 MB 数（整数，0 表示不设上限），现在是「1.5G」');
  });
});
