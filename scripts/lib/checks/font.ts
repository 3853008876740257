/**
 * Characters the share-image font (Noto Sans SC, see src/og/font.ts) cannot draw. Only the fields a share image shows are checked
 * (title, name, summary, and photo titles); everywhere else the reader's own fonts are used.
 */
import type { Diagnostic } from '../diagnostics.ts';
// The renderer's own coverage test (both weights of the share-image font), so that check and
// build can never disagree about a character.
import { uncoveredCharacters } from '../../../src/og/font.ts';

/** Fields a share image prints, as dotted paths (`*` walks a list). */
export const SHARE_IMAGE_FIELDS = ['title', 'name', 'summary', 'photos.*.title'] as const;

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
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const field of SHARE_IMAGE_FIELDS) {
    for (const [path, value] of stringsAt(data, field.split('.'))) {
      const missing = uncoveredCharacters(value).filter((char) => !/\s/.test(char));
      if (missing.length === 0) continue;
      const listed = missing.map((char) => `「${char}」(U+${char.codePointAt(0)!.toString(16).toUpperCase()})`).join('、');
      diagnostics.push({
        file,
        ...locate(path),
        severity: 'error',
        message: `${path.join('.')}: 分享图字体里没有 ${listed}，分享图上会显示成方框`,
        hint: '如是录入错误或异体字，换成常用写法；如是人名、地名中的生僻字，请联系技术人员为分享图补字',
      });
    }
  }
  return diagnostics;
}
