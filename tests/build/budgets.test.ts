/**
 * Weight budgets over the built site, measured as a browser receives them (gzip). Unit, figure
 * and lecture pages need no JavaScript but the head script that checks 公示 windows; an
 * exhibition carries the lightbox on top; a unit page's HTML and CSS stay small for phones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';

const KB = 1024;
const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const gzipped = (file: string) => gzipSize(readFileSync(file));
const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const pagesOf = (section: string) =>
  readdirSync(join(DIST, section), { withFileTypes: true })
    // batches/ and page/ (a list's later pages) hold no entry pages.
    .filter((entry) => entry.isDirectory() && entry.name !== 'batches' && entry.name !== 'page')
    .map((entry) => `${section}/${entry.name}/`);

/** Every script a page runs: external files (as dist paths) and inline code. */
function scriptsOf(page: string) {
  const tags = [...html(page).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const runnable = tags.filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes!));
  return {
    files: runnable.flatMap(([, attributes]) => {
      const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
      return src ? [src] : [];
    }),
    inline: runnable.filter(([, attributes, body]) => !/\ssrc=/.test(attributes!) && body!.trim() !== '').map(([, , body]) => body!),
  };
}
const distFile = (url: string) => {
  expect(url, 'scripts are files of this site, not data: URLs').toMatch(/^\/_astro\//);
  return join(DIST, url);
};
const stylesheetsOf = (page: string) => [...html(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => join(DIST, match[1]!));

describe('budgets', () => {
  const bannerOnly = [...pagesOf('units'), ...pagesOf('figures'), ...pagesOf('lectures')];

  it('ships no JavaScript on unit, figure and lecture pages but the 公示 check (≤ 2 KB gzip)', () => {
    expect(bannerOnly.length).toBeGreaterThan(40);
    const heads = new Set<string>();
    for (const page of bannerOnly) {
      const { files, inline } = scriptsOf(page);
      expect(inline, page).toEqual([]);
      expect(files, page).toHaveLength(1);
      heads.add(files[0]!);
    }
    expect(heads.size).toBe(1);
    const [head] = [...heads];
    expect(readFileSync(distFile(head!), 'utf8')).toContain('notice-window');
    expect(gzipped(distFile(head!))).toBeLessThanOrEqual(2 * KB);
  });

  it('keeps an exhibition page at ≤ 10 KB gzip of JavaScript', () => {
    for (const page of pagesOf('exhibitions')) {
      const { files, inline } = scriptsOf(page);
      expect(inline, page).toEqual([]);
      const total = files.reduce((sum, file) => sum + gzipped(distFile(file)), 0);
      expect(files.some((file) => file.includes('lightbox')), page).toBe(true);
      expect(total, page).toBeLessThanOrEqual(10 * KB);
    }
  });

  it("keeps a unit page's HTML and CSS at ≤ 40 KB gzip", () => {
    for (const page of pagesOf('units')) {
      const css = stylesheetsOf(page);
      expect(css.length, page).toBeGreaterThan(0);
      const total = gzipSize(html(page)) + css.reduce((sum, file) => sum + gzipped(file), 0);
      expect(total, page).toBeLessThanOrEqual(40 * KB);
    }
  });
});
