/**
 * The only module that queries Astro's content collections. It reads every collection once
 * per build, checks the links between them, and hands out the derived site model.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Collection } from '../schemas/context.ts';
import { buildDay } from './dates.ts';
import { formatIssues } from './errors.ts';
import { findImpossibleDates } from './impossible-dates.ts';
import { buildSiteModel, type Entry, type SiteModel } from './model.ts';
import { findBrokenReferences, formatReferenceProblems, type RawEntry } from './references.ts';
import { loadSettings } from './settings.ts';
import { isValidSlug } from './slugs.ts';

export const settings = loadSettings();

let cached: Promise<SiteModel> | undefined;

function toEntry<T>(entry: { id: string; collection: string; filePath?: string | undefined; data: T }): Entry<T> {
  return { slug: entry.id, file: entry.filePath ?? `content/${entry.collection}/${entry.id}`, data: entry.data };
}

async function load(): Promise<SiteModel> {
  const [units, figures, lectures, exhibitions, notices, batches] = await Promise.all([
    getCollection('units'),
    getCollection('figures'),
    getCollection('lectures'),
    getCollection('exhibitions'),
    getCollection('notices'),
    getCollection('batches'),
  ]);
  const all = [...units, ...figures, ...lectures, ...exhibitions, ...notices];
  const badSlugs = all.filter((entry) => !isValidSlug(entry.id));
  if (badSlugs.length) {
    throw new Error(
      `文件名不能用作网址，请改名为小写字母、数字和连字符（例如 shan-shui-hu.md）：\n${badSlugs.map((e) => `  - ${e.filePath}`).join('\n')}`,
    );
  }
  const badDates = all.flatMap((entry) => {
    const file = entry.filePath ?? entry.id;
    const issues = findImpossibleDates(readFileSync(file, 'utf8'));
    return issues.length ? [formatIssues(file, issues)] : [];
  });
  if (badDates.length) throw new Error(badDates.join('\n'));
  const raw: RawEntry[] = all.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data as Record<string, unknown>,
  }));
  const problems = findBrokenReferences(raw);
  if (problems.length) throw new Error(formatReferenceProblems(problems));
  return buildSiteModel(
    {
      units: units.map(toEntry),
      figures: figures.map(toEntry),
      lectures: lectures.map(toEntry),
      exhibitions: exhibitions.map(toEntry),
      notices: notices.map(toEntry),
      batches: batches.map(toEntry),
    },
    buildDay(),
  );
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
export async function entriesBySlug<C extends Collection>(collection: C): Promise<(slug: string) => CollectionEntry<C>> {
  const entries = new Map((await getCollection(collection)).map((entry) => [entry.id, entry as CollectionEntry<C>]));
  return (slug) => {
    const entry = entries.get(slug);
    if (!entry) throw new Error(`content/${collection}/${slug} 不存在`);
    return entry;
  };
}
