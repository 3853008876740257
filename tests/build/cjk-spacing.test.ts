/**
 * No space may appear between two Chinese characters in the built pages unless an editor
 * typed it in the content. Templates split across lines and Markdown soft line breaks are the
 * two known sources; both are fixed at the root (src/integrations/cjk-text.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CJK_SPACE } from '../../src/lib/cjk.ts';
import { siteFiles } from '../reliability/site.ts';
import { DIST, ROOT } from '../setup/paths.ts';

/** Every file below `dir` whose name matches `pattern` (anchored at the end), as full paths. */
const files = (dir: string, pattern: RegExp) => siteFiles(dir).filter((file) => pattern.test(file)).map((file) => join(dir, file));

/** Visible text of a page: scripts, styles and tags removed, entities left as they are. */
function visibleText(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
}

/** Chinese text (punctuation allowed before the break) on both sides of a line break. */
const SOFT_BREAK = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef]{3})\n(\p{Script=Han}{3})/u;

describe('Chinese spacing in the built site', () => {
  const contentText = files(join(ROOT, 'content'), /\.(md|mdx|yaml)$/).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('has no space between Chinese characters that the content does not have', () => {
    const stray = new Set<string>();
    for (const file of files(DIST, /\.html$/)) {
      for (const match of visibleText(readFileSync(file, 'utf8')).matchAll(CJK_SPACE)) {
        if (!contentText.includes(match[0])) stray.add(`${file.slice(DIST.length)}: 「${match[0]}」`);
      }
    }
    expect([...stray]).toEqual([]);
  });

  it('joins Markdown soft line breaks between Chinese characters', () => {
    // A demo body written over several lines inside one paragraph.
    const source = files(join(ROOT, 'content/units'), /\.md$/)
      .map((file) => ({ file, body: readFileSync(file, 'utf8').split(/^---$/m)[2] ?? '' }))
      .find(({ body }) => SOFT_BREAK.test(body));
    expect(source, 'a demo unit body with a soft line break between Chinese characters').toBeDefined();
    const [, before, after] = SOFT_BREAK.exec(source!.body)!;
    const slug = source!.file.split('/').pop()!.replace(/\.md$/, '');
    const html = readFileSync(join(DIST, 'units', slug, 'index.html'), 'utf8');
    expect(html).toContain(`${before}${after}`);
  });
});
