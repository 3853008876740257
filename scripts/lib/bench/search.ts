/**
 * Measures the search of a built site: how long Pagefind takes to index it, what the index
 * weighs, what a visitor downloads to open the search page and to run a first query, and how
 * long queries take in Chromium. The folder is only read: it is indexed again into a
 * temporary folder, and served as built.
 *
 *   npx node scripts/lib/bench/search.ts <dist> [base] [query…]
 *
 * prints one JSON line to stdout and a readable summary to stderr; `measureSearch` is the same
 * for `npm run bench`. The local server does not compress, so bytes are the files' sizes
 * (Pagefind's index files are gzip-compressed already; pagefind.js and the HTML are not).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGEFIND_DIR, writeSearchIndex } from '../../../src/integrations/pagefind.ts';
// The browser tests' static server: one way to serve a build.
import { searchSettled as settled } from '../../../tests/e2e/harness.ts';
import { serveStatic } from '../static-server.ts';
import { launchBrowser } from '../browser.ts';
import { folderSize, type FolderSize } from './sizes.ts';

/** Queries for the demo site: a general word, a two-character word, a category, a former name, a phrase. */
export const DEMO_QUERIES = ['文明', '劝导', '见义勇为', '福建省交通厅', '每周到城区繁忙路段协助交警'];
/** Warm repetitions per query; the median is reported. */
const REPEATS = 15;

export interface Transfer {
  requests: number;
  /** Response bodies as served here (uncompressed). */
  bytes: number;
  /** The same with gzip for text, as most static hosts send it. */
  gzipBytes: number;
}

export interface SearchBench {
  /** Pagefind's Node API over the built folder, as the build runs it. */
  indexSeconds: number;
  indexedPages: number;
  index: FolderSize;
  /** Opening /search/ without a query: the page, its island, Pagefind's script, WebAssembly, entry and filters. */
  openSearchPage: Transfer;
  /** Typing the first query on the open page, until ten results are shown. */
  firstQuery: Transfer & { query: string; ms: number };
  /** Everything a first search transfers: opening the search page plus the first query. */
  firstSearch: Transfer;
  /** Per query: the first run on a fresh page (index chunks fetched), then the median warm run, in ms. */
  queries: { query: string; results: number; coldMs: number; warmMedianMs: number; warmP95Ms: number }[];
  /**
   * The 95th percentile of the warm runs of every query, in ms: a visitor's queries once the
   * search is open (the first query also waits for its index chunks; see `coldMs`).
   */
  p95Ms: number;
}

