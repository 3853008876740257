/**
 * Removes the original photo files Astro copies into the assets folder (`_astro/`) that nothing
 * in the finished site refers to.
 *
 * Pages show photos through their derivatives (WebP/AVIF at the widths of IMAGE_WIDTHS and one
 * JPEG, src/lib/views.ts), never the original. Yet Astro keeps an original in the output whenever
 * any code has read a property of its image object during the build (astro/dist/assets/utils/
 * proxy.js) — serialising a page's props for its cache key does — so every camera original, at
 * full size, would be published at a guessable address. An original is removed when a
 * derivative of it exists and no HTML, CSS, script, feed or data file of the site names it; one
 * a page does link to stays, because that page uses it. Runs before the metadata pass
 * (./strip-metadata.ts), which then has fewer files to read.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
/** Files that can name an asset: pages, styles, scripts, feeds, sitemaps, data. */
const TEXT = /\.(html?|css|m?js|json|xml|txt|csv|svg|webmanifest)$/i;
/** An asset's address as it appears in text: `/_astro/name.hash.jpg`, maybe percent-encoded. */
const ASSET_URL = /_astro\/([^"'\s()<>?#\\]+)/g;

/** Text files read at once. */
const AT_ONCE = 16;

/** `_astro/` names that are originals: another file there is named `<its stem>_<hash>.<ext>`. */
export function originalsIn(names: readonly string[]): string[] {
  const stems = new Set(names.filter((name) => IMAGE.test(name)).map((name) => name.slice(0, -extname(name).length)));
  const derivedFrom = new Set<string>();
  for (const stem of stems) {
    for (let at = stem.lastIndexOf('_'); at > 0; at = stem.lastIndexOf('_', at - 1)) {
      if (stems.has(stem.slice(0, at))) derivedFrom.add(stem.slice(0, at));
    }
  }
  return names.filter((name) => IMAGE.test(name) && derivedFrom.has(name.slice(0, -extname(name).length)));
}

/** Deletes the unreferenced originals below `dir`; returns their paths relative to `dir`. */
export async function removeUnusedOriginals(dir: string, assets = '_astro'): Promise<string[]> {
  const assetNames = await readdir(join(dir, assets)).catch(() => [] as string[]);
  const originals = originalsIn(assetNames);
  if (originals.length === 0) return [];
  const named = new Set<string>();
  const texts = (await readdir(dir, { recursive: true })).filter((file) => TEXT.test(file));
  await pLimit(AT_ONCE).map(texts, async (file) => {
    for (const match of (await readFile(join(dir, file), 'utf8')).matchAll(ASSET_URL)) {
      named.add(basename(safeDecode(match[1]!)));
    }
  });
  const unused = originals.filter((name) => !named.has(name));
  await Promise.all(unused.map((name) => rm(join(dir, assets, name))));
  return unused.map((name) => `${assets}/${name}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function unusedOriginals(): AstroIntegration {
  let assets = '_astro';
  return {
    name: 'bangyang:unused-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const removed = await removeUnusedOriginals(fileURLToPath(dir), assets);
        if (removed.length) logger.info(`没有发布 ${removed.length} 张照片原图（页面只用缩小后的版本）`);
      },
    },
  };
}
