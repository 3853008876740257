/**
 * The search page over an index in parts, in Chromium: the built demo is indexed again with the
 * part size forced small (eight parts), and every search is compared with the same search on the
 * demo's one-bundle index: pages from every part are found, the same results and counts, the
 * same filter values, dates in the same order both ways, and links and thumbnails under /sub/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_DIR, PARTS_FILE, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { DEMO_QUERIES } from '../../scripts/lib/bench/search.ts';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { DIST, DIST_SUB } from '../setup/paths.ts';
import { launchBrowser, searchSettled, serveStatic, type StaticServer } from '../e2e/harness.ts';
import { readPart } from './bundle.ts';

const PART_SIZE = 12;
let work: string;
let one: StaticServer;
let parts: StaticServer;
let sub: StaticServer;
let browser: Browser;
let folders: string[];

/** A copy of a built site with its index rebuilt in parts. */
async function inParts(dist: string, name: string): Promise<string> {
  const dir = join(work, name);
  cpSync(dist, dir, { recursive: true });
  const result = await writeSearchIndex(dir, join(dir, PAGEFIND_DIR), { partSize: PART_SIZE });
  expect(result.parts).toBe(8);
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bangyang-search-parts-'));
  const root = await inParts(DIST, 'root');
  folders = (JSON.parse(readFileSync(join(root, PAGEFIND_DIR, PARTS_FILE), 'utf8')) as { parts: string[] }).parts.map((part) => join(root, PAGEFIND_DIR, part));
  one = await serveStatic(DIST, '/', SECURITY_HEADERS);
  parts = await serveStatic(root, '/', SECURITY_HEADERS);
  sub = await serveStatic(await inParts(DIST_SUB, 'sub'), '/sub/', SECURITY_HEADERS);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const server of [one, parts, sub]) await server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Shown {
  status: string;
  results: { href: string; kicker: string; image: string | null }[];
  /** The values each filter offers. */
  options: Record<string, string[]>;
}

/** Opens the search page with `params` and shows every result ("显示更多结果" until it is gone). */
async function shown(server: StaticServer, params: Record<string, string>): Promise<Shown> {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(`${server.url}search/?${new URLSearchParams(params)}`);
  await searchSettled(page);
  while (await page.isVisible('#search-more')) {
    const count = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, count);
  }
  const result = {
    status: (await page.textContent('#search-status')) ?? '',
    results: await page.$$eval('#search-results > li', (items) =>
      items.map((item) => ({
        href: item.querySelector('h3 a')!.getAttribute('href')!,
        kicker: item.querySelector('.card-kicker')!.textContent!,
        image: item.querySelector('img')?.getAttribute('src') ?? null,
      })),
    ),
    options: Object.fromEntries(
      await page.$$eval('#search-form select', (selects) =>
        selects.map((select) => [select.getAttribute('name')!, [...(select as HTMLSelectElement).options].map((option) => option.value)] as const),
      ),
    ),
  };
  expect(problems).toEqual([]);
  await page.close();
  return result;
}

const hrefs = (found: Shown) => found.results.map((result) => result.href).sort();
const days = (found: Shown) => found.results.map((result) => result.kicker.split(' · ')[1]);

describe('the search page over an index in parts', () => {
  it('finds pages from every part', async () => {
    for (const folder of folders) {
      const [fragment] = readPart(folder);
      const found = await shown(parts, { q: fragment!.meta.title! });
      expect(hrefs(found), folder).toContain(fragment!.url);
    }
  });

  it('finds what one index finds, with the same counts and filter values', async () => {
    // Several words (见义勇为 is 见 / 义勇 / 为 to the browser) test that a part lacking one of them adds nothing.
    const searches: Record<string, string>[] = [...DEMO_QUERIES.map((q) => ({ q })), { q: '文明', type: '单位' }, { type: '人物' }];
    for (const params of searches) {
      const [expected, actual] = [await shown(one, params), await shown(parts, params)];
      expect(actual.status, JSON.stringify(params)).toBe(expected.status);
      expect(hrefs(actual), JSON.stringify(params)).toEqual(hrefs(expected));
      expect(actual.options).toEqual(expected.options);
    }
  });

  it('sorts by date across the parts as one index does, both ways', async () => {
    const searches: Record<string, string>[] = [{ type: '单位', sort: 'desc' }, { type: '单位', sort: 'asc' }, { q: '文明', sort: 'desc' }];
    for (const params of searches) {
      const [expected, actual] = [await shown(one, params), await shown(parts, params)];
      expect(expected.results.length).toBeGreaterThan(PART_SIZE);
      expect(days(actual), JSON.stringify(params)).toEqual(days(expected));
    }
  });

  it('links results and thumbnails under the base path', async () => {
    const found = await shown(sub, { type: '图片' });
    expect(found.results.length).toBeGreaterThan(0);
    for (const result of found.results) {
      expect(result.href.startsWith('/sub/')).toBe(true);
      expect(result.image ?? '/sub/').toMatch(/^\/sub\//);
    }
  });
});
