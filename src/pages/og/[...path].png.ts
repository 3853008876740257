/**
 * One 1200×630 share image per page, at og/<page path>.png (see src/og/paths.ts). The cards come
 * from src/og/site-cards.ts, the drawing and the cache from src/og/render.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from '../../lib/content.ts';
import { ogRouteParam } from '../../og/paths.ts';
import { createProgress, prepareFonts, renderCard } from '../../og/render.ts';
import { siteCards } from '../../og/site-cards.ts';
import type { Card } from '../../og/types.ts';

const progress = createProgress();
const site = { siteName: settings.siteName, siteHost: new URL(settings.siteUrl).host };

export const getStaticPaths = (async () => {
  const cards = [...(await siteCards()).values()];
  progress.expect(cards.length);
  return cards.map((card) => ({ params: { path: ogRouteParam(card.path) }, props: { card } }));
}) satisfies GetStaticPaths;

let fontsPlanned: Promise<void> | undefined;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  // Once per build: every card's text goes into the one font subset the first drawn image cuts.
  fontsPlanned ??= siteCards().then((cards) => prepareFonts(cards.values(), site));
  await fontsPlanned;
  const started = performance.now();
  const result = await renderCard(props.card, site);
  progress.record(result, performance.now() - started);
  return new Response(new Uint8Array(result.png), { headers: { 'Content-Type': 'image/png' } });
};
