/**
 * The escaping fixture site (tests/fixtures/sites/escaping/) builds, and every name and text in
 * it — full of `<script>`, `</script>`, `</title>`, quotes, `&` and `{}` — lands as inert text:
 * in the HTML and its attributes, in JSON-LD (which must not end its script element early), in
 * the RSS feed, the CSV and JSON downloads, the search index and the share images. Its photos
 * carry a GPS position and a camera serial, which no published image may keep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeXML } from 'entities';
import matter from 'gray-matter';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { drawSvg } from '../../src/og/render.ts';
import { renderTemplate } from '../../src/og/templates/index.ts';
import { launchBrowser, serveStatic } from '../e2e/harness.ts';
import { buildSite, SITES, WORK, type BuildResult } from './fixture-sites.ts';
import { imagesWithPrivateMetadata } from './photo-metadata.ts';
import { originalsIn } from '../../src/integrations/unused-originals.ts';
import { attribute, htmlFiles, parseHtml, read, siteFiles, text } from './site.ts';

const CONTENT = join(SITES, 'escaping', 'content');
const front = (file: string) => matter(readFileSync(join(CONTENT, file), 'utf8')).data as Record<string, any>;
const unit = front('units/ceshi-danwei.md');
const figure = front('figures/ceshi-renwu.md');
const lecture = front('lectures/ceshi-jiangzuo.md');
const notice = front('notices/ceshi-gongshi.md');
const exhibition = front('exhibitions/tu-zhan/index.md');

/** Every string of the fixture's frontmatter that holds something markup-like. */
function hostileStrings(value: unknown): string[] {
  if (typeof value === 'string') return /[<>"'&{}]/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(hostileStrings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(hostileStrings);
  return [];
}

let build: BuildResult;
const dir = () => build.outDir;

beforeAll(() => {
  build = buildSite(CONTENT, join(WORK, 'escaping-dist'));
  if (build.status !== 0) throw new Error(`the escaping fixture site did not build:\n${build.output}`);
});

describe('escaping fixture site', () => {
  it('keeps every page free of injected elements and handlers', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dir())) {
      const root = parseHtml(read(dir(), file));
      for (const script of root.querySelectorAll('script')) {
        const external = attribute(script, 'src')?.startsWith('/_astro/');
        if (!external && attribute(script, 'type') !== 'application/ld+json') problems.push(`${file}: <script> ${text(script).slice(0, 40)}`);
      }
      for (const element of root.querySelectorAll('*')) {
        const handlers = element.attributes.filter((attr) => /^on/i.test(attr.key));
        if (handlers.length) problems.push(`${file}: <${element.tagName} ${handlers.map((attr) => attr.key).join(' ')}>`);
      }
      if (root.querySelectorAll('b, i, img[src="x"]').length) problems.push(`${file}: markup from content became elements`);
    }
    expect(problems).toEqual([]);
  });

  it('shows every markup-like string of the content as text, on a page or in the open data', () => {
    const shown: string[] = [];
    for (const file of htmlFiles(dir())) {
      const root = parseHtml(read(dir(), file));
      shown.push(text(root), ...root.querySelectorAll('*').flatMap((element) => element.attributes.map((attr) => attribute(element, attr.key) ?? '')));
    }
    for (const file of ['data/units.json', 'data/figures.json']) shown.push(...hostileStrings(JSON.parse(read(dir(), file))));
    const missing = [unit, figure, lecture, notice, exhibition].flatMap(hostileStrings).filter((value) => !shown.some((part) => part.includes(value)));
    expect(missing).toEqual([]);
  });

  it('puts names into titles, headings and meta attributes exactly as written', () => {
    const root = parseHtml(read(dir(), 'units/ceshi-danwei/index.html'));
    const meta = (selector: string) => attribute(root.querySelectorAll(selector)[0]!, 'content');
    expect(text(root.querySelectorAll('h1')[0]!)).toBe(unit.name);
    expect(text(root.querySelectorAll('title')[0]!).startsWith(`${unit.name} | `)).toBe(true);
    expect(meta('meta[name="description"]')).toBe(unit.summary);
    expect(meta('meta[property="og:title"]')).toBe(unit.name);
  });

  it('keeps JSON-LD inside its script element and the names intact', () => {
    for (const file of htmlFiles(dir())) {
      for (const script of parseHtml(read(dir(), file)).querySelectorAll('script[type="application/ld+json"]')) {
        const source = script.textContent;
        expect(source, file).not.toMatch(/<|&/);
        expect(() => JSON.parse(source), file).not.toThrow();
      }
    }
    const [script] = parseHtml(read(dir(), 'units/ceshi-danwei/index.html')).querySelectorAll('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent).name).toBe(unit.name);
  });

  it('escapes the RSS feed', () => {
    const rss = read(dir(), 'rss.xml');
    expect(rss).not.toMatch(/<script|<\/script|<b>/i);
    const titles = [...rss.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decodeXML(match[1]!));
    expect(titles).toEqual(expect.arrayContaining([notice.title, lecture.title, exhibition.title]));
  });

  it('writes the names unchanged into the CSV and JSON downloads', () => {
    const csv = Papa.parse<string[]>(read(dir(), 'data/units.csv').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv.flat()).toContain(unit.name);
    expect(csv.flat()).toContain(unit.summary);
    expect(JSON.parse(read(dir(), 'data/units.json'))[0].name).toBe(unit.name);
    expect(JSON.parse(read(dir(), 'data/figures.json'))[0].name).toBe(figure.name);
  });

  it('indexes the names for search as plain text', () => {
    const fragments = siteFiles(join(dir(), 'pagefind', 'fragment')).map((file) => {
      const data = gunzipSync(readFileSync(join(dir(), 'pagefind', 'fragment', file)));
      return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; meta: Record<string, string> };
    });
    const titles = Object.fromEntries(fragments.map((fragment) => [fragment.url, fragment.meta.title]));
    expect(titles['/units/ceshi-danwei/']).toBe(unit.name);
    expect(titles['/figures/ceshi-renwu/']).toBe(figure.name);
  });

  it('draws names on share images as text, never as markup', async () => {
    const drawn: string[] = [];
    const tree = renderTemplate({ label: '文明单位', title: unit.name, lines: [unit.summary], siteName: '榜样', siteHost: 'example.org' }, undefined);
    const svg = await drawSvg(tree, (node) => node.textContent && drawn.push(node.textContent));
    expect(svg).not.toMatch(/<script|<title|<b>/i);
    expect(drawn).toContain(unit.name);
    for (const page of ['units/ceshi-danwei', 'figures/ceshi-renwu', 'lectures/ceshi-jiangzuo', 'notices/ceshi-gongshi']) {
      expect(siteFiles(dir()), page).toContain(`og/${page}.png`);
    }
    // A card the photo fills is a JPEG.
    expect(siteFiles(dir())).toContain('og/exhibitions/tu-zhan/zhaopian.jpg');
  });

  it('publishes the GPS-tagged photo only as derivatives, never the original, without its position or serial', async () => {
    // The original Astro copies is removed (src/integrations/unused-originals.ts): no page names it.
    const assets = siteFiles(dir()).filter((file) => file.startsWith('_astro/')).map((file) => file.slice('_astro/'.length));
    expect(assets.filter((file) => file.startsWith('with-gps.') && file.endsWith('.webp')).length).toBeGreaterThan(0);
    expect(originalsIn(assets)).toEqual([]);
    expect(build.output).toMatch(/没有发布 1 张照片原图（页面只用缩小后的版本）/);
    expect(await imagesWithPrivateMetadata(dir())).toEqual([]);
  });

  it('publishes photos as WebP with a JPEG fallback and no AVIF when the settings do not ask for it', () => {
    const picture = /<picture>([\s\S]*?)<\/picture>/.exec(readFileSync(join(dir(), 'exhibitions/tu-zhan/zhaopian/index.html'), 'utf8'))?.[1];
    expect(picture).toMatch(/<source type="image\/webp" srcset="[^"]+\.webp \d+w"/);
    expect(picture).not.toContain('avif');
    expect(picture).toMatch(/<img src="[^"]+\.jpg"/);
    expect(siteFiles(dir()).filter((file) => file.endsWith('.avif'))).toEqual([]);
  });

  it('shows search results as text in the browser: no script runs, no element is injected', async () => {
    const server = await serveStatic(dir(), '/', SECURITY_HEADERS);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await page.goto(`${server.url}search/?q=${encodeURIComponent('测试')}`);
      await page.waitForSelector('#search-results li a');
      const results = page.locator('#search-results');
      expect(await results.textContent()).toContain(unit.name);
      expect(await results.locator('script, b, img[src="x"], [onerror]').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
