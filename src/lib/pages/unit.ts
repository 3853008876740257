/** View models of a unit's page and a naming batch's page. */
import { t } from '../../i18n/index.ts';
import { formatDay } from '../dates.ts';
import { noticeBanners } from '../banner.ts';
import { stageRows, stagesGiven } from '../honors/batches.ts';
import { formerNameOn } from '../honors/names.ts';
import { formatPartialDate } from '../honors/partial-dates.ts';
import type { Batch, SiteModel } from '../model.ts';
import { backlinkGroups } from '../site-model.ts';
import { paths } from '../urls.ts';
import { batchTitle, honorLabel, statusBadge, unitCard, unitFallback } from '../views.ts';
import type { Unit } from '../model.ts';
import { honorViews } from './honors.ts';
import { batchListName } from '../honors/list-files.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';

/** Units are related when they are of the same sector in the same province. */
const sectorOf = (unit: Unit) => `${unit.data.region[0]}\u0000${unit.data.sector}`;
const unitLink = (unit: Unit) => ({ href: paths.unit(unit.slug), title: unit.data.name });

export function unitView(site: SiteModel, slug: string) {
  const unit = site.index.units.get(slug);
  if (!unit) throw new Error(`没有单位 ${slug}`);
  // The short name and the former names, each once and never the current name itself.
  const alternateNames = [...new Set([unit.data.shortName ?? '', ...unit.data.formerNames.map((former) => former.name)])].filter(
    (name) => name && name !== unit.data.name,
  );
  const groups = [
    ...backlinkGroups(site, 'units', slug),
    { heading: t('units.related', { sector: unit.data.sector }), cards: related(site.units, sectorOf, unit).map(unitCard) },
  ].filter((group) => group.cards.length > 0);
  return {
    unit,
    path: paths.unit(slug),
    crumbs: breadcrumbs({ label: t('units.title'), href: 'units/' }, { label: unit.data.name }),
    neighbours: neighbours(site.units, slug, unitLink),
    fallback: unitFallback(unit),
    formerNames: unit.data.formerNames.map((former) => `${former.name}（至${formatDay(former.until)}）`).join('；'),
    honors: honorViews(unit, site.index.bodies),
    links: groups,
    banners: noticeBanners(site, { unit: slug }),
    jsonLd: {
      '@type': 'Organization',
      name: unit.data.name,
      ...(alternateNames.length ? { alternateName: alternateNames } : {}),
      description: unit.data.summary,
      ...(unit.data.website ? { url: unit.data.website } : {}),
      ...(unit.data.address ? { address: unit.data.address } : {}),
      award: unit.honors.filter((honor) => honor.standing !== 'announced').map((honor) => honorLabel(honor)),
    },
  };
}

/** 「26%（命名 29 ÷ 申报 111）」 */
const rateText = (named: number | undefined, applied: number | undefined, rate: number | undefined) =>
  rate === undefined ? '' : t('batch.rate', { rate, named: named!, applied: applied! });

export function batchView(site: SiteModel, slug: string) {
  const batch = site.batches.find((candidate) => candidate.slug === slug);
  if (!batch) throw new Error(`没有批次 ${slug}`);
  const title = batchTitle(batch);
  const facts = batch.facts;
  // The decision's day names each unit as it was then called.
  const day = batch.date;
  const rows = batch.members.map(({ unit, honor }) => ({
    href: paths.unit(unit.slug),
    name: formerNameOn(unit.data, day),
    current: unit.data.name,
    title: honor.title,
    term: honor.term ?? '',
    fictional: honor.fictional,
    badge: statusBadge(honor),
  }));
  const listedByTitle = new Map<string, number>();
  for (const { honor } of batch.members) listedByTitle.set(honor.title, (listedByTitle.get(honor.title) ?? 0) + 1);
  const titles = [...batch.body.data.titles].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0)).map((entry) => entry.title);
  const stages = stagesGiven(facts);
  const table = stageRows(facts, titles, listedByTitle);
  const total = table.at(-1)!;
  const listed = byTitleText(Object.fromEntries(listedByTitle), titles);
  const unitCount = new Set(batch.members.map(({ unit }) => unit.slug)).size;
  const decidedBy = facts?.document ?? batch.members.find(({ honor }) => honor.document)?.honor.document ?? facts?.meeting;
  return {
    batch: { slug: batch.slug, body: batch.body.data.name, facets: batch.body.data.tier ? `${batch.body.data.level} · ${batch.body.data.tier}` : batch.body.data.level },
    path: paths.batch(slug),
    title,
    decidedBy,
    date: facts?.date ? formatPartialDate(facts.date) : undefined,
    crumbs: breadcrumbs({ label: t('units.title'), href: 'units/' }, { label: t('units.batches'), href: 'units/#batches' }, { label: title }),
    neighbours: neighbours(site.batches, slug, (b) => ({ href: paths.batch(b.slug), title: batchTitle(b) })),
    description: t('batch.description', { title, n: unitCount }),
    stages,
    stageTable: table.map((row) => ({
      title: row.title ?? t('stats.total'),
      figures: stages.map((stage) => row.figures[stage]),
      rate: row.rate === undefined ? '' : `${row.rate}%`,
      listed: row.listed,
    })),
    rate: rateText(total.figures.命名, total.figures.申报, total.rate),
    statedRate: facts?.statedRate,
    named: total.figures.命名 === undefined ? undefined : t('batch.named', { n: total.figures.命名, titles: byTitleText(facts?.stages?.命名?.byTitle, titles) }),
    listed: t('batch.listed', { n: unitCount, titles: listed }),
    channels: facts?.channels.length ? facts.channels.join('、') : undefined,
    source: facts?.source,
    note: facts?.note,
    fictional: facts?.fictional ?? false,
    rows,
    unitCount,
    downloads: batchDownloads(batch),
  };
}

/** 「：山西省直机关文明和谐标兵单位 4 个、山西省直机关文明和谐单位 25 个」, or nothing when not given by title. */
function byTitleText(byTitle: Record<string, number> | undefined, titles: readonly string[]): string {
  const entries = Object.entries(byTitle ?? {}).sort((a, b) => titles.indexOf(a[0]) - titles.indexOf(b[0]));
  if (entries.length < 2) return '';
  return `：${entries.map(([title, n]) => t('batch.titleCount', { title, n })).join('、')}`;
}

/** The batch's list as CSV and XLSX, with the Chinese file name the link offers. */
export function batchDownloads(batch: Batch) {
  const name = batchListName(batch);
  return [
    { href: `${paths.batch(batch.slug)}list.xlsx`, label: t('batch.download.xlsx'), download: `${name}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    { href: `${paths.batch(batch.slug)}list.csv`, label: t('batch.download.csv'), download: `${name}.csv`, type: 'text/csv' },
  ];
}
