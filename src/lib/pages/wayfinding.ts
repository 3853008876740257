/**
 * Wayfinding on detail pages: the breadcrumb trail, the previous and next entry in the list's
 * own order, and a few related entries (same sector, category or series). Lookups are made once
 * per site model and list, so a city-scale build does not scan every list for every page.
 */
import { t } from '../../i18n/index.ts';

export interface Crumb {
  label: string;
  /** Site path below the base; absent for the current page. */
  href?: string | undefined;
}

/** 首页 › a section › … › the page itself. */
export const breadcrumbs = (...trail: Crumb[]): Crumb[] => [{ label: t('home.title'), href: '' }, ...trail];

export interface Neighbour {
  href: string;
  title: string;
}

export interface Neighbours {
  previous?: Neighbour | undefined;
  next?: Neighbour | undefined;
}

const positions = new WeakMap<readonly unknown[], Map<string, number>>();

/** The entries before and after `slug` in `list` (the order its list page shows). */
export function neighbours<E extends { slug: string }>(list: readonly E[], slug: string, link: (entry: E) => Neighbour): Neighbours {
  let index = positions.get(list);
  if (!index) positions.set(list, (index = new Map(list.map((entry, i) => [entry.slug, i]))));
  const at = index.get(slug);
  if (at === undefined) return {};
  const previous = list[at - 1];
  const next = list[at + 1];
  return { previous: previous && link(previous), next: next && link(next) };
}

const groups = new WeakMap<readonly unknown[], WeakMap<(entry: never) => string, Map<string, unknown[]>>>();

/** `list` grouped by `key`, each group in the list's order; made once per list and key function. */
function groupsOf<E>(list: readonly E[], key: (entry: E) => string): Map<string, E[]> {
  let byFunction = groups.get(list);
  if (!byFunction) groups.set(list, (byFunction = new WeakMap()));
  let byKey = byFunction.get(key) as Map<string, E[]> | undefined;
  if (!byKey) {
    byKey = new Map();
    for (const entry of list) {
      const value = key(entry);
      const group = byKey.get(value);
      if (group) group.push(entry);
      else byKey.set(value, [entry]);
    }
    byFunction.set(key, byKey as Map<string, unknown[]>);
  }
  return byKey;
}

/**
 * Up to `count` other entries of `list` that share `key` with `entry`, nearest to it in the
 * list's order first (for a lecture series: the sessions just after and before). `key` should
 * be a function defined once (module level), so its grouping is made once.
 */
export function related<E>(list: readonly E[], key: (entry: E) => string, entry: E, count = 4): E[] {
  const group = groupsOf(list, key).get(key(entry)) ?? [];
  const at = group.indexOf(entry);
  const picked: E[] = [];
  for (let step = 1; picked.length < count && (at + step < group.length || at - step >= 0); step++) {
    if (at + step < group.length) picked.push(group[at + step]!);
    if (picked.length < count && at - step >= 0) picked.push(group[at - step]!);
  }
  return picked;
}
