/**
 * Turns a card into a 1200×630 PNG: template → satori (SVG, text as outlines) → resvg (PNG).
 * resvg rasterises these cards in about a third of the CPU time sharp (librsvg) needs, and the
 * PNG it writes is smaller; sharp crops the pictures (see images.ts) and quantises the cards
 * that show one.
 * An image whose drawn tree, picture and font are unchanged comes from the disk cache instead.
 * Characters the font lacks are reported with the page they are on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { defaultCacheDir, readCached, writeCached } from './cache.ts';
import { fontIdentity, fontsFor, planFonts, uncoveredCharacters } from './font.ts';
import { croppedImage, hashBytes, locateImage } from './images.ts';
import { packageVersion } from './packages.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';
import { drawnText, IMAGE_SIZE, renderTemplate } from './templates/index.ts';
import type { Card, OgElement, TemplateImage, TemplateInput } from './types.ts';

/**
 * Bump when the rendering itself changes (satori or resvg options). Template changes need no bump:
 * the drawn element tree is part of the cache key; upgrades of satori, resvg, sharp or the font
 * need none either: their versions are part of it too.
 */
const RENDERER_VERSION = 4;

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
  png: Buffer;
  fromCache: boolean;
  /** Characters of the card the font has no glyph for. */
  missing: string[];
}

/** What draws the images, besides the tree: read once per process. */
let drawnWith: string | undefined;

export type LayoutNode = { left: number; top: number; width: number; height: number; type: string; textContent?: string };

/** The satori call in progress; the next waits for it (see drawSvg). */
let satoriTurn: Promise<unknown> = Promise.resolve();

/**
 * Satori: the tree as SVG, text drawn as outlines. `onNode` sees every element's layout box.
 * One call at a time: satori clears module-level image caches at the start of each call, so
 * calls drawn ahead (ahead.ts) take turns rather than interleave at their awaits.
 */
export function drawSvg(tree: OgElement, onNode?: (node: LayoutNode) => void): Promise<string> {
  const svg = satoriTurn.then(async () => satori(tree as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await fontsFor(drawnText(tree)),
    ...(onNode ? { onNodeDetected: onNode } : {}),
  }));
  satoriTurn = svg.catch(() => {});
  return svg;
}

/**
 * Satori, then resvg at the SVG's own size (1200×630). A card with a photograph on it is stored
 * as a 256-colour PNG (sharp's libimagequant at its fastest effort): about 450 KB instead of
 * 1.2 MB, for some 150 ms more CPU once per photo; flat text cards are already small (about
 * 45 KB) and keep resvg's lossless PNG.
 */
export async function drawPng(tree: OgElement, photographic = false): Promise<Buffer> {
  // Off the main thread; the text is already outlines, so resvg needs no system fonts.
  const rendered = await renderAsync(await drawSvg(tree), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  if (!photographic) return rendered.asPng();
  const { width, height } = rendered;
  return sharp(rendered.pixels, { raw: { width, height, channels: 4 } }).png({ palette: true, effort: 1 }).toBuffer();
}

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

export async function renderCard(card: Card, site: SiteIdentity, options: RenderOptions = {}): Promise<RenderResult> {
  const warn = options.warn ?? ((message: string) => console.warn(`[og] ${message}`));
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const role = card.image?.role;

  let picture: { file: string; bytes: Buffer; hash: string } | undefined;
  if (card.image) {
    const found = locateImage(card.image);
    if ('file' in found) {
      const bytes = readFileSync(found.file);
      picture = { file: found.file, bytes, hash: hashBytes(bytes) };
    } else {
      warn(`分享图 ${card.path}：${found.problem}，这张图不带图片`);
    }
  }

  const input = (image: TemplateImage | undefined) => templateInput(card, site, image);
  // The tree with a stand-in for the picture is what the image is drawn from; hashing it
  // keys the cache by template, text and picture at once, without cropping the picture first.
  const stub = picture && role ? { src: `sha256:${picture.hash}`, ...IMAGE_SIZE[role] } : undefined;
  const stubTree = renderTemplate(input(stub), role);

  const missing = uncoveredCharacters(drawnText(stubTree));
  if (missing.length) warn(describeMissing(card.path, missing));

  drawnWith ??= [RENDERER_VERSION, fontIdentity(), ...['satori', '@resvg/resvg-js', 'sharp'].map(packageVersion)].join(' ');
  const key = createHash('sha256').update(JSON.stringify([drawnWith, stubTree])).digest('hex');
  const cached = readCached(cacheDir, key);
  if (cached) return { png: cached, fromCache: true, missing };

  let image: TemplateImage | undefined;
  if (picture && role) {
    try {
      image = await croppedImage(picture.bytes, IMAGE_SIZE[role], role === 'side' ? 'attention' : 'centre');
    } catch (error) {
      warn(`分享图 ${card.path}：图片 ${picture.file} 无法解码（${(error as Error).message}），这张图不带图片；请换一个完好的 JPEG、PNG 或 WebP 文件`);
    }
  }
  const png = await drawPng(renderTemplate(input(image), role), image !== undefined);
  writeCached(cacheDir, key, png);
  return { png, fromCache: false, missing };
}

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
