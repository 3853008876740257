/**
 * Puts a generated corpus on disk: the text files as they are, the photos drawn as small
 * generated JPEGs (800×600 JPEG), so the benchmark exercises the same derivative pipeline
 * as real exhibitions. A 16×12 grid of seeded colours scaled up gives soft gradients that
 * compress like a photograph rather than like a flat colour.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Corpus, PhotoSpec } from './corpus.ts';
import { createRandom } from './random.ts';

const GRID = { width: 16, height: 12 };
export const PHOTO_SIZE = { width: 800, height: 600 };

async function writePhoto(contentDir: string, photo: PhotoSpec): Promise<void> {
  const random = createRandom(photo.seed);
  const pixels = Buffer.alloc(GRID.width * GRID.height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = random.int(0, 255);
  const file = join(contentDir, photo.path);
  mkdirSync(dirname(file), { recursive: true });
  await sharp(pixels, { raw: { ...GRID, channels: 3 } })
    .resize(PHOTO_SIZE.width, PHOTO_SIZE.height, { kernel: 'cubic' })
    .jpeg({ quality: 80 })
    .toFile(file);
}

/** Writes every file and every photo under `contentDir`; photos a few at a time (sharp has its own thread pool). */
export async function writeCorpus(contentDir: string, corpus: Corpus, parallel = 4): Promise<void> {
  for (const file of corpus.files) {
    mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
    writeFileSync(join(contentDir, file.path), file.text);
  }
  const { photos } = corpus;
  for (let start = 0; start < photos.length; start += parallel) {
    await Promise.all(photos.slice(start, start + parallel).map((photo) => writePhoto(contentDir, photo)));
  }
}
