/**
 * The search page's filters and the site's name index, made from what every content type says
 * about its pages (`site.search` in src/registry/). Filter names are shared with the search page
 * (src/scripts/search.js reads the same names from the index): type, level, year, category,
 * region, status.
 */
import { FIGURE_CATEGORIES } from '../schemas/figures.ts';
import { BODY_LEVELS } from '../schemas/bodies.ts';
import { publishedTypes } from '../registry/index.ts';
import { STATUS_FILTER_VALUES } from './filters.ts';
import type { NameRecord, SearchMeta } from './search-meta.ts';
import type { SiteModel } from './site-model.ts';

/** A value of the type filter: what kind of page a result is (单位, 人物 …), as the types declare them. */
export type SearchType = string;

/** The search result types, in the order the search page offers them (the registry's). */
export const SEARCH_TYPES: readonly SearchType[] = publishedTypes().flatMap((type) => type.site.search.types);

/**
 * The search page's filters, each with the values it offers in their natural order and the
 * types it applies to (the others are hidden once a type is chosen: a notice has no level).
 * Years and regions are open-ended: the search page adds them from the index, as it drops
 * listed values no page carries.
 */
export const SEARCH_FILTERS = [
  { name: 'type', values: SEARCH_TYPES, types: SEARCH_TYPES },
  { name: 'level', values: BODY_LEVELS, types: ['单位', '人物'] },
  { name: 'year', values: [], types: SEARCH_TYPES },
  { name: 'category', values: FIGURE_CATEGORIES, types: ['人物'] },
  { name: 'region', values: [], types: ['单位', '人物'] },
  { name: 'status', values: STATUS_FILTER_VALUES, types: ['单位'] },
] as const satisfies readonly { name: string; values: readonly string[]; types: readonly SearchType[] }[];
export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

/** What every indexed page of the site tells the index (the detail pages pass the same to the layout). */
export const siteSearchMetas = (site: SiteModel): SearchMeta[] => publishedTypes().flatMap((type) => type.site.search.metas(site));

/** Every name the site's pages show, for the name index (src/lib/search-names.ts). */
export const siteNames = (site: SiteModel): NameRecord[] =>
  publishedTypes().flatMap((type) => {
    const names = type.site.search.names;
    return names ? (site[type.name] as unknown as readonly never[]).flatMap((item) => names(item)) : [];
  });

/**
 * The values each filter of the search page offers: those some page carries, listed ones in
 * their natural order, years newest first, regions in pinyin order. Made at build time, so the
 * search page does not load the index's filter data to fill its lists.
 */
export function filterValues(metas: SearchMeta[]): Record<SearchFilterName, string[]> {
  const carried = new Map<SearchFilterName, Set<string>>(SEARCH_FILTERS.map((filter) => [filter.name, new Set()]));
  for (const meta of metas) {
    carried.get('type')!.add(meta.type);
    for (const [name, values] of Object.entries(meta.filters)) for (const value of values) carried.get(name as SearchFilterName)!.add(value);
  }
  return Object.fromEntries(
    SEARCH_FILTERS.map((filter) => {
      const present = carried.get(filter.name)!;
      const listed = (filter.values as readonly string[]).filter((value) => present.has(value));
      const open = [...present].filter((value) => !listed.includes(value));
      open.sort(filter.name === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, 'zh-Hans-CN-u-co-pinyin'));
      return [filter.name, [...listed, ...open]];
    }),
  ) as Record<SearchFilterName, string[]>;
}
