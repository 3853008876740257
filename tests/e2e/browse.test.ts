/**
 * The browsing islands in Chromium: the units filters (keyboard, URL state, the full list
 * without JavaScript), the exhibition lightbox (keyboard, focus, swipe, no-JS links), the
 * large-text mode, and the 公示 banner deciding on the visitor's day without a layout shift.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { DIST, DIST_SUB } from '../setup/paths.ts';
import { page as built, sources, unitHonors } from '../browse/built.ts';

/** A unit's honors with their body's level and their named year, as the tests read them from content/. */
const honorsOf = (slug: string) => unitHonors().filter(({ unit }) => unit.slug === slug).map(({ honor }) => honor);
import { useSiteInBrowser } from './harness.ts';

// Served with the headers the site is deployed with: the islands must work under its CSP.
const site = useSiteInBrowser(DIST, '/', SECURITY_HEADERS);

/** CSP violations any page of the current test reported. */
let violations: string[] = [];
afterEach(() => {
  expect(violations).toEqual([]);
  violations = [];
});
const watch = (page: Page) => {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
};

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = watch(await context.newPage());
  await page.goto(site.server.url + path);
  return page;
}

const units = sources('units');
/** Resolves once the filter island has loaded its index and shown the matches (「显示 N 个单位…」). */
const filtered = (page: Page) => page.waitForFunction(() => /^显示/.test(document.getElementById('unit-count')?.textContent ?? ''));
const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');

describe('units directory', () => {
  /** The slugs of the listed units that are shown, in the order shown. */
  const shown = (page: Page) =>
    page.$$eval('#unit-list > li:not([hidden]) .card-title a', (links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));

  it('is the full list across its pages without JavaScript, with no filter form', async () => {
    const page = await open('units/', { javaScriptEnabled: false });
    const listed = await shown(page);
    expect(listed.length).toBeLessThanOrEqual(24);
    expect(await page.isVisible('#unit-filters')).toBe(false);
    // Following 「下一页」 from the keyboard reaches every other unit.
    while (await page.locator('.pagination a[rel="next"]').count()) {
      const next = await page.getAttribute('.pagination a[rel="next"]', 'href');
      await page.focus('.pagination a[rel="next"]');
      await Promise.all([page.waitForURL(`**${next}`), page.keyboard.press('Enter')]);
      listed.push(...(await shown(page)));
    }
    expect(listed.sort()).toEqual(units.map((unit) => unit.slug).sort());
    await page.context().close();
  });

  it('filters by keyboard, keeps the choice in the URL and restores it from the URL', async () => {
    const page = await open('units/');
    await page.focus('select[name="level"]');
    await page.keyboard.press('ArrowDown');
    await filtered(page);
    const level = await page.inputValue('select[name="level"]');
    expect(level).not.toBe('');
    const expected = units.filter((unit) => honorsOf(unit.slug).some((honor) => honor.level === level)).map((unit) => unit.slug);
    expect((await shown(page)).sort()).toEqual(expected.sort());
    expect(new URL(page.url()).searchParams.get('level')).toBe(level);
    expect(await page.textContent('#unit-count')).toBe(`显示 ${expected.length} 个单位，共 ${units.length} 个`);

    // Tab reaches the next filters (层级, then 年度); a year narrows the list further.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('name="tier"');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('name="year"');
    await page.keyboard.press('ArrowDown');
    const year = Number(await page.inputValue('select[name="year"]'));
    const both = units
      .filter((unit) => honorsOf(unit.slug).some((honor) => honor.level === level))
      .filter((unit) => honorsOf(unit.slug).some((honor) => honor.year === year));
    expect((await shown(page)).sort()).toEqual(both.map((unit) => unit.slug).sort());

    const url = page.url();
    const again = watch(await page.context().newPage());
    await again.goto(url);
    await filtered(again);
    expect(await again.inputValue('select[name="level"]')).toBe(level);
    expect(await again.inputValue('select[name="year"]')).toBe(String(year));
    expect((await shown(again)).sort()).toEqual(both.map((unit) => unit.slug).sort());

    // The reset button clears the filters and the query, and the first page comes back with its page links.
    await again.focus('button[type="reset"]');
    await again.keyboard.press('Enter');
    await again.waitForFunction(() => location.search === '');
    expect(await shown(again)).toHaveLength(Math.min(24, units.length));
    expect(await again.isVisible('.pagination')).toBe(true);
    await page.context().close();
  });

  it('finds units from every page: a filter chosen on page 2 shows matches from page 1 too', async () => {
    const page = await open('units/page/2/');
    const region = units.at(0)!.data.region[0] as string;
    await page.selectOption('select[name="region"]', region);
    const expected = units.filter((unit) => unit.data.region[0] === region).map((unit) => unit.slug);
    await page.waitForFunction((n) => document.querySelectorAll('#unit-list > li').length === n, expected.length);
    expect((await shown(page)).sort()).toEqual(expected.sort());
    expect(await page.isVisible('.pagination')).toBe(false);
    await page.context().close();
  });

  it('sorts by year, newest first, then by level, from the keyboard', async () => {
    const page = await open('units/');
    await page.focus('select[name="sort"]');
    await page.keyboard.press('ArrowDown');
    await filtered(page);
    expect(await page.inputValue('select[name="sort"]')).toBe('year');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('year');
    const newest = (slug: string) => Math.max(...honorsOf(slug).map((honor) => honor.year));
    const years = (await shown(page)).map(newest);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    // Then by level, the widest (全国) first.
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('select[name="sort"]')).toBe('level');
    const LEVELS = ['全国', '省级', '市级', '区县级'];
    const best = (slug: string) => Math.min(...honorsOf(slug).map((honor) => LEVELS.indexOf(honor.level)));
    const ranks = (await shown(page)).map(best);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await page.context().close();
  });
});

