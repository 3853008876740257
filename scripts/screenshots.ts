/**
 * npm run screenshots -- [folder] [--out .cache/screenshots] [--base /sub/] [--width 390 …] [--mode light|dark|large …] [--page name …]
 *
 * Full-page screenshots of every page type of a built site (scripts/lib/screenshots/pages.ts)
 * at 1280 and 390 px, in the light and dark colour schemes and in the large-text mode (适老化),
 * so a reviewer can look at the whole site at once. Writes one PNG per page, width and mode
 * and an index.html contact sheet into the output folder, and prints the phone header's height.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { parseBuiltSiteCommand } from './lib/built-site-command.ts';
import { serveStatic } from './lib/static-server.ts';
import { contactSheet, type Shot } from './lib/screenshots/contact-sheet.ts';
import { pageTypes, type ShotPage } from './lib/screenshots/pages.ts';

const USAGE = `用法：npm run screenshots -- [已构建的文件夹，默认 dist] [--out 输出文件夹，默认 .cache/screenshots] [--base /sub/]
  [--width 1280 --width 390] [--mode light --mode dark --mode large] [--page home --page unit …]
为每类页面各截一张整页图（宽 1280 与 390 像素；浅色、深色、大字模式），并生成 index.html 总览。`;

const MODES = ['light', 'dark', 'large'] as const;
type Mode = (typeof MODES)[number];
/** The large-text mode's switch as src/scripts/site.js stores it. */
const LARGE_TEXT_KEY = 'bangyang-large-text';
const PHONE_HEIGHT = 844;

const { values, dir } = parseBuiltSiteCommand(USAGE, {
  out: { type: 'string' },
  base: { type: 'string' },
  width: { type: 'string', multiple: true },
  mode: { type: 'string', multiple: true },
  page: { type: 'string', multiple: true },
});
const out = resolve(values.out ?? '.cache/screenshots');
const widths = (values.width ?? ['1280', '390']).map(Number);
const modes = (values.mode ?? [...MODES]) as Mode[];
const unknownMode = modes.find((mode) => !MODES.includes(mode));
if (unknownMode || widths.some((width) => !Number.isInteger(width) || width < 200)) {
  console.error(`--mode 只能是 ${MODES.join('、')}，--width 是像素数\n${USAGE}`);
  process.exit(1);
}
const pages = pageTypes(dir).filter((page) => !values.page || values.page.includes(page.name));

async function shoot(browser: Browser, siteUrl: string, page: ShotPage, width: number, mode: Mode): Promise<Shot> {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? PHONE_HEIGHT : 900 },
    colorScheme: mode === 'dark' ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  if (mode === 'large') await context.addInitScript(([key]) => localStorage.setItem(key!, '1'), [LARGE_TEXT_KEY]);
  const tab = await context.newPage();
  try {
    await tab.goto(new URL(page.path, siteUrl).href, { waitUntil: 'load' });
    // The search page keeps fetching its index parts; the feed's XSLT page has no idle signal.
    await tab.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    // Lazy images below the fold would stay blank in a full-page shot.
    await tab.evaluate(async () => {
      for (const img of document.querySelectorAll('img')) img.loading = 'eager';
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    });
    await tab.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    const { headerHeight, pageHeight } = await tab.evaluate(() => ({
      headerHeight: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
      pageHeight: document.documentElement.scrollHeight,
    }));
    const file = `${page.name}-${width}-${mode}.png`;
    await tab.screenshot({ path: join(out, file), fullPage: true });
    return { page, width, mode, file, headerHeight, pageHeight };
  } finally {
    await context.close();
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveStatic(dir, values.base ?? '/');
const browser = await launchBrowser();
const shots: Shot[] = [];
try {
  for (const page of pages) {
    for (const width of widths) for (const mode of modes) shots.push(await shoot(browser, server.url, page, width, mode));
    process.stdout.write(`${page.label} `);
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(out, 'index.html'), contactSheet(shots, { dir, date: new Date().toISOString().slice(0, 10) }));
const phone = shots.filter((shot) => shot.width < 600 && shot.mode === 'light');
console.log(`\n${shots.length} 张截图写入 ${join(out, 'index.html')}`);
if (phone.length) {
  const tallest = phone.reduce((a, b) => (b.headerHeight > a.headerHeight ? b : a));
  console.log(`手机（${tallest.width}×${PHONE_HEIGHT}）页眉最高 ${Math.round(tallest.headerHeight)} px（${tallest.page.label}），占首屏 ${((tallest.headerHeight / PHONE_HEIGHT) * 100).toFixed(1)}%`);
}
