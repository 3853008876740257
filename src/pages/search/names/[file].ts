/**
 * The name index (src/lib/search-names.ts): `search/names/index.json` and one shard per letter,
 * made once per build from every name the site shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/content.ts';
import { siteNames } from '../../../lib/search-filters.ts';
import { NAMES_MANIFEST, nameIndex, shardFile, traditionalBitmap, type NameIndex } from '../../../lib/search-names.ts';

let index: Promise<NameIndex> | undefined;
const load = () =>
  (index ??= getSite().then((site) => nameIndex(siteNames(site))));

export const getStaticPaths = (async () => {
  const { manifest } = await load();
  return [NAMES_MANIFEST, ...manifest.shards.map(shardFile)].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { manifest, shards } = await load();
  if (params.file === NAMES_MANIFEST) return Response.json({ ...manifest, traditional: await traditionalBitmap() });
  return Response.json(shards.get(params.file!.replace(/\.json$/, '')) ?? []);
};
