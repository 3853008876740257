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

/**
 * Remembers which file gave each id of one collection, and refuses a second file with the same
 * id (`foo.md` beside `foo.mdx`): Astro would keep one of them silently, with only a warning.
 */
export function idClaimer(folder: string): (id: string, file: string) => string {
  const owners = new Map<string, string>();
  return (id, file) => {
    const owner = owners.get(id);
    if (owner !== undefined && owner !== file) {
      throw new Error(
        `${folder}/${file} 与 ${folder}/${owner} 的网址相同（${id}）：同一类内容里，文件名去掉扩展名后必须各不相同。请把其中一个改名或删除。`,
      );
    }
    owners.set(id, file);
    return id;
  };
}
