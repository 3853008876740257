/**
 * A card drawn in layers (draw.ts: the base once, the text per card, the picture composited by
 * sharp) must give the card satori and resvg would draw from the whole tree with the picture in
 * it: same layout, the picture in its box, the text over or beside it.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blendOver, drawCard, PICTURE_PLACEHOLDER, type DrawJob } from '../../src/og/draw.ts';
import { fontsFor } from '../../src/og/font.ts';
import { drawSvg } from '../../src/og/render.ts';
import { Resvg } from '@resvg/resvg-js';
import { drawnText, IMAGE_PLACEMENT, IMAGE_SIZE, renderTemplate, type ImageRole } from '../../src/og/templates/index.ts';
import type { TemplateInput } from '../../src/og/types.ts';

const input = (image: TemplateInput['image']): TemplateInput => ({
  label: '图片展',
  title: '林间小路',
  lines: ['创建巡礼 · 摄影：张三'],
  siteName: '榜样',
  siteHost: 'bangyang.example.cn',
  ...(image ? { image } : {}),
});

/** 900×1200 with 24 px stripes of two colours: a picture cropped or placed a few pixels off shows. */
async function stripes(): Promise<Buffer> {
  const width = 900;
  const height = 1200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = Math.floor(x / 24) % 2 ? [0x33, 0x66, 0x99] : [0xe0, 0xc0, 0x80];
      pixels.set([r, g, b], (y * width + x) * 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const rgb = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();

/** The old way: the cropped picture as a data URI in the tree, drawn by satori and resvg. */
async function reference(bytes: Buffer, role: ImageRole): Promise<Buffer> {
  const { position, background } = IMAGE_PLACEMENT[role];
  const crop = await sharp(bytes)
    .resize(IMAGE_SIZE[role].width, IMAGE_SIZE[role].height, { fit: 'cover', position: position === 'attention' ? sharp.strategy.attention : 'centre' })
    .png()
    .toBuffer();
  const tree = renderTemplate(input({ src: `data:image/png;base64,${crop.toString('base64')}`, ...IMAGE_SIZE[role] }), role);
  const { pixels, width, height } = new Resvg(await drawSvg(tree), { fitTo: { mode: 'original' } }).render();
  return sharp(pixels, { raw: { width, height, channels: 4 } }).flatten({ background }).raw().toBuffer();
}

const layers = (data: TemplateInput, role: ImageRole | undefined): Pick<DrawJob, 'base' | 'text'> =>
  ({ base: renderTemplate(data, role, 'base'), text: renderTemplate(data, role, 'text') });

async function draw(bytes: Buffer, role: ImageRole): Promise<Buffer> {
  const data = input({ src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE[role] });
  const job: DrawJob = { ...layers(data, role), format: role === 'photo' ? 'jpeg' : 'png', picture: { bytes, role } };
  return (await drawCard(job, fontsFor(drawnText(renderTemplate(data, role))))).image;
}

/** Mean absolute difference per channel of two RGB images. */
function difference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

const pixel = (raw: Buffer, x: number, y: number) => [...raw.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];

describe('a text card drawn in two layers', () => {
  it('is the card resvg draws from the whole tree, pixel for pixel within rounding', async () => {
    const data = input(undefined);
    const tree = renderTemplate(data, undefined);
    const png = (await drawCard({ ...layers(data, undefined), format: 'png' }, fontsFor(drawnText(tree)))).image;
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, hasAlpha: false });
    const { pixels, width, height } = new Resvg(await drawSvg(tree), { fitTo: { mode: 'original' } }).render();
    const whole = await sharp(pixels, { raw: { width, height, channels: 4 } }).removeAlpha().raw().toBuffer();
    expect(difference(await rgb(png), whole)).toBeLessThan(0.05);
  });

  it('blends a premultiplied layer over the canvas as resvg composes it', () => {
    // Transparent, half-covering white, opaque red: premultiplied as resvg gives them.
    const canvas = Buffer.from([10, 20, 30, 100, 100, 100, 0, 0, 0]);
    blendOver(canvas, new Uint8Array([0, 0, 0, 0, 128, 128, 128, 128, 255, 0, 0, 255]));
    expect([...canvas]).toEqual([10, 20, 30, 178, 178, 178, 255, 0, 0]);
  });
});

describe.each(['photo', 'side'] as const)('a %s card with its picture composited by sharp', (role) => {
  it('is an opaque 1200×630 image that looks like the card drawn with the picture in it', async () => {
    const bytes = await stripes();
    const image = await draw(bytes, role);
    expect(await sharp(image).metadata()).toMatchObject(
      role === 'photo' ? { format: 'jpeg', width: 1200, height: 630 } : { format: 'png', width: 1200, height: 630, hasAlpha: false, isPalette: true },
    );
    const [drawn, expected] = await Promise.all([rgb(image), reference(bytes, role)]);
    // Only the 256-colour palette or JPEG's rounding tells them apart: a stripe one pixel off would cost far more.
    expect(difference(drawn, expected)).toBeLessThan(role === 'photo' ? 3 : 1.5);
  });
});

describe('the composited picture', () => {
  it('fills the side panel, beside the text column and its gold edge', async () => {
    const raw = await rgb(await draw(await stripes(), 'side'));
    // The panel is the right 434 px (440 px crop, 3 px trimmed each side); the gold rule before it.
    expect(pixel(raw, 763, 300)).toEqual([0xc8, 0xa1, 0x5a].map((value) => expect.closeTo(value, -1)));
    const panel = new Set(Array.from({ length: 434 }, (_, i) => pixel(raw, 766 + i, 10).join()));
    expect(panel.size).toBeGreaterThanOrEqual(2);
    // The text column is paper, with the title drawn on it.
    expect(pixel(raw, 700, 600)).toEqual([0xfb, 0xf6, 0xee].map((value) => expect.closeTo(value, -1)));
  });

  it('lies under the photo card\'s text: the label is drawn over the photo', async () => {
    const raw = await rgb(await draw(await stripes(), 'photo'));
    // Top of the card: the photo as it is (no gradient there); its stripes, scaled 4/3, 32 px wide.
    const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]!) <= 3);
    expect(near(pixel(raw, 10, 10), [0xe0, 0xc0, 0x80]), `${pixel(raw, 10, 10)}`).toBe(true);
    expect(near(pixel(raw, 48, 10), [0x33, 0x66, 0x99]), `${pixel(raw, 48, 10)}`).toBe(true);
    // The label's red box sits over the photo at the left, above the title.
    const red: number[][] = [];
    for (let y = 200; y < 340; y++) red.push(pixel(raw, 80, y));
    expect(red.some(([r, g, b]) => r! > 150 && g! < 60 && b! < 70)).toBe(true);
  });
});
