/**
 * The share images' font: Noto Sans SC (SIL Open Font License) from the npm package
 * @expo-google-fonts/noto-sans-sc, read from node_modules, never fetched. The two weights are read
 * once per process and cut down (subset-font) to the characters the build draws: one subset for a
 * whole build when every card's text is announced first (planFonts), so satori parses the font
 * once and reuses it for every image (it caches parsed fonts by the identity of the font data).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { readCharacterMap, missingCharacters } from './cmap.ts';
import { packageDir, packageVersion } from './packages.ts';
import { FONT_FAMILY } from './templates/parts.ts';

const PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FILES = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const;
type Weight = keyof typeof FILES;
const WEIGHTS = [400, 700] as const satisfies Weight[];

/** satori draws this when it clamps a line, so every subset carries it. */
const ALWAYS = '…';

/**
 * Identifies the font for the image cache without reading 20 MB: the package version and the
 * sizes of the files drawn with.
 */
export function fontIdentity(): string {
  const dir = packageDir(PACKAGE);
  return `${packageVersion(PACKAGE)}:${WEIGHTS.map((weight) => statSync(join(dir, FILES[weight])).size).join(',')}`;
}

interface LoadedFont {
  data: Buffer;
  hasGlyph: (codePoint: number) => boolean;
}

let loaded: Map<Weight, LoadedFont> | undefined;

/** Both weights, read from disk once per process. */
function fonts(): Map<Weight, LoadedFont> {
  if (!loaded) {
    const dir = packageDir(PACKAGE);
    loaded = new Map(WEIGHTS.map((weight) => {
      const file = join(dir, FILES[weight]);
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch {
        throw new Error(`分享图字体 ${file} 不存在：请运行 npm install（字体来自 npm 包 ${PACKAGE}）`);
      }
      return [weight, { data, hasGlyph: readCharacterMap(data) }];
    }));
  }
  return loaded;
}

/** Characters of `text` that one of the weights has no glyph for. */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const font of fonts().values()) for (const char of missingCharacters(text, font.hasGlyph)) missing.add(char);
  return [...missing];
}

type SatoriFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

/** The subset in use and the characters it holds; replaced by a larger one when a text needs more. */
let current: { chars: Set<string>; fonts: Promise<SatoriFont[]> } | undefined;

/** Characters announced by `planFonts`, cut into the next subset whenever one is needed. */
const planned = new Set<string>();

/**
 * Announces text that images will draw, without subsetting yet: a build announces every card's
 * text, so the first image it really draws cuts one subset for all of them, and a build where
 * every image comes from the cache cuts none.
 */
export function planFonts(text: string): void {
  for (const char of text) planned.add(char);
}

/**
 * Satori's `fonts` option covering every character of `text`, in both weights. The same subset
 * (the same objects) is returned as long as it covers the text; otherwise a new one is cut for
 * what it held, what was planned and what `text` needs, so it grows rather than flips.
 */
export function fontsFor(text: string): Promise<SatoriFont[]> {
  const needed = [...new Set(text + ALWAYS)];
  if (current && needed.every((char) => current!.chars.has(char))) return current.fonts;
  const chars = new Set([...(current?.chars ?? []), ...planned, ...needed]);
  planned.clear();
  const subsetText = [...chars].join('');
  current = {
    chars,
    fonts: Promise.all([...fonts()].map(async ([weight, font]) => ({
      name: FONT_FAMILY,
      data: await subsetFont(font.data, subsetText, { targetFormat: 'truetype' }),
      weight,
      style: 'normal' as const,
    }))),
  };
  return current.fonts;
}
