/**
 * Markdown files under content/ that the site never loads: a misspelt folder (content/unit/),
 * an entry one folder too deep, an exhibition written as a file instead of a folder. The build
 * skips them silently, so an editor would wonder why the page does not appear.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { COLLECTIONS, contentDir, displayPath, walkFiles } from '../content-files.ts';

const MARKDOWN = /\.mdx?$/i;

export function findStrayMarkdown(root: string, loadedFiles: ReadonlySet<string>): Diagnostic[] {
  return walkFiles(contentDir(root))
    .map((absPath) => displayPath(root, absPath))
    .filter((file) => MARKDOWN.test(file) && !loadedFiles.has(file))
    .map((file) => ({
      file,
      line: 1,
      col: 1,
      severity: 'warning',
      message: '网站不会读取这个文件，它不会出现在任何页面上',
      hint: `条目应直接放在 ${COLLECTIONS.filter((c) => c !== 'exhibitions').map((c) => `content/${c}/`).join('、')} 下，图片展放在 content/exhibitions/文件夹名/index.md；不需要的文件请删除`,
    }) satisfies Diagnostic);
}
