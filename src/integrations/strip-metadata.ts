/**
 * Removes photo metadata (EXIF, XMP, IPTC: GPS positions, camera serial numbers, owner names)
 * from every image in the finished site, as one of the last steps of `astro build`.
 *
 * Why a pass over the output and not only Astro's image service: the derivatives Astro makes
 * are already clean, but some files reach dist/ untouched — everything in public/, and the
 * originals Astro copies whenever a page uses an image's raw `.src` (a full-size link, a
 * portrait in a share card). Looking at the output catches all of them, whatever the page
 * code does tomorrow.
 *
 * Only files that carry metadata are rewritten, so a clean build's bytes stay the same from one
 * build to the next; the orientation is applied to the pixels before the EXIF tag that held it
 * goes, and the colour profile (no personal data) is kept.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { writeReplacing } from './incremental.ts';

/** Formats sharp can both read and write, with the quality a re-encoded file gets. */
const ENCODERS = {
  jpeg: (image: Sharp) => image.jpeg({ quality: 90 }),
  png: (image: Sharp) => image.png(),
  webp: (image: Sharp) => image.webp({ quality: 90 }),
  heif: (image: Sharp) => image.avif({ quality: 70 }),
  tiff: (image: Sharp) => image.tiff(),
  gif: (image: Sharp) => image.gif(),
} as const;

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|tiff?|gif)$/i;

/** True when the image carries any block that can hold a position, a serial or a name. */
export function hasMetadata(metadata: Metadata): boolean {
  return Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.comments?.length);
}

/**
 * The image without its metadata, or undefined when it had none (or is not an image sharp
 * knows: such files are left as they are).
 */
export async function stripImage(input: Buffer): Promise<Buffer | undefined> {
  const metadata = await sharp(input).metadata();
  return hasMetadata(metadata) ? encodeWithout(input, metadata) : undefined;
}

function encodeWithout(input: Buffer | string, metadata: Metadata): Promise<Buffer> {
  const encode = ENCODERS[metadata.format as keyof typeof ENCODERS];
  if (!encode) throw new Error(`无法去除这种图片格式的元数据：${metadata.format}`);
  return encode(sharp(input, { animated: true }).autoOrient().keepIccProfile()).toBuffer();
}

/** Files looked at at the same time: sharp reads headers on libuv's thread pool. */
const AT_ONCE = 8;

/**
 * Rewrites every image below `dir` that carries metadata; returns their paths relative to `dir`.
 * sharp reads only a file's header to learn whether it has metadata (a city-scale build has
 * some 30,000 images, nearly all clean), and only the files that do are read whole and rewritten.
 */
export async function stripMetadataIn(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => IMAGE_FILE.test(file)).sort();
  const limit = pLimit(AT_ONCE);
  const stripped = await limit.map(files, async (file) => {
    const path = join(dir, file);
    try {
      const metadata = await sharp(path).metadata();
      if (!hasMetadata(metadata)) return undefined;
      // Read into memory first: sharp must not write the file it is still reading. A new file
      // replaces the old one: the old one may be a hard link into a build cache (incremental.ts).
      await writeReplacing(path, await encodeWithout(await readFile(path), metadata));
      return file;
    } catch (error) {
      limit.clearQueue(); // The build fails: the files not yet looked at are left alone.
      throw new Error(`${file}：无法读取或去除图片元数据（${(error as Error).message}）。请用看图软件另存一份再放回。`, { cause: error });
    }
  });
  return stripped.filter((file) => file !== undefined);
}

export function stripMetadata(): AstroIntegration {
  return {
    name: 'bangyang:strip-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stripped = await stripMetadataIn(fileURLToPath(dir));
        if (stripped.length) logger.info(`已去除 ${stripped.length} 张图片中的元数据（GPS 位置、相机序列号等）`);
      },
    },
  };
}
