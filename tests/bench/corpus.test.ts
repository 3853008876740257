import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { EDITED_ENTRY, editOneEntry, generateCorpus } from '../../scripts/lib/bench/corpus.ts';
import { writeCorpus } from '../../scripts/lib/bench/write-corpus.ts';

const scale = { units: 30, figures: 12, lectures: 6, exhibitions: 2, photosPerExhibition: 4 };
const root = mkdtempSync(join(tmpdir(), 'bangyang-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('benchmark corpus', () => {
  it('passes every check `npm run check` runs: schemas, references, images, personal data, font', async () => {
    await writeCorpus(join(root, 'content'), generateCorpus(scale));
    const report = await checkContent(root, { today: '2026-01-01' });
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Units, figures, lectures, an exhibition, notices and the conferring bodies (the national committee, the offices, five provinces).
    expect(report.entryCount).toBe(30 + 12 + 6 + 2 + 1 + 7);
    expect(report.imageCount).toBe(8);
  });

  it('writes real 800×600 JPEGs, each one different', async () => {
    const [first, second] = await Promise.all(
      ['tupian-001', 'tupian-002'].map((name) => sharp(join(root, 'content/exhibitions/zhanlan-001/photos', `${name}.jpg`)).raw().toBuffer({ resolveWithObject: true })),
    );
    expect(first!.info).toMatchObject({ width: 800, height: 600, channels: 3 });
    expect(first!.data.equals(second!.data)).toBe(false);
  });

  it('is the same for the same seed and different for another', () => {
    const texts = (seed: number) => generateCorpus(scale, seed).files.map((file) => file.text);
    expect(texts(1)).toEqual(texts(1));
    expect(texts(2)).not.toEqual(texts(1));
  });

  it('edits exactly the name of one unit between the cold and the warm build', () => {
    const original = readFileSync(join(root, 'content', EDITED_ENTRY), 'utf8');
    const edited = editOneEntry(original);
    const changed = edited.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    expect(changed).toEqual(['name: 基准测试更名后的单位']);
  });
});
