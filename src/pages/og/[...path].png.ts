/**
 * One 1200×630 share image per page, at og/<page path>.png (see src/og/paths.ts). The cards come
 * from src/og/cards.ts, the drawing and the cache from src/og/render.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { buildCards } from '../../og/cards.ts';
import { ogRouteParam } from '../../og/paths.ts';
import { createProgress, renderCard } from '../../og/render.ts';
import type { Card } from '../../og/types.ts';

const progress = createProgress();
const site = { siteName: settings.siteName, siteHost: new URL(settings.siteUrl).host };

export const getStaticPaths = (async () => {
  const cards = buildCards(await getSite(), settings);
  progress.expect(cards.length);
  return cards.map((card) => ({ params: { path: ogRouteParam(card.path) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const started = performance.now();
  const result = await renderCard(props.card, site);
  progress.record(result, performance.now() - started);
  return new Response(new Uint8Array(result.png), { headers: { 'Content-Type': 'image/png' } });
};
