/**
 * Files under content/ that the site never loads: Markdown in a misspelt folder (content/unit/),
 * an entry one folder too deep, an exhibition written as a file instead of a folder, a photo
 * list not named photos.csv. The build skips them silently, so an editor would wonder why the
 * page (or the photos) do not appear.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { PHOTO_LIST_FILE } from '../../../src/lib/photo-list.ts';
import { contentTypes } from '../../../src/registry/index.ts';
import { collectionDir, contentDir, displayPath, walkFiles } from '../content-files.ts';

const MARKDOWN = /\.mdx?$/i;
const CSV = /\.csv$/i;

const flat = contentTypes().filter((type) => type.files.layout === 'file');
const folders = contentTypes().filter((type) => type.files.layout === 'folder');
const MARKDOWN_HINT = `条目应直接放在 ${flat.map((type) => `content/${type.name}/`).join('、')} 下，${folders.map((type) => `${type.noun}放在 content/${type.name}/文件夹名/index.md`).join('，')}；不需要的文件请删除`;
const CSV_HINT = `图片展的照片清单与 index.md 放在同一个文件夹里，文件名必须是 ${PHOTO_LIST_FILE}（全部小写）；不需要的文件请删除`;

/** `loadedFiles` holds the entries and the photo lists the site reads (paths as displayed). */
export function findStrayFiles(root: string, loadedFiles: ReadonlySet<string>): Diagnostic[] {
  const exhibitions = `${displayPath(root, collectionDir(root, 'exhibitions'))}/`;
  return walkFiles(contentDir(root))
    .map((absPath) => displayPath(root, absPath))
    .filter((file) => !loadedFiles.has(file))
    .flatMap((file) => {
      const hint = MARKDOWN.test(file) ? MARKDOWN_HINT : CSV.test(file) && file.startsWith(exhibitions) ? CSV_HINT : undefined;
      if (!hint) return [];
      return [{ file, line: 1, col: 1, severity: 'warning', message: '网站不会读取这个文件，它不会出现在任何页面上', hint } satisfies Diagnostic];
    });
}
