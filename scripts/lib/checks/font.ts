/**
 * Characters the share-image font (Noto Sans SC, see src/og/font.ts) cannot draw, in the fields a
 * share image prints; everywhere else the reader's own fonts are used. A warning, as in the build:
 * the image is still drawn (the character stays blank), and a rare character in a person's or a
 * place's name is right as written, so it must not stop a page from being published.
 */
import type { Collection } from '../../../src/schemas/context.ts';
import type { Diagnostic } from '../diagnostics.ts';
// The renderer's own coverage test (both weights of the share-image font), so that check and
// build can never disagree about a character.
import { uncoveredCharacters } from '../../../src/og/font.ts';

/**
 * The content fields each collection's share image prints (src/og/cards.ts), as dotted paths where
 * `*` walks a list. Enum fields (level, category, kind) are left out: their values are fixed.
 */
export const SHARE_IMAGE_FIELDS: Record<Collection, readonly string[]> = {
  units: ['name', 'honors.*.title', 'region.*'],
  figures: ['name', 'honors.*.title', 'occupation', 'region.*'],
  lectures: ['title', 'series', 'speakers.*.name'],
  exhibitions: ['title', 'subtitle', 'venue', 'photos.*.title', 'photos.*.photographer'],
  notices: ['title'],
};

/** The settings every share image prints (label and title of the home and list cards). */
export const SETTINGS_SHARE_IMAGE_FIELDS: readonly string[] = ['siteName', 'officeName', 'tagline'];

/** Every string at a dotted path where `*` walks a list; yields [concrete path, value]. */
export function* stringsAt(data: unknown, path: readonly string[], prefix: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (path.length === 0) {
    if (typeof data === 'string') yield [prefix, data];
    return;
  }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* stringsAt(item, rest, [...prefix, i]);
  } else if (data && typeof data === 'object') {
    yield* stringsAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
  }
}

export function findMissingGlyphs(
  file: string,
  data: Record<string, unknown>,
  locate: (path: readonly PropertyKey[]) => { line: number; col: number },
  fields: readonly string[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const field of fields) {
    for (const [path, value] of stringsAt(data, field.split('.'))) {
      const missing = uncoveredCharacters(value).filter((char) => !/\s/.test(char));
      if (missing.length === 0) continue;
      const listed = missing.map((char) => `「${char}」(U+${char.codePointAt(0)!.toString(16).toUpperCase()})`).join('、');
      diagnostics.push({
        file,
        ...locate(path),
        severity: 'warning',
        message: `${path.join('.')}: 分享图字体里没有${listed}，这些字在分享图上会显示为空白`,
        hint: '如是录入错误或异体字，换成常用写法；如是人名、地名中的生僻字，请联系技术人员为分享图补字',
      });
    }
  }
  return diagnostics;
}
