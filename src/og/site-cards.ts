/**
 * The cards of the site being built, made once per build and shared by the two places that need
 * them: the image route, which draws one image per card (siteImage), and the layout, which links
 * each page to its card's image (shareImageOf). Looking the card up from the layout makes a page
 * without a card fail the build, instead of publishing an og:image that points at nothing.
 */
import { getSite, settings } from '../lib/content.ts';
import { renderAhead } from './ahead.ts';
import { buildCards } from './cards.ts';
import { OG_FORMATS, ogFormatOf, ogImagePath } from './paths.ts';
import { defaultPoolSize } from './pool.ts';
import { drawPlanned, planCard, prepareFonts, type PlannedCard, type RenderResult } from './render.ts';
import type { Card } from './types.ts';

/** The site's name and host, drawn along the bottom of every card. */
const identity = { siteName: settings.siteName, siteHost: new URL(settings.siteUrl).host };

let cards: Promise<Map<string, Card>> | undefined;

/** Every card of the site, keyed by page path (`/units/foo/`, `/` for home). */
export function siteCards(): Promise<Map<string, Card>> {
  cards ??= getSite().then((site) => new Map(buildCards(site, settings).map((card) => [card.path, card])));
  return cards;
}

/**
 * The share image of a page, given its path below the base (`units/foo/`, `''` for home): where
 * it is (below the base), its media type for og:image:type, and its alt text.
 */
export async function shareImageOf(path: string): Promise<{ image: string; type: string; alt: string }> {
  const pagePath = `/${path.replace(/^\/+/, '')}`;
  const card = (await siteCards()).get(pagePath);
  if (!card) {
    throw new Error(`页面 ${pagePath} 没有分享图：请在 src/og/cards.ts 的 buildCards() 中为这类页面添加一张卡片（类型标签、标题、说明行）`);
  }
  const format = ogFormatOf(card);
  return { image: ogImagePath(pagePath, format), type: OG_FORMATS[format].type, alt: card.alt };
}

let plans: Promise<PlannedCard[]> | undefined;

/**
 * Every card made ready to draw, in siteCards() order (the order of the image route's pages),
 * with its cache key: once per build. The first call announces every card's text to the font
 * module, so the first image drawn cuts one subset for all of them.
 */
export function sitePlans(): Promise<PlannedCard[]> {
  plans ??= siteCards().then((cards) => {
    const list = [...cards.values()];
    prepareFonts(list, identity);
    return list.map((card) => planCard(card, identity));
  });
  return plans;
}

let images: Promise<(index: number) => Promise<RenderResult>> | undefined;

/**
 * The image of the card at `index` in sitePlans() order. Each call starts the next few images
 * too, twice as many as the pool has workers, so the workers never wait for Astro to ask for the
 * next page (Astro renders one page at a time and awaits it). The pool itself starts only when an
 * image is not in the cache.
 */
export function siteImage(index: number): Promise<RenderResult> {
  images ??= sitePlans().then((list) => renderAhead(list, (plan) => drawPlanned(plan), 2 * defaultPoolSize()));
  return images.then((draw) => draw(index));
}
