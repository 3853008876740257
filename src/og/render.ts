/**
 * Turns a card into a 1200×630 image (PNG, or JPEG for a card a photo fills). On the main thread:
 * the card's template trees, its cache key (planCard) and the disk cache; the drawing itself
 * (satori, resvg, sharp: draw.ts) runs on the worker threads of pool.ts. A photo or portrait is
 * not drawn by satori and resvg but composited by sharp into the box the layout leaves for it.
 * An image whose drawn trees, picture and font are unchanged comes from the disk cache instead;
 * its key is also the image route's cacheKey, so Astro's incremental build skips it altogether.
 * Characters the font lacks are reported with the page they are on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultCacheDir, readCached, writeCached } from './cache.ts';
import { PICTURE_PLACEHOLDER, satoriSvg, type Layers, type LayoutNode } from './draw.ts';
import { fontIdentity, fontsFor, planFonts, uncoveredCharacters } from './font.ts';
import { hashBytes, locateImage } from './images.ts';
import { packageVersion } from './packages.ts';
import { OG_FORMATS, ogFormatOf, type OgFormat } from './paths.ts';
import { drawPool } from './pool.ts';
import { drawnText, IMAGE_SIZE, renderTemplate, type ImageRole } from './templates/index.ts';
import type { Card, OgElement, TemplateImage, TemplateInput } from './types.ts';

export type { LayoutNode };

/**
 * The drawing's version: bump it when images change in a way their trees do not show (draw.ts,
 * the encoders' options). A template change needs no bump: the trees a card is drawn from are
 * part of its key, so a change to one template redraws exactly the cards drawn with it, and a
 * change elsewhere (a page, a setting no card shows) redraws none. Upgrades of satori, resvg,
 * sharp or the font need none either: their versions are part of the key too.
 * 5: pictures composited by sharp instead of drawn by resvg.
 * 6: two layers (the template's base drawn once), no clip masks, photo cards as JPEG.
 */
const RENDERER_VERSION = 6;

export interface SiteIdentity {
  siteName: string;
  siteHost: string;
}

export interface RenderOptions {
  cacheDir?: string;
  /** Receives warnings (missing characters, missing pictures); console.warn by default. */
  warn?: (message: string) => void;
}

export interface RenderResult {
  image: Buffer;
  format: OgFormat;
  fromCache: boolean;
  /** Characters of the card the font has no glyph for. */
  missing: string[];
}

/** What draws the images, besides the tree: read once per process. */
let drawnWith: string | undefined;

/**
 * Satori on the main thread, for tests and checks of the layout: the tree as SVG with the font
 * subset covering its text. `onNode` sees every element's layout box.
 */
export const drawSvg = (tree: OgElement, onNode?: (node: LayoutNode) => void): Promise<string> =>
  satoriSvg(tree, fontsFor(drawnText(tree)), onNode);

/** What a template is given for a card: its text, the site's name and host, the picture if any. */
const templateInput = (card: Card, site: SiteIdentity, image?: TemplateImage): TemplateInput => ({
  label: card.label,
  title: card.title,
  lines: card.lines,
  ...site,
  ...(image ? { image } : {}),
});

/**
 * Announces the text of all `cards` to the font module, once per build, so the first image drawn
 * cuts one subset for every card (parsed by satori once) instead of a new subset whenever a card
 * brings a new character. Cards not passed here still render; the subset grows for them.
 */
export function prepareFonts(cards: Iterable<Card>, site: SiteIdentity): void {
  for (const card of cards) planFonts(drawnText(renderTemplate(templateInput(card, site), undefined)));
}

