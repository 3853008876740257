/** What a build leaves on disk: bytes and files, for the whole site and for the search index. */
import { readdirSync, statSync } from 'node:fs';
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
