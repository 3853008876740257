import type { APIRoute } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { openDataRecords, csvResponse, unitsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const records = openDataRecords(await getSite(), settings.siteUrl);
  return csvResponse(unitsCsv(records.units));
};
