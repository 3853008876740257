/** Slugs: the readable ASCII part of every URL, taken from file and folder names. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `foo.md` → `foo`; `foo/index.mdx` → `foo`. The id is the URL slug, so it is kept as written. */
export function entryIdFromPath(entry: string): string {
  return entry.replace(/\.(md|mdx)$/i, '').replace(/\/index$/i, '');
}

/** Whether a slug is usable in a URL as it stands. */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}
