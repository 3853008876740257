/**
 * Reads the demo content straight from content/ (gray-matter and papaparse, not the site's own
 * code) and the built pages from the test build, so the tests compare the site with its sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import matter from 'gray-matter';
import Papa from 'papaparse';
import { DIST, ROOT } from '../setup/paths.ts';

/** YAML dates come back as Date objects; turned back into the YYYY-MM-DD the files say. */
const withDays = (data: unknown) =>
  JSON.parse(JSON.stringify(data), (_, value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value));

export interface SourceEntry {
  slug: string;
  data: Record<string, any>;
}

export function sources(collection: 'units' | 'figures' | 'lectures' | 'notices' | 'exhibitions' | 'news'): SourceEntry[] {
  const dir = join(ROOT, 'content', collection);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => (collection === 'exhibitions' ? entry.isDirectory() : /\.mdx?$/.test(entry.name)))
    .map((entry) => {
      const data = collection === 'exhibitions' ? exhibitionSource(join(dir, entry.name)) : matter(readFileSync(join(dir, entry.name), 'utf8')).data;
      return { slug: entry.name.replace(/\.mdx?$/, ''), data: withDays(data) };
    });
}

/**
 * An exhibition's frontmatter, with its photos read from photos.csv when it keeps them there:
 * one row per photo under a header of field names, blank cells left out, list cells split.
 */
export function exhibitionSource(folder: string): Record<string, any> {
  const { data } = matter(readFileSync(join(folder, 'index.md'), 'utf8'));
  const csv = join(folder, 'photos.csv');
  if (!existsSync(csv)) return data;
  const rows = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
  const photos = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([, value]) => value.trim() !== '')
        .map(([field, value]) => [field, field === 'units' || field === 'figures' ? value.split(/[；;、]/).map((item) => item.trim()) : value.trim()]),
    ),
  );
  return { ...data, photos };
}

export interface SourceHonor {
  title: string;
  level: string;
  year: number;
  term: string;
  document?: string;
  history: { status: string; date: string; note?: string; document?: string }[];
}

/** Every unit honor with its unit. */
export function unitHonors(): { unit: SourceEntry; honor: SourceHonor }[] {
  return sources('units').flatMap((unit) =>
(unit.data.honors as SourceHonor[]).map((honor) => ({ unit, honor })),
  );
}

export const LEVEL_SLUGS: Record<string, string> = { 全国: 'national', 省级: 'provincial', 市级: 'municipal', 区县级: 'county', 系统内: 'sector' };

/** 2009-12-01 → 2009年12月1日, as the pages print days. */
export const chineseDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const page = (path: string, dist = DIST) => readFileSync(join(dist, path, path.endsWith('/') || path === '' ? 'index.html' : ''), 'utf8');

/** Visible text of an HTML fragment: tags removed, entities decoded. */
export const text = (html: string) => decodeHTML(html.replace(/<[^>]+>/g, ''));

/** Every JSON-LD block of a page, parsed. */
export const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, any>);

/** Every page of a paginated list, following its 「下一页」 links from the first (no script). */
export function listPages(base: string): string[] {
  const pages: string[] = [];
  for (let path: string | undefined = base; path; ) {
    const html = page(path);
    pages.push(html);
    path = /<a href="\/([^"]+)" rel="next">/.exec(html.slice(html.indexOf('class="pagination"')))?.[1];
  }
  return pages;
}

/** The entries linked from a list page's cards (`units/foo/` → foo). */
export const listedOn = (html: string, section: string) =>
  [...html.slice(0, html.indexOf('class="pagination"') >>> 0).matchAll(new RegExp(`<h3 class="card-title"><a href="/${section}/([^/"]+)/"`, 'g'))].map((match) => match[1]!);
