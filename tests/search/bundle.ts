/**
 * Reads a built Pagefind bundle the way its browser code does, to check what the index holds
 * without a browser: one gzip-compressed fragment per indexed page, each holding that page's
 * URL, indexed text, filters and metadata after a fixed signature.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  /** The indexed words, with the zero-width spaces Pagefind puts between Chinese words. */
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind's marker in front of every decompressed fragment. */
const SIGNATURE = 'pagefind_dcd';

/** The fragments of the bundle in `bundle` (e.g. `dist/pagefind`). */
export function readFragments(bundle: string): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}

/** Indexed text as a reader would type it: no zero-width spaces, no whitespace. */
export const plain = (text: string) => text.replace(/[\u200b\s]/g, '');
