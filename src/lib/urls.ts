/**
 * Every internal link goes through `href`, so the site works at a domain root and under a
 * base path alike (BASE_PATH=/sub/).
 */

/** The base path, always ending with a slash. */
const base = (): string => {
  const value = import.meta.env.BASE_URL ?? '/';
  return value.endsWith('/') ? value : `${value}/`;
};

/** `units/foo/` or `/units/foo/` → `/<base>/units/foo/`. */
export function href(path: string): string {
  return base() + path.replace(/^\/+/, '');
}

/** The canonical absolute URL of a site path. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(href(path), site).href;
}

export const paths = {
  unit: (slug: string) => `units/${slug}/`,
  batch: (slug: string) => `units/batches/${slug}/`,
  figure: (slug: string) => `figures/${slug}/`,
  lecture: (slug: string) => `lectures/${slug}/`,
  exhibition: (slug: string) => `exhibitions/${slug}/`,
  photo: (exhibition: string, id: string) => `exhibitions/${exhibition}/${id}/`,
  notice: (slug: string) => `notices/${slug}/`,
};
