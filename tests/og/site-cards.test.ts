import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fixtureSite, settings } from './fixtures.ts';

// The layout and the image route read the site through src/lib/content.ts (Astro's collections);
// here it serves the fixture site instead.
vi.mock('../../src/lib/content.ts', () => ({ getSite: async () => fixtureSite(), settings }));

const { shareImageOf, siteCards, siteImage, sitePlans } = await import('../../src/og/site-cards.ts');
const { planCard } = await import('../../src/og/render.ts');

// The images drawn here go to a cache of their own.
const cacheDir = mkdtempSync(join(tmpdir(), 'bangyang-og-site-'));
process.env.BANGYANG_OG_CACHE = cacheDir;
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('the share image of a page', () => {
  it('is found from the path the layout is given', async () => {
    expect(await shareImageOf('')).toEqual({ image: 'og/index.png', type: 'image/png', alt: '榜样分享图：某市文明办，榜样，文明创建成果展示' });
    // A photo's card is a JPEG, and says so.
    expect(await shareImageOf('exhibitions/xunli/lake/')).toMatchObject({ image: 'og/exhibitions/xunli/lake.jpg', type: 'image/jpeg' });
    expect(await shareImageOf('404.html')).toMatchObject({ image: 'og/404.png' });
    expect(await shareImageOf('units/zhe-kun/')).toMatchObject({ image: 'og/units/zhe-kun.png' });
    expect((await shareImageOf('exhibitions/xunli/lake/')).alt).toBe('榜样分享图：图片展，湖，创建巡礼 · 摄影：李四');
  });

  it('comes from one set of cards per build, the one the image route draws', async () => {
    const cards = await siteCards();
    expect(cards.get('/figures/wang-zhe/')?.title).toBe('王喆');
    expect(cards).toBe(await siteCards());
  });

  it('fails the build for a page without a card, saying where to add one', async () => {
    await expect(shareImageOf('units/page/2/')).rejects.toThrow(
      '页面 /units/page/2/ 没有分享图：请在 src/og/cards.ts 的 buildCards() 中为这类页面添加一张卡片（类型标签、标题、说明行）',
    );
  });

  it('is drawn by index, in the order of the cards', async () => {
    const paths = [...(await siteCards()).keys()];
    const notFound = await siteImage(paths.indexOf('/404.html'));
    expect(notFound.fromCache).toBe(false);
    expect(await sharp(notFound.image).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    // The next card (started together with it) is a different image.
    const next = await siteImage(paths.indexOf('/404.html') + 1);
    expect(next.image.equals(notFound.image)).toBe(false);
  });

  it('is planned once per build, in the order of the cards, with the key the route gives Astro as cacheKey', async () => {
    const cards = [...(await siteCards()).values()];
    const plans = await sitePlans();
    expect(plans).toBe(await sitePlans());
    expect(plans.map((plan) => plan.card)).toEqual(cards);
    const identity = { siteName: settings.siteName, siteHost: new URL(settings.siteUrl).host };
    expect(plans.map((plan) => plan.key)).toEqual(cards.map((card) => planCard(card, identity, () => {}).key));
    expect(new Set(plans.map((plan) => plan.key)).size).toBe(plans.length);
  });
});
