/**
 * 道德模范 / 身边好人: model figures (content/figures/<slug>.md). The list shows the newest honor
 * first (src/lib/pages/lists.ts); consent is a schema rule (src/schemas/figures.ts).
 */
import { t } from '../i18n/index.ts';
import { FIGURE_FILTER } from '../lib/filters.ts';
import { prepareFigures, type Figure } from '../lib/model.ts';
import { figureRecord, figuresCsv } from '../lib/open-data.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { figureOrder, sectionList } from '../lib/pages/lists.ts';
import { searchMeta, searchNames } from '../lib/search-meta.ts';
import { paths } from '../lib/urls.ts';
import { figureCard, figureHeadline } from '../lib/views.ts';
import { honorLine, listCard, locator, page, region, withImage } from '../og/card-parts.ts';
import { figureSchema, type FigureData } from '../schemas/figures.ts';
import { newFigure } from '../../scripts/lib/scaffold.ts';
import type { PublishedType } from './types.ts';

const fixed = (label: string) => () => label;

/** The year of a figure's newest honor. */
const newestYear = (figure: Figure) => Math.max(0, ...figure.honors.map((h) => h.year));

export const figures: PublishedType<'figures', FigureData, Figure> = {
  name: 'figures',
  singular: 'figure',
  noun: '人物',
  label: 'figures.title',
  files: { layout: 'file', loader: null },
  schema: figureSchema,
  settings: null,
  scaffold: { words: ['figure', '人物', '模范', '道德模范'], template: newFigure, links: { unit: '所在单位' }, folders: [] },
  events: [
    { path: 'honors.*.date', kind: 'day', label: fixed('荣誉的授予日期') },
    { path: 'honors.*.history.*.date', kind: 'day', label: (change) => `「${String(change.status ?? '')}」的日期` },
    { path: 'deceased.date', kind: 'day', label: fixed('去世日期') },
    { path: 'consent.date', kind: 'day', label: fixed('发布同意的日期') },
  ],
  checks: null,
  site: {
    model: prepareFigures,
    path: paths.figure,
    card: figureCard,
    backlinks: { heading: () => t('units.links.figures'), holders: null, card: figureCard },
    share: (site, { siteName }) => [
      listCard('figures/', siteName, t('figures.title'), [t('common.persons', { n: site.figures.length }), t('figures.description')]),
      ...site.figures.map((figure) => {
        const honor = figureHeadline(figure);
        return withImage({
          path: page(paths.figure(figure.slug)),
          kind: 'figure',
          label: `${t('figures.title')} · ${figure.data.category}`,
          title: figure.data.name,
          lines: [
            ...(honor ? [honorLine(honor)] : []),
            [figure.data.occupation, region(figure.data.region)].filter(Boolean).join(' · '),
          ],
        }, locator(figure, ['portrait', 'src'], figure.data.portrait?.src, 'side'));
      }),
    ],
    search: { types: ['人物'], metas: (site) => site.figures.map(searchMeta.figure), names: searchNames.figure },
    feed: (site) =>
      site.figures.map((figure) => ({
        title: figure.data.name,
        path: paths.figure(figure.slug),
        date: figure.data.consent.date,
        description: figure.data.summary,
        category: t('feed.category.figure'),
      })),
    openData: {
      name: 'figures',
      labels: { csv: 'stats.download.figures.csv', json: 'stats.download.figures.json' },
      records: (site, siteUrl) => {
        const unitNames = new Map(site.units.map((unit) => [unit.slug, unit.data.name]));
        return site.figures.map((figure) => figureRecord(figure, siteUrl, (slug) => unitNames.get(slug)));
      },
      csv: figuresCsv,
    },
    lists: (site) => [
      sectionList('figures', 'figure', {
                entries: figureOrder(site),
        card: figureCard,
        count: t('figures.count', { n: site.figures.length }),
        filter: { ...FIGURE_FILTER, shown: t('figures.filter.shown'), none: t('figures.filter.none') },
      }),
    ],
    home: {
      rank: 30,
      section: (site) => ({
        id: 'figures',
        heading: t('home.latestFigures'),
        cards: site.figures.toSorted((a, b) => newestYear(b) - newestYear(a)).slice(0, HOME_SECTION_SIZE).map(figureCard),
        more: { href: 'figures/', label: t('home.more.figures', { n: site.figures.length }) },
      }),
    },
    picture: (figure) => ({ title: figure.data.name, image: figure.data.portrait }),
  },
};
