/**
 * Every internal reference of the demo build resolves — pages, images, share images, feeds,
 * data files, search assets — at the domain root and under BASE_PATH=/sub/, where each one must
 * also carry the base path. Every page is valid HTML (html-validate's standard rules) with one
 * h1, a title, a description and its canonical URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings.ts';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import {
  absoluteReferences,
  attribute,
  cssReferences,
  fileFor,
  htmlFiles,
  pageReferences,
  pageUrl,
  parseHtml,
  read,
  resolveReference,
  siteFiles,
  text,
} from './site.ts';

const BUILDS = [
  { name: 'domain root', dir: DIST, base: '/' },
  { name: 'BASE_PATH=/sub/', dir: DIST_SUB, base: '/sub/' },
];
const { siteUrl } = loadSettings(ROOT, {});

/** `page: reference` for every reference of the build that does not resolve to a file. */
function brokenReferences(dir: string, base: string): string[] {
  const broken: string[] = [];
  const check = (from: string, references: string[]) => {
    for (const reference of references) {
      const pathname = resolveReference(reference, from, siteUrl);
      if (pathname === undefined) continue;
      if (!pathname.startsWith(base)) broken.push(`${from}: ${reference}（缺少基础路径 ${base}）`);
      else if (!fileFor(dir, pathname, base)) broken.push(`${from}: ${reference}`);
    }
  };
  for (const file of siteFiles(dir)) {
    const from = pageUrl(file, base);
    if (file.endsWith('.html')) check(from, pageReferences(parseHtml(read(dir, file))));
    else if (file.endsWith('.css')) check(from, cssReferences(read(dir, file)));
    else if (/\.(xml|json|csv|txt)$/.test(file) && !file.startsWith('pagefind/')) check(from, absoluteReferences(read(dir, file), siteUrl));
  }
  return broken;
}

describe.each(BUILDS)('demo build at $name', ({ dir, base }) => {
  const pages = () => htmlFiles(dir);

  it('has every page type, feed, data file and search asset', () => {
    expect(pages().length).toBeGreaterThan(50);
    for (const file of ['index.html', '404.html', 'rss.xml', 'sitemap-index.xml', 'robots.txt', 'data/units.csv', 'data/units.json', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });

  it('resolves every internal link and asset reference', () => {
    expect(brokenReferences(dir, base)).toEqual([]);
  });

  it('ships the search index its entry file announces', () => {
    const entry = JSON.parse(read(dir, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    const languages = Object.values(entry.languages);
    expect(languages.length).toBeGreaterThan(0);
    for (const { hash, page_count } of languages) {
      expect(page_count).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'pagefind', `pagefind.${hash}.pf_meta`)), hash).toBe(true);
    }
    expect(siteFiles(join(dir, 'pagefind')).some((file) => /^wasm\..+\.pagefind$/.test(file))).toBe(true);
    // The search page loads the bundle from the folder its form names, under the base path.
    const form = parseHtml(read(dir, 'search/index.html')).querySelectorAll('form[data-bundle]')[0]!;
    const bundle = `${attribute(form, 'data-bundle')}pagefind.js`;
    expect(bundle.startsWith(base)).toBe(true);
    expect(fileFor(dir, bundle, base)).toBe('pagefind/pagefind.js');
  });

  it('gives every page one h1, a title, a description and its canonical URL', () => {
    const problems: string[] = [];
    for (const file of pages()) {
      const root = parseHtml(read(dir, file));
      const say = (problem: string) => problems.push(`${file}: ${problem}`);
      const h1 = root.querySelectorAll('h1').length;
      if (h1 !== 1) say(`${h1} 个 h1`);
      if (!text(root.querySelectorAll('title')[0] ?? root).trim() || !root.querySelectorAll('title').length) say('缺少 title');
      const description = root.querySelectorAll('meta[name="description"]')[0];
      if (!description || !attribute(description, 'content')?.trim()) say('缺少 description');
      const canonical = root.querySelectorAll('link[rel="canonical"]').map((link) => attribute(link, 'href'));
      const expected = `${siteUrl}${pageUrl(file, base)}`;
      if (canonical.length !== 1 || canonical[0] !== expected) say(`canonical 应为 ${expected}，实际为 ${canonical.join(', ') || '无'}`);
    }
    expect(problems).toEqual([]);
  });

  // html-validate's `standard` preset: the rules of the HTML standard. `recommended` adds style
  // rules, among them one against role="list" on <ul>, which the site keeps on purpose: Safari
  // drops the list semantics of a <ul> styled without bullets.
  it('is valid HTML', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));
    const errors: string[] = [];
    for (const file of pages()) {
      const report = await validator.validateString(read(dir, file), file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        if (message.severity === 2) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
