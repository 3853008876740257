/**
 * The news type in the built demo: each item's page (NewsArticle, attachments with type and size
 * and the file itself, the 三审 line, what it names), the lists by kind and by year, and the
 * other side of its links, the home page, the sitemap and the open data.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindKey } from '../../src/registry/news.ts';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import { chineseDay, jsonLd, page, sources, text } from './built.ts';

const news = sources('news');
const withFiles = news.find((item) => (item.data.attachments as unknown[] | undefined)?.length)!;

describe('news', () => {
  it.each(news.map((item) => [item.slug, item] as const))('%s has its page with a NewsArticle and its 三审 line', (slug, item) => {
    const html = page(`news/${slug}/`);
    const data = item.data as { title: string; date: string; kind: string; review: { editor: string; reviewer: string; approver?: string } };
    expect(jsonLd(html)).toContainEqual(expect.objectContaining({ '@type': 'NewsArticle', headline: data.title, datePublished: data.date, articleSection: data.kind }));
    const shown = text(html);
    expect(shown).toContain(chineseDay(data.date));
    expect(shown).toContain(`编辑：${data.review.editor}　审核：${data.review.reviewer}`);
    expect(shown.includes('终审：')).toBe(!!data.review.approver);
    expect(html).toContain(`href="/news/${kindKey(data.kind)}/"`);
  });

  it('lists and publishes the attachments, with their type and size', () => {
    const html = page(`news/${withFiles.slug}/`);
    for (const { file } of withFiles.data.attachments as { title: string; file: string }[]) {
      const name = file.replace(/^\.\//, '');
      const source = join(ROOT, 'content', 'news', name);
      expect(html).toContain(`href="/news/${name}"`);
      expect(text(html)).toMatch(/（(Excel|PDF|Word)，\d+ KB）/);
      expect(statSync(join(DIST, 'news', name)).size).toBe(statSync(source).size);
      expect(existsSync(join(DIST_SUB, 'news', name))).toBe(true);
      expect(page(`news/${withFiles.slug}/`, DIST_SUB)).toContain(`href="/sub/news/${name}"`);
    }
  });

  it('has a list per kind and per year, and news/ leads to them', () => {
    const index = page('news/');
    for (const item of news) {
      const data = item.data as { title: string; date: string; kind: string };
      for (const list of [`news/${kindKey(data.kind)}/`, `news/${data.date.slice(0, 4)}/`]) {
        expect(text(page(list))).toContain(data.title);
        expect(index).toContain(`href="/${list}"`);
      }
    }
  });

  it('is shown on the pages it names, and they on its page', () => {
    for (const item of news) {
      const data = item.data as Record<string, string[] | undefined>;
      for (const [collection, folder] of [['units', 'units'], ['lectures', 'lectures'], ['exhibitions', 'exhibitions'], ['notices', 'notices']] as const) {
        for (const slug of data[collection] ?? []) {
          expect(page(`${folder}/${slug}/`)).toContain(`href="/news/${item.slug}/"`);
          expect(page(`news/${item.slug}/`)).toContain(`href="/${folder}/${slug}/"`);
        }
      }
    }
  });

  it('is on the home page, in the sitemap and in the open data', () => {
    const home = page('');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const csv = readFileSync(join(DIST, 'data', 'news.csv'), 'utf8');
    const records = JSON.parse(readFileSync(join(DIST, 'data', 'news.json'), 'utf8')) as { title: string }[];
    for (const item of news) {
      const title = (item.data as { title: string }).title;
      expect(home).toContain(`href="/news/${item.slug}/"`);
      expect(sitemap).toContain(`/news/${item.slug}/`);
      expect(csv).toContain(title);
      expect(records.map((record) => record.title)).toContain(title);
    }
  });
});