describe('exhibition lightbox', () => {
  const exhibition = sources('exhibitions')[0]!;
  const photos = exhibition.data.photos as { id: string; title: string }[];
  const position = (page: Page) => page.textContent('#lightbox-position');

  it('opens from the keyboard, moves with the arrow keys, keeps focus inside, closes with Esc and returns focus', async () => {
    const page = await open(`exhibitions/${exhibition.slug}/`);
    const thumbnails = page.locator('a[data-lightbox]');
    await thumbnails.first().focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.getElementById('lightbox') as HTMLDialogElement).open)).toBe(true);
    expect(await focused(page)).toContain('data-action="close"');
    expect(await position(page)).toBe(`第 1 张，共 ${photos.length} 张`);
    expect(await page.textContent('#lightbox-title')).toBe(photos[0]!.title);

    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe(`第 2 张，共 ${photos.length} 张`);
    expect(await page.textContent('#lightbox-title')).toBe(photos[1]!.title);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await position(page)).toBe(`第 ${photos.length} 张，共 ${photos.length} 张`);
    await page.keyboard.press('ArrowRight');

    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => document.getElementById('lightbox')!.contains(document.activeElement))).toBe(true);
    }

    // The large image comes from the thumbnail's own files, at a larger width.
    const image = page.locator('#lightbox-frame img');
    await image.evaluate((img: HTMLImageElement) => img.decode());
    const [thumb, large] = await Promise.all([
      thumbnails.first().locator('img').evaluate((img: HTMLImageElement) => img.currentSrc),
      image.evaluate((img: HTMLImageElement) => img.currentSrc),
    ]);
    expect(large).not.toBe(thumb);
    expect(large.split('/').at(-1)!.split('_')[0]).toBe(thumb.split('/').at(-1)!.split('_')[0]);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.getElementById('lightbox') as HTMLDialogElement).open)).toBe(false);
    // Focus goes back to the thumbnail of the photo last shown (set on the dialog's close event).
    const second = await thumbnails.nth(1).getAttribute('href');
    await page.waitForFunction((href) => document.activeElement?.getAttribute('href') === href, second);
    await page.context().close();
  });

  it('moves with a swipe on a touch screen', async () => {
    const page = await open(`exhibitions/${exhibition.slug}/`, { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await page.locator('a[data-lightbox]').first().click();
    const swipe = (from: number, to: number) =>
      page.evaluate(([from, to]) => {
        const dialog = document.getElementById('lightbox')!;
        const touch = (x: number) => new Touch({ identifier: 1, target: dialog, clientX: x, clientY: 300 });
        dialog.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(from!)], changedTouches: [touch(from!)], bubbles: true }));
        dialog.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(to!)], bubbles: true }));
      }, [from, to]);
    await swipe(300, 100);
    expect(await position(page)).toBe(`第 2 张，共 ${photos.length} 张`);
    await swipe(100, 300);
    expect(await position(page)).toBe(`第 1 张，共 ${photos.length} 张`);
    await page.context().close();
  });

  it('leaves thumbnails as links to the photo pages without JavaScript, with previous/next and credit', async () => {
    const page = await open(`exhibitions/${exhibition.slug}/`, { javaScriptEnabled: false });
    await page.locator('a[data-lightbox]').nth(1).click();
    await page.waitForURL(`**/exhibitions/${exhibition.slug}/${photos[1]!.id}/`);
    expect(await page.textContent('h1')).toBe(photos[1]!.title);
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toContain(`/${photos[0]!.id}/`);
    expect(await page.getAttribute('a[rel="next"]', 'href')).toContain(`/${photos[2]!.id}/`);
    expect(await page.textContent('.photo-figure .photo-credit')).toContain(exhibition.data.photos[1].photographer);
    await page.context().close();
  });
});

