/**
 * JSON-LD is serialised here so that no string from content can close the script element:
 * `<` is escaped as \u003c (and the two JS line separators too), which JSON parsers read back
 * as the same characters.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
