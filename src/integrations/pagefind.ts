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
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The bundle folder below the output directory; the search page loads `<base>pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Parts of an indexed page that belong to other pages: cards of related entries and the
 * previous/next links between photos. Indexing them would make a unit show up for the name
 * of each figure listed on it.
 */
const EXCLUDE_SELECTORS = ['.card-grid', '.pager'];

export function pagefind(): AstroIntegration {
  return {
    name: 'bangyang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({
            forceLanguage: 'zh-cn',
            excludeSelectors: EXCLUDE_SELECTORS,
          });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('没有可供检索的页面：请确认详情页向布局传入了 search 属性。');
          const output = `${site.replace(/\/$/, '')}/${PAGEFIND_DIR}`;
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`已为 ${added.page_count} 个页面建立检索索引（${relative(process.cwd(), output) || output}，${seconds} 秒）`);
        } catch (error) {
          throw new Error(`搜索索引生成失败（Pagefind）：${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
