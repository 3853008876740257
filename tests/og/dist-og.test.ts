/**
 * Checks the built site: every HTML page names a share image in og:image and twitter:image, with
 * width, height and alt, and the file exists and is 1200×630. Needs `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const DIST = join(process.cwd(), 'dist');
const built = existsSync(join(DIST, 'index.html'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const meta = (html: string, attribute: 'property' | 'name', key: string): string | undefined => {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    if (new RegExp(`\\b${attribute}=["']?${key.replace(/[.:]/g, '\\$&')}["'\\s>]`).test(tag)) {
      return tag.match(/\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/)?.slice(1).find((value) => value !== undefined);
    }
  }
  return undefined;
};

/** The file in dist/ an og:image URL points to, whatever the site URL and base path. */
function fileOf(url: string): string {
  const path = decodeURIComponent(new URL(url, 'https://example.invalid/').pathname);
  const marker = path.lastIndexOf('/og/');
  return join(DIST, path.slice(marker + 1));
}

describe.skipIf(!built)('share images in dist/', () => {
  const pages = built ? htmlFiles(DIST) : [];

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((file) => [relative(DIST, file), file]))('%s has a 1200×630 og:image', async (_, file) => {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'property', 'og:image');
    expect(image, 'og:image').toBeTruthy();
    expect(image, 'og:image points into og/').toMatch(/\/og\/.+\.png$/);
    expect(meta(html, 'name', 'twitter:image'), 'twitter:image').toBe(image);
    expect(meta(html, 'property', 'og:image:width')).toBe('1200');
    expect(meta(html, 'property', 'og:image:height')).toBe('630');
    expect(meta(html, 'property', 'og:image:alt'), 'og:image:alt').toBeTruthy();
    const png = fileOf(image!);
    expect(existsSync(png), `${relative(DIST, png)} exists`).toBe(true);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});

if (!built) {
  describe('share images in dist/', () => {
    it.skip('dist/ is absent: run `npm run build` first, then this test checks every page\'s og:image', () => {});
  });
}
