import type { APIRoute } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { figureRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const unitName = (slug: string) => site.units.find((unit) => unit.slug === slug)?.data.name;
  return Response.json(site.figures.map((figure) => figureRecord(figure, settings.siteUrl, unitName)));
};
