/**
 * No image the site publishes carries a GPS position or a camera serial number: the build's
 * last pass (src/integrations/strip-metadata.ts) cleans whatever reached the output untouched
 * — public/ files, raw originals — and leaves clean files byte for byte as they were.
 * The fixture site with a GPS-tagged photo is checked in escaping.test.ts, which builds it.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripImage, stripMetadataIn } from '../../src/integrations/strip-metadata.ts';
import { DIST, ROOT } from '../setup/paths.ts';
import { imagesWithPrivateMetadata, isImageFile, privateMetadata } from './photo-metadata.ts';
import { siteFiles } from './site.ts';

const WITH_GPS = readFileSync(join(ROOT, 'tests/fixtures/photos/with-gps.jpg'));
describe('stripping photo metadata', () => {
  it('reads the fixture photo’s GPS position and camera serial (the check can fail)', async () => {
    expect(await privateMetadata(WITH_GPS)).toEqual(expect.arrayContaining(['latitude=37.87', 'SerialNumber=SN12345']));
  });

  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('removes them from a %s file and keeps its pixels’ size', async (format) => {
    const tagged = await sharp(WITH_GPS).toFormat(format).keepMetadata().toBuffer();
    expect(await privateMetadata(tagged)).not.toEqual([]);
    const clean = (await stripImage(tagged))!;
    expect(await privateMetadata(clean)).toEqual([]);
    const [before, after] = await Promise.all([sharp(tagged).metadata(), sharp(clean).metadata()]);
    expect([after.format, after.width, after.height]).toEqual([before.format, before.width, before.height]);
  });

  it('cleans every image of an output folder, public/ copies included, and leaves clean files untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangyang-strip-'));
    mkdirSync(join(dir, '_astro'));
    const clean = await sharp(WITH_GPS).png().toBuffer();
    writeFileSync(join(dir, 'logo-from-public.jpg'), WITH_GPS);
    writeFileSync(join(dir, '_astro', 'original.webp'), await sharp(WITH_GPS).webp().keepMetadata().toBuffer());
    writeFileSync(join(dir, '_astro', 'derivative.png'), clean);
    expect(await stripMetadataIn(dir)).toEqual(['_astro/original.webp', 'logo-from-public.jpg']);
    expect(await imagesWithPrivateMetadata(dir)).toEqual([]);
    expect(readFileSync(join(dir, '_astro', 'derivative.png')).equals(clean)).toBe(true);
  });
});

describe('demo build', () => {
  it('publishes no image with a GPS position or a camera serial', async () => {
    expect(siteFiles(DIST).filter(isImageFile).length).toBeGreaterThan(100);
    expect(await imagesWithPrivateMetadata(DIST)).toEqual([]);
  });
});
