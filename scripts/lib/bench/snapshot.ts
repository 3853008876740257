/**
 * The benchmark builds a copy of the project, not the checkout itself, for two reasons:
 * - Astro writes `.astro/content-assets.mjs` into the project root whatever the cache folder, so
 *   a bench build in the checkout and a demo build running at the same time would read each
 *   other's image list and fail (measured: "找不到图片「./missing.jpg」" from a test fixture);
 * - the cold and the warm build must run the same code, even while someone edits src/.
 * node_modules is linked, not copied: code that looks for a package file under the working folder
 * (src/og/packages.ts) finds the checkout's.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` reads besides the content folder. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function snapshotProject(root: string, into: string): void {
  mkdirSync(into, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(into, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(into, 'node_modules'), 'dir');
}
