/**
 * Reads a built Pagefind bundle the way its browser code does, to check what the index holds
 * without a browser: one gzip-compressed fragment per indexed page, each holding that page's
 * URL, indexed text, filters and metadata after a fixed signature.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The fragments of the bundle in `bundle` (e.g. `dist/pagefind`), of all its parts when it has several. */
export function readFragments(bundle: string): Fragment[] {
  const list = join(bundle, 'parts.json');
  const parts = existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as { parts: string[] }).parts : ['./'];
  return parts.flatMap((part) => readPart(join(bundle, part)));
}

/** The fragments of one part (one Pagefind bundle folder). */
export function readPart(bundle: string): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}

/**
 * Indexed text as a reader would type it: without whitespace, the zero-width spaces Pagefind
 * puts between Chinese words, or the mark for a space the page has (search-document.ts).
 */
export const plain = (text: string) => text.replace(/[\u200b\u2060\s]/g, '');

/**
 * A built site in a new temporary folder (added to `folders`, for the caller to remove): one
 * `index.html` per path, each with navigation text outside `body`, which is the page's <body>.
 */
export function writeSite(folders: string[], pages: Record<string, string>, dir = mkdtempSync(join(tmpdir(), 'bangyang-search-'))): string {
  if (!folders.includes(dir)) folders.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>导航栏目</nav>${body}</body></html>`);
  }
  return dir;
}
