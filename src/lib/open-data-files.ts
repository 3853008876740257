/**
 * The open data downloads: each content type's records (`site.openData` in src/registry/) as
 * `data/<name>.csv` and `.json`, then the honors of units and figures in one table. The
 * statistics page links to them; src/pages/data/[file].ts writes them.
 */
import { t } from '../i18n/index.ts';
import { publishedTypes } from '../registry/index.ts';
import type { OpenData } from '../registry/types.ts';
import { csvResponse, honorRecords, honorsCsv } from './open-data.ts';
import type { SiteModel } from './site-model.ts';

/** Every dataset, in the order the statistics page lists them. */
function datasets(): OpenData[] {
  const types = publishedTypes().flatMap((type) => (type.site.openData ? [type.site.openData] : []));
  const byName = new Map(types.map((dataset) => [dataset.name, dataset]));
  // Built from the unit and figure records, so the three downloads cannot disagree.
  const honors: OpenData = {
    name: 'honors',
    labels: { csv: 'stats.download.honors.csv', json: 'stats.download.honors.json' },
    records: (site, siteUrl) => honorRecords(byName.get('units')!.records(site, siteUrl) as never, byName.get('figures')!.records(site, siteUrl) as never),
    csv: honorsCsv,
  };
  return [...types, honors];
}

const EXTENSIONS = ['csv', 'json'] as const;

/** Every file with what the statistics page calls it: `units.csv` 「文明单位名录（CSV）」, … */
export const openDataDownloads = (): { file: string; label: string }[] =>
  datasets().flatMap((dataset) => EXTENSIONS.map((extension) => ({ file: `${dataset.name}.${extension}`, label: t(dataset.labels[extension]) })));

/** `units.csv`, `units.json`, … */
export const openDataFiles = (): string[] => openDataDownloads().map((download) => download.file);

/** The response for one file; the records of each dataset are made once per site model. */
export function openDataResponse(site: SiteModel, siteUrl: string, file: string): Response {
  const [, name, extension] = /^(.+)\.(csv|json)$/.exec(file) ?? [];
  const dataset = datasets().find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`没有开放数据文件 ${file}`);
  const records = recordsOf(site, siteUrl, dataset);
  return extension === 'csv' ? csvResponse(dataset.csv(records as never[])) : Response.json(records);
}

const made = new WeakMap<SiteModel, Map<string, unknown[]>>();
function recordsOf(site: SiteModel, siteUrl: string, dataset: OpenData): unknown[] {
  let bySite = made.get(site);
  if (!bySite) made.set(site, (bySite = new Map()));
  let records = bySite.get(dataset.name);
  if (!records) bySite.set(dataset.name, (records = dataset.records(site, siteUrl)));
  return records;
}
