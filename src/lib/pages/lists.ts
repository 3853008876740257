/**
 * View models of the paginated lists. One list is its entries in display order, a card mapper,
 * a count sentence and optionally a filter (src/lib/filters.ts); a page of it is PAGE_SIZE cards
 * with its pagination. Each content type says which lists it has (`site.lists` in
 * src/registry/); src/lib/pages/site-lists.ts gathers them.
 */
import { t, type UiKey } from '../../i18n/index.ts';
import { facetsOf, type FilterSpec } from '../filters.ts';
import type { Figure, SiteModel } from '../model.ts';
import { PAGE_SIZE, pageCount, pageItems, pagePath, pagination, type PaginationView } from '../pagination.ts';
import type { CardView } from '../views.ts';

/** A list's entries and how to show them. */
export interface ListSource<E> {
  /** The list's path below the base without slashes at the ends, unique: `units`, `news/2026`. */
  key: string;
  /** The list's path, e.g. `units/`. */
  base: string;
  /** Its heading, the page's title. */
  title: string;
  description: string;
  /** Prefix of the ids the filter island drives (`unit` → #unit-list, #unit-count). */
  prefix: string;
  entries: readonly E[];
  card: (entry: E) => CardView;
  /** The sentence that says what the list counts. */
  count: string;
  filter?: ListFilter<E> | undefined;
  /** Tables shown after the cards on the first page (the units' naming batches). */
  tables?: TableSection[] | undefined;
}

/** A list's filter, with the sentences the island shows. */
export interface ListFilter<E> extends FilterSpec<E> {
  /** 「显示 {n} 个单位，共 {total} 个」 with the placeholders left in. */
  shown: string;
  none: string;
}

/** A table after a list's cards: a heading (with its anchor) and rows whose first cell is a link. */
export interface TableSection {
  id: string;
  heading: string;
  /** The scrolling region's name, for screen readers. */
  label: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { href: string; cells: (string | number)[] }[];
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
  key: string;
  path: string;
  /** The page whose share image a later page uses: the list's first page. */
  shareOf: string;
  /** The page's title: the list's, with the page number after the first. */
  title: string;
  /** The list's name, the page's heading. */
  heading: string;
  description: string;
  prefix: string;
  count: string;
  cards: CardView[];
  /** 「本页第 25—28 项」, on lists of more than one page. */
  range?: string | undefined;
  pagination: PaginationView;
  filter?: FilterFormView | undefined;
  tables: TableSection[];
}

const label = (key: string) => t(key as UiKey);

function filterForm<E>(source: ListSource<E>, spec: ListFilter<E>): FilterFormView {
  const facets = facetsOf(spec, source.entries);
  return {
    index: `${source.base}filter.json`,
    facets: spec.facets.map((facet) => ({
      name: facet.name,
      label: label(`list.filter.${facet.name}`),
      options: facets[facet.name]!.map((value) => ({ value, label: facet.name === 'year' ? `${value}年` : value })),
    })),
    sorts: spec.sorts.length > 1 ? spec.sorts.map((name) => ({ name, label: label(`list.sort.${name}`) })) : [],
    shown: spec.shown,
    none: spec.none,
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
    title: page > 1 ? t('list.pageTitle', { title: source.title, page }) : source.title,
    heading: source.title,
    description: source.description,
    prefix: source.prefix,
    count: source.count,
    cards,
    range: pages > 1 ? t('list.range', { from, to: from + cards.length - 1, total: source.entries.length }) : undefined,
    pagination: pagination(source.base, page, pages),
    filter: source.filter && filterForm(source, source.filter),
    tables: page === 1 ? (source.tables ?? []) : [],
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

/**
 * A type's own list: at `<name>/`, titled and described by the dictionary's `<name>.title` and
 * `<name>.description`, its ids prefixed with the type's singular (`unit-list`).
 */
export const sectionList = <E>(name: string, singular: string, list: Pick<ListSource<E>, 'entries' | 'card' | 'count' | 'filter' | 'tables'>): ListSource<E> => ({
  key: name,
  base: `${name}/`,
  title: label(`${name}.title`),
  description: label(`${name}.description`),
  prefix: singular,
  ...list,
});
