/**
 * The open data downloads (src/lib/open-data.ts), one file per name in OPEN_DATA_FILES, the list
 * the statistics page links to. The records are made once per build and serve all six files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { csvResponse, figuresCsv, honorsCsv, openDataRecords, unitsCsv } from '../../lib/open-data.ts';
import { OPEN_DATA_FILES } from '../../lib/pages/stats.ts';

type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
type Records = ReturnType<typeof openDataRecords>;

const RESPONSES: Record<OpenDataFile, (records: Records) => Response> = {
  'units.csv': (records) => csvResponse(unitsCsv(records.units)),
  'units.json': (records) => Response.json(records.units),
  'figures.csv': (records) => csvResponse(figuresCsv(records.figures)),
  'figures.json': (records) => Response.json(records.figures),
  'honors.csv': (records) => csvResponse(honorsCsv(records.honors)),
  'honors.json': (records) => Response.json(records.honors),
};

let records: Promise<Records> | undefined;

export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  records ??= getSite().then((site) => openDataRecords(site, settings.siteUrl));
  return RESPONSES[params.file as OpenDataFile](await records);
};
