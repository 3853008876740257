/**
 * The search in Chromium over the built demo site, served with the site's security headers:
 * finding units, former names, figures, categories, short words and phrases; a name wherever a
 * page shows it, by pinyin, initials and traditional characters; clean excerpts; the
 * no-result message; filters (only those that apply to the chosen type), date sort, thumbnails
 * and the URL state; the header box with its suggestions, with and without JavaScript; axe; the
 * same search served under /sub/; and names full of markup (the escaping fixture site) shown
 * as text. (tests/search/recall.test.ts measures recall over every name and a sample of words.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { DomUtils, parseDocument } from 'htmlparser2';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import { sources, unitHonors } from '../browse/built.ts';
import { buildSite, SITES, WORK } from '../reliability/fixture-sites.ts';
import { launchBrowser, searchSettled as settled, serveStatic, type StaticServer } from './harness.ts';

let root: StaticServer;
let sub: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = await serveStatic(DIST, '/', SECURITY_HEADERS);
  sub = await serveStatic(DIST_SUB, '/sub/', SECURITY_HEADERS);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

interface Opened {
  page: Page;
  /** Script errors and policy violations seen so far; every test expects none. */
  problems: string[];
}

async function open(url: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/.test(message.text())) problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

async function search(params: Record<string, string>, server = root): Promise<Opened> {
  const opened = await open(`${server.url}search/?${new URLSearchParams(params)}`);
  await settled(opened.page);
  return opened;
}

interface Result { href: string; title: string; kicker: string; image: string | null }
const results = (page: Page): Promise<Result[]> =>
  page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      href: item.querySelector('h3 a')!.getAttribute('href')!,
      title: item.querySelector('h3')!.textContent!,
      kicker: item.querySelector('.card-kicker')!.textContent!,
      image: item.querySelector('img')?.getAttribute('src') ?? null,
    })),
  );
const status = (page: Page) => page.textContent('#search-status');
/** Shows every result, pressing "显示更多结果" as long as it is offered. */
async function allResults(page: Page): Promise<Result[]> {
  while (await page.isVisible('#search-more')) {
    const shown = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
  }
  return results(page);
}
async function close({ page, problems }: Opened) {
  expect(problems).toEqual([]);
  await page.context().close();
}

const units = sources('units');
/** A unit's honors with their body's level and their named year, as the tests read them from content/. */
const honorsOf = (slug: string) => unitHonors().filter(({ unit }) => unit.slug === slug).map(({ honor }) => honor);
const figures = sources('figures');
const renamed = units.find((unit) => (unit.data.formerNames ?? []).length > 0)!;
const figure = figures[0]!;
const photo = sources('exhibitions')[0]!.data.photos[0] as { id: string; title: string };
const unitFile = (slug: string) => readFileSync(join(ROOT, 'content', 'units', `${slug}.md`), 'utf8');

