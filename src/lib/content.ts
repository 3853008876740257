/**
 * The only module that queries Astro's content collections. It reads every collection of the
 * registry (src/registry/index.ts) once per build and hands out the derived site model.
 *
 * What it reads has passed the content gate (src/integrations/content-gate.ts: the checks of
 * `npm run check`, run before every build and in the dev server), and holds no drafts: those are
 * never stored (src/lib/drafts.ts). So the links resolve and no rule is checked a second time here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentTypes, type CollectionName, type RawContent } from '../registry/index.ts';
import { buildDay } from './dates.ts';
import type { Entry } from './model.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { loadSettings } from './settings.ts';

export const settings = loadSettings();

let cached: Promise<SiteModel> | undefined;

function toEntry<T>(entry: { id: string; collection: string; filePath?: string | undefined; data: T }): Entry<T> {
  return { slug: entry.id, file: entry.filePath ?? `content/${entry.collection}/${entry.id}`, data: entry.data };
}

async function load(): Promise<SiteModel> {
  const lists = await Promise.all(contentTypes().map(async (type) => [type.name, (await getCollection(type.name)).map(toEntry)] as const));
  return buildSiteModel(Object.fromEntries(lists) as RawContent, buildDay());
}

/** The site model, built once per build. */
export function getSite(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}

/**
 * A collection's Astro entries by slug, for `render()` of their bodies. Pages put the entry into
 * their props, so its data, source and rendered HTML are part of the page's cacheKey
 * (src/lib/page-key.ts).
 */
export async function entriesBySlug<C extends CollectionName>(collection: C): Promise<(slug: string) => CollectionEntry<C>> {
  const entries = new Map((await getCollection(collection)).map((entry) => [entry.id, entry as CollectionEntry<C>]));
  return (slug) => {
    const entry = entries.get(slug);
    if (!entry) throw new Error(`content/${collection}/${slug} 不存在`);
    return entry;
  };
}
