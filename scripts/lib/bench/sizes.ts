/** What a build leaves on disk: bytes and files, for the whole site and for the search index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
  /**
   * Files that share their bytes with another name (a hard link count above one): what a warm
   * build linked from a cache instead of copying or writing (src/integrations/incremental.ts).
   */
  linkedFiles: number;
  linkedBytes: number;
}

export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0, linkedFiles: 0, linkedBytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = statSync(join(entry.parentPath, entry.name));
    size.bytes += stat.size;
    size.files += 1;
    if (stat.nlink > 1) {
      size.linkedBytes += stat.size;
      size.linkedFiles += 1;
    }
  }
  return size;
}

/** Pages are what a visitor can open: every index.html (404.html included). */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => /(?:^|\/)(?:index|404)\.html$/.test(path)).length;
}

export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Pages that list many entries and grow with the site: the home page, every page of the
 * paginated lists, the naming batches, the statistics and the credits. Each must stay under
 * 100 KB of gzipped HTML at city scale (issue 16).
 */
const LIST_PAGE = /^(?:index\.html|(?:units|figures|lectures|exhibitions|notices)\/(?:page\/\d+\/)?index\.html|units\/batches\/[^/]+\/index\.html|(?:stats|credits)\/index\.html)$/;

/** The list page with the most gzipped HTML: its path, raw and gzipped bytes, and how many list pages there are. */
export function largestListPage(dir: string): { path: string; bytes: number; gzipBytes: number; listPages: number } {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => LIST_PAGE.test(path));
  let largest = { path: '', bytes: 0, gzipBytes: 0 };
  for (const path of pages) {
    const html = readFileSync(join(dir, path));
    const gzipBytes = gzipSync(html, { level: 9 }).length;
    if (gzipBytes > largest.gzipBytes) largest = { path, bytes: html.length, gzipBytes };
  }
  return { ...largest, listPages: pages.length };
}
