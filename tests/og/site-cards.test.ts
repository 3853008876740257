import { describe, expect, it, vi } from 'vitest';
import { fixtureSite, settings } from './fixtures.ts';

// The layout and the image route read the site through src/lib/content.ts (Astro's collections);
// here it serves the fixture site instead.
vi.mock('../../src/lib/content.ts', () => ({ getSite: async () => fixtureSite(), settings }));

const { shareImageOf, siteCards } = await import('../../src/og/site-cards.ts');

describe('the share image of a page', () => {
  it('is found from the path the layout is given', async () => {
    expect(await shareImageOf('')).toEqual({ image: 'og/index.png', alt: '榜样分享图：某市文明办，榜样，文明创建成果展示' });
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
});
