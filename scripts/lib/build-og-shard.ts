/**
 * `npm run build -- --og-shard i/n`: draws shard i of n of the site's share images into the
 * share-image cache (BANGYANG_OG_CACHE, .cache/og/ by default) and nothing else: no pages, no
 * photos, no search index, no output folder. What it needs is the card plan, and that comes from
 * the content collections: Astro syncs them (as a build does first), then src/og/shard.ts runs in
 * Astro's Vite server, where `astro:content` reads the synced store, and plans the cards with the
 * same code as the build's image route.
 */
import { join } from 'node:path';

export interface OgShard {
  /** 0-based. */
  index: number;
  count: number;
}

export async function buildOgShard({ index, count }: OgShard, root = process.cwd()): Promise<void> {
  const started = performance.now();
  const { sync } = await import('astro');
  const { getViteConfig } = await import('astro/config');
  const { createServer } = await import('vite');
  // The Vite server (a dev server to Astro) reads the store from .astro/, where sync writes it
  // when that is its cache folder; a build's own cache folder is left alone.
  const dotAstro = join(root, '.astro/');
  await sync({ root, cacheDir: dotAstro, logLevel: 'warn' });
  const config = await getViteConfig({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'warn' }, { root, cacheDir: dotAstro, logLevel: 'warn' })({ mode: 'production', command: 'serve' });
  const server = await createServer({ ...config, configFile: false });
  try {
    const { drawShard } = (await server.ssrLoadModule('/src/og/shard.ts')) as typeof import('../../src/og/shard.ts');
    const result = await drawShard(index, count, (message) => console.log(`[og] ${message}`));
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(`[og] 分享图分片 ${index + 1}/${count} 完成：本片 ${result.mine} 张（新绘制 ${result.drawn} 张，缓存已有 ${result.cached} 张），全站 ${result.total} 张，用时 ${seconds} 秒`);
  } finally {
    await server.close();
  }
}