export const describeMissing = (path: string, missing: string[]): string =>
  `分享图 ${path}：字体 Noto Sans SC 缺少字符 ${missing.map((char) => `「${char}」(U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join('、')}，这些字符在图中会留空（页面本身不受影响）；请在内容中改用字库收录的写法，若是人名、单位名用字不能改，可在 src/og/font.ts 换用收录该字的开源字体`;

const warnToConsole = (message: string) => console.warn(`[og] ${message}`);

/** A card made ready to draw: its cache key and its trees, without the picture's bytes. */
export interface PlannedCard {
  card: Card;
  site: SiteIdentity;
  /** Hash of the renderer, the format, both layers' trees and the picture's hash. */
  key: string;
  format: OgFormat;
  /** The layers to draw; the picture in the base layer is PICTURE_PLACEHOLDER. */
  layers: Layers;
  /** The text the whole card draws, for the font subset. */
  text: string;
  /** The picture, if the card has one and its file was found. */
  picture?: { file: string; hash: string; role: ImageRole };
  /** Characters of the card the font has no glyph for. */
  missing: string[];
}

/** What draws the images, besides the trees: read once per process. */
const drawingIdentity = (): string =>
  (drawnWith ??= [RENDERER_VERSION, fontIdentity(), ...['satori', '@resvg/resvg-js', 'sharp'].map(packageVersion)].join(' '));

/** The base layers of a site's cards are alike: one tree per template and site, kept by its JSON. */
const layersOf = (input: TemplateInput, role: ImageRole | undefined): Layers => ({
  base: renderTemplate(input, role, 'base'),
  text: renderTemplate(input, role, 'text'),
});

/**
 * Everything about a card but the drawing: finds and hashes its picture, builds its trees and its
 * key, and reports characters the font lacks and pictures that are missing. Cheap enough to run
 * for every card of every build (the image route's getStaticPaths does, for its cacheKey).
 */
export function planCard(card: Card, site: SiteIdentity, warn: (message: string) => void = warnToConsole): PlannedCard {
  const role = card.image?.role;
  let picture: PlannedCard['picture'];
  if (card.image && role) {
    const found = locateImage(card.image);
    if ('file' in found) picture = { file: found.file, hash: hashBytes(readFileSync(found.file)), role };
    else warn(`分享图 ${card.path}：${found.problem}，这张图不带图片`);
  }
  const image: TemplateImage | undefined = picture && { src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE[picture.role] };
  const input = templateInput(card, site, image);
  const text = drawnText(renderTemplate(input, picture && role));
  const missing = uncoveredCharacters(text);
  if (missing.length) warn(describeMissing(card.path, missing));

  // A card the photo fills is a JPEG even when its photo is missing, so its address never changes.
  const format = ogFormatOf(card);
  const layers = layersOf(input, picture && role);
  // The trees and the picture's hash key the cache by template, text and picture at once, without
  // decoding the picture; the page path, the kind and the alt text are not drawn and not in it.
  const key = createHash('sha256').update(JSON.stringify([drawingIdentity(), format, layers.base, layers.text, picture?.hash ?? null])).digest('hex');
  return { card, site, key, format, layers, text, ...(picture ? { picture } : {}), missing };
}

/**
 * The image of a planned card: from the disk cache, or drawn by the pool and stored. A picture
 * changed since it was planned is planned again, so the image always matches its key.
 */
export async function drawPlanned(plan: PlannedCard, options: RenderOptions = {}): Promise<RenderResult> {
  const warn = options.warn ?? warnToConsole;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const { card, missing, format } = plan;
  const extension = OG_FORMATS[format].extension;
  const cached = readCached(cacheDir, plan.key, extension);
  if (cached) return { image: cached, format, fromCache: true, missing };

  let bytes: Buffer | undefined;
  if (plan.picture) {
    bytes = readFileSync(plan.picture.file);
    if (hashBytes(bytes) !== plan.picture.hash) return drawPlanned(planCard(card, plan.site, warn), options);
  }
  const fallback = plan.picture && layersOf(templateInput(card, plan.site), undefined);
  let drawn;
  try {
    drawn = await drawPool().draw({
      ...plan.layers,
      format,
      ...(fallback ? { fallback } : {}),
      ...(plan.picture && bytes ? { picture: { bytes, role: plan.picture.role } } : {}),
    }, await fontsFor(plan.text));
  } catch (error) {
    throw new Error(`分享图 ${card.path} 绘制失败：${(error as Error).message}`, { cause: error });
  }
  if (drawn.pictureProblem) {
    warn(`分享图 ${card.path}：图片 ${plan.picture!.file} 无法解码（${drawn.pictureProblem}），这张图不带图片；请换一个完好的 JPEG、PNG 或 WebP 文件`);
  }
  writeCached(cacheDir, plan.key, drawn.image, extension);
  return { image: drawn.image, format, fromCache: false, missing };
}

/** planCard, then drawPlanned: one card from start to end. */
export const renderCard = (card: Card, site: SiteIdentity, options: RenderOptions = {}): Promise<RenderResult> =>
  drawPlanned(planCard(card, site, options.warn), options);

/**
 * Counts images as the build renders them and prints a line every so often, so a long cold build
 * shows it is moving. `expect` is called once the number of images is known.
 */
export function createProgress(log: (message: string) => void = (message) => console.log(`[og] ${message}`), every = 20) {
  let total = 0;
  const tally = { cached: { count: 0, ms: 0 }, drawn: { count: 0, ms: 0 } };
  const part = (name: string, { count, ms }: { count: number; ms: number }) =>
    count ? [`${name} ${count} 张，平均 ${Math.round(ms / count)} ms/张`] : [];
  return {
    expect(count: number) {
      total = count;
    },
    record(result: { fromCache: boolean }, ms: number) {
      const kind = tally[result.fromCache ? 'cached' : 'drawn'];
      kind.count += 1;
      kind.ms += ms;
      const done = tally.cached.count + tally.drawn.count;
      if (done % every === 0 || done === total) {
        log(`分享图 ${done}/${total || '?'}（${[...part('缓存', tally.cached), ...part('新绘制', tally.drawn)].join('；')}）`);
      }
    },
  };
}
