/**
 * Reads the demo content straight from content/ (gray-matter and papaparse, not the site's own
 * code) and the built pages from the test build, so the tests compare the site with its sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import matter from 'gray-matter';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
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
  body: string;
  title: string;
  term?: string;
  history: { status: string; date?: string; note?: string; document?: string }[];
}

/** A unit honor with what the tests read from its body file and its history, not from the site's code. */
export interface ReadHonor extends SourceHonor {
  /** The body's level (content/bodies/<body>.yaml). */
  level: string;
  /** The named year: the 命名 date's, else the term's last year. */
  year: number;
  /** The batch address: `{body}-{term}` as the batch files are named (2009年度 → 2009, 第十一届 → jie-11). */
  batch: string;
  /** The naming decision's document number. */
  document?: string;
}

const bodies = new Map<string, Record<string, any>>();
/** A conferring body's file as written. */
export function bodySource(slug: string): Record<string, any> {
  if (!bodies.has(slug)) bodies.set(slug, parseYaml(readFileSync(join(ROOT, 'content/bodies', `${slug}.yaml`), 'utf8')));
  return bodies.get(slug)!;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 十一 → 11, 五 → 5, 二十 → 20 (the demo's 届 go up to 十一). */
const numeral = (text: string) => {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (NUMERALS[tens!] ?? 1) * 10 : 0) + (NUMERALS[ones!] ?? 0);
};

/** A term as its batch's address part, written here apart from the site's own code. */
export function termPart(term: string | undefined, year: number): string {
  if (!term) return String(year);
  const years = /^(\d{4})(?:[—-](\d{4}))?年度?$/.exec(term);
  if (years) return years[2] ? `${years[1]}-${years[2]}` : years[1]!;
  const jie = /^第(.+)届$/.exec(term);
  if (jie) return `jie-${numeral(jie[1]!)}`;
  throw new Error(`the tests do not know the term form 「${term}」`);
}

/** Every unit honor with its unit, its body's level, its named year and its batch. */
export function unitHonors(): { unit: SourceEntry; honor: ReadHonor }[] {
  return sources('units').flatMap((unit) =>
    (unit.data.honors as SourceHonor[]).map((honor) => {
      const named = honor.history[0]!;
      const year = named.date ? Number(String(named.date).slice(0, 4)) : Number(/(\d{4})年度?$/.exec(honor.term ?? '')![1]);
      return { unit, honor: { ...honor, level: bodySource(honor.body).level, year, batch: `${honor.body}-${termPart(honor.term, year)}`, document: named.document } };
    }),
  );
}

/** 2009-12-01 → 2009年12月1日, 2003-11 → 2003年11月, 2008 → 2008年: a date as the pages print it, at its precision. */
export const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
};

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
