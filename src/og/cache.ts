/**
 * The share images rendered by earlier builds, on disk, keyed by a hash of everything an image is
 * drawn from. The folder, `.cache/og/` in the project by default, is git-ignored, outside the
 * output folder, and survives rebuilds; BANGYANG_OG_CACHE moves it (a path CI keeps between runs,
 * e.g. with actions/cache). Images unused for 30 days are removed so the folder does not grow forever.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MAX_AGE_MS = 30 * 24 * 3600_000;

export const defaultCacheDir = (): string => resolve(process.env.BANGYANG_OG_CACHE || '.cache/og');

const pruned = new Set<string>();

function prune(dir: string, now: number) {
  if (pruned.has(dir)) return;
  pruned.add(dir);
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > MAX_AGE_MS) rmSync(file, { force: true });
    } catch {
      // Another build may have removed it already.
    }
  }
}

/** The image stored under `key` with the file extension of its format (`png`, `jpg`), if there is one. */
export function readCached(dir: string, key: string, extension = 'png'): Buffer | undefined {
  mkdirSync(dir, { recursive: true });
  prune(dir, Date.now());
  const file = join(dir, `${key}.${extension}`);
  try {
    const png = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return png;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary name, so a build stopped halfway never leaves half an image. */
export function writeCached(dir: string, key: string, image: Uint8Array, extension = 'png'): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.${extension}`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, file);
}

/** The shard (0-based, of `count`) that draws the image of `key` (src/og/shard.ts): fixed by the key, so every job agrees without talking. */
export const shardOfKey = (key: string, count: number): number => Number.parseInt(key.slice(0, 8), 16) % count;
