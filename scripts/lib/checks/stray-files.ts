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
import { messages } from '../../../src/messages/index.ts';

const MARKDOWN = /\.mdx?$/i;
const CSV = /\.csv$/i;

const flat = contentTypes().filter((type) => type.files.layout === 'file');
const folders = contentTypes().filter((type) => type.files.layout === 'folder');
const MARKDOWN_HINT = messages.check.strayFile.markdownHint(
  flat.map((type) => type.name),
  folders.map((type) => ({ noun: type.noun, folder: type.name })),
);
const CSV_HINT = messages.check.strayFile.csvHint(PHOTO_LIST_FILE);

/** `loadedFiles` holds the entries and the photo lists the site reads (paths as displayed). */
export function findStrayFiles(root: string, loadedFiles: ReadonlySet<string>): Diagnostic[] {
  const exhibitions = `${displayPath(root, collectionDir(root, 'exhibitions'))}/`;
  return walkFiles(contentDir(root))
    .map((absPath) => displayPath(root, absPath))
    .filter((file) => !loadedFiles.has(file))
    .flatMap((file) => {
      const hint = MARKDOWN.test(file) ? MARKDOWN_HINT : CSV.test(file) && file.startsWith(exhibitions) ? CSV_HINT : undefined;
      if (!hint) return [];
      return [{ file, line: 1, col: 1, severity: 'warning', message: messages.check.strayFile.message, hint } satisfies Diagnostic];
    });
}