describe('finding things', () => {
  it('finds a unit by its name, first', async () => {
    const opened = await search({ q: renamed.data.name });
    const [first] = await results(opened.page);
    expect(first).toMatchObject({ href: `/units/${renamed.slug}/`, title: renamed.data.name });
    expect(first!.kicker.startsWith('单位')).toBe(true);
    await close(opened);
  });

  it('finds a unit by a former name, first', async () => {
    const opened = await search({ q: renamed.data.formerNames[0].name });
    expect((await results(opened.page))[0]?.href).toBe(`/units/${renamed.slug}/`);
    await close(opened);
  });

  it('weights titles and former names above body text', async () => {
    const opened = await search({ q: '' });
    // A string, not a function: vitest would rewrite the dynamic import() inside a function.
    const weights = (query: string, url: string) =>
      opened.page.evaluate(`(async ({ bundle, query, url }) => {
        const pagefind = await import(bundle);
        for (const result of (await pagefind.search(query)).results) {
          const data = await result.data();
          if (data.url === url) return data.weighted_locations.map((location) => location.weight);
        }
        return [];
      })(${JSON.stringify({ bundle: '/pagefind/pagefind.js', query, url })})`) as Promise<number[]>;
    expect(Math.max(...(await weights(figure.data.name, `/figures/${figure.slug}/`)))).toBe(7);
    expect(Math.max(...(await weights(renamed.data.formerNames[0].name, `/units/${renamed.slug}/`)))).toBe(7);
    await close(opened);
  });

  it('finds a figure by name', async () => {
    const opened = await search({ q: figure.data.name });
    const [first] = await results(opened.page);
    expect(first).toMatchObject({ href: `/figures/${figure.slug}/`, title: figure.data.name });
    expect(first!.kicker.startsWith('人物')).toBe(true);
    await close(opened);
  });

  it('finds figures by their category, typed or chosen as a filter', async () => {
    const category = figure.data.category as string;
    const expected = figures.filter((f) => f.data.category === category).map((f) => `/figures/${f.slug}/`).sort();
    const typed = await search({ q: category });
    expect((await allResults(typed.page)).map((r) => r.href)).toEqual(expect.arrayContaining(expected));
    await close(typed);
    const chosen = await search({ type: '人物', category });
    expect((await allResults(chosen.page)).map((r) => r.href).sort()).toEqual(expected);
    await close(chosen);
  });

  it('finds a two-character word in the body text', async () => {
    const word = '劝导';
    const expected = units.filter((unit) => unitFile(unit.slug).includes(word)).map((unit) => `/units/${unit.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    const opened = await search({ q: word });
    expect((await allResults(opened.page)).map((r) => r.href)).toEqual(expect.arrayContaining(expected));
    await close(opened);
  });

  it('finds a phrase from inside a long sentence', async () => {
    const phrase = '每周到城区繁忙路段协助交警';
    const sentence = unitFile('fujian-sheng-jiaotong-yunshu-ting').split('\n').find((line) => line.includes(phrase));
    expect(sentence!.length).toBeGreaterThan(phrase.length * 3);
    expect(sentence!.startsWith(phrase)).toBe(false);
    const opened = await search({ q: phrase });
    expect((await results(opened.page))[0]?.href).toBe('/units/fujian-sheng-jiaotong-yunshu-ting/');
    // The excerpt shows the phrase highlighted, as Chinese is written: no spaces, visible or zero-width.
    const excerpt = (await opened.page.textContent('#search-results .search-excerpt'))!;
    expect(excerpt).toContain(phrase);
    expect(await opened.page.$$eval('#search-results mark', (marks) => marks.length)).toBeGreaterThan(0);
    expect(excerpt).not.toMatch(/\u200b|\p{Script=Han}[ .]+\p{Script=Han}/u);
    await close(opened);
  });

  it('explains a search without results and what to try instead', async () => {
    const opened = await search({ q: 'zzqqxx' });
    expect(await status(opened.page)).toBe('没有找到与“zzqqxx”相关的内容。');
    expect(await opened.page.isVisible('#search-hints')).toBe(true);
    expect(await opened.page.textContent('#search-hints')).toContain('清除筛选');
    expect(await results(opened.page)).toEqual([]);
    await close(opened);
    // A level and a year that no unit has together: the filters alone rule everything out.
    const honors = units.map((u) => honorsOf(u.slug));
    const years = [...new Set(honors.flat().map((h) => String(h.year)))];
    const levels = [...new Set(honors.flat().map((h) => h.level))];
    const [level, year] = levels.flatMap((l) => years.map((y) => [l, y] as const)).find(([l, y]) => !honors.some((hs) => hs.some((h) => h.level === l) && hs.some((h) => String(h.year) === y)))!;
    const filtersOnly = await search({ type: '单位', level, year });
    expect(await status(filtersOnly.page)).toBe('没有符合当前筛选条件的内容。');
    expect(await filtersOnly.page.isVisible('#search-hints')).toBe(true);
    await close(filtersOnly);
  });
});

/**
 * The pages whose indexed text (related cards included) shows `text`, as the built files have it:
 * the main content less what Pagefind is told to leave out (`data-pagefind-ignore`, e.g. the
 * previous/next links, which name a neighbour, not what the page is about).
 */
function pagesShowing(text: string, dist = DIST): string[] {
  return [...units.map((u) => `units/${u.slug}/`), ...figures.map((f) => `figures/${f.slug}/`), ...sources('lectures').map((l) => `lectures/${l.slug}/`)]
    .filter((path) => {
      const document = parseDocument(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const main = DomUtils.findOne((element) => element.name === 'main', document.children)!;
      for (const ignored of DomUtils.findAll((element) => 'data-pagefind-ignore' in element.attribs, main.children)) DomUtils.removeElement(ignored);
      return DomUtils.textContent(main).includes(text);
    })
    .map((path) => `/${path}`);
}

const yanJing = figures.find((f) => f.data.name === '闫璟')!;
const library = units.find((u) => u.data.name === '山西省图书馆')!;

describe('names, pinyin and traditional characters', () => {
  it('finds a figure on every page that names her, in sentences, lists and cards, her own page first, with clean excerpts', async () => {
    const expected = pagesShowing('闫璟');
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const opened = await search({ q: '闫璟' });
    const found = await allResults(opened.page);
    expect(found[0]!.href).toBe(`/figures/${yanJing.slug}/`);
    expect(found.map((r) => r.href)).toEqual(expect.arrayContaining(expected));
    const excerpts = await opened.page.$$eval('#search-results .search-excerpt', (items) => items.map((item) => item.textContent!));
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/\p{Script=Han}[ .\u200b\u2060]+\p{Script=Han}|\p{Script=Han}\. /u);
      expect(excerpt).not.toMatch(/\.\s/);
    }
    expect(excerpts.join('')).toContain('道德模范闫璟的事迹短片');
    await close(opened);
  });

  it('reads Latin letters as pinyin or initials of the site\'s names', async () => {
    for (const q of ['yanjing', 'yan jing', 'yj']) {
      const opened = await search({ q });
      expect((await results(opened.page))[0]?.href, q).toBe(`/figures/${yanJing.slug}/`);
      expect(await status(opened.page), q).toContain('按拼音找到：闫璟');
      await close(opened);
    }
    const opened = await search({ q: 'shanxi tushuguan' });
    expect((await results(opened.page)).map((r) => r.href)).toContain(`/units/${library.slug}/`);
    await close(opened);
  });

  it('finds the same with traditional characters, loading the converter only then', async () => {
    const simplified = await search({ q: '山西省图书馆' });
    const expected = (await allResults(simplified.page)).map((r) => r.href);
    await close(simplified);
    for (const q of ['山西省圖書館', '閆璟']) {
      const opened = await open(`${root.url}search/?${new URLSearchParams({ q })}`);
      const converter = opened.page.waitForRequest(/t2cn/);
      await settled(opened.page);
      await converter;
      if (q === '山西省圖書館') expect((await allResults(opened.page)).map((r) => r.href)).toEqual(expected);
      else expect((await results(opened.page))[0]?.href).toBe(`/figures/${yanJing.slug}/`);
      expect(await status(opened.page)).toContain('已按简体');
      await close(opened);
    }
  });

  it('shows a notice without the state labels of other days, and labels apart from their values', async () => {
    const notice = sources('notices')[0]!;
    const opened = await search({ q: notice.data.title, type: '公示' });
    const excerpt = (await opened.page.textContent('#search-results .search-excerpt'))!;
    expect(excerpt).not.toMatch(/即将公示|已结束/);
    const lecture = await search({ q: '郭淑琴' });
    const lectureExcerpts = (await lecture.page.$$eval('#search-results .search-excerpt', (items) => items.map((item) => item.textContent!))).join('\n');
    expect(lectureExcerpts).toMatch(/主讲人：/);
    await close(lecture);
    await close(opened);
  });
});

describe('filters, sorting and the URL', () => {
  it('offers only the filters that apply to the chosen type', async () => {
    const opened = await search({ q: '文明' });
    const { page } = opened;
    const visible = () => page.$$eval('[data-filter-types]', (labels) => labels.filter((l) => !(l as HTMLElement).hidden).map((l) => l.querySelector('select')!.name));
    expect(await visible()).toEqual(['level', 'year', 'category', 'region', 'status']);
    await page.selectOption('select[name="type"]', '公示');
    await settled(page);
    expect(await visible()).toEqual(['year']);
    await page.selectOption('select[name="type"]', '人物');
    await settled(page);
    expect(await visible()).toEqual(['level', 'year', 'category', 'region']);
    await close(opened);
    // A filter in the URL that does not apply to the type is dropped, not left to rule everything out.
    const stale = await search({ type: '公示', level: '全国' });
    expect(await stale.page.inputValue('select[name="level"]')).toBe('');
    expect(Number(/(\d+) 条/.exec((await status(stale.page))!)![1])).toBe(sources('notices').length);
    await close(stale);
  });

  it('narrows the results with a filter, keeps it in the URL and goes back', async () => {
    const opened = await search({ q: '文明' });
    const { page } = opened;
    const before = await status(page);
    const all = Number(/(\d+) 条/.exec(before!)![1]);
    await page.selectOption('select[name="type"]', '人物');
    await settled(page);
    const narrowed = Number(/(\d+) 条/.exec((await status(page))!)![1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect((await allResults(page)).every((r) => r.kicker.startsWith('人物'))).toBe(true);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: '文明', type: '人物' });
    await page.goBack();
    await settled(page);
    expect(await page.inputValue('select[name="type"]')).toBe('');
    expect(await status(page)).toBe(before);
    await close(opened);
  });

  it('offers the index\'s years and regions and sorts by date both ways', async () => {
    const opened = await search({ type: '单位', sort: 'desc' });
    const { page } = opened;
    const years = await page.$$eval('select[name="year"] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const unitYears = [...new Set(units.flatMap((u) => honorsOf(u.slug).map((h) => String(h.year))))];
    expect(years).toEqual(expect.arrayContaining(unitYears));
    expect(years).toEqual([...years].sort().reverse());
    const regions = await page.$$eval('select[name="region"] option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(regions).toEqual(expect.arrayContaining(units.map((u) => u.data.region[0])));
    // A date known by its month or year sorts at the last day of that period, as the index's sort key.
    const day = (kicker: string) => {
      const [, y, m, d] = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(kicker.split(' · ')[1]!)!;
      if (!m) return `${y}-12-31`;
      const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
      return `${y}-${m.padStart(2, '0')}-${String(d ?? last).padStart(2, '0')}`;
    };
    const newestFirst = (await allResults(page)).map((r) => day(r.kicker));
    expect(newestFirst).toHaveLength(units.length);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
    await page.selectOption('select[name="sort"]', 'asc');
    await settled(page);
    expect((await allResults(page)).map((r) => day(r.kicker))).toEqual([...newestFirst].reverse());
    await close(opened);
  });

  it('shows photos as results of their own, with a thumbnail and a type label', async () => {
    const opened = await search({ q: photo.title, type: '图片' });
    const [first] = await results(opened.page);
    expect(first!.href).toMatch(new RegExp(`/${photo.id}/$`));
    expect(first!.kicker.startsWith('图片')).toBe(true);
    expect(first!.image).toMatch(/^\/_astro\/.+\.webp$/);
    const loaded = await opened.page.$eval('#search-results img', (img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth));
    expect(loaded).toBeGreaterThan(0);
    await close(opened);
  });

  it('puts a typed query into the URL', async () => {
    const opened = await open(`${root.url}search/`);
    const { page } = opened;
    await settled(page);
    expect(await status(page)).toContain('请输入关键词');
    await page.fill('#search-q', figure.data.name);
    await page.waitForURL((url) => url.searchParams.get('q') === figure.data.name);
    await settled(page);
    expect((await results(page))[0]?.href).toBe(`/figures/${figure.slug}/`);
    await close(opened);
  });

  it('is accessible: no axe violations, every control named, the count announced', async () => {
    const opened = await search({ q: '文明', type: '单位' });
    const report = await new AxeBuilder({ page: opened.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    // Every control is named in Chinese, and the count is announced from a status region.
    for (const name of ['类型', '级别', '年度', '人物类别', '地区', '单位当前状态', '排序']) {
      expect(await opened.page.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await opened.page.getByRole('searchbox', { name: '关键词' }).inputValue()).toBe('文明');
    expect(await opened.page.locator('#search-status[role="status"]').textContent()).toMatch(/^“文明”共找到 \d+ 条结果$/);
    await close(opened);
  });
});

describe('header search box', () => {
  it('loads no search code on other pages until the box is used, then only the suggestions and the name index', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${root.url}units/${renamed.slug}/`, { waitUntil: 'networkidle' });
    const searchFiles = () => requested.filter((path) => /pagefind|search|t2cn/.test(path));
    expect(searchFiles()).toEqual([]);
    await page.fill('#site-search', '山西');
    await page.waitForSelector('#site-search-suggestions [role="option"]');
    expect(searchFiles().filter((path) => /pagefind|t2cn/.test(path))).toEqual([]);
    expect(searchFiles()).toEqual(expect.arrayContaining([expect.stringMatching(/^\/_astro\/search-box\..+\.js$/), '/search/names/index.json', '/search/names/s.json']));
    await context.close();
  });

  it('suggests units and figures as a combobox, by Chinese, pinyin, initials or traditional characters, and goes to the chosen page', async () => {
    const opened = await open(`${root.url}units/`);
    const { page } = opened;
    // The box becomes a combobox once it is used (its script loads on the first focus).
    expect(await page.getAttribute('#site-search', 'role')).toBeNull();
    await page.focus('#site-search');
    const box = page.getByRole('combobox', { name: '搜索本站' });
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    const options = () => page.$$eval('#site-search-suggestions [role="option"]', (items) => items.map((item) => item.textContent!));
    for (const typed of ['闫', 'yj', 'yanjing', '閆璟']) {
      await box.fill('');
      await page.waitForSelector('#site-search-suggestions', { state: 'hidden' });
      await box.fill(typed);
      await page.waitForFunction(() => document.querySelectorAll('#site-search-suggestions [role="option"]').length > 0);
      expect((await options())[0], typed).toMatch(/^闫璟/);
      expect(await box.getAttribute('aria-expanded')).toBe('true');
    }
    await box.fill('');
    await box.fill('shanxi tushuguan');
    await page.waitForFunction(() => [...document.querySelectorAll('#site-search-suggestions [role="option"]')].some((o) => o.textContent === '山西省图书馆单位'));
    // Keyboard: down to the first suggestion, announced as the active descendant, Enter goes there.
    await box.fill('');
    await page.waitForSelector('#site-search-suggestions', { state: 'hidden' });
    await box.fill('yj');
    await page.waitForFunction(() => document.querySelectorAll('#site-search-suggestions [role="option"]').length > 0);
    expect(await page.textContent('[data-suggest-status]')).toMatch(/有 \d+ 条建议/);
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    await page.waitForFunction(() => document.querySelectorAll('#site-search-suggestions [role="option"]').length > 0);
    await box.press('ArrowDown');
    await Promise.all([page.waitForURL(`${root.url}figures/${yanJing.slug}/`), box.press('Enter')]);
    await close(opened);
  });

  it('opens the search page, which runs the query', async () => {
    const opened = await open(`${root.url}figures/`);
    const { page } = opened;
    await page.fill('#site-search', figure.data.name);
    await page.press('#site-search', 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === figure.data.name);
    await settled(page);
    expect((await results(page))[0]?.href).toBe(`/figures/${figure.slug}/`);
    expect(await page.inputValue('#search-q')).toBe(figure.data.name);
    await close(opened);
  });

  it('is a plain form without JavaScript', async () => {
    const opened = await open(`${root.url}units/`, { javaScriptEnabled: false });
    const { page } = opened;
    await page.fill('#site-search', '交通');
    await page.press('#site-search', 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '交通');
    expect(await page.textContent('main')).toContain('搜索需要浏览器启用 JavaScript');
    await close(opened);
  });
});

