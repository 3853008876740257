// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSettings } from './src/lib/settings.ts';
import { cjkText, markdownProcessor } from './src/integrations/cjk-text.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { stripMetadata } from './src/integrations/strip-metadata.ts';

// Settings are validated here, before anything is built: a bad settings file stops the build
// with the field that is wrong.
const settings = loadSettings();

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: markdownProcessor() },
  integrations: [mdx(), cjkText(), stripMetadata(), pagefind(), sitemap()],
  // AVIF at sharp's effort 3 instead of its default 4: the 72 demo-photo derivatives took 58 s of
  // CPU instead of 227 s for 1 % more bytes; AVIF was most of the photo stage (BENCHMARKS.md, 规模).
  image: { service: sharpImageService({ avif: { effort: 3 } }) },
  compressHTML: 'jsx',
  devToolbar: { enabled: false },
  // Scripts imported with `?url` stay files: Vite would inline the small ones as data: URLs,
  // which the Content-Security-Policy (src/lib/csp.ts) rightly refuses.
  vite: { build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) } },
});
