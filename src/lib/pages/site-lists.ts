/**
 * Every list of the site, from the content types (`site.lists` in src/registry/), and the pages
 * they are cut into: the first at the list's own path, the others at `<list>/page/<n>/`
 * (src/pages/[...list].astro).
 */
import { publishedTypes } from '../../registry/index.ts';
import { pageCount, pagePath } from '../pagination.ts';
import type { SiteModel } from '../site-model.ts';
import { listPage, type ListPageView, type ListSource } from './lists.ts';

/** Every list of the site, in the registry's order. */
export const siteLists = (site: SiteModel): ListSource<unknown>[] => publishedTypes().flatMap((type) => type.site.lists(site));

/** The list at `key` (`units`, `news/2026`). */
export function siteList(site: SiteModel, key: string): ListSource<unknown> {
  const found = siteLists(site).find((source) => source.key === key);
  if (!found) throw new Error(`没有列表 ${key}`);
  return found;
}

/** Every page of every list, as the list route's getStaticPaths gives them. */
export function listPages(site: SiteModel): { params: { list: string }; props: { view: ListPageView } }[] {
  return siteLists(site).flatMap((source) =>
    Array.from({ length: pageCount(source.entries.length) }, (_, i) => ({
      params: { list: pagePath(source.base, i + 1).replace(/\/$/, '') },
      props: { view: listPage(source, i + 1) },
    })),
  );
}
