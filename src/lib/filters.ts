/**
 * The filters of the paginated lists (units, figures, lectures), computed at build time. A list
 * page carries only its own page of cards; the filter island (src/scripts/list-filter.js) loads
 * one compact JSON index of every entry (written by filterIndex below) and filters and sorts
 * that, so a choice finds entries on every page. All decisions about what an entry "is" (its
 * levels, years, statuses…) are made here; the island only compares.
 */
import { BODY_LEVELS, BODY_TIERS } from '../schemas/bodies.ts';
import { FIGURE_CATEGORIES } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import { yearOf } from './dates.ts';
import { levelOrder } from './honors/ranking.ts';
import type { HonorStanding } from './honors/statuses.ts';
import type { Entry, Figure, Unit, UnitHonor } from './model.ts';
import type { CardView } from './views.ts';

/** One list's filters: the facets it offers, its sort orders and how to read them from an entry. */
export interface FilterSpec<E> {
  /** The facets, in the order of the form, each with the order of its values. */
  facets: readonly { name: string; order: 'given' | 'newest' | 'pinyin'; given?: readonly string[] }[];
  /** Sort orders; the first is the list's own order (ascending key). */
  sorts: readonly string[];
  values: (entry: E) => Record<string, string[]>;
  /** Sort keys as numbers, ascending = the order shown. `index` is the entry's place in the list's own order. */
  sortKeys: (entry: E, index: number) => Record<string, number>;
}

const unique = (values: string[]) => [...new Set(values)];
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN-u-co-pinyin');

/**
 * What the status filter offers: whether a unit holds a title today, and how the others ended.
 * 摘牌 and 撤销 are one status, filtered together.
 */
export const STATUS_FILTER_VALUES = ['持有称号', '黄牌警告', '已升格', '届满终止', '摘牌（撤销）', '取消', '表彰', '尚未生效'] as const;

export function statusFilterValue(honor: Pick<UnitHonor, 'standing' | 'current'>): (typeof STATUS_FILTER_VALUES)[number] {
  const byStanding: Partial<Record<HonorStanding, (typeof STATUS_FILTER_VALUES)[number]>> = { held: '持有称号', warned: '黄牌警告', superseded: '已升格', awarded: '表彰', announced: '尚未生效' };
  const status = honor.current?.status;
  return byStanding[honor.standing] ?? (status === '摘牌' || status === '撤销' ? '摘牌（撤销）' : status === '取消' ? '取消' : '届满终止');
}

/** A tier facet value: the tier, a 系统 body's system by name. */
const tierOf = (honor: Pick<UnitHonor, 'tier' | 'system'>) => (honor.tier === '系统' ? '系统' : honor.tier);

export const UNIT_FILTER: FilterSpec<Unit> = {
  facets: [
    { name: 'level', order: 'given', given: BODY_LEVELS },
    { name: 'tier', order: 'given', given: BODY_TIERS },
    { name: 'year', order: 'newest' },
    { name: 'status', order: 'given', given: STATUS_FILTER_VALUES },
    { name: 'region', order: 'pinyin' },
    { name: 'sector', order: 'pinyin' },
  ],
  sorts: ['name', 'year', 'level'],
  values: (unit) => ({
    level: unique(unit.honors.map((honor) => honor.level)),
    tier: unique(unit.honors.flatMap((honor) => tierOf(honor) ?? [])),
    year: unique(unit.honors.filter((honor) => honor.year > 0).map((honor) => String(honor.year))),
    status: unique(unit.honors.map(statusFilterValue)),
    region: [unit.data.region[0]!],
    sector: [unit.data.sector],
  }),
  sortKeys: (unit, index) => ({
    name: index,
    year: -Math.max(...unit.honors.map((honor) => honor.year)),
    level: Math.min(...unit.honors.map(levelOrder)),
  }),
};

export const FIGURE_FILTER: FilterSpec<Figure> = {
  facets: [
    { name: 'category', order: 'given', given: FIGURE_CATEGORIES },
    { name: 'level', order: 'given', given: BODY_LEVELS },
    { name: 'year', order: 'newest' },
    { name: 'region', order: 'pinyin' },
  ],
  // The list's own order: newest honor first (src/lib/pages/lists.ts).
  sorts: ['year'],
  values: (figure) => ({
    category: [figure.data.category],
    level: unique(figure.honors.map((honor) => honor.level)),
    year: unique(figure.honors.map((honor) => String(honor.year))),
    region: [figure.data.region[0]!],
  }),
  sortKeys: (_, index) => ({ year: index }),
};

