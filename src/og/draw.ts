/**
 * Draws one card into a 1200×630 image, in two layers (src/og/templates/parts.ts, Layer): the base
 * (background, edges, footer, gradient, the picture's box), the same for every card of a template
 * and therefore drawn once per worker and kept, and the card's own text, drawn for each card.
 * satori lays a layer out and turns its text into outlines (SVG), resvg rasterises that; the text's
 * pixels are blended over the base here, the picture is cropped by sharp (libvips, shrink-on-load
 * for JPEG) and put under the base (a photo card) or into its box (a side panel), and sharp encodes
 * the PNG or JPEG. The picture never goes through satori or resvg: the tree holds a placeholder of
 * the picture's size, so the layout is the same. Run by the drawing workers (worker.ts) and, in
 * tests, in-process; needs nothing from Astro or the site, only the trees, the picture's bytes and
 * the font subset.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type JpegOptions, type PngOptions } from 'sharp';
import { OG_HEIGHT, OG_WIDTH, type OgFormat } from './paths.ts';
import { IMAGE_PLACEMENT, IMAGE_SIZE, type ImageRole } from './templates/index.ts';
import type { OgChild, OgElement } from './types.ts';

/** A font of satori's `fonts` option, as font.ts cuts it. */
export interface SatoriFont {
  name: string;
  data: Buffer | ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

export type LayoutNode = { left: number; top: number; width: number; height: number; type: string; key?: string | number; textContent?: string };

/**
 * The picture's stand-in in a template's tree: a 1×1 transparent PNG, given the picture's size.
 * satoriSvg draws it as an empty box of the same style (so the layout is that of the picture, but
 * resvg has no image and no image mask to rasterise); sharp then puts the real picture into the
 * box satori reports for it.
 */
export const PICTURE_PLACEHOLDER = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PICTURE_KEY = 'bangyang-picture';

/** The tree with the placeholder picture replaced by an empty box of its style, keyed for onNodeDetected. */
function withPictureBox(node: OgChild | OgChild[] | undefined): OgChild | OgChild[] | undefined {
  if (node === undefined || typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map((child) => withPictureBox(child) as OgChild);
  if (node.type === 'img' && node.props.src === PICTURE_PLACEHOLDER) {
    return { type: 'div', key: PICTURE_KEY, props: { style: { display: 'flex', ...node.props.style } } } as OgElement;
  }
  return node.props.children === undefined ? node : { ...node, props: { ...node.props, children: withPictureBox(node.props.children) } };
}

/** The satori call in progress; the next waits for it (see satoriSvg). */
let satoriTurn: Promise<unknown> = Promise.resolve();

/**
 * Satori: the tree as SVG, text drawn as outlines. `onNode` sees every element's layout box.
 * One call at a time: satori clears module-level image caches at the start of each call, so
 * calls started while another awaits take turns rather than interleave. (Each worker thread has
 * a module instance of its own, so the workers do not wait for each other.)
 */
export function satoriSvg(tree: OgElement, fonts: SatoriFont[] | Promise<SatoriFont[]>, onNode?: (node: LayoutNode) => void): Promise<string> {
  const svg = satoriTurn.then(async () => satori(withPictureBox(tree) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: (await fonts) as Parameters<typeof satori>[1]['fonts'],
    ...(onNode ? { onNodeDetected: onNode } : {}),
  }));
  satoriTurn = svg.catch(() => {});
  return svg;
}

/**
 * How a card is encoded (CPU per card and bytes: BENCHMARKS.md, 规模, fourth round).
 * - A text card: truecolour PNG, zlib 6 without adaptive filtering: ≈ 6–9 ms and ≈ 31 KB, where
 *   resvg's own encoder took ≈ 16–21 ms for ≈ 40–46 KB; its flat colours compress well as they are.
 * - A card with a portrait or cover beside the text: 256 colours (libimagequant at its fastest
 *   effort, with its dithering), as before: truecolour would carry the panel's photograph at
 *   several times the bytes.
 * - A card the photo fills: JPEG (libjpeg-turbo, ≈ 10 ms) at quality 80, stepped down by 10 to at
 *   most 50 while it weighs more than PHOTO_MAX_BYTES (a detailed photo: moss, a forest). mozjpeg
 *   would save ≈ 20 % of the bytes for ≈ 8 times the CPU; 4:4:4 colour ≈ 25 % more bytes, and the
 *   white text, set in luminance, is as crisp without it.
 */
export const CARD_PNG: PngOptions = { compressionLevel: 6, adaptiveFiltering: false };
export const SIDE_PNG: PngOptions = { palette: true, effort: 1 };
export const PHOTO_JPEG: JpegOptions = { quality: 80 };
export const PHOTO_MAX_BYTES = 150_000;

/** One layer's tree; the picture in it, if any, is the placeholder (PICTURE_PLACEHOLDER). */
export interface Layers {
  /** What every card of the template shares; drawn once per worker for each distinct tree. */
  base: OgElement;
  /** The card's own text over a transparent frame. */
  text: OgElement;
}

export interface DrawJob extends Layers {
  /** Drawn instead when the picture cannot be decoded: the card without its picture. */
  fallback?: Layers;
  /** The original picture file's bytes and how the card uses it. */
  picture?: { bytes: Uint8Array; role: ImageRole };
  format: OgFormat;
}

export interface Drawn {
  image: Buffer;
  /** Why the picture was left out (sharp could not decode it), if it was. */
  pictureProblem?: string;
}

/** A rasterised layer: premultiplied RGBA (resvg's own pixels), and the picture's box if it has one. */
interface Raster {
  pixels: Uint8Array;
  box?: LayoutNode;
  /** The layer over paper as RGB, made once for a base layer and copied for every card. */
  onPaper?: Buffer;
}

/** A tree rasterised: satori, then resvg without system fonts (the text is outlines already). */
async function rasterise(tree: OgElement, fonts: SatoriFont[] | Promise<SatoriFont[]>): Promise<Raster> {
  let box: LayoutNode | undefined;
  const svg = await satoriSvg(tree, fonts, (node) => {
    if (node.key === PICTURE_KEY) box = node;
  });
  const { pixels } = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { pixels, ...(box ? { box } : {}) };
}

/** The base layers drawn by this thread, by their tree; a build has one per template. */
const bases = new Map<string, { fonts: unknown; raster: Promise<Raster> }>();
const MAX_BASES = 8;

function baseOf(tree: OgElement, fonts: SatoriFont[] | Promise<SatoriFont[]>): Promise<Raster> {
  const key = JSON.stringify(tree);
  const known = bases.get(key);
  if (known && known.fonts === fonts) return known.raster;
  if (bases.size >= MAX_BASES) bases.delete(bases.keys().next().value!);
  const raster = rasterise(tree, fonts);
  raster.catch(() => bases.delete(key));
  bases.set(key, { fonts, raster });
  return raster;
}

/** The opaque pixels of a premultiplied RGBA layer over `background`, as RGB. */
function opaque(layer: Uint8Array, background: readonly [number, number, number]): Buffer {
  const canvas = Buffer.alloc((layer.length / 4) * 3);
  for (let i = 0, j = 0; i < layer.length; i += 4, j += 3) {
    const rest = 255 - layer[i + 3]!;
    for (let c = 0; c < 3; c++) canvas[j + c] = layer[i + c]! + Math.round((background[c]! * rest) / 255);
  }
  return canvas;
}

/**
 * Blends a premultiplied RGBA layer (resvg's pixels) over an RGB canvas of the same size, in
 * place. Most of a text layer is empty, so the untouched pixels cost one comparison each.
 */
export function blendOver(canvas: Uint8Array, layer: Uint8Array): void {
  for (let i = 0, j = 0; i < layer.length; i += 4, j += 3) {
    const alpha = layer[i + 3]!;
    if (alpha === 0) continue;
    const rest = 255 - alpha;
    // x * rest / 255, rounded, in integers.
    canvas[j] = layer[i]! + (((canvas[j]! * rest + 128) * 257) >>> 16);
    canvas[j + 1] = layer[i + 1]! + (((canvas[j + 1]! * rest + 128) * 257) >>> 16);
    canvas[j + 2] = layer[i + 2]! + (((canvas[j + 2]! * rest + 128) * 257) >>> 16);
  }
}

const rgbOf = (hex: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

/** The picture cropped to the template's size, then to the box the layout gave it, as raw RGB. */
async function cropped(bytes: Uint8Array, role: ImageRole, box: LayoutNode) {
  const size = IMAGE_SIZE[role];
  const { background, position } = IMAGE_PLACEMENT[role];
  const left = Math.round(box.left);
  const top = Math.round(box.top);
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  // As satori's objectFit: cover draws it: the crop centred in its box, the overflow cut off.
  const data = await sharp(bytes)
    .rotate()
    .resize(size.width, size.height, { fit: 'cover', position: position === 'attention' ? sharp.strategy.attention : 'centre' })
    .extract({ left: Math.floor((size.width - width) / 2), top: Math.floor((size.height - height) / 2), width, height })
    .flatten({ background })
    .removeAlpha()
    .raw()
    .toBuffer();
  return { data, left, top, width, height };
}

/** Copies an RGB picture into the RGB canvas at its box. */
function paste(canvas: Buffer, picture: Awaited<ReturnType<typeof cropped>>): void {
  const row = picture.width * 3;
  for (let y = 0; y < picture.height; y++) {
    picture.data.copy(canvas, ((picture.top + y) * OG_WIDTH + picture.left) * 3, y * row, (y + 1) * row);
  }
}

async function encode(canvas: Buffer, format: OgFormat, role: ImageRole | undefined): Promise<Buffer> {
  const image = () => sharp(canvas, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } });
  if (format === 'png') return image().png(role === 'side' ? SIDE_PNG : CARD_PNG).toBuffer();
  let quality = PHOTO_JPEG.quality!;
  let jpeg = await image().jpeg(PHOTO_JPEG).toBuffer();
  while (jpeg.length > PHOTO_MAX_BYTES && quality > 50) {
    quality -= 10;
    jpeg = await image().jpeg({ ...PHOTO_JPEG, quality }).toBuffer();
  }
  return jpeg;
}

