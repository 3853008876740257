/**
 * The showcase as built: the home page's editorial order and numbers, pictures or their designed
 * stand-ins on every card, photo credits said once per photo and once on the credits page, the
 * readable feed, wayfinding on detail pages, and image sizes that follow the layout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, GALLERY_SIZES } from '../../src/lib/layout.ts';
import { DIST, ROOT } from '../setup/paths.ts';
import { listedOn, listPages, page, sources, text } from './built.ts';

describe('home page', () => {
  const html = page('');

  it('leads with one story that has a picture, then sections that each link to their whole list', () => {
    const lead = /<section class="home-lead"[\s\S]*?<\/section>/.exec(html)![0];
    expect(lead).toMatch(/<picture>|class="fallback /);
    for (const [list, n] of [['units/', sources('units').length], ['figures/', sources('figures').length], ['notices/', sources('notices').length]] as const) {
      expect(html, list).toMatch(new RegExp(`<a class="more-link" href="/${list}">全部 ${n} `));
    }
  });

  it('links each number to the list it counts', () => {
    const tiles = [...html.matchAll(/<li class="stat-tile"><a href="\/([^"]*)">([^<]+)<\/a><span class="stat-value">([^<]+)</g)].map((m) => ({ href: m[1], label: m[2], value: m[3] }));
    expect(tiles.map((tile) => tile.href)).toEqual(['units/', 'figures/', 'lectures/', 'exhibitions/', 'notices/']);
    expect(tiles[1]!.value).toBe(String(sources('figures').length));
    expect(tiles[3]!.value).toBe(sources('exhibitions').reduce((sum, e) => sum + (e.data.visitors ?? 0), 0).toLocaleString('zh-CN'));
  });
});

describe('pictures', () => {
  it('gives every card on every list page a picture or a designed stand-in, never an empty box', () => {
    for (const list of ['units/', 'figures/', 'lectures/', 'exhibitions/', 'notices/']) {
      for (const html of listPages(list)) {
        const cards = [...html.matchAll(/<article class="card[^"]*"><div class="card-media"[^>]*>([\s\S]*?)<\/div><div class="card-body">/g)];
        expect(cards.length, list).toBeGreaterThan(0);
        for (const [, media] of cards) expect(media, list).toMatch(/<picture>|class="fallback /);
      }
    }
  });

  it('shows a figure without a portrait as the first character of the name in its category colour', () => {
    for (const figure of sources('figures').filter((candidate) => !candidate.data.portrait)) {
      const html = page(`figures/${figure.slug}/`);
      const mark = /<span class="fallback-mark">([^<]+)<\/span>/.exec(html)?.[1];
      expect(mark, figure.slug).toBe([...figure.data.name][0]);
    }
  });

  it('gives card and gallery pictures the sizes the layout draws them at', () => {
    const sizes = (html: string) => [...html.matchAll(/<source type="image\/webp" srcset="[^"]+" sizes="([^"]+)"/g)].map((m) => m[1]);
    expect(sizes(page('units/'))).toContain(CARD_SIZES);
    expect(new Set(sizes(page(`exhibitions/${sources('exhibitions')[0]!.slug}/`)))).toEqual(new Set([GALLERY_SIZES]));
  });
});

describe('photo credits', () => {
  const exhibitions = sources('exhibitions');

  it('says each photo\'s photographer and licence once on its page, and its source only on the credits page', () => {
    const credits = page('credits/');
    for (const exhibition of exhibitions) {
      for (const photo of exhibition.data.photos) {
        const html = page(`exhibitions/${exhibition.slug}/${photo.id}/`);
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main.split(photo.license).length - 1, photo.id).toBe(1);
        expect(text(main)).not.toContain('Debian');
        const line = new RegExp(`<li id="${exhibition.slug}-${photo.id}">([\\s\\S]*?)</li>`).exec(credits)?.[1];
        expect(line, photo.id).toBeDefined();
        expect(text(line!)).toContain(photo.photographer);
        expect(text(line!)).toContain(photo.license);
        if (photo.source) expect(text(line!)).toContain(photo.source);
      }
    }
  });

  it('records where every exhibition photo file came from and under which licence', () => {
    const register = JSON.parse(readFileSync(join(ROOT, 'content/exhibitions/PHOTO-SOURCES.json'), 'utf8')) as { exhibition: string; file: string; license: string; debianPackage: string }[];
    for (const exhibition of exhibitions) {
      for (const photo of exhibition.data.photos) {
        const entry = register.find((item) => item.exhibition === exhibition.slug && `./${item.file}` === photo.file);
        expect(entry, `${exhibition.slug} ${photo.file}`).toBeDefined();
        expect(entry!.license).toBe(photo.license);
        expect(photo.source).toBe(`Debian 软件包 ${entry!.debianPackage}`);
      }
    }
  });
});

describe('feed', () => {
  it('points browsers at a Chinese XSL page and gives each item its day', () => {
    const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss.xsl" type="text\/xsl"\?>/);
    expect(feed).toMatch(/<dc:date>\d{4}-\d{2}-\d{2}<\/dc:date>/);
    const xsl = readFileSync(join(DIST, 'rss.xsl'), 'utf8');
    expect(xsl).toContain('如何订阅');
    expect(existsSync(join(DIST, 'feed.css'))).toBe(true);
  });
});

describe('wayfinding', () => {
  it('gives every unit page a breadcrumb and links to its neighbours in the directory order', () => {
    const order = listPages('units/').flatMap((html) => listedOn(html, 'units'));
    order.forEach((slug, i) => {
      const html = page(`units/${slug}/`);
      expect(html).toMatch(/<nav class="breadcrumbs" aria-label="当前位置"[^>]*><ol role="list"><li><a href="\/">首页<\/a><\/li><li><a href="\/units\/">文明单位<\/a><\/li>/);
      if (i > 0) expect(html, slug).toContain(`href="/units/${order[i - 1]}/" rel="prev"`);
      if (i < order.length - 1) expect(html, slug).toContain(`href="/units/${order[i + 1]}/" rel="next"`);
    });
  });
});
