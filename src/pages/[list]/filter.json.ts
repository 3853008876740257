/** The filter index of each list that has filters: every entry, for the filter island (src/lib/filters.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content.ts';
import { filterIndexResponse } from '../../lib/filter-response.ts';
import { siteList, siteLists } from '../../lib/pages/site-lists.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return siteLists(site)
    .filter((source) => source.filter && !source.key.includes('/'))
    .map((source) => ({ params: { list: source.key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => filterIndexResponse(siteList(await getSite(), params.list!));
