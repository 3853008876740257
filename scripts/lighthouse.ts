/**
 * npm run lighthouse -- [folder] [--base /sub/] [--page /units/x/ …] [--json]
 *
 * Lighthouse (mobile, its default) on a built site served the way a static host serves it
 * (scripts/lib/static-server.ts), in the headless Chromium that scripts/lib/browser.ts resolves. Without --page it audits the home
 * page, the first unit, the first exhibition and the search page when the build has one.
 * Prints the four category scores per page and, under each, the audits that cost points, so a
 * score below 100 says what to fix. BENCHMARKS.md records the scores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/static-server.ts';
import { browser } from './lib/browser.ts';
import { parseBuiltSiteCommand } from './lib/built-site-command.ts';

const USAGE = `用法：npm run lighthouse -- [已构建的文件夹，默认 dist] [--base /sub/] [--page /路径/ …] [--json]
以手机模式对首页、一个单位页、一个图片展页和搜索页（如有）运行 Lighthouse，输出四项得分和扣分项。`;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The first detail page below `section/` in the build, as a path. */
function firstEntry(dir: string, section: string): string | undefined {
  const folder = join(dir, section);
  if (!existsSync(folder)) return undefined;
  const slug = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'batches' && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return slug && `/${section}/${slug}/`;
}

function defaultPages(dir: string): string[] {
  const pages = ['/', firstEntry(dir, 'units'), firstEntry(dir, 'exhibitions')];
  if (existsSync(join(dir, 'search', 'index.html'))) pages.push('/search/');
  return pages.filter((page): page is string => page !== undefined);
}

interface PageScores {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scored below 1 that count towards a category, by category. */
  lost: Record<string, string[]>;
}

async function audit(url: string, port: number, page: string): Promise<PageScores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse 没有返回 ${page} 的结果`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse 无法审查 ${page}：${lhr.runtimeError.message}`);
  const scores = {} as PageScores['scores'];
  const lost: PageScores['lost'] = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]!;
    scores[id] = Math.round((category.score ?? 0) * 100);
    lost[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}（${lhr.audits[ref.id]!.title}${lhr.audits[ref.id]!.displayValue ? `：${lhr.audits[ref.id]!.displayValue}` : ''}）`);
  }
  return { page, scores, lost };
}

const { values, dir } = parseBuiltSiteCommand(USAGE, {
  base: { type: 'string' },
  page: { type: 'string', multiple: true },
  json: { type: 'boolean' },
});
const base = values.base ?? '/';
const pages = values.page ?? defaultPages(dir);
const server = await serveStatic(dir, base);
const chromium = await browser();
const chrome = await chromeLauncher.launch({
  chromePath: chromium.executablePath,
  chromeFlags: ['--headless=new', ...chromium.args],
  envVars: { ...process.env, ...chromium.env },
});
const results: PageScores[] = [];
try {
  // One page at a time: Lighthouse measures a page alone, and parallel runs skew performance.
  for (const page of pages) results.push(await audit(new URL(page.replace(/^\//, ''), server.url).href, chrome.port, page));
} finally {
  chrome.kill();
  await server.close();
}

if (values.json) console.log(JSON.stringify({ date: new Date().toISOString(), dir, results }));
else {
  for (const { page, scores, lost } of results) {
    console.log(`${page}\n  性能 ${scores.performance}  无障碍 ${scores.accessibility}  最佳做法 ${scores['best-practices']}  SEO ${scores.seo}`);
    for (const [category, audits] of Object.entries(lost)) for (const item of audits) console.log(`    扣分（${category}）：${item}`);
  }
}
