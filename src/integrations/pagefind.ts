/**
 * Builds the Pagefind search index as the last step of `astro build`, over the directory Astro
 * actually wrote (so `astro build --outDir X` is honoured), into `<outDir>/pagefind/`.
 *
 * Why Pagefind's Node API and not an integration package: the popular one's documented import
 * path fails on Astro 7.3, and the API is twenty lines. The `pagefind` npm package resolves
 * `pagefind_extended` first, the build that segments Chinese at index and query time.
 *
 * What gets indexed is decided in the pages, not here: only pages that pass `search` to the
 * layout carry `data-pagefind-body` (see src/lib/search-meta.ts), so list pages, navigation and
 * the footer stay out. Result URLs are stored without the base path; the search page passes
 * the base to Pagefind (`baseUrl`), so one index works under `/` and under `BASE_PATH`.
 */
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The bundle folder below the output directory; the search page loads `<base>pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Parts of an indexed page that belong to other pages: cards of related entries and the
 * previous/next links between photos. Indexing them would make a unit show up for the name
 * of each figure listed on it.
 */
const EXCLUDE_SELECTORS = ['.card-grid', '.pager'];

/**
 * Pagefind's ready-made interfaces, written with every bundle. The search page drives the JS
 * API itself (src/scripts/search.js), so these would be deployed and never loaded (≈ 430 KB).
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefind(): AstroIntegration {
  return {
    name: 'bangyang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, PAGEFIND_DIR);
        const started = performance.now();
        try {
          const { pages, scanned } = await writeSearchIndex(site, output);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`已为 ${pages} 个页面建立检索索引，共扫描 ${scanned} 个页面（${relative(process.cwd(), output) || output}，${seconds} 秒）`);
        } catch (error) {
          throw new Error(`搜索索引生成失败（Pagefind）：${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      },
    },
  };
}

/**
 * Indexes the HTML under `site` into a Pagefind bundle at `output` (also used by the search
 * benchmark, scripts/lib/bench/search.ts), without the unused ready-made interfaces. Fails
 * when no page is marked for indexing.
 */
export async function writeSearchIndex(site: string, output: string): Promise<{ pages: number; scanned: number }> {
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'zh-cn', excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(output, file), { force: true })));
    const pages = await indexedPageCount(output);
    if (pages === 0) throw new Error(`${added.page_count} 个页面中没有可供检索的页面：详情页应向布局 Base.astro 传入 search 属性（见 src/lib/search-meta.ts）。`);
    return { pages, scanned: added.page_count };
  } finally {
    await close();
  }
}

/**
 * How many pages made it into the index. `addDirectory` counts every HTML file it read, also
 * those without `data-pagefind-body`; the bundle's entry file counts the indexed ones.
 */
async function indexedPageCount(output: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
