/**
 * What the integrations rely on that Astro does not export: names and module ids read from
 * Astro's own source (astro/dist). Astro is pinned to a minor version (package.json `~7.3.x`), so
 * these can change only when someone upgrades it; then the build stops here, naming what moved
 * and who relied on it, instead of silently building without the optimisation (or, for the
 * manifest, with a stale cache). Upgrading Astro is one reviewed step: update the constant the
 * message names, run `npm test` (tests/integrations/astro-internals.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { messages } from '../messages/index.ts';

export interface AstroInternal {
  /** What it is, for the message. */
  what: string;
  /** The file of astro/dist/ that defines it. */
  file: string;
  /** The definition as Astro writes it: the guard fails when the file no longer says this. */
  defines: string;
  /** Which of our files relies on it. */
  usedBy: string;
}

export const ASTRO_INTERNALS = {
  incrementalManifest: {
    what: '增量构建清单的文件名 incremental-build.json',
    file: 'core/build/incremental.js',
    defines: 'INCREMENTAL_CACHE_FILE = "incremental-build.json"',
    usedBy: 'src/integrations/incremental.ts（INCREMENTAL_MANIFEST）',
  },
  contentStore: {
    what: '内容存储的虚拟模块 astro:data-layer-content 及其文件 data-store.json',
    file: 'content/consts.js',
    defines: 'DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"',
    usedBy: 'src/integrations/content-store.ts（STORE_MODULE）',
  },
  contentStoreFile: {
    what: '内容存储的文件名 data-store.json',
    file: 'content/consts.js',
    defines: 'DATA_STORE_FILE = "data-store.json"',
    usedBy: 'src/integrations/content-store.ts',
  },
  assetsModule: {
    what: '图片模块 astro:assets 解析后的模块 id（"\\0astro:assets"）',
    file: 'assets/consts.js',
    defines: 'RESOLVED_VIRTUAL_MODULE_ID = "\\0" + VIRTUAL_MODULE_ID',
    usedBy: 'src/integrations/incremental.ts（ASSETS_MODULE）',
  },
} as const satisfies Record<string, AstroInternal>;

export type AstroInternalName = keyof typeof ASTRO_INTERNALS;

/** The installed Astro's dist/ folder. */
export const astroDist = (): string => join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');

/** The internals of `names` that Astro's source at `dist` no longer defines as we expect. */
export function missingInternals(names: readonly AstroInternalName[], dist = astroDist()): AstroInternal[] {
  return names
    .map((name) => ASTRO_INTERNALS[name])
    .filter((internal) => {
      try {
        return !readFileSync(join(dist, internal.file), 'utf8').includes(internal.defines);
      } catch {
        return true;
      }
    });
}

/** Throws (failing the build) when Astro no longer defines one of `names` as we expect. */
export function assertAstroInternals(names: readonly AstroInternalName[], dist = astroDist()): void {
  const missing = missingInternals(names, dist);
  if (missing.length) throw new Error(messages.astroInternals(missing));
}
