/**
 * axe-core in Chromium: zero violations (WCAG 2.x A and AA, and axe's best practices) on the
 * home page, every list page, one page of each detail type and a photo page, plus the open
 * lightbox, the large-text mode and a phone-width viewport.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';
import { sources, unitHonors } from '../browse/built.ts';
import { useSiteInBrowser } from './harness.ts';

const site = useSiteInBrowser(DIST);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Violations as short readable lines: rule, impact and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

const first = (collection: 'units' | 'figures' | 'lectures' | 'notices' | 'exhibitions') => sources(collection)[0]!;
const exhibition = first('exhibitions');
const honor = unitHonors().find(({ unit }) => unit.slug === first('units').slug)!.honor;
/** A lecture whose page plays a local recording with captions. */
const lectureWithVideo = sources('lectures').find((lecture) => String(lecture.data.video?.src ?? '').startsWith('/media/')) ?? first('lectures');
/** The 公示 with the latest window (a 通报 has none), and a unit it names: their pages carry the 公示 banner. */
const notice = sources('notices').filter((n) => n.data.window).toSorted((a, b) => String(b.data.window.end).localeCompare(String(a.data.window.end)))[0]!;
const noticeUnit: string = notice.data.units?.[0] ?? notice.data.candidates.find((candidate: { unit?: string }) => candidate.unit).unit;

const PAGES = [
  '',
  'units/',
  'figures/',
  'lectures/',
  'exhibitions/',
  'notices/',
  'stats/',
  `units/${first('units').slug}/`,
  `units/batches/${honor.batch}/`,
  `figures/${first('figures').slug}/`,
  `lectures/${lectureWithVideo.slug}/`,
  `notices/${notice.slug}/`,
  `units/${noticeUnit}/`,
  `exhibitions/${exhibition.slug}/`,
  `exhibitions/${exhibition.slug}/${exhibition.data.photos[0].id}/`,
];

describe('accessibility (axe)', () => {
  it.each(PAGES)('/%s has no violations', async (path) => {
    const page = await open(path);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('has none with the lightbox open', async () => {
    const page = await open(`exhibitions/${exhibition.slug}/`);
    await page.locator('a[data-lightbox]').first().click();
    await page.locator('#lightbox[open]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('has none in large-text mode on a 360 px wide phone, and nothing overflows sideways', async () => {
    for (const path of ['', 'units/', `units/${first('units').slug}/`, `units/batches/${honor.batch}/`, 'stats/', `lectures/${lectureWithVideo.slug}/`, `exhibitions/${exhibition.slug}/${exhibition.data.photos[0].id}/`]) {
      const page = await open(path, 360);
      // On a phone the button sits in the menu behind the header's 「菜单」 button.
      await page.click('.header-menu > summary');
      await page.click('#text-size');
      expect(await violations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await page.context().close();
    }
  });
});