export async function measureSearch(dist: string, base = '/', queries = DEMO_QUERIES): Promise<SearchBench> {
  const { indexSeconds, indexedPages } = await timeIndexing(dist);
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const counter = countTransfers(context);
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await settled(page);
    const openSearchPage = await counter.take();
    const started = performance.now();
    await page.fill('#search-q', queries[0]!);
    await page.press('#search-q', 'Enter');
    await settled(page);
    const firstQuery = { query: queries[0]!, ms: Math.round(performance.now() - started), ...(await counter.take()) };
    await context.close();

    const timings = [];
    for (const query of queries) {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/`);
      await settled(page);
      timings.push({ query, ...(await timeQuery(page, `${base}${PAGEFIND_DIR}/`, query)) });
      await page.context().close();
    }
    const firstSearch = {
      requests: openSearchPage.requests + firstQuery.requests,
      bytes: openSearchPage.bytes + firstQuery.bytes,
      gzipBytes: openSearchPage.gzipBytes + firstQuery.gzipBytes,
    };
    const all = timings.flatMap((timing) => timing.runs).sort((a, b) => a - b);
    const p95Ms = Math.round(all[Math.min(all.length - 1, Math.ceil(all.length * 0.95) - 1)]! * 10) / 10;
    return {
      indexSeconds,
      indexedPages,
      index: folderSize(join(dist, PAGEFIND_DIR)),
      openSearchPage,
      firstQuery,
      firstSearch,
      queries: timings.map(({ runs, ...timing }) => timing),
      p95Ms,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Indexes the built folder again, into a temporary folder, exactly as the build does. */
async function timeIndexing(dist: string): Promise<{ indexSeconds: number; indexedPages: number }> {
  const output = mkdtempSync(join(tmpdir(), 'bangyang-search-bench-'));
  try {
    const started = performance.now();
    const { pages } = await writeSearchIndex(dist, output);
    return { indexSeconds: Math.round(performance.now() - started) / 1000, indexedPages: pages };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

/**
 * Sums what the network delivered since the last `take()`, Pagefind's worker included (the
 * context sees its requests, a page-level CDP session would not). `gzipBytes` is what a host
 * that compresses text would send: the local server does not, and Pagefind's index files are
 * compressed already, so they count as they are.
 */
function countTransfers(context: BrowserContext) {
  let pending: Promise<{ bytes: number; gzipBytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const body = response ? await response.body() : Buffer.alloc(0);
        const type = response?.headers()['content-type'] ?? '';
        const compressible = /text|javascript|json|svg|wasm/.test(type) && !/\.pf_\w+$/.test(new URL(request.url()).pathname);
        return { bytes: body.length, gzipBytes: compressible ? gzipSync(body).length : body.length };
      })(),
    );
  });
  return {
    async take(): Promise<Transfer> {
      const done = await Promise.all(pending);
      pending = [];
      return {
        requests: done.length,
        bytes: done.reduce((sum, item) => sum + item.bytes, 0),
        gzipBytes: done.reduce((sum, item) => sum + item.gzipBytes, 0),
      };
    },
  };
}

/**
 * Query plus the data of the first ten results, timed inside the page the way the search page
 * opens the index (openIndex in src/scripts/search.js): the first part's Pagefind module with
 * the other parts merged into it (one part on most sites), results by score, with the search
 * page's ranking options (src/scripts/search-query.js).
 */
function timeQuery(page: Page, bundle: string, query: string) {
  return page.evaluate(
    async ({ bundle, query, repeats }) => {
      const root = new URL(bundle, location.href);
      const { parts } = (await (await fetch(new URL('parts.json', root))).json()) as { parts: string[] };
      const folders = parts.map((part) => new URL(part, root).pathname);
      const form = document.getElementById('search-form')!;
      const tools = form.dataset.queryModule ? await import(form.dataset.queryModule) : {};
      // A module of its own (the query string): the page's island has opened the index in its copy.
      const pagefind = await import(`${folders[0]}pagefind.js?bench`);
      await pagefind.options(tools.RANKING ? { ranking: tools.RANKING } : {});
      await Promise.all(folders.slice(1).map((folder) => pagefind.mergeIndex(folder, tools.RANKING ? { ranking: tools.RANKING } : {})));
      const run = async () => {
        const started = performance.now();
        const found = await pagefind.search(query);
        const results = found.results as { score: number; data: () => Promise<unknown> }[];
        await Promise.all(results.slice(0, 10).map((result) => result.data()));
        return { ms: performance.now() - started, results: results.length };
      };
      const cold = await run();
      const warm: number[] = [];
      for (let i = 0; i < repeats; i++) warm.push((await run()).ms);
      const runs = [...warm];
      warm.sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      return {
        results: cold.results,
        coldMs: round(cold.ms),
        warmMedianMs: round(warm[Math.floor(warm.length / 2)]!),
        warmP95Ms: round(warm[Math.min(warm.length - 1, Math.ceil(warm.length * 0.95) - 1)]!),
        runs,
      };
    },
    { bundle, query, repeats: REPEATS },
  );
}

if (import.meta.main) {
  const [dist, base = '/', ...queries] = process.argv.slice(2);
  if (!dist) {
    console.error('用法：npx node scripts/lib/bench/search.ts <构建目录> [基础路径，默认 /] [查询词…]');
    process.exit(1);
  }
  const result = await measureSearch(resolve(dist), base, queries.length ? queries : DEMO_QUERIES);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.error(
    [
      `索引：${result.indexedPages} 个页面，${result.indexSeconds} 秒，${result.index.files} 个文件，${kb(result.index.bytes)}`,
      `打开搜索页：${result.openSearchPage.requests} 个请求，${kb(result.openSearchPage.bytes)}（gzip ${kb(result.openSearchPage.gzipBytes)}）`,
      `首次查询“${result.firstQuery.query}”：${result.firstQuery.requests} 个请求，${kb(result.firstQuery.bytes)}（gzip ${kb(result.firstQuery.gzipBytes)}），${result.firstQuery.ms} 毫秒（含界面与驱动开销）`,
      `首次搜索合计：${result.firstSearch.requests} 个请求，${kb(result.firstSearch.bytes)}（gzip ${kb(result.firstSearch.gzipBytes)}）`,
      ...result.queries.map((q) => `“${q.query}”：${q.results} 条，首次 ${q.coldMs} 毫秒，重复中位数 ${q.warmMedianMs} 毫秒，重复 p95 ${q.warmP95Ms} 毫秒`),
      `全部查询（重复运行）p95：${result.p95Ms} 毫秒`,
    ].join('\n'),
  );
  // Other work on the machine slows queries down; the load average says how busy it was.
  console.log(JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, load: loadavg().map((n) => Math.round(n * 100) / 100), dist, base, ...result }));
}
