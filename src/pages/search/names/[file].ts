/**
 * The name index (src/lib/search-names.ts): `search/names/index.json` and one shard per letter,
 * made once per build from every name the site shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/cache-key.ts';
import { getSite } from '../../../lib/content.ts';
import { siteNames } from '../../../lib/search-filters.ts';
import { NAMES_MANIFEST, nameIndex, shardFile, traditionalBitmap, type NameIndex } from '../../../lib/search-names.ts';

let index: Promise<NameIndex> | undefined;
const load = () =>
  (index ??= getSite().then((site) => nameIndex(siteNames(site))));

// Each file's cacheKey is its data (src/lib/cache-key.ts): a warm build writes only the shards
// whose names changed (a renamed unit: the shards of its old and new name's letters).
export const getStaticPaths = (async () => {
  const { manifest, shards } = await load();
  return [
    { params: { file: NAMES_MANIFEST }, cacheKey: cacheKey(manifest) },
    ...manifest.shards.map((letter) => ({ params: { file: shardFile(letter) }, cacheKey: cacheKey(shards.get(letter) ?? []) })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { manifest, shards } = await load();
  if (params.file === NAMES_MANIFEST) return Response.json({ ...manifest, traditional: await traditionalBitmap() });
  return Response.json(shards.get(params.file!.replace(/\.json$/, '')) ?? []);
};
