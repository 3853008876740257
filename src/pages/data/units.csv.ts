import type { APIRoute } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { unitRecord, unitsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(unitsCsv(site.units.map((unit) => unitRecord(unit, settings.siteUrl))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
