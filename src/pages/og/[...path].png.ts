/**
 * One 1200×630 share image per page, at og/<page path>.png (see src/og/paths.ts). The cards and
 * their images come from src/og/site-cards.ts, the drawing and the cache from src/og/render.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogRouteParam } from '../../og/paths.ts';
import { createProgress } from '../../og/render.ts';
import { siteCards, siteImage } from '../../og/site-cards.ts';

const progress = createProgress();

export const getStaticPaths = (async () => {
  const cards = [...(await siteCards()).values()];
  progress.expect(cards.length);
  return cards.map((card, index) => ({ params: { path: ogRouteParam(card.path) }, props: { index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props }) => {
  const started = performance.now();
  const result = await siteImage(props.index);
  progress.record(result, performance.now() - started);
  return new Response(new Uint8Array(result.png), { headers: { 'Content-Type': 'image/png' } });
};
