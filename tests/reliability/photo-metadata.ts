/**
 * What a published image must not reveal, read with exifr: a GPS position, a camera or lens
 * serial number, an owner's name. exifr reads the file itself (JPEG, PNG, TIFF, HEIF) and, for
 * the formats it does not know (WebP, some AVIF), the EXIF block sharp finds in it.
 */
import exifr from 'exifr';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { siteFiles } from './site.ts';

const PRIVATE_TAGS = ['latitude', 'longitude', 'GPSLatitude', 'GPSLongitude', 'SerialNumber', 'BodySerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'OwnerName', 'CameraOwnerName', 'Artist'];

const OPTIONS = { tiff: true, exif: true, gps: true, xmp: true, iptc: true, interop: true, makerNote: false, userComment: false, mergeOutput: true } as const;

async function readTags(image: Buffer): Promise<Record<string, unknown>> {
  const parse = async (input: Buffer) => ((await exifr.parse(input, OPTIONS).catch(() => undefined)) as Record<string, unknown> | undefined) ?? {};
  const { exif, xmp } = await sharp(image).metadata();
  // sharp hands the EXIF block with its `Exif\0\0` header; exifr reads the TIFF structure after it.
  return { ...(await parse(image)), ...(exif ? await parse(exif.subarray(6)) : {}), ...(xmp ? { XMP: xmp.toString('utf8') } : {}) };
}

/** `tag=value` for every private tag the image carries (an empty list for a clean image). */
export async function privateMetadata(image: Buffer): Promise<string[]> {
  const tags = await readTags(image);
  const found = PRIVATE_TAGS.filter((tag) => tags[tag] !== undefined).map((tag) => `${tag}=${String(tags[tag])}`);
  if (typeof tags.XMP === 'string' && /GPS|SerialNumber/i.test(tags.XMP)) found.push('XMP 中的位置或序列号');
  return found;
}

/** Image files by name, whatever the format. */
export const isImageFile = (file: string) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(file);

/** `file: tags` for every image below `dir` that still carries private metadata. */
export async function imagesWithPrivateMetadata(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of siteFiles(dir).filter(isImageFile)) {
    const tags = await privateMetadata(readFileSync(join(dir, file)));
    if (tags.length) found.push(`${file}: ${tags.join(', ')}`);
  }
  return found;
}
