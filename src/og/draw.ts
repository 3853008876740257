/**
 * Draws one card into a 1200×630 PNG: satori lays the card out and turns its text into outlines
 * (SVG), resvg rasterises that, and for a card with a picture sharp puts the cropped picture into
 * the picture's box and encodes the PNG. The picture never goes through satori or resvg: the tree
 * they draw holds a transparent placeholder of the picture's size, so the layout is the same, and
 * sharp (libvips, shrink-on-load for JPEG) decodes and crops the photo far more cheaply than resvg
 * rasterising a data URI. Run by the drawing workers (worker.ts) and, in tests, in-process; needs
 * nothing from Astro or the site, only the tree, the picture's bytes and the font subset.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';
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
 * How the PNG of a card with a picture is encoded: a 256-colour palette (libimagequant at its
 * fastest effort, with its dithering). Measured on 12 demo photo cards (CPU per card, bytes):
 * palette 167 ms, 340 KB; without dithering 116 ms, 270 KB, but the sky and the dark gradient
 * under the text show bands; truecolour zlib 6 36 ms, 1140 KB; with adaptive filtering at zlib 3
 * 47 ms, 786 KB, at zlib 9 528 ms, 735 KB. Truecolour is 2.3 times the bytes or more (a share
 * image is fetched by every crawler and chat app that unfurls a link), so the palette stays: it is
 * most of a photo card's CPU (satori 27, resvg 69, crop 30, composite 22 ms besides).
 */
export const PICTURE_PNG: PngOptions = { palette: true, effort: 1 };

export interface DrawJob {
  /** The card's tree; a picture in it is the placeholder (PICTURE_PLACEHOLDER). */
  tree: OgElement;
  /** The tree drawn instead when the picture cannot be decoded: the card without its picture. */
  fallback?: OgElement;
  /** The original picture file's bytes and how the card uses it. */
  picture?: { bytes: Uint8Array; role: ImageRole };
}

export interface Drawn {
  png: Buffer;
  /** Why the picture was left out (sharp could not decode it), if it was. */
  pictureProblem?: string;
}

/** The picture cropped to the template's size, then to the box the layout gave it, as raw RGBA. */
async function cropped(bytes: Uint8Array, role: ImageRole, box: LayoutNode) {
  const size = IMAGE_SIZE[role];
  const { background, position } = IMAGE_PLACEMENT[role];
  const left = Math.round(box.left);
  const top = Math.round(box.top);
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  // As satori's objectFit: cover draws it: the crop centred in its box, the overflow cut off.
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize(size.width, size.height, { fit: 'cover', position: position === 'attention' ? sharp.strategy.attention : 'centre' })
    .extract({ left: Math.floor((size.width - width) / 2), top: Math.floor((size.height - height) / 2), width, height })
    .flatten({ background })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: 4 as const }, left, top };
}

/** Draws a card; a picture is composited under the card (photo) or over it (side panel). */
export async function drawCard(job: DrawJob, fonts: SatoriFont[] | Promise<SatoriFont[]>): Promise<Drawn> {
  let box: LayoutNode | undefined;
  const svg = await satoriSvg(job.tree, fonts, (node) => {
    if (node.key === PICTURE_KEY) box = node;
  });
  const options = { fitTo: { mode: 'original' as const }, font: { loadSystemFonts: false } };
  if (!job.picture) return { png: (await renderAsync(svg, options)).asPng() };
  // Template bugs, not an editor's: they fail the image rather than draw it without its picture.
  const size = IMAGE_SIZE[job.picture.role];
  if (!box) throw new Error(`src/og/templates：${job.picture.role} 模板的树中没有图片占位（PICTURE_PLACEHOLDER），请在模板中画出 input.image`);
  if (Math.round(box.width) > size.width || Math.round(box.height) > size.height) {
    throw new Error(`src/og/templates：${job.picture.role} 图片的版面框 ${Math.round(box.width)}×${Math.round(box.height)} 大于裁切尺寸 ${size.width}×${size.height}，请让 IMAGE_SIZE 与模板中的图片框一致`);
  }

  let picture: Awaited<ReturnType<typeof cropped>>;
  try {
    picture = await cropped(job.picture.bytes, job.picture.role, box);
  } catch (error) {
    const pictureProblem = (error as Error).message;
    if (!job.fallback) throw error;
    return { png: (await drawCard({ tree: job.fallback }, fonts)).png, pictureProblem };
  }
  const card = await renderAsync(svg, options);
  const overlay = { input: card.pixels, raw: { width: card.width, height: card.height, channels: 4 as const } };
  const { layer, background } = IMAGE_PLACEMENT[job.picture.role];
  const composed = layer === 'under'
    ? sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4, background } }).composite([picture, overlay])
    : sharp(overlay.input, { raw: overlay.raw }).composite([picture]);
  // The card is opaque: no alpha channel in the file.
  return { png: await sharp(await composed.raw().toBuffer(), { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } }).removeAlpha().png(PICTURE_PNG).toBuffer() };
}
