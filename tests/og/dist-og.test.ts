/**
 * Checks the built sites (the demo at the domain root and under BASE_PATH=/sub/, built by
 * tests/setup/build.ts): every HTML page names its share image in og:image and twitter:image,
 * with type, width, height and alt, and in the schema.org microdata QQ reads; that file exists in
 * the build and is a 1200×630 PNG, or a JPEG of at most 150 KB where a photo fills the card.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from '../reliability/site.ts';
import { DIST, DIST_SUB } from '../setup/paths.ts';

const meta = (html: string, attribute: 'property' | 'name' | 'itemprop', key: string): string | undefined => {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    if (new RegExp(`\\b${attribute}=["']?${key.replace(/[.:]/g, '\\$&')}["'\\s>]`).test(tag)) {
      return tag.match(/\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/)?.slice(1).find((value) => value !== undefined);
    }
  }
  return undefined;
};

describe.each([
  ['/', DIST],
  ['/sub/', DIST_SUB],
])('share images of the site built at base %s', (base, dist) => {
  const pages = htmlFiles(dist);
  const images = new Map<string, string>();

  it('has every kind of page to check', () => {
    const kinds = new Set(pages.map((page) => page.split('/')[0]));
    for (const kind of ['index.html', '404.html', 'units', 'figures', 'lectures', 'exhibitions', 'notices', 'stats', 'search']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(pages)('%s has a 1200×630 og:image', async (page) => {
    const html = read(dist, page);
    const image = meta(html, 'property', 'og:image');
    expect(image, 'og:image').toBeTruthy();
    const { pathname } = new URL(image!);
    expect(pathname, 'og:image is under the base path, in og/').toMatch(new RegExp(`^${base}og/.+\\.(png|jpg)$`));
    const photo = /^exhibitions\/[^/]+\/[^/]+\/index\.html$/.test(page);
    expect(pathname.endsWith('.jpg'), 'a photo page has a JPEG card, every other page a PNG').toBe(photo);
    expect(meta(html, 'property', 'og:image:type')).toBe(photo ? 'image/jpeg' : 'image/png');
    expect(meta(html, 'name', 'twitter:image'), 'twitter:image').toBe(image);
    expect(meta(html, 'itemprop', 'image'), 'itemprop=image (QQ)').toBe(image);
    expect(meta(html, 'itemprop', 'name'), 'itemprop=name (QQ)').toBe(meta(html, 'property', 'og:title'));
    expect(meta(html, 'itemprop', 'description'), 'itemprop=description (QQ)').toBe(meta(html, 'name', 'description'));
    expect(meta(html, 'property', 'og:image:width')).toBe('1200');
    expect(meta(html, 'property', 'og:image:height')).toBe('630');
    expect(meta(html, 'property', 'og:image:alt'), 'og:image:alt').toMatch(/分享图：/);
    expect(meta(html, 'name', 'twitter:image:alt'), 'twitter:image:alt').toBe(meta(html, 'property', 'og:image:alt'));
    const png = join(dist, decodeURIComponent(pathname.slice(base.length)));
    expect(existsSync(png), `${relative(dist, png)} exists`).toBe(true);
    expect(await sharp(png).metadata()).toMatchObject({ format: photo ? 'jpeg' : 'png', width: 1200, height: 630 });
    if (photo) expect(statSync(png).size).toBeLessThanOrEqual(150_000);
    images.set(png, page);
  });

  it('gives every page an image of its own, except the later pages of a list, which share its first page\'s', () => {
    const later = pages.filter((page) => /(?:^|\/)page\/\d+\/index\.html$/.test(page));
    expect(images.size).toBe(pages.length - later.length);
  });
});
