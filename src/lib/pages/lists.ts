/**
 * View models of the paginated lists: units, figures, lectures, exhibitions, notices. One list
 * is its entries in display order, a card mapper, a count sentence and optionally a filter
 * (src/lib/filters.ts); a page of it is PAGE_SIZE cards with its pagination.
 */
import type { LectureData } from '../../schemas/lectures.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { facetsOf, FIGURE_FILTER, LECTURE_FILTER, UNIT_FILTER, type FilterSpec } from '../filters.ts';
import type { Entry, Figure, SiteModel } from '../model.ts';
import { PAGE_SIZE, pageCount, pageItems, pagePath, pagination, type PaginationView } from '../pagination.ts';
import { siteCounts } from '../stats.ts';
import { exhibitionCard, figureCard, lectureCard, noticeCard, unitCard, type CardView } from '../views.ts';

export type ListKey = 'units' | 'figures' | 'lectures' | 'exhibitions' | 'notices';

/** A list's entries and how to show them. */
export interface ListSource<E> {
  key: ListKey;
  /** The list's path, e.g. `units/`. */
  base: string;
  entries: readonly E[];
  card: (entry: E) => CardView;
  /** The sentence that says what the list counts. */
  count: string;
  filter?: FilterSpec<E> | undefined;
}

export interface FilterFormView {
  /** The JSON index the island loads (`units/filter.json`). */
  index: string;
  facets: { name: string; label: string; options: { value: string; label: string }[] }[];
  sorts: { name: string; label: string }[];
  /** 「显示 {n} 个单位，共 {total} 个」 with the placeholders left in. */
  shown: string;
  none: string;
}

export interface ListPageView {
  key: ListKey;
  path: string;
  /** The page whose share image a later page uses: the list's first page. */
  shareOf: string;
  title: string;
  description: string;
  count: string;
  cards: CardView[];
  /** 「本页第 25—28 项」, on lists of more than one page. */
  range?: string | undefined;
  pagination: PaginationView;
  filter?: FilterFormView | undefined;
}

const label = (key: string) => t(key as UiKey);

function filterForm<E>(source: ListSource<E>, spec: FilterSpec<E>): FilterFormView {
  const facets = facetsOf(spec, source.entries);
  return {
    index: `${source.base}filter.json`,
    facets: spec.facets.map((facet) => ({
      name: facet.name,
      label: label(`list.filter.${facet.name}`),
      options: facets[facet.name]!.map((value) => ({ value, label: facet.name === 'year' ? `${value}年` : value })),
    })),
    sorts: spec.sorts.length > 1 ? spec.sorts.map((name) => ({ name, label: label(`list.sort.${name}`) })) : [],
    shown: label(`${source.key}.filter.shown`),
    none: label(`${source.key}.filter.none`),
  };
}

/** Page `page` (1-based) of a list. */
export function listPage<E>(source: ListSource<E>, page: number): ListPageView {
  const pages = pageCount(source.entries.length);
  const cards = pageItems(source.entries, page).map(source.card);
  const from = (page - 1) * PAGE_SIZE + 1;
  return {
    key: source.key,
    path: pagePath(source.base, page),
    shareOf: source.base,
    title: page > 1 ? t('list.pageTitle', { title: label(`${source.key}.title`), page }) : label(`${source.key}.title`),
    description: label(`${source.key}.description`),
    count: source.count,
    cards,
    range: pages > 1 ? t('list.range', { from, to: from + cards.length - 1, total: source.entries.length }) : undefined,
    pagination: pagination(source.base, page, pages),
    filter: source.filter && filterForm(source, source.filter),
  };
}

/** Figures by their newest honor, newest first, then by name. */
export const figuresNewestFirst = (figures: readonly Figure[]) =>
  figures
    .map((figure, index) => ({ figure, index, year: Math.max(0, ...figure.honors.map((honor) => honor.year)) }))
    .sort((a, b) => b.year - a.year || a.index - b.index)
    .map(({ figure }) => figure);

const figureOrders = new WeakMap<SiteModel, readonly Figure[]>();

/** The figures list's order, made once per site model (pages and neighbours share it). */
export function figureOrder(site: SiteModel): readonly Figure[] {
  let order = figureOrders.get(site);
  if (!order) figureOrders.set(site, (order = figuresNewestFirst(site.figures)));
  return order;
}

export const lists = {
  units: (site: SiteModel): ListSource<SiteModel['units'][number]> => {
    const counts = siteCounts(site);
    return { key: 'units', base: 'units/', entries: site.units, card: unitCard, count: t('units.count', { n: counts.units.named, held: counts.units.held }), filter: UNIT_FILTER };
  },
  figures: (site: SiteModel): ListSource<Figure> => ({
    key: 'figures',
    base: 'figures/',
    entries: figureOrder(site),
    card: figureCard,
    count: t('figures.count', { n: site.figures.length }),
    filter: FIGURE_FILTER,
  }),
  lectures: (site: SiteModel): ListSource<Entry<LectureData>> => {
    const counts = siteCounts(site);
    return {
      key: 'lectures',
      base: 'lectures/',
      entries: site.lectures,
      card: (lecture) => lectureCard(lecture, site.today),
      count: t('lectures.count', { n: counts.lectures.all, held: counts.lectures.held, upcoming: counts.lectures.upcoming }),
      filter: LECTURE_FILTER,
    };
  },
  exhibitions: (site: SiteModel): ListSource<SiteModel['exhibitions'][number]> => ({
    key: 'exhibitions',
    base: 'exhibitions/',
    entries: site.exhibitions,
    card: exhibitionCard,
    count: t('exhibitions.count', { n: site.exhibitions.length }),
  }),
  notices: (site: SiteModel): ListSource<SiteModel['notices'][number]> => {
    const counts = siteCounts(site);
    // Open and coming 公示 first, then the closed ones and the 通报, each newest first.
    const current = (notice: SiteModel['notices'][number]) => notice.state === 'open' || notice.state === 'upcoming';
    const entries = [...site.notices.filter(current), ...site.notices.filter((notice) => !current(notice))];
    return { key: 'notices', base: 'notices/', entries, card: noticeCard, count: t('notices.count', { n: counts.notices.all, open: counts.notices.open }) };
  },
};

/** The pages after the first of a list, for `getStaticPaths` of its `page/[page].astro`. */
export const laterListPages = (total: number) => Array.from({ length: pageCount(total) - 1 }, (_, i) => i + 2);
