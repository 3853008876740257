/**
 * A list's filter index as a JSON response, with each pictured entry's smallest card picture
 * (the 480 px WebP its card already lists, so no new file is made). Astro-bound, so kept apart
 * from the pure src/lib/filters.ts.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { filterIndex } from './filters.ts';
import type { ListSource } from './pages/lists.ts';
import { href } from './urls.ts';
import { IMAGE_WIDTHS } from './views.ts';

export async function filterIndexResponse<E>(source: ListSource<E>): Promise<Response> {
  if (!source.filter) throw new Error(`${source.key} 列表没有筛选`);
  const thumbnails = await Promise.all(
    source.entries.map(async (entry) => {
      const image = source.card(entry).image;
      if (!image) return undefined;
      const src = image.src as ImageMetadata;
      return (await getImage({ src, width: Math.min(IMAGE_WIDTHS[0]!, src.width), format: 'webp' })).src;
    }),
  );
  const index = filterIndex(source.filter, source.entries, source.card, { list: source.base, base: href('') }, thumbnails);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
