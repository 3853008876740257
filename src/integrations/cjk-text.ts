/**
 * Keeps Chinese text free of spaces that nobody typed (see src/lib/cjk.ts):
 * - `.astro` templates: lines of Chinese text are joined before Astro's compiler sees them, so
 *   `compressHTML` has no line break to turn into a space;
 * - Markdown and MDX: a Sätteri plugin joins soft line breaks between Chinese characters.
 */
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin } from 'satteri';
import { joinCjkLines } from '../lib/cjk.ts';

export const joinCjkSoftBreaks = defineMdastPlugin({
  name: 'join-cjk-soft-breaks',
  text(node, ctx) {
    const joined = joinCjkLines(node.value);
    if (joined !== node.value) ctx.replaceNode(node, { type: 'text', value: joined });
  },
});

/** The Markdown processor with the soft-break fix; pass it as `markdown.processor`. */
export const markdownProcessor = () => satteri({ mdastPlugins: [joinCjkSoftBreaks] });

export function cjkText(): AstroIntegration {
  return {
    name: 'bangyang:cjk-text',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bangyang:join-cjk-template-lines',
                enforce: 'pre',
                // Astro compiles in its own `pre` transform, which runs first; a `load` hook is
                // the one place that hands the compiler the joined source.
                async load(id: string) {
                  if (!id.endsWith('.astro')) return undefined;
                  return joinCjkLines(await readFile(id, 'utf8'));
                },
              },
            ],
          },
        });
      },
    },
  };
}
