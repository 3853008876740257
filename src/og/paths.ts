/**
 * Where a page's share image lives. Pure, so the layout and the image route agree on one rule:
 * the page at `units/foo/` has its image at `og/units/foo.png`, the home page at `og/index.png`.
 */

/** Width and height of every share image, in pixels (the size Open Graph and X recommend). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * The share image of a page, relative to the site's base, without a leading slash.
 * Takes the page path relative to the base: `/units/foo/` → `og/units/foo.png`,
 * `/` → `og/index.png`, `/404.html` → `og/404.png`.
 */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath
    .replace(/[?#].*$/, '')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `og/${trimmed || 'index'}.png`;
}

/** The route parameter of the image endpoint for a page: `og/units/foo.png` → `units/foo`. */
export const ogRouteParam = (pagePath: string): string => ogImagePath(pagePath).slice('og/'.length, -'.png'.length);
