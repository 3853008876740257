/**
 * What Astro's incremental build (`experimental.incrementalBuild`, see astro.config.mjs and
 * src/lib/page-key.ts) needs from this project's build to be both effective and safe.
 *
 * 1. The same code must hash the same from one build to the next. Astro skips a page only when
 *    the hash of its module graph is unchanged, and one module, the `astro:assets` virtual
 *    module, embeds the output folder (its `outDir` export, read only by the Node adapter to
 *    find images). scripts/build.ts builds into a temporary folder whose name carries the process
 *    id (scripts/lib/build-swap.ts), so every route's hash would change with every build and no
 *    page would ever be skipped. The module is given the folder the output is swapped into
 *    instead, which is where the files end up anyway.
 *
 * 2. A build that did not finish must not leave pages to restore. Astro writes each rendered
 *    page into its cache folder (cacheDir/dist/) as soon as it is rendered, but the manifest that
 *    says which cacheKey each cached page belongs to only after the last page. A build that fails
 *    in between (bad content found while rendering, an interrupted deploy) leaves new pages beside
 *    the old manifest; if the editor then reverts the change, the next build would find the old
 *    keys again and restore the failed build's pages: a stale page published without an error.
 *    So a build marks the cache as in use when it starts and clears the mark when it finishes; a
 *    build that finds the mark of one that is gone forgets the manifest and renders every page
 *    (writing a fresh manifest for the next build).
 *
 * 3. Two builds must not use one cache at the same time: each would write its pages over the
 *    other's, and the manifest written last would vouch for pages the other build wrote (another
 *    base path, other content). A build that finds the mark of a build still running on this
 *    machine does without incremental rendering: it renders every page and leaves the cache alone.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunning, temporaryDirFor } from '../../scripts/lib/build-swap.ts';

/** Astro's manifest of the last build, in its cacheDir (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Present while a build uses the cache; says which (see takeCache). */
export const CACHE_MARK = 'incremental-build.in-use';

/** The `\0`-prefixed id Vite gives the resolved `astro:assets` virtual module. */
const ASSETS_MODULE = '\0astro:assets';

const folderHref = (path: string) => pathToFileURL(path).href.replace(/\/?$/, '/');

/**
 * The folder scripts/build.ts swaps `outDir` into when `outDir` is its temporary folder
 * (`/p/.dist.building-1234` → `/p/dist`), else undefined. Checked against temporaryDirFor itself,
 * so a change of its naming makes this undefined (pages are then rendered, never wrongly kept).
 */
export function swapTargetOf(outDir: string): string | undefined {
  const match = /^\.(.+)\.building-(\d+)$/.exec(basename(outDir));
  if (!match) return undefined;
  const target = join(dirname(outDir), match[1]!);
  return temporaryDirFor(target, Number(match[2])) === outDir ? target : undefined;
}

/** Who holds the cache: written into the mark, exclusive-created so that two builds cannot both take it. */
interface Holder {
  host: string;
  pid: number;
}

/**
 * Takes the cache for this build. 'taken': the cache is this build's; 'stale': it is, but the
 * last build using it did not finish (its manifest must go); 'busy': a running build holds it.
 */
export function takeCache(mark: URL, me: Holder = { host: hostname(), pid: process.pid }): 'taken' | 'stale' | 'busy' {
  mkdirSync(new URL('./', mark), { recursive: true });
  try {
    writeFileSync(mark, JSON.stringify(me), { flag: 'wx' });
    return 'taken';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let holder: Partial<Holder> = {};
  try {
    holder = JSON.parse(readFileSync(mark, 'utf8')) as Partial<Holder>;
  } catch {
    // An empty or torn mark: its build is gone.
  }
  // A mark from another machine (a cache restored in CI) belongs to a build that is gone.
  if (holder.host === me.host && typeof holder.pid === 'number' && holder.pid !== me.pid && isRunning(holder.pid)) return 'busy';
  writeFileSync(mark, JSON.stringify(me));
  return 'stale';
}

export function incremental(): AstroIntegration {
  let mark: URL | undefined;
  return {
    name: 'bangyang:incremental',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        const cacheMark = new URL(CACHE_MARK, config.cacheDir);
        const state = takeCache(cacheMark);
        if (state === 'busy') {
          logger.info(`另一个构建正在使用缓存文件夹 ${fileURLToPath(config.cacheDir)}：本次不复用上次的页面，全部重新生成。`);
          updateConfig({ experimental: { incrementalBuild: false } });
          return;
        }
        mark = cacheMark;
        if (state === 'stale') {
          rmSync(new URL(INCREMENTAL_MANIFEST, config.cacheDir), { force: true });
          logger.info('上次构建没有完成，缓存的页面可能与记录不符：本次重新生成全部页面。');
        }
        const outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        const target = swapTargetOf(outDir);
        if (!target) return;
        const [from, to] = [folderHref(outDir), folderHref(target)];
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bangyang:stable-out-dir',
                enforce: 'post',
                transform: (code: string, id: string) => (id === ASSETS_MODULE && code.includes(from) ? code.replaceAll(from, to) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (mark) rmSync(mark, { force: true });
      },
    },
  };
}
