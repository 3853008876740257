/**
 * The drawing workers: they draw what the main thread would, a failure names the page, and a
 * process that used them ends by itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCard, PICTURE_PLACEHOLDER, type DrawJob } from '../../src/og/draw.ts';
import { fontsFor } from '../../src/og/font.ts';
import { createDrawPool, workerFile } from '../../src/og/pool.ts';
import { drawPlanned, planCard } from '../../src/og/render.ts';
import type { OgFormat } from '../../src/og/paths.ts';
import { drawnText, IMAGE_SIZE, renderTemplate, type ImageRole } from '../../src/og/templates/index.ts';
import type { Card, OgElement, TemplateInput } from '../../src/og/types.ts';

const work = mkdtempSync(join(tmpdir(), 'bangyang-og-pool-'));
const pool = createDrawPool(2);
afterAll(async () => {
  await pool.close();
  rmSync(work, { recursive: true, force: true });
});

const site = { siteName: '榜样', siteHost: 'bangyang.example.cn' };
const input = { label: '文明单位', title: '喆堃犇镕彧昇社区', lines: ['全国文明单位 · 2020年'], ...site };

const layers = (data: TemplateInput, role: ImageRole | undefined, format: OgFormat = 'png'): DrawJob =>
  ({ base: renderTemplate(data, role, 'base'), text: renderTemplate(data, role, 'text'), format });

describe('the drawing pool', () => {
  it('draws the same bytes as drawing in-process, text cards and cards with a picture', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const jobs: DrawJob[] = [
      layers(input, undefined),
      { ...layers({ ...input, image: { src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE.side } }, 'side'), picture: { bytes: photo, role: 'side' } },
      { ...layers({ ...input, image: { src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE.photo } }, 'photo', 'jpeg'), picture: { bytes: photo, role: 'photo' } },
    ];
    const fonts = await fontsFor(jobs.map((job) => drawnText(job.base) + drawnText(job.text)).join(''));
    const pooled = await Promise.all(jobs.map((job) => pool.draw(job, fonts)));
    for (const [index, job] of jobs.entries()) {
      expect(pooled[index]!.image.equals((await drawCard(job, fonts)).image), `job ${index}`).toBe(true);
    }
  });

  it('fails the image with the page named when the drawing fails in a worker, and goes on drawing', async () => {
    const card: Card = { path: '/units/broken/', kind: 'unit', label: '文明单位', title: '某单位', lines: [], alt: '' };
    // satori cannot size an image it cannot load: an error thrown inside the worker.
    const broken: OgElement = { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'img', props: { src: 'nowhere.png' } }] } };
    const plan = { ...planCard(card, site), layers: { base: broken, text: broken } };
    await expect(drawPlanned(plan, { cacheDir: join(work, 'cache') })).rejects.toThrow(/^分享图 \/units\/broken\/ 绘制失败：.+/);
    const fine = await drawPlanned(planCard(card, site), { cacheDir: join(work, 'cache') });
    expect(await sharp(fine.image).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  it('does not keep the process alive once its images are drawn', () => {
    const script = join(work, 'draw-once.ts');
    writeFileSync(script, [
      `import { createDrawPool } from ${JSON.stringify(join(process.cwd(), 'src/og/pool.ts'))};`,
      `const pool = createDrawPool(2);`,
      `const frame = { type: 'div', props: { style: { display: 'flex', width: 1200, height: 630, backgroundColor: 'red' } } };`,
      `const drawn = await pool.draw({ base: frame, text: frame, format: 'png' }, []);`,
      `console.log('drawn', drawn.image.length > 0);`,
    ].join('\n'));
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    // console.log colours `true` when the environment sets FORCE_COLOR, as some CI runners do.
    expect(stripVTControlCharacters(run.stdout).trim()).toBe('drawn true');
    expect(run.status, 'exits by itself, without close()').toBe(0);
  });

  it('finds its worker file beside itself in the project', () => {
    expect(workerFile()).toBe(join(process.cwd(), 'src', 'og', 'worker.ts'));
  });
});
