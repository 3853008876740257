/**
 * 文明单位: the bodies the office has honored (content/units/<slug>.md). Honor statuses and naming
 * batches are derived in src/lib/model.ts; the card, the search metadata and the open data record
 * in src/lib/views.ts, search-meta.ts and open-data.ts.
 */
import { t } from '../i18n/index.ts';
import { UNIT_FILTER } from '../lib/filters.ts';
import { prepareUnits, type Unit } from '../lib/model.ts';
import { unitRecord, unitsCsv } from '../lib/open-data.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { searchMeta, searchNames } from '../lib/search-meta.ts';
import { siteCounts } from '../lib/stats.ts';
import { sectionList } from '../lib/pages/lists.ts';
import { paths } from '../lib/urls.ts';
import { batchRows, batchTitle, unitCard } from '../lib/views.ts';
import { honorLine, listCard, locator, page, region, withImage } from '../og/card-parts.ts';
import { unitSchema, type UnitData } from '../schemas/units.ts';
import { newUnit } from '../../scripts/lib/scaffold.ts';
import type { PublishedType } from './types.ts';

/** Units by the day of their latest naming in effect, newest first (an imprecise one at its period's last day). */
function latestNamed(site: { units: readonly Unit[] }) {
  const named = (unit: Unit) => unit.honors.reduce((day, honor) => (honor.standing !== 'announced' && honor.named > day ? honor.named : day), '');
  return site.units.filter((unit) => named(unit) !== '').toSorted((a, b) => named(b).localeCompare(named(a)));
}

const fixed = (label: string) => () => label;

export const units: PublishedType<'units', UnitData, Unit> = {
  name: 'units',
  singular: 'unit',
  noun: '单位',
  label: 'units.title',
  files: { layout: 'file', loader: null },
  schema: unitSchema,
  settings: null,
  scaffold: { words: ['unit', '单位', '文明单位'], template: newUnit, links: {}, folders: [] },
  events: [
    { path: 'honors.*.history.*.date', kind: 'day', label: (change) => `状态记录「${String(change.status ?? '')}」的日期` },
    { path: 'formerNames.*.until', kind: 'day', label: fixed('曾用名的停用日期') },
  ],
  checks: null,
  site: {
    model: prepareUnits,
    path: paths.unit,
    card: unitCard,
    backlinks: { heading: () => t('units.title'), holders: null, card: unitCard },
    share: (site, { siteName }) => [
      listCard('units/', siteName, t('units.title'), [t('common.unitsCount', { n: site.units.length }), t('units.description')]),
      ...site.units.map((unit) => {
        const honor = unit.headline;
        return withImage({
          path: page(paths.unit(unit.slug)),
          kind: 'unit',
          label: t('units.title'),
          title: unit.data.name,
          lines: [...(honor ? [honorLine(honor)] : []), region(unit.data.region)],
        }, locator(unit, ['cover', 'src'], unit.data.cover?.src, 'side'));
      }),
      ...site.batches.map((batch) => ({
        path: page(paths.batch(batch.slug)),
        kind: 'batch',
        label: t('units.batches'),
        title: batchTitle(batch),
        lines: [t('batch.count', { n: new Set(batch.members.map((member) => member.unit.slug)).size }), batch.body.data.level],
      })),
    ],
    search: { types: ['单位'], metas: (site) => site.units.map(searchMeta.unit), names: searchNames.unit },
    feed: (site) =>
      // One item per naming decision: a decision is the news, its units the detail; one whose
      // naming has not taken effect is not news yet.
      site.batches.filter((batch) => batch.date && batch.date <= site.today).map((batch) => ({
        title: batchTitle(batch),
        path: paths.batch(batch.slug),
        date: batch.date,
        description: t('feed.batch', { n: new Set(batch.members.map((member) => member.unit.slug)).size, names: [...new Set(batch.members.map((member) => member.unit.data.name))].slice(0, 5).join('、') }),
        category: t('feed.category.honor'),
      })),
    openData: {
      name: 'units',
      labels: { csv: 'stats.download.units.csv', json: 'stats.download.units.json' },
      records: (site, siteUrl) => site.units.map((unit) => unitRecord(unit, siteUrl)),
      csv: unitsCsv,
    },
    lists: (site) => {
      const counts = siteCounts(site);
      return [
        sectionList('units', 'unit', {
                    entries: site.units,
          card: unitCard,
          count: t('units.count', { n: counts.units.named, held: counts.units.held }),
          filter: { ...UNIT_FILTER, shown: t('units.filter.shown'), none: t('units.filter.none') },
          tables: [
            {
              id: 'batches',
              heading: t('units.batches'),
              label: t('batch.table.label'),
              columns: [{ label: t('batch.table.batch') }, { label: t('batch.table.level') }, { label: t('batch.table.units'), numeric: true }],
              rows: batchRows(site).map((row) => ({ href: row.href, cells: [row.title, row.level, row.units] })),
            },
          ],
        }),
      ];
    },
    home: {
      rank: 20,
      section: (site) => ({
        id: 'units',
        heading: t('home.section.units'),
        cards: latestNamed(site).slice(0, HOME_SECTION_SIZE).map(unitCard),
        more: { href: 'units/', label: t('home.more.units', { n: site.units.length }) },
      }),
    },
    picture: (unit) => ({ title: unit.data.name, image: unit.data.cover }),
  },
};
