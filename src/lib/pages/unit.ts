/** View models of a unit's page and a naming batch's page. */
import type { BatchData } from '../../schemas/batches.ts';
import { t } from '../../i18n/index.ts';
import { formatDay } from '../dates.ts';
import { noticeBanners } from '../banner.ts';
import type { SiteModel } from '../model.ts';
import { backlinkGroups } from '../site-model.ts';
import { paths } from '../urls.ts';
import { honorLabel, unitCard, unitFallback } from '../views.ts';
import type { Unit } from '../model.ts';
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
    links: groups,
    banners: noticeBanners(site, { unit: slug }),
    jsonLd: {
      '@type': 'Organization',
      name: unit.data.name,
      ...(alternateNames.length ? { alternateName: alternateNames } : {}),
      description: unit.data.summary,
      ...(unit.data.website ? { url: unit.data.website } : {}),
      ...(unit.data.address ? { address: unit.data.address } : {}),
      award: unit.honors.map((honor) => `${honor.year}年${honorLabel(honor)}`),
    },
  };
}

export function batchView(site: SiteModel, slug: string) {
  const batch = site.batches.find((candidate) => candidate.slug === slug);
  if (!batch) throw new Error(`没有批次 ${slug}`);
  const title = t('batch.title', { year: batch.year, level: batch.level });
  const rows = batch.members.map(({ unit, honor }) => ({
    href: paths.unit(unit.slug),
    name: unit.data.name,
    title: honor.title,
    term: honor.term,
    document: honor.document ?? '',
    status: honor.current?.status ?? t('units.notYet'),
  }));
  // A unit may receive two titles in one batch: it is still one unit.
  const unitCount = new Set(batch.members.map(({ unit }) => unit.slug)).size;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const titles = new Map<string, number>();
  for (const row of rows) titles.set(row.title, (titles.get(row.title) ?? 0) + 1);
  return {
    batch,
    path: paths.batch(slug),
    byTitle: [...titles].map(([title, count]) => ({ title, count })),
    title,
    crumbs: breadcrumbs({ label: t('units.title'), href: 'units/' }, { label: t('units.batches'), href: 'units/#batches' }, { label: title }),
    neighbours: neighbours(site.batches, slug, (b) => ({ href: paths.batch(b.slug), title: t('batch.title', { year: b.year, level: b.level }) })),
    description: t('batch.description', { year: batch.year, level: batch.level, n: unitCount }),
    rows,
    unitCount,
    facts: batchFacts(batch.facts, unitCount),
    byStatus: [...counts].map(([status, count]) => ({ status, count })),
  };
}

/**
 * The published figures of a batch as label/value pairs: 申报 and 命名 counts (the second with
 * how many of the named units this site has pages for) and the decision's document number.
 */
export function batchFacts(facts: BatchData | undefined, listed: number): { label: string; value: string }[] {
  if (!facts) return [];
  return [
    ...(facts.applied === undefined ? [] : [{ label: t('batch.applied'), value: t('batch.units', { n: facts.applied }) }]),
    ...(facts.named === undefined ? [] : [{ label: t('batch.named'), value: t('batch.namedListed', { n: facts.named, listed }) }]),
    ...(facts.document ? [{ label: t('batch.document'), value: facts.document }] : []),
  ];
}
