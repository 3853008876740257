/**
 * The content store is read from its file when the pages are rendered, not bundled into the code.
 *
 * Astro writes every entry of every collection into one file (`data-store.json` in the cache
 * folder) and, by default, bundles that file into the prerender code as one string literal:
 * `export default JSON.parse("…")`. At city scale (BENCHMARKS.md, 规模) the literal is 116 MB.
 * The bundler has to parse and write it, and the rendering process keeps it for the whole build:
 * as the module's source, as the literal's own string, and as the flat array it parses into,
 * which the module's export holds beside the entries it unflattens to.
 *
 * This plugin replaces that module, in a build only, with one that reads the same file and
 * parses it with the same library (devalue) Astro wrote it with. The module then exports the
 * entries themselves (a Map, which Astro's store takes as it is), and the text and the flat array
 * are garbage once parsed. The file is the one Astro's content sync has just written in the same
 * build, so the pages see exactly what the bundled copy would have held. A module of any other
 * shape (an empty store, chunked storage, a future Astro) is left as Astro made it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertAstroInternals } from './astro-internals.ts';

/** The virtual module Astro's content layer loads its store from (astro/dist/content/consts.js). */
export const STORE_MODULE = '\0astro:data-layer-content';
/** The shape of that module when the store is bundled whole. */
const BUNDLED_STORE = /^export default JSON\.parse\(/;

/** The code that reads `file` when the module is first imported. */
export function storeReader(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { parse } from 'devalue';`,
    `export default parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

export function contentStoreAtRunTime(): AstroIntegration {
  return {
    name: 'bangyang:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        assertAstroInternals(['contentStore', 'contentStoreFile']);
        // Where Astro writes the store in a build (astro/dist/content/paths.js, single-file storage).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bangyang:content-store-at-run-time',
                enforce: 'post',
                transform: (code: string, id: string) => (id === STORE_MODULE && BUNDLED_STORE.test(code) ? { code: storeReader(file), map: null } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
