/**
 * Finds the content entries the site would load, the way src/content.config.ts declares them:
 * `content/<collection>/*.{md,mdx}`, and `content/exhibitions/<slug>/index.{md,mdx}`.
 * `root` is the project folder; the scripts take it from `--root` so tests can use fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Collection } from '../../src/schemas/context.ts';
import { entryIdFromPath } from '../../src/lib/slugs.ts';
import { CONTENT_DIR } from '../../src/lib/settings.ts';

export const COLLECTIONS: readonly Collection[] = ['units', 'figures', 'lectures', 'exhibitions', 'notices'];

export interface EntryFile {
  collection: Collection;
  /** The URL slug (file or folder name). */
  id: string;
  /** Relative to the project root, forward slashes: content/units/foo.md */
  file: string;
  absPath: string;
}

/** content/ (or BANGYANG_CONTENT_DIR, the one setting the site also reads) inside the root. */
export const contentDir = (root: string) => join(root, CONTENT_DIR);
export const collectionDir = (root: string, collection: Collection) => join(root, CONTENT_DIR, collection);

/** Relative path with forward slashes, as printed in messages. */
export function displayPath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

export function listEntryFiles(root: string): EntryFile[] {
  const entries: EntryFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = collectionDir(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const absPath = join(dir, name);
      if (collection === 'exhibitions') {
        if (!statSync(absPath).isDirectory()) continue;
        for (const index of ['index.md', 'index.mdx']) {
          const indexPath = join(absPath, index);
          if (existsSync(indexPath)) entries.push({ collection, id: entryIdFromPath(`${name}/${index}`), file: displayPath(root, indexPath), absPath: indexPath });
        }
      } else if (/\.mdx?$/i.test(name) && statSync(absPath).isFile()) {
        entries.push({ collection, id: entryIdFromPath(name), file: displayPath(root, absPath), absPath });
      }
    }
  }
  return entries;
}

export const readText = (absPath: string) => readFileSync(absPath, 'utf8');

/** Every file under a folder, recursively (absolute paths, sorted). */
export function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walkFiles(path));
    else files.push(path);
  }
  return files;
}
