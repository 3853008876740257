/**
 * Finds the content entries the site would load, the way src/content.config.ts declares them for
 * each type in the registry (src/registry/index.ts): `content/<collection>/*.{md,mdx}`, one folder
 * per entry (`content/exhibitions/<slug>/index.{md,mdx}`), or YAML data files
 * (`content/batches/*.yaml`). `root` is the project folder; the scripts take it from `--root` so
 * tests can use fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { contentTypes, type CollectionName } from '../../src/registry/index.ts';
import { entryIdFromPath } from '../../src/lib/slugs.ts';
import { CONTENT_DIR } from '../../src/lib/settings.ts';
import { readUtf8 } from './encoding.ts';

/** Every collection, in the registry's order. */
export const COLLECTIONS: readonly CollectionName[] = contentTypes().map((type) => type.name);

export interface EntryFile {
  collection: CollectionName;
  /** The URL slug (file or folder name). */
  id: string;
  /** Relative to the project root, forward slashes: content/units/foo.md */
  file: string;
  absPath: string;
}

/** content/ (or BANGYANG_CONTENT_DIR, the one setting the site also reads) inside the root. */
export const contentDir = (root: string) => join(root, CONTENT_DIR);
export const collectionDir = (root: string, collection: CollectionName) => join(root, CONTENT_DIR, collection);

/** Relative path with forward slashes, as printed in messages. */
export function displayPath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

export function listEntryFiles(root: string): EntryFile[] {
  const entries: EntryFile[] = [];
  for (const { name: collection, files } of contentTypes()) {
    const dir = collectionDir(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const absPath = join(dir, name);
      if (files.layout === 'data') {
        if (/\.ya?ml$/i.test(name) && statSync(absPath).isFile()) entries.push({ collection, id: name.replace(/\.ya?ml$/i, ''), file: displayPath(root, absPath), absPath });
      } else if (files.layout === 'folder') {
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

/** A content file's text; a NotUtf8Error (../encoding.ts) when it was not saved as UTF-8. */
export const readText = (absPath: string) => readUtf8(readFileSync(absPath));

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

/**
 * The file an editor meant when `absPath` does not exist but a path differing only in letter case
 * does (Photo.JPG for photo.jpg): Windows and macOS find it, the build and the web server do not.
 */
export function caseVariant(absPath: string): string | undefined {
  if (existsSync(absPath)) return undefined;
  const parent = dirname(absPath);
  if (parent === absPath) return undefined;
  const base = existsSync(parent) ? parent : caseVariant(parent);
  if (!base) return undefined;
  const name = absPath.slice(parent.length + 1).toLowerCase();
  const match = readdirSync(base).find((other) => other.toLowerCase() === name);
  return match === undefined ? undefined : join(base, match);
}
