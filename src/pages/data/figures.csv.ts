import type { APIRoute } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { figureRecord, figuresCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const unitName = (slug: string) => site.units.find((unit) => unit.slug === slug)?.data.name;
  return new Response(figuresCsv(site.figures.map((figure) => figureRecord(figure, settings.siteUrl, unitName))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
