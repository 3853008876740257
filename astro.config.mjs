// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettings } from './src/lib/settings.ts';
import { cjkText, markdownProcessor } from './src/integrations/cjk-text.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { stripMetadata } from './src/integrations/strip-metadata.ts';
import { unusedOriginals } from './src/integrations/unused-originals.ts';
import { incremental } from './src/integrations/incremental.ts';
import { contentStoreAtRunTime } from './src/integrations/content-store.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { admin } from './src/integrations/admin.ts';

// Settings are validated here, before anything is built: a bad settings file stops the build
// with the field that is wrong.
const settings = loadSettings();

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: markdownProcessor() },
  // contentGate before the site's integrations: the content checks of `npm run check` run before
  // anything else (and in `npm run dev`). admin (the web form, /admin/) ahead of it so that in
  // `npm run dev` the form stays usable while the content has errors: it is how they get fixed.
  integrations: [admin(), contentGate(), mdx(), cjkText(), unusedOriginals(), stripMetadata(), pagefind(), sitemap(), incremental(), contentStoreAtRunTime()],
  // A warm build renders only the pages whose data or code changed and copies the others from the
  // last build (kept in cacheDir/dist/, so BANGYANG_ASTRO_CACHE and node_modules/.astro/ carry it).
  // Each route's getStaticPaths gives a cacheKey covering what the page shows (src/lib/page-key.ts);
  // src/integrations/incremental.ts keeps the hashes stable across builds and forgets the cache
  // after a build that did not finish.
  experimental: { incrementalBuild: true },
  // AVIF at sharp's effort 3 instead of its default 4: the 72 demo-photo derivatives took 58 s of
  // CPU instead of 227 s for 1 % more bytes; AVIF was most of the photo stage (BENCHMARKS.md, 规模).
  image: { service: sharpImageService({ avif: { effort: 3 } }) },
  compressHTML: 'jsx',
  devToolbar: { enabled: false },
  // Scripts imported with `?url` stay files: Vite would inline the small ones as data: URLs,
  // which the Content-Security-Policy (src/lib/csp.ts) rightly refuses.
  vite: { build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) } },
});