/** Draws a card; a picture goes under the base layer (photo) or into its box (side panel). */
export async function drawCard(job: DrawJob, fonts: SatoriFont[] | Promise<SatoriFont[]>): Promise<Drawn> {
  const [base, text] = await Promise.all([baseOf(job.base, fonts), rasterise(job.text, fonts)]);
  const paper = rgbOf(IMAGE_PLACEMENT.side.background);
  if (!job.picture) {
    const canvas = Buffer.from(base.onPaper ??= opaque(base.pixels, paper));
    blendOver(canvas, text.pixels);
    return { image: await encode(canvas, job.format, undefined) };
  }
  // Template bugs, not an editor's: they fail the image rather than draw it without its picture.
  const { role } = job.picture;
  const size = IMAGE_SIZE[role];
  const box = base.box;
  if (!box) throw new Error(`src/og/templates：${role} 模板的底层树中没有图片占位（PICTURE_PLACEHOLDER），请在模板的 base 层画出 input.image`);
  if (Math.round(box.width) > size.width || Math.round(box.height) > size.height) {
    throw new Error(`src/og/templates：${role} 图片的版面框 ${Math.round(box.width)}×${Math.round(box.height)} 大于裁切尺寸 ${size.width}×${size.height}，请让 IMAGE_SIZE 与模板中的图片框一致`);
  }

  let picture: Awaited<ReturnType<typeof cropped>>;
  try {
    picture = await cropped(job.picture.bytes, role, box);
  } catch (error) {
    const pictureProblem = (error as Error).message;
    if (!job.fallback) throw error;
    const { image } = await drawCard({ ...job.fallback, format: job.format }, fonts);
    return { image, pictureProblem };
  }
  let canvas: Buffer;
  if (IMAGE_PLACEMENT[role].layer === 'under') {
    canvas = Buffer.alloc(OG_WIDTH * OG_HEIGHT * 3);
    paste(canvas, picture);
    blendOver(canvas, base.pixels);
  } else {
    canvas = Buffer.from(base.onPaper ??= opaque(base.pixels, paper));
    paste(canvas, picture);
  }
  blendOver(canvas, text.pixels);
  return { image: await encode(canvas, job.format, role) };
}
