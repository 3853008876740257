import { describe, expect, it } from 'vitest';
import { parseBuildLog, type LogLine } from '../../scripts/lib/bench/stages.ts';

/** Lines as `npm run build` prints them (colours already stripped), with arrival times in ms. */
const log: LogLine[] = [
  [1500, '07:00:00 [bangyang:check] 内容检查通过：检查了 3 个条目、0 张图片：0 个错误，0 个警告（用时 1.2 秒）'],
  [1600, '07:00:01 [content] Syncing content'],
  [4000, ' generating static routes '],
  [4100, '07:00:04   ├─ /units/danwei-00001/index.html (+5ms) '],
  [6000, '07:00:06   ├─ /og/index.png (+41ms) '],
  [6100, '07:00:06   ├─ /og/units/danwei-00001.png[og] 分享图 20/21（缓存 18 张，新绘制 2 张，平均 300 ms/张）'],
  [6100, ' (+1ms) '],
  [9000, '07:00:09   ├─ /og/units/danwei-00002.png (+2900ms) '],
  [9000, '[og] 分享图 21/21（缓存 18 张，新绘制 3 张，平均 1166 ms/张）'],
  [9500, '07:00:09   ├─ /rss.xml (+115ms) '],
  [10000, '07:00:10 ✓ Completed in 6.00s.'],
  [10000, ' generating optimized images '],
  [12000, '07:00:12   ▶ /_astro/tupian-001.abc_Z1.avif (before: 96kB, after: 4kB) (+2s) (1/3)'],
  [12500, '07:00:12   ▶ /_astro/tupian-001.abc_Z2.webp (reused cache entry) (+1ms) (2/3)'],
  [13000, '07:00:13   ▶ /_astro/tupian-001.abc_Z3.jpg (before: 96kB, after: 30kB) (+50ms) (3/3)'],
  [13000, '07:00:13 ✓ Completed in 3.00s.'],
  [15500, '07:00:15 [bangyang:pagefind] 已为 3 个页面建立检索索引（dist/pagefind，2.41 秒）'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('parseBuildLog', () => {
  const { stages, counts } = parseBuildLog(log, 16000);

  it('splits the route pass into share images (the og/ block) and the other pages', () => {
    // A line arrives when its page is done: the og block runs from the line before its first
    // page to its own last line, not to the end of the next route's first page.
    expect(stages.shareImages).toBe(4.9);
    expect(stages.pages).toBe(1.1);
    // Setup is Astro's own: the content gate before it has a figure of its own.
    expect(stages.setup).toBe(2.8);
    expect(stages.contentCheck).toBe(1.2);
  });

  it('times the image pass and takes the search index from the integration', () => {
    expect(stages.photos).toBe(3);
    expect(stages.searchIndex).toBe(2.41);
  });

  it('counts share images drawn, derivatives encoded and reused, pages indexed', () => {
    expect(counts).toEqual({
      shareImages: 21,
      shareImagesRendered: 3,
      shareImagesRestored: 0,
      pagesRendered: 2,
      pagesRestored: 0,
      photoDerivativesEncoded: 2,
      photoDerivativesReused: 1,
      indexedPages: 3,
    });
  });

  it('counts what the incremental build copied, and images drawn when the tally is behind', () => {
    const warm = parseBuildLog(
      [
        '   ├─ /units/a/index.html (restored)',
        '   ├─ /units/b/index.html (+4ms) ',
        '   ├─ /og/units/a.png (restored)',
        '   ├─ /og/units/b.png (+80ms) ',
        '   ├─ /og/units/c.png (cached)',
      ].map((text, at) => ({ at, text })),
      10,
    );
    expect(warm.counts).toMatchObject({ shareImages: 3, shareImagesRendered: 1, shareImagesRestored: 2, pagesRendered: 1, pagesRestored: 1 });
  });

  it('reads a progress line that leaves out a zero count', () => {
    const drawnOnly = parseBuildLog([{ at: 0, text: '[og] 分享图 365/365（新绘制 365 张，平均 489 ms/张）' }], 1);
    const cachedOnly = parseBuildLog([{ at: 0, text: '[og] 分享图 365/365（缓存 365 张）' }], 1);
    expect([drawnOnly.counts.shareImagesRendered, cachedOnly.counts.shareImagesRendered]).toEqual([365, 0]);
    expect(cachedOnly.counts.shareImages).toBe(365);
  });

  it('gives each stage the CPU time the process tree used during it', () => {
    // Two cores busy from the first page on, one before: CPU ms = at + (at − 4000) after 4 s.
    const cpuAt = (at: number) => (at <= 4000 ? at : 2 * at - 4000);
    const { cpu } = parseBuildLog(log, 16000, cpuAt);
    expect(cpu).toEqual({ contentCheck: 1.2, setup: 2.8, pages: 2.2, shareImages: 9.8, photos: 6, searchIndex: 4.82 });
  });

  it('reports zero for stages a build did not print', () => {
    const bare = parseBuildLog([{ at: 100, text: 'nothing here' }], 500);
    expect(bare.stages).toEqual({ contentCheck: 0, setup: 0.5, pages: 0, shareImages: 0, photos: 0, searchIndex: 0 });
  });
});
