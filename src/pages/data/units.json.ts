import type { APIRoute } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { unitRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json(site.units.map((unit) => unitRecord(unit, settings.siteUrl)));
};