describe('lecture video', () => {
  it('plays a local recording in the page with its captions', async () => {
    const lecture = sources('lectures').find((candidate) => String(candidate.data.video?.src ?? '').startsWith('/media/'))!;
    const page = await open(`lectures/${lecture.slug}/`);
    const video = page.locator('video.lecture-video');
    expect(await video.getAttribute('controls')).not.toBeNull();
    await page.waitForFunction(() => {
      const element = document.querySelector<HTMLVideoElement>('video.lecture-video')!;
      return element.readyState >= HTMLMediaElement.HAVE_METADATA && (element.textTracks[0]?.cues?.length ?? 0) > 0;
    });
    const track = await video.evaluate((element: HTMLVideoElement) => ({ kind: element.textTracks[0]!.kind, language: element.textTracks[0]!.language, mode: element.textTracks[0]!.mode, first: (element.textTracks[0]!.cues![0] as VTTCue).text }));
    expect(track).toMatchObject({ kind: 'captions', language: 'zh-CN', mode: 'showing' });
    expect(track.first).toContain('示例');
    await page.context().close();
  });
});

describe('design', () => {
  it('reads in the system CJK fonts with a line height of at least 1.7, and sends no web font', async () => {
    const page = await open(`units/${units[0]!.slug}/`);
    const ratio = () => page.$eval('.prose p', (p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
    expect(await ratio()).toBeGreaterThanOrEqual(1.7);
    expect(await page.$eval('body', (body) => getComputedStyle(body).fontFamily)).toMatch(/PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\.(woff2?|ttf|otf)(\?|$)/.test(entry.name)).length);
    expect(fonts).toBe(0);
    await page.click('#text-size');
    expect(await ratio()).toBeGreaterThanOrEqual(1.7);
    await page.context().close();
  });

  it('keeps the phone header within a fifth of the first screen, menu and search behind keyboard-usable buttons', async () => {
    const page = await open('units/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const header = await page.$eval('.site-header', (element) => element.getBoundingClientRect().height);
    expect(header).toBeLessThanOrEqual(844 * 0.2);
    expect(await page.isVisible('.site-nav a[href="/figures/"]')).toBe(false);
    // The menu button is a disclosure: Enter opens it, the links and the large-text button are there.
    await page.focus('.header-menu > summary');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav a[href="/figures/"]')).toBe(true);
    expect(await page.isVisible('#text-size')).toBe(true);
    expect(await page.getAttribute('.site-nav a[aria-current="page"]', 'href')).toBe('/units/');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav a[href="/figures/"]')).toBe(false);
    await page.focus('.header-search > summary');
    await page.keyboard.press('Enter');
    await page.fill('#site-search', '图书馆');
    await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('shows navigation and search in place on a wide screen, with no menu button', async () => {
    const page = await open('');
    expect(await page.isVisible('.site-nav a[href="/figures/"]')).toBe(true);
    expect(await page.isVisible('#site-search')).toBe(true);
    expect(await page.isVisible('.header-menu > summary')).toBe(false);
    await page.context().close();
  });

  it('prints without navigation, search, filters or buttons', async () => {
    const page = await open('units/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.search-box', '#text-size', '#unit-filters']) {
      expect(await page.isVisible(selector), selector).toBe(false);
    }
    expect(await page.isVisible('#unit-list')).toBe(true);
    await page.context().close();
  });
});

describe('large-text mode', () => {
  it('is a toggle button that persists across pages and reloads', async () => {
    const page = await open('');
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.focus('#text-size');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#text-size', 'aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(normal);
    await page.goto(site.server.url + 'units/');
    expect(await page.getAttribute('#text-size', 'aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(normal);
    await page.reload();
    expect(await rootSize()).toBeGreaterThan(normal);
    await page.click('#text-size');
    await page.reload();
    expect(await rootSize()).toBe(normal);
    expect(await page.getAttribute('#text-size', 'aria-pressed')).toBe('false');
    await page.context().close();
  });
});

describe('公示 banner', () => {
  /** The units a notice names: those it concerns and its candidates that are units here. */
  const unitsOf = (candidate: { data: Record<string, any> }): string[] => [
    ...(candidate.data.units ?? []),
    ...(candidate.data.candidates ?? []).flatMap((row: { unit?: string }) => (row.unit ? [row.unit] : [])),
  ];
  // A notice the build wrote a banner for: one whose window had not ended on the build day.
  const notice = sources('notices').find((candidate) => unitsOf(candidate).length > 0 && built(`notices/${candidate.slug}/`).includes('class="notice-banner"'));
  const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  /** Opens a page as a visitor whose clock (China time) reads `day` at noon. */
  async function visit(path: string, day: string) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.install({ time: new Date(`${day}T12:00:00+08:00`) });
    await context.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = watch(await context.newPage());
    await page.goto(site.server.url + path, { waitUntil: 'load' });
    // Two frames after load: any shift from deciding the banner late would be recorded by now.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page;
  }

  it('is in the build of a page whose notice has not ended', () => {
    expect(notice, 'no notice window was open or upcoming on the build day: build with BUILD_DATE inside a demo notice window').toBeDefined();
  });

  it.each([
    { when: 'on the first day of the window', offset: 0, visible: true },
    { when: 'on the last day of the window', offset: 'end', visible: true },
    { when: 'on the day before the window', offset: -1, visible: false },
    { when: 'on the day after the window', offset: 'after', visible: false },
  ] as const)('$when: shown=$visible on the notice, the pages it concerns and its card, without a layout shift', async ({ offset, visible }) => {
    const { start, end } = notice!.data.window as { start: string; end: string };
    const day = offset === 'end' ? end : offset === 'after' ? addDays(end, 1) : addDays(start, offset);
    const state = visible ? '公示中' : offset === -1 ? '即将公示' : '已结束';
    for (const path of [`notices/${notice!.slug}/`, `units/${unitsOf(notice!)[0]}/`]) {
      const page = await visit(path, day);
      const banner = page.locator('notice-window.notice-banner');
      expect(await banner.count(), path).toBe(1);
      expect(await banner.isVisible(), `${path} on ${day}`).toBe(visible);
      if (visible) {
        expect(await banner.textContent()).toContain('公示中');
        expect(await banner.textContent()).toContain(notice!.data.contacts[0].value);
      }
      if (path.startsWith('notices/')) {
        expect(await page.locator('main notice-window:visible').allTextContents()).toEqual([state]);
      }
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), `${path} layout shift`).toBe(0);
      await page.context().close();
    }
    // The notice's card in the list says the same.
    const list = await visit('notices/', day);
    const card = list.locator('.card', { has: list.locator(`a[href$="/notices/${notice!.slug}/"]`) });
    expect(await card.locator('notice-window:visible').allTextContents()).toEqual([state]);
    expect(await list.evaluate(() => (window as unknown as { shifts: number }).shifts), 'notices/ layout shift').toBe(0);
    await list.context().close();
  });
});

describe('under a base path (BASE_PATH=/sub/)', () => {
  const sub = useSiteInBrowser(DIST_SUB, '/sub/', SECURITY_HEADERS);

  it('runs the filters from a shared URL and the lightbox with its images', async () => {
    const context = await sub.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = watch(await context.newPage());
    await page.goto(`${sub.server.url}units/?level=${encodeURIComponent('全国')}`);
    await filtered(page);
    const national = units.filter((unit) => honorsOf(unit.slug).some((honor) => honor.level === '全国'));
    expect(await page.textContent('#unit-count')).toBe(`显示 ${national.length} 个单位，共 ${units.length} 个`);

    const exhibition = sources('exhibitions')[0]!;
    await page.goto(`${sub.server.url}exhibitions/${exhibition.slug}/`);
    await page.locator('a[data-lightbox]').first().click();
    const image = page.locator('#lightbox-frame img');
    await image.evaluate((img: HTMLImageElement) => img.decode());
    expect(await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/^\/sub\/_astro\//);
    expect(await page.getAttribute('#lightbox-page', 'href')).toContain(`/sub/exhibitions/${exhibition.slug}/`);
    await context.close();
  });
});
