/**
 * The units directory's filters and sort keys, computed at build time. Every unit card carries
 * its values as data attributes; the island (src/scripts/unit-filter.js) only compares them
 * with the chosen options, so all decisions about what a unit "is" are made here.
 */
import { LEVELS } from '../schemas/shared.ts';
import { HONOR_STATUSES } from './honor-status.ts';
import { levelRank, type Unit } from './model.ts';

/** Values inside one data attribute are joined with this (no value contains it). */
export const VALUE_SEPARATOR = '|';

export const FILTER_NAMES = ['level', 'year', 'status', 'region', 'sector'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export const SORT_NAMES = ['name', 'year', 'level'] as const;
export type SortName = (typeof SORT_NAMES)[number];

export interface UnitFacets {
  level: string[];
  year: string[];
  status: string[];
  region: string[];
  sector: string[];
}

/** The values a unit matches for each filter. */
export function unitFilterValues(unit: Unit): UnitFacets {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    level: unique(unit.honors.map((honor) => honor.level)),
    year: unique(unit.honors.map((honor) => String(honor.year))),
    status: unique(unit.honors.flatMap((honor) => (honor.current ? [honor.current.status] : []))),
    region: [unit.data.region[0]!],
    sector: [unit.data.sector],
  };
}

/** Sort keys as numbers, ascending = the order shown. `units` must be in name order already. */
export function unitSortKeys(unit: Unit, nameIndex: number): Record<SortName, number> {
  const newest = Math.max(...unit.honors.map((honor) => honor.year));
  const best = Math.min(...unit.honors.map((honor) => levelRank(honor.level)));
  return { name: nameIndex, year: -newest, level: best };
}

/** The options of every filter, in a sensible order, only values some unit has. */
export function unitFacets(units: Unit[]): UnitFacets {
  const all = units.map(unitFilterValues);
  const collect = (name: FilterName) => [...new Set(all.flatMap((values) => values[name]))];
  const inOrder = (order: readonly string[], values: string[]) => order.filter((value) => values.includes(value));
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN-u-co-pinyin');
  return {
    level: inOrder(LEVELS, collect('level')),
    year: collect('year').sort((a, b) => Number(b) - Number(a)),
    status: inOrder(HONOR_STATUSES, collect('status')),
    region: collect('region').sort(zh),
    sector: collect('sector').sort(zh),
  };
}

/** `data-*` attributes for one unit's list item. */
export function unitDataAttributes(unit: Unit, nameIndex: number): Record<string, string> {
  const values = unitFilterValues(unit);
  const keys = unitSortKeys(unit, nameIndex);
  return {
    ...Object.fromEntries(FILTER_NAMES.map((name) => [`data-${name}`, values[name].join(VALUE_SEPARATOR)])),
    ...Object.fromEntries(SORT_NAMES.map((name) => [`data-sort-${name}`, String(keys[name])])),
  };
}
