/**
 * Characters the share-image font (Noto Sans SC, see src/og/font.ts) cannot draw, in the text a
 * share image prints; everywhere else the reader's own fonts are used. What is printed is not
 * listed here: the check is handed the text of the cards the build would draw from the entry
 * (the content type's `site.share`, src/registry/), and reports each field whose value is drawn.
 * A warning, as in the build: the image is still drawn (the character stays blank), and a rare
 * character in a person's or a place's name is right as written, so it must not stop a page from
 * being published.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../../../src/messages/index.ts';
// The renderer's own coverage test (both weights of the share-image font), so that check and
// build can never disagree about a character.
import { uncoveredCharacters } from '../../../src/og/font.ts';

/** Every string in the data, with its path. */
function* strings(data: unknown, prefix: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof data === 'string') yield [prefix, data];
  else if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* strings(item, [...prefix, i]);
  else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) yield* strings(value, [...prefix, key]);
}

/**
 * A warning at each field of `data` whose value a share card draws (it is part of one of `drawn`,
 * the cards' labels, titles and lines) and holds characters the font lacks.
 */
export function findMissingGlyphs(
  file: string,
  data: Record<string, unknown>,
  locate: (path: readonly PropertyKey[]) => { line: number; col: number },
  drawn: readonly string[],
): Diagnostic[] {
  const uncovered = new Set(drawn.flatMap((text) => uncoveredCharacters(text)).filter((char) => !/\s/.test(char)));
  if (uncovered.size === 0) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [path, value] of strings(data)) {
    const trimmed = value.trim();
    if (!trimmed || !drawn.some((text) => text.includes(trimmed))) continue;
    const missing = [...new Set([...value])].filter((char) => uncovered.has(char));
    if (missing.length === 0) continue;
    diagnostics.push({
      file,
      ...locate(path),
      severity: 'warning',
      ...messages.check.missingGlyphs(path.join('.'), missing),
    });
  }
  return diagnostics;
}
