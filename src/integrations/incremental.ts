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
 *
 * 4. A warm build should not copy what did not change. Astro restores an unchanged page or share
 *    image from cacheDir/dist/ and an unchanged image derivative from cacheDir/assets/ with
 *    `fs.promises.copyFile` (astro/dist/core/build/incremental.js, assets/build/generate.js) and
 *    has no option to do otherwise: a city site's warm build copied 1.5 GB of share images alone
 *    (BENCHMARKS.md). While Astro builds, linkCopies() turns such a copy into a hard link (the
 *    same bytes under a second name: no bytes copied, the atomic swap of scripts/build.ts
 *    unchanged), falling back to the copy across file systems. A linked file must then never be
 *    written in place, or the cache and the published site would change together: Astro writes a
 *    rendered page's cache copy with `fs.promises.writeFile`, which would write through a link to
 *    the live site's file, so while Astro builds every such write into the cache folder goes to a
 *    new file renamed over the old name, which leaves a linked file as it was.
 */
import fs, { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
// Bound once: linkCopies replaces fs.promises.writeFile, which writeReplacing must not call.
import { rename, rm, writeFile as writeNewFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunning, temporaryDirFor } from '../../scripts/lib/build-swap.ts';
import { assertAstroInternals } from './astro-internals.ts';

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

type PathLike = string | URL | Buffer;
const pathOf = (path: PathLike): string => (path instanceof URL ? fileURLToPath(path) : String(path));
const isInside = (path: string, folder: string): boolean => {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !rest.startsWith(sep);
};

/** Errors after which a hard link is not possible here, but a copy is (another file system, a file system without links). */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/** Gives `to` the bytes of `from` by a hard link, replacing what is at `to`; a copy where a link cannot be made. Says which. */
export async function linkOrCopy(from: string, to: string, copy: (from: string, to: string) => Promise<void>): Promise<'linked' | 'copied'> {
  try {
    await fs.promises.link(from, to);
    return 'linked';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      // A copy would write through the file already there (which may itself be a link): replace it.
      await fs.promises.rm(to, { force: true });
      return linkOrCopy(from, to, copy);
    }
    if (!CANNOT_LINK.has(code)) throw error;
  }
  await copy(from, to);
  return 'copied';
}

/** Writes `data` to a new file renamed over `file`, so that a hard link to the old file keeps its bytes. */
export async function writeReplacing(file: string, data: Parameters<typeof fs.promises.writeFile>[1], options?: Parameters<typeof fs.promises.writeFile>[2]): Promise<void> {
  const temporary = `${file}.${process.pid}.writing`;
  try {
    await writeNewFile(temporary, data, options);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Until the returned function is called, copies from `cacheDir` into `outDir` are hard links and
 * whole-file writes into `cacheDir` replace the file instead of writing into it (point 4 above).
 * Only fs.promises' copyFile and writeFile are wrapped, the calls Astro makes for its caches;
 * every other copy or write behaves as always. Counts the links and copies it made.
 */
export function linkCopies(cacheDir: string, outDir: string): { restore(): { linked: number; copied: number } } {
  const promises = fs.promises;
  const { copyFile, writeFile } = promises;
  const tally = { linked: 0, copied: 0 };
  promises.copyFile = async (from, to, mode) => {
    const [source, target] = [pathOf(from), pathOf(to)];
    if (!isInside(source, cacheDir) || !isInside(target, outDir)) return copyFile(from, to, mode);
    tally[await linkOrCopy(source, target, (a, b) => copyFile(a, b, mode))] += 1;
  };
  promises.writeFile = async (file, data, options) => {
    const flag = typeof options === 'object' && options !== null ? options.flag : undefined;
    if ((typeof file !== 'string' && !(file instanceof URL)) || (flag !== undefined && flag !== 'w') || !isInside(pathOf(file), cacheDir)) {
      return writeFile(file, data, options);
    }
    return writeReplacing(pathOf(file), data, options);
  };
  return {
    restore() {
      Object.assign(promises, { copyFile, writeFile });
      return tally;
    },
  };
}

export function incremental(): AstroIntegration {
  let mark: URL | undefined;
  let links: ReturnType<typeof linkCopies> | undefined;
  return {
    name: 'bangyang:incremental',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || !config.experimental.incrementalBuild) return;
        assertAstroInternals(['incrementalManifest', 'assetsModule']);
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
        links = linkCopies(fileURLToPath(config.cacheDir), outDir);
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
      'astro:build:done': ({ logger }) => {
        if (links) {
          const { linked, copied } = links.restore();
          if (linked + copied) logger.info(`从缓存复用了 ${linked + copied} 个未改动的文件：硬链接 ${linked} 个，复制 ${copied} 个（不在同一文件系统时只能复制）。`);
        }
        if (mark) rmSync(mark, { force: true });
      },
    },
  };
}
