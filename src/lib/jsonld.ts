/**
 * JSON-LD is serialised here so that no string from content can close the script element:
 * `<` is escaped as \u003c (and the two JS line separators too), which JSON parsers read back
 * as the same characters.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPED: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** One pass over the text (every page has a JSON-LD block), not one per character kind. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (character) => ESCAPED[character]!);
}