export const LECTURE_FILTER: FilterSpec<Entry<LectureData>> = {
  facets: [
    { name: 'series', order: 'pinyin' },
    { name: 'year', order: 'newest' },
  ],
  sorts: ['date'],
  values: (lecture) => ({ series: [lecture.data.series], year: [String(yearOf(lecture.data.date))] }),
  sortKeys: (_, index) => ({ date: index }),
};

/** The values of one facet that some entry has, in the facet's order. */
function facetValues(facet: FilterSpec<unknown>['facets'][number], present: string[]): string[] {
  const values = unique(present);
  if (facet.order === 'given') return facet.given!.filter((value) => values.includes(value));
  if (facet.order === 'newest') return values.sort((a, b) => Number(b) - Number(a));
  return values.sort(zh);
}

/** The options of every facet of a list, only values some entry has. */
export function facetsOf<E>(spec: FilterSpec<E>, entries: readonly E[]): Record<string, string[]> {
  const all = entries.map(spec.values);
  return Object.fromEntries(spec.facets.map((facet) => [facet.name, facetValues(facet, all.flatMap((values) => values[facet.name] ?? []))]));
}

/** The units directory's filter values of one unit (kept for the tests and the open data). */
export const unitFilterValues = (unit: Unit) => UNIT_FILTER.values(unit);
export const unitFacets = (units: readonly Unit[]) => facetsOf(UNIT_FILTER, units);
export const unitSortKeys = (unit: Unit, index: number) => UNIT_FILTER.sortKeys(unit, index);

/** One entry of a filter index: its card, in short fields, and what the filters compare. */
export interface FilterItem {
  /** Link below the list's own path, without the slashes: `foo` for `units/foo/`. */
  h: string;
  /** Title. */
  t: string;
  /** Kicker, meta items, badge label, fallback label: positions in `strings` (-1: none). */
  k: number;
  m: number[];
  b?: [label: number, tone: string];
  /** A small picture (the 480 px WebP every card page has), or a stand-in: mark, tone, label. */
  i?: string;
  f?: [mark: string, tone: string, label: number];
  /** Picture shape when not wide. */
  p?: 'portrait';
  /** Per facet (in the index's order), the positions of the entry's values in that facet's values. */
  v: number[][];
  /** Sort keys, in the order of `sorts`. */
  s: number[];
}

export interface FilterIndex {
  /** The list's path with the site's base path (`/units/`): links are `base + h + '/'`. */
  base: string;
  facets: { name: string; values: string[] }[];
  sorts: readonly string[];
  /** Strings several cards share (sectors, regions, honor titles, statuses), each once. */
  strings: string[];
  items: FilterItem[];
}

/**
 * The JSON the filter island loads: every entry of the list as a small card plus its facet
 * values and sort keys. `cardOf` is the list's card mapper, whose links all lie below `list`
 * (`units/`); `base` is the site's base path; `thumbnails` are the small pictures' URLs, by
 * entry (resolved by the route, which can call Astro).
 */
export function filterIndex<E>(
  spec: FilterSpec<E>,
  entries: readonly E[],
  cardOf: (entry: E) => CardView,
  paths: { list: string; base: string },
  thumbnails: readonly (string | undefined)[],
): FilterIndex {
  const facets = facetsOf(spec, entries);
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const str = (value: string | undefined) => {
    if (!value) return -1;
    let at = positions.get(value);
    if (at === undefined) positions.set(value, (at = strings.push(value) - 1));
    return at;
  };
  const facetIndex = spec.facets.map((facet) => new Map(facets[facet.name]!.map((value, i) => [value, i])));
  const items = entries.map((entry, index): FilterItem => {
    const card = cardOf(entry);
    const values = spec.values(entry);
    const keys = spec.sortKeys(entry, index);
    const thumbnail = thumbnails[index];
    if (!card.href.startsWith(paths.list)) throw new Error(`${card.href} 不在 ${paths.list} 之下`);
    return {
      h: card.href.slice(paths.list.length).replace(/\/$/, ''),
      t: card.title,
      k: str(card.kicker),
      m: card.meta.filter(Boolean).map(str),
      ...(card.badge ? { b: [str(card.badge.label), card.badge.tone] as [number, string] } : {}),
      ...(thumbnail ? { i: thumbnail } : card.fallback ? { f: [card.fallback.mark, card.fallback.tone, str(card.fallback.label)] as [string, string, number] } : {}),
      ...(card.shape === 'portrait' ? { p: 'portrait' as const } : {}),
      v: spec.facets.map((facet, f) => (values[facet.name] ?? []).map((value) => facetIndex[f]!.get(value)!)),
      s: spec.sorts.map((sort) => keys[sort]!),
    };
  });
  return { base: paths.base + paths.list, facets: spec.facets.map((facet) => ({ name: facet.name, values: facets[facet.name]! })), sorts: spec.sorts, strings, items };
}
