/** The filter index of each list that has filters: every entry, for the filter island (src/lib/filters.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content.ts';
import { filterIndexResponse } from '../../lib/filter-response.ts';
import { lists, type ListKey, type ListSource } from '../../lib/pages/lists.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return Object.values(lists)
    .map((list) => list(site))
    .filter((source) => source.filter)
    .map((source) => ({ params: { list: source.key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // Each list's entries type differs; the response only passes them back to the list's own functions.
  const source = lists[params.list as ListKey](await getSite()) as unknown as ListSource<unknown>;
  return filterIndexResponse(source);
};
