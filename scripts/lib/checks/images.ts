/**
 * Every photo under content/: a GPS position left in its metadata (an error, draft or not: it can
 * reveal where someone lives, and the repository may itself be public) and a photo far larger than
 * the site ever shows (a warning: it slows every cold build and fattens the repository; the build
 * publishes only the derivatives, see src/integrations/unused-originals.ts). Reported where an
 * entry uses the photo, or at the photo itself when nothing does.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { contentDir, displayPath, walkFiles } from '../content-files.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedEntry } from '../load-content.ts';
import { looksLikeImagePath } from '../schemas.ts';
import { leaves } from '../walk-data.ts';
import { gpsPosition, METADATA_IMAGE } from './gps.ts';
import { messages } from '../../../src/messages/index.ts';
import type { Finding } from '../../../src/messages/checks.ts';

/** Above either, a photo gets a warning: far more than the widest derivative (IMAGE_WIDTHS in src/lib/views.ts) needs. */
export const PHOTO_LIMITS = { bytes: 10 * 1024 * 1024, pixels: 30_000_000 } as const;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Files read at once: exifr and sharp read headers on libuv's thread pool. */
const AT_ONCE = 8;

interface PhotoFacts {
  gps: { latitude: number; longitude: number } | undefined;
  bytes: number;
  width: number | undefined;
  height: number | undefined;
}

async function photoFacts(path: string): Promise<PhotoFacts> {
  const [gps, metadata] = await Promise.all([gpsPosition(path), sharp(path).metadata().catch(() => undefined)]);
  return { gps, bytes: statSync(path).size, width: metadata?.width, height: metadata?.height };
}

export async function imageDiagnostics(root: string, entries: readonly LoadedEntry[]): Promise<{ diagnostics: Diagnostic[]; count: number }> {
  const usedAt = new Map<string, { entry: LoadedEntry; path: (string | number)[] }[]>();
  for (const entry of entries) {
    for (const [path, value] of leaves(entry.data)) {
      if (typeof value !== 'string' || !looksLikeImagePath(value)) continue;
      const absPath = resolve(dirname(entry.absPath), value);
      usedAt.set(absPath, [...(usedAt.get(absPath) ?? []), { entry, path }]);
    }
  }
  const photos = walkFiles(contentDir(root)).filter((path) => METADATA_IMAGE.test(path));
  const limit = pLimit(AT_ONCE);
  const facts = await limit.map(photos, async (path) => [path, await photoFacts(path)] as const);
  const diagnostics: Diagnostic[] = [];
  for (const [absPath, photo] of facts) {
    const shown = displayPath(root, absPath);
    const uses = usedAt.get(absPath) ?? [];
    const report = (severity: Diagnostic['severity'], { message, hint }: Finding) => {
      if (uses.length === 0) diagnostics.push({ file: shown, line: 1, col: 1, severity, message, hint });
      for (const { entry, path } of uses) diagnostics.push({ file: entry.file, ...entry.locate(path), severity, message, hint });
    };
    if (photo.gps) {
      report('error', messages.check.photo.gps(shown, photo.gps));
    }
    const pixels = (photo.width ?? 0) * (photo.height ?? 0);
    if (photo.bytes > PHOTO_LIMITS.bytes || pixels > PHOTO_LIMITS.pixels) {
      const size = `${megabytes(photo.bytes)} MB${photo.width ? `、${photo.width}×${photo.height} 像素` : ''}`;
      report('warning', messages.check.photo.tooLarge(shown, size, { megabytes: PHOTO_LIMITS.bytes / 1024 / 1024, tenThousandPixels: PHOTO_LIMITS.pixels / 10_000 }));
    }
  }
  return { diagnostics, count: photos.length };
}
