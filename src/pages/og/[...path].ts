/**
 * One 1200×630 share image per page, at og/<page path>.png, or .jpg for a card a photo fills
 * (see src/og/paths.ts). The cards and their images come from src/og/site-cards.ts, the drawing
 * and the cache from src/og/render.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OG_FORMATS, ogRouteParam } from '../../og/paths.ts';
import { createProgress } from '../../og/render.ts';
import { siteImage, sitePlans } from '../../og/site-cards.ts';

const progress = createProgress();

/**
 * The cacheKey is the image's disk-cache key (renderer, font, drawn trees, the picture's hash):
 * with Astro's incremental build, an image whose key is unchanged is not rendered at all but
 * restored from Astro's cache. Missing characters and pictures are reported here, every build.
 */
export const getStaticPaths = (async () => {
  const plans = await sitePlans();
  progress.expect(plans.length);
  return plans.map(({ card, key, format }, index) => ({ params: { path: ogRouteParam(card.path, format) }, props: { index }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props }) => {
  const started = performance.now();
  const result = await siteImage(props.index);
  progress.record(result, performance.now() - started);
  return new Response(new Uint8Array(result.image), { headers: { 'Content-Type': OG_FORMATS[result.format].type } });
};
