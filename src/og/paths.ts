/**
 * Where a page's share image lives and in which format. Pure, so the layout and the image route
 * agree on one rule: the page at `units/foo/` has its image at `og/units/foo.png`, the home page at
 * `og/index.png`, an exhibition photo's page at `og/exhibitions/x/y.jpg`.
 */

/** Width and height of every share image, in pixels (the size Open Graph and X recommend). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * The file formats of share images. A card that a photograph fills is a JPEG (SPEC §5 allows it;
 * every link-preview client reads one): a photo as a 256-colour PNG weighed ≈ 450 KB and took most
 * of the card's CPU to quantise. Every other card is a PNG, where flat colours and text stay exact.
 */
export const OG_FORMATS = {
  png: { extension: 'png', type: 'image/png' },
  jpeg: { extension: 'jpg', type: 'image/jpeg' },
} as const;

export type OgFormat = keyof typeof OG_FORMATS;

/** The format of a card's image: JPEG for a card the photo fills (role `photo`), else PNG. */
export const ogFormatOf = (card: { image?: { role: string } | undefined }): OgFormat => (card.image?.role === 'photo' ? 'jpeg' : 'png');

/**
 * The share image of a page, relative to the site's base, without a leading slash.
 * Takes the page path relative to the base: `/units/foo/` → `og/units/foo.png`,
 * `/` → `og/index.png`, `/404.html` → `og/404.png`; with `jpeg`, the same with `.jpg`.
 */
export function ogImagePath(pagePath: string, format: OgFormat = 'png'): string {
  const trimmed = pagePath
    .replace(/[?#].*$/, '')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `og/${trimmed || 'index'}.${OG_FORMATS[format].extension}`;
}

/** The route parameter of the image endpoint for a page: `og/units/foo.png` → `units/foo.png`. */
export const ogRouteParam = (pagePath: string, format: OgFormat = 'png'): string => ogImagePath(pagePath, format).slice('og/'.length);
