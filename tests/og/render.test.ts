import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { locateImage } from '../../src/og/images.ts';
import { createProgress, drawPlanned, planCard, renderCard } from '../../src/og/render.ts';
import type { Card } from '../../src/og/types.ts';

const work = mkdtempSync(join(tmpdir(), 'bangyang-og-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = { siteName: '榜样', siteHost: 'bangyang.example.cn' };
const card: Card = { path: '/units/foo/', kind: 'unit', label: '文明单位', title: '喆堃犇镕彧昇社区', lines: ['全国文明单位 · 2020年'], alt: '榜样分享图：文明单位，喆堃犇镕彧昇社区，全国文明单位 · 2020年' };

async function photoEntry(colour: string) {
  const folder = join(work, 'content', 'exhibitions', 'x');
  mkdirSync(join(folder, 'photos'), { recursive: true });
  writeFileSync(join(folder, 'photos', 'a.jpg'), await sharp({ create: { width: 800, height: 600, channels: 3, background: colour } }).jpeg().toBuffer());
  writeFileSync(join(folder, 'index.md'), '---\ntitle: 展\nphotos:\n  - id: a\n    file: ./photos/a.jpg\n---\n');
  return relative(process.cwd(), join(folder, 'index.md'));
}

describe('renderCard', () => {
  it('renders a 1200×630 PNG once and takes it from the cache after', async () => {
    const cacheDir = join(work, 'cache-a');
    const first = await renderCard(card, site, { cacheDir });
    expect(first.fromCache).toBe(false);
    expect(first.format).toBe('png');
    expect(await sharp(first.image).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: false, hasAlpha: false });
    const second = await renderCard(card, site, { cacheDir });
    expect(second.fromCache).toBe(true);
    expect(second.image.equals(first.image)).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('renders again when what is drawn changes', async () => {
    const cacheDir = join(work, 'cache-b');
    await renderCard(card, site, { cacheDir });
    expect((await renderCard({ ...card, title: '新名称' }, site, { cacheDir })).fromCache).toBe(false);
    expect((await renderCard(card, { ...site, siteName: '新站名' }, { cacheDir })).fromCache).toBe(false);
    // The page path and kind are not drawn, so they do not matter.
    expect((await renderCard({ ...card, path: '/units/bar/' }, site, { cacheDir })).fromCache).toBe(true);
  });

  it('reports the page and the character the font lacks', async () => {
    const warnings: string[] = [];
    const result = await renderCard({ ...card, title: '西夏文\u{17000}' }, site, { cacheDir: join(work, 'cache-c'), warn: (m) => warnings.push(m) });
    expect(result.missing).toEqual(['\u{17000}']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('/units/foo/');
    expect(warnings[0]).toContain('「\u{17000}」(U+17000)');
  });

  it('draws the photo from the path in the frontmatter, and renders again when the photo changes', async () => {
    const cacheDir = join(work, 'cache-d');
    const entryFile = await photoEntry('#336699');
    const photoCard: Card = { ...card, path: '/exhibitions/x/a/', kind: 'photo', image: { entryFile, field: ['photos', 0, 'file'], role: 'photo' } };
    expect(locateImage(photoCard.image!)).toEqual({ file: join(work, 'content', 'exhibitions', 'x', 'photos', 'a.jpg') });
    const first = await renderCard(photoCard, site, { cacheDir });
    // A card the photo fills is a JPEG of at most 150 KB, a text card a PNG.
    expect(first.format).toBe('jpeg');
    expect(await sharp(first.image).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(first.image.length).toBeLessThanOrEqual(150_000);
    const { dominant } = await sharp(first.image).stats();
    expect(dominant.b).toBeGreaterThan(dominant.r);
    expect((await renderCard(photoCard, site, { cacheDir })).fromCache).toBe(true);
    await photoEntry('#993322');
    expect((await renderCard(photoCard, site, { cacheDir })).fromCache).toBe(false);
  });

  it('renders without the picture, and says so, when the file is missing', async () => {
    const warnings: string[] = [];
    const broken: Card = { ...card, image: { entryFile: 'content/nowhere.md', field: ['cover', 'src'], role: 'side' } };
    const result = await renderCard(broken, site, { cacheDir: join(work, 'cache-e'), warn: (m) => warnings.push(m) });
    expect(await sharp(result.image).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(warnings[0]).toMatch(/^分享图 \/units\/foo\/：content\/nowhere\.md 读取失败/);
  });

  it('renders without the picture, and names the file, when the picture cannot be decoded', async () => {
    const entryFile = await photoEntry('#336699');
    writeFileSync(join(work, 'content', 'exhibitions', 'x', 'photos', 'a.jpg'), 'not a jpeg');
    const warnings: string[] = [];
    const photoCard: Card = { ...card, path: '/exhibitions/x/a/', kind: 'photo', image: { entryFile, field: ['photos', 0, 'file'], role: 'photo' } };
    const result = await renderCard(photoCard, site, { cacheDir: join(work, 'cache-f'), warn: (m) => warnings.push(m) });
    // Drawn without the photo, in the format its address promises.
    expect(await sharp(result.image).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^分享图 \/exhibitions\/x\/a\/：图片 .*photos\/a\.jpg 无法解码（.+），这张图不带图片；请换一个完好的 JPEG、PNG 或 WebP 文件$/);
  });

  it('keys an image (the disk cache and the route\'s cacheKey) by what is drawn: the text and the picture\'s bytes', async () => {
    const entryFile = await photoEntry('#336699');
    const photoCard: Card = { ...card, path: '/exhibitions/x/a/', kind: 'photo', image: { entryFile, field: ['photos', 0, 'file'], role: 'photo' } };
    const key = planCard(photoCard, site).key;
    expect(planCard(photoCard, site).key).toBe(key);
    // Not drawn: the page path, the kind, the alt text.
    expect(planCard({ ...photoCard, path: '/exhibitions/x/b/', kind: 'other', alt: '别的' }, site).key).toBe(key);
    expect(planCard({ ...photoCard, title: '新名称' }, site).key).not.toBe(key);
    expect(planCard(photoCard, { ...site, siteHost: 'example.org' }).key).not.toBe(key);
    await photoEntry('#993322');
    const changed = planCard(photoCard, site).key;
    expect(changed).not.toBe(key);
    // The same bytes again give the same key: it is the bytes, not the file's time, that count.
    await photoEntry('#336699');
    expect(planCard(photoCard, site).key).toBe(key);
    const cacheDir = join(work, 'cache-g');
    await renderCard(photoCard, site, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([`${key}.jpg`]);
  });

  it('keys a card by what it draws, so a setting no card shows or a change to another template redraws nothing', () => {
    const plain = planCard(card, site);
    // The base layer is the same tree for every text card of a site: drawn once per worker.
    expect(planCard({ ...card, title: '另一个单位', lines: [] }, site).layers.base).toEqual(plain.layers.base);
    expect(planCard({ ...card, title: '另一个单位' }, site).key).not.toBe(plain.key);
    // A text card's trees hold nothing of the side or photo templates, nor any setting but the
    // site's name and host: changing those leaves its key alone.
    expect(JSON.stringify(plain.layers)).not.toMatch(/gradient|objectFit/);
    const shown = JSON.stringify(plain.layers);
    for (const drawn of [site.siteName, site.siteHost, card.label, card.title, ...card.lines]) expect(shown).toContain(JSON.stringify(drawn));
  });

  it('draws the picture as it is when the image is drawn, even if it changed after the key was made', async () => {
    const entryFile = await photoEntry('#336699');
    const photoCard: Card = { ...card, path: '/exhibitions/x/a/', kind: 'photo', image: { entryFile, field: ['photos', 0, 'file'], role: 'photo' } };
    const plan = planCard(photoCard, site);
    await photoEntry('#993322');
    const cacheDir = join(work, 'cache-h');
    const drawn = await drawPlanned(plan, { cacheDir });
    const { dominant } = await sharp(drawn.image).stats();
    expect(dominant.r).toBeGreaterThan(dominant.b);
    // Stored under the key of what was drawn, not the stale one.
    expect(readdirSync(cacheDir)).toEqual([`${planCard(photoCard, site).key}.jpg`]);
  });

  it('prints progress every few images and at the end', () => {
    const lines: string[] = [];
    const progress = createProgress((line) => lines.push(line), 2);
    progress.expect(3);
    progress.record({ fromCache: false }, 100);
    progress.record({ fromCache: true }, 1);
    progress.record({ fromCache: false }, 50);
    expect(lines).toEqual(['分享图 2/3（缓存 1 张，平均 1 ms/张；新绘制 1 张，平均 100 ms/张）', '分享图 3/3（缓存 1 张，平均 1 ms/张；新绘制 2 张，平均 75 ms/张）']);
  });
});
