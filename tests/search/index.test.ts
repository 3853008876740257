/**
 * What the built search index holds, for the demo site at the root and under /sub/: exactly
 * the detail pages, each with its type and filters; former names, figure names and photo
 * captions as words; no navigation or footer text; thumbnails that exist under the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import { page, sources, unitHonors } from '../browse/built.ts';
import { plain, readFragments, type Fragment } from './bundle.ts';

const units = sources('units');
const figures = sources('figures');
const lectures = sources('lectures');
const notices = sources('notices');
const exhibitions = sources('exhibitions');
const news = sources('news');
const photos = exhibitions.flatMap((exhibition) =>
  (exhibition.data.photos as { id: string; title: string; caption: string }[]).map((photo) => ({ exhibition: exhibition.slug, ...photo })),
);
const settings = matter(`---\n${readFileSync(join(ROOT, 'content', 'settings.yaml'), 'utf8')}\n---\n`).data;

/** Every page that should be a search result of its own, with its type label. */
const expected = new Map<string, string>([
  ...units.map((unit) => [`/units/${unit.slug}/`, '单位'] as const),
  ...figures.map((figure) => [`/figures/${figure.slug}/`, '人物'] as const),
  ...lectures.map((lecture) => [`/lectures/${lecture.slug}/`, '讲坛'] as const),
  ...exhibitions.map((exhibition) => [`/exhibitions/${exhibition.slug}/`, '展览'] as const),
  ...photos.map((photo) => [`/exhibitions/${photo.exhibition}/${photo.id}/`, '图片'] as const),
  ...notices.map((notice) => [`/notices/${notice.slug}/`, '公示'] as const),
  ...news.map((item) => [`/news/${item.slug}/`, '动态'] as const),
]);

describe.each([
  ['at the root', DIST, '/'],
  ['under /sub/', DIST_SUB, '/sub/'],
])('search index %s', (_, dist, base) => {
  const fragments = readFragments(join(dist, 'pagefind'));
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
  const fragment = (url: string): Fragment => {
    const found = byUrl.get(url);
    if (!found) throw new Error(`${url} is not in the index`);
    return found;
  };

  it('holds exactly the detail pages, each with its type', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual([...expected.keys()].sort());
    for (const [url, type] of expected) expect(fragment(url).filters.type, url).toEqual([type]);
  });

  it('stores URLs without the base path (the search page adds it)', () => {
    for (const f of fragments) expect(f.url.startsWith('/sub/'), f.url).toBe(false);
  });

  it('gives every page a year filter and a date, units their level, region and status, figures their category', () => {
    for (const f of fragments) {
      expect(f.filters.year?.length, f.url).toBeGreaterThan(0);
      expect(f.meta.date, f.url).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/);
    }
    for (const unit of units) {
      const { filters } = fragment(`/units/${unit.slug}/`);
      const honors = unitHonors().filter((entry) => entry.unit.slug === unit.slug).map(({ honor }) => honor);
      expect(filters.level?.sort()).toEqual([...new Set(honors.map((h) => h.level))].sort());
      expect(filters.year?.sort()).toEqual([...new Set(honors.map((h) => String(h.year)))].sort());
      expect(filters.region).toEqual((unit.data.region as string[]).slice(0, 2));
      expect(filters.status?.length).toBeGreaterThan(0);
    }
    for (const figure of figures) expect(fragment(`/figures/${figure.slug}/`).filters.category).toEqual([figure.data.category]);
  });

  it('indexes filter values as metadata only, not as words of the page', () => {
    for (const f of fragments) expect(plain(f.content).startsWith(f.filters.type![0]!), f.url).toBe(false);
  });

  it('makes former names, figure names and photo captions findable', () => {
    for (const unit of units) {
      for (const former of unit.data.formerNames ?? []) expect(plain(fragment(`/units/${unit.slug}/`).content)).toContain(plain(former.name));
    }
    for (const figure of figures) expect(plain(fragment(`/figures/${figure.slug}/`).meta.title!)).toBe(plain(figure.data.name));
    for (const photo of photos) {
      const f = fragment(`/exhibitions/${photo.exhibition}/${photo.id}/`);
      expect(plain(f.meta.title!)).toBe(plain(photo.title));
      expect(plain(f.content)).toContain(plain(photo.caption));
    }
  });

  it('holds a unit\'s former names as keywords (weighted like its title), and the names a page shows, as index-only words', () => {
    const unit = units.find((u) => (u.data.formerNames ?? []).length > 0)!;
    const html = page(`units/${unit.slug}/`, dist);
    expect(/<span data-pagefind-meta="keywords">([^<]*)<\/span>/.exec(html)?.[1]).toContain(unit.data.formerNames[0].name);
    const { meta, content } = fragment(`/units/${unit.slug}/`);
    expect(meta.keywords!.split(' ')).toContain(unit.data.formerNames[0].name);
    // A figure of the unit is named on its card only, which the index leaves out as text.
    const figure = figures.find((f) => f.data.unit === unit.slug) ?? figures.find((f) => f.data.unit)!;
    const own = fragment(`/units/${figure.data.unit}/`);
    expect(own.meta.names!.split(' ')).toContain(figure.data.name);
    expect(meta.names).toBeDefined();
    expect(content).not.toContain('即将公示');
  });

  it('leaves navigation, footer and related cards out', () => {
    // The office's name is also content where the office issues a notice or organises a lecture;
    // the record numbers are only ever in the footer.
    const footer = [settings.footer.icp, settings.footer.psb].map(plain);
    for (const f of fragments) {
      const text = plain(f.content);
      for (const words of footer) expect(text, f.url).not.toContain(words);
      // The header navigation lists every section; a page's text holds at most a few of them.
      expect(settings.nav.every((item: { label: string }) => text.includes(item.label)), f.url).toBe(false);
    }
    // A unit's page lists its figures as cards; their summaries belong to the figures' pages.
    for (const figure of figures.filter((f) => f.data.unit)) {
      expect(plain(fragment(`/units/${figure.data.unit}/`).content)).not.toContain(plain(figure.data.summary));
    }
  });

  it('points thumbnails at small images that exist under the base path', () => {
    const withImage = fragments.filter((f) => f.meta.image);
    expect(withImage.map((f) => f.url)).toEqual(expect.arrayContaining(photos.map((p) => `/exhibitions/${p.exhibition}/${p.id}/`)));
    for (const f of withImage) {
      expect(f.meta.image!.startsWith(`${base}_astro/`), f.meta.image).toBe(true);
      expect(f.meta.image).toMatch(/\.webp$/);
      expect(existsSync(join(dist, f.meta.image!.slice(base.length))), f.meta.image).toBe(true);
      expect(f.meta.image_alt, f.url).toBeTruthy();
    }
  });
});