describe('under a base path', () => {
  it('reads pinyin, converts traditional characters and suggests pages under /sub/', async () => {
    const opened = await search({ q: 'yj' }, sub);
    expect((await results(opened.page))[0]?.href).toBe(`/sub/figures/${yanJing.slug}/`);
    const traditional = await search({ q: '閆璟' }, sub);
    expect((await results(traditional.page))[0]?.href).toBe(`/sub/figures/${yanJing.slug}/`);
    await close(traditional);
    await opened.page.focus('#site-search');
    const box = opened.page.getByRole('combobox', { name: '搜索本站' });
    await box.fill('闫璟');
    await opened.page.waitForFunction(() => document.querySelectorAll('#site-search-suggestions [role="option"]').length > 0);
    await opened.page.click('#site-search-suggestions [role="option"]');
    await opened.page.waitForURL(`${sub.url}figures/${yanJing.slug}/`);
    await close(opened);
  });

  it('searches the /sub/ build and links results and thumbnails under /sub/', async () => {
    const opened = await search({ q: photo.title }, sub);
    const { page } = opened;
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    for (const result of found) expect(result.href.startsWith('/sub/'), result.href).toBe(true);
    expect(found.find((r) => r.image)?.image).toMatch(/^\/sub\/_astro\//);
    const [response] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), page.click('#search-results h3 a')]);
    expect(response.status()).toBe(200);
    expect(await page.textContent('h1')).toBe(found[0]!.title);
    await close(opened);
  });
});

describe('content full of markup', () => {
  const content = join(SITES, 'escaping', 'content');
  const unit = matter(readFileSync(join(content, 'units', 'ceshi-danwei.md'), 'utf8')).data;
  let server: StaticServer;

  beforeAll(async () => {
    const build = buildSite(content, join(WORK, 'search-escaping-dist'));
    if (build.status !== 0) throw new Error(`the escaping fixture site did not build:\n${build.output}`);
    server = await serveStatic(build.outDir, '/', SECURITY_HEADERS);
  });
  afterAll(() => server?.close());

  it('shows names, former names and excerpts as text, never as markup', async () => {
    const opened = await search({ q: '旧名' }, server);
    const { page } = opened;
    const [first] = await results(page);
    expect(first).toMatchObject({ href: '/units/ceshi-danwei/', title: unit.name });
    expect(await page.textContent('#search-results .search-excerpt')).toContain(unit.formerNames[0].name);
    expect(await page.$$eval('#search-results *', (elements) => elements.map((e) => e.tagName.toLowerCase()).filter((tag) => !['li', 'div', 'p', 'h3', 'a', 'img', 'mark'].includes(tag)))).toEqual([]);
    await close(opened);
  });
});
