/**
 * The narrow shapes that flow from the site model to the templates. A card says what a share
 * image shows; it holds no Astro entry, so templates and the cache key depend on these fields only.
 */

/** Where to find the original file of an image drawn on a card. */
export interface ImageLocator {
  /** The entry's source file relative to the project root, e.g. `content/figures/li-lei.md`. */
  entryFile: string;
  /** The path of the image field in the entry's frontmatter, e.g. `['portrait', 'src']`. */
  field: (string | number)[];
  /** Absolute path Astro gave the image, when it did; checked before the frontmatter. */
  fsPath?: string;
  /** How the picture is used: a full-bleed photo or a side panel (portrait, cover). */
  role: 'photo' | 'side';
}

export interface Card {
  /** Page path relative to the base, with slashes: `/units/foo/`, `/` for home. */
  path: string;
  /** What kind of page, e.g. `unit` or `list`, for whoever reads the cards; the template is chosen by the picture's role. */
  kind: string;
  /** Short type label drawn above the title, e.g. 文明单位. */
  label: string;
  title: string;
  /** One or two short lines under the title: the honor with level and year, or the category. */
  lines: string[];
  image?: ImageLocator;
  /** Text alternative of the image, for og:image:alt and twitter:image:alt. */
  alt: string;
}

/** A picture ready for a template: a data URI (or a placeholder while hashing) and its size. */
export interface TemplateImage {
  src: string;
  width: number;
  height: number;
}

/** What a template draws: the card's text, the site's name and host, and the picture, if any. */
export interface TemplateInput {
  label: string;
  title: string;
  lines: string[];
  siteName: string;
  siteHost: string;
  image?: TemplateImage;
}

export type OgStyle = Record<string, string | number>;
export type OgChild = OgElement | string;
/** Satori's element form without JSX: `{ type: 'div', props: { style, children } }`. */
export interface OgElement {
  type: 'div' | 'img' | 'span';
  props: {
    style?: OgStyle;
    children?: OgChild | OgChild[];
    src?: string;
    width?: number;
    height?: number;
  };
}
