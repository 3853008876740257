/**
 * The shapes pages are made of, in one place. A detail route's getStaticPaths makes, per page,
 * exactly the props the page renders from (src/lib/pages/routes.ts): the view model, the search
 * metadata and the entry whose Markdown body it shows. Nothing else reaches the markup, so the
 * page's cacheKey (src/lib/page-key.ts), a digest of these props, covers all it shows.
 *
 * The view models (src/lib/pages/<type>.ts) make an EntryView; src/components/EntryPage.astro
 * lays it out the same way for every type, and a route adds only what is particular to its type
 * (a unit's honor timeline, a lecture's video) in the page's slots.
 */
import type { ImageMetadata } from 'astro';
import { formatDay } from '../dates.ts';
import type { NoticeBannerView } from '../banner.ts';
import type { SearchMeta } from '../search-meta.ts';
import type { LinkGroup } from '../site-model.ts';
import type { Fallback } from '../views.ts';
import type { Crumb, Neighbours } from './wayfinding.ts';

/**
 * A piece of a line of text: plain text, a link (below the base, or `external` as written), or a
 * day (`<time datetime>`).
 */
export type Inline = string | { text: string; href: string; external?: boolean } | { text: string; datetime: string };

/** A day as a piece of a line: 「2026年3月5日」 in `<time datetime="2026-03-05">`. */
export const inlineDay = (date: string): Inline => ({ text: formatDay(date), datetime: date });

/** One row of a page's facts (`<dl class="facts">`): a label and a line, or a list of lines. */
export interface Fact {
  label: string;
  value: Inline[] | { items: Inline[][] };
}

/** The top of a detail page. */
export interface EntryHead {
  /**
   * - `seal`: kicker and title beside a small stand-in picture when there is no cover, the lead
   *   under them and the cover (if any) under the lead (units, lectures, news);
   * - `portrait`: an upright picture beside kicker, title, badge, lead and quote (figures);
   * - `plain`: kicker, title and lead, no picture (notices, exhibitions, photos, batches).
   */
  layout: 'seal' | 'portrait' | 'plain';
  kicker?: Inline[] | undefined;
  title: string;
  /** A small label under the title (「示例人物，系虚构」). */
  badge?: string | undefined;
  lead?: string | undefined;
  /** A quote in the person's own words, shown with 「」. */
  quote?: string | undefined;
  /** The entry's picture (`seal` and `portrait`), or the designed stand-in. */
  picture?: { image?: { src: ImageMetadata; alt: string; credit?: string | undefined } | undefined; fallback: Fallback } | undefined;
}

/** Everything src/components/EntryPage.astro lays out. */
export interface EntryView {
  /** The page's path below the base, e.g. `units/foo/`. */
  path: string;
  /** The page's title (the site's name is appended) and its description, for <head>. */
  title: string;
  description: string;
  ogType?: 'website' | 'article' | 'profile' | undefined;
  jsonLd?: Record<string, unknown> | undefined;
  /** 公示中 banners of the notices the page concerns. */
  banners?: NoticeBannerView[] | undefined;
  crumbs: Crumb[];
  head: EntryHead;
  facts: Fact[];
  /** The heading above the Markdown body, when it has one (「创建事迹」); the body is left out when it is empty and `optional`. */
  body?: { heading?: string | undefined; optional?: boolean } | undefined;
  /** "What links here" and related entries, each a titled card grid. */
  links: LinkGroup[];
  neighbours: Neighbours;
  /** What the entries are, for the previous/next navigation's name. */
  label: string;
}

/** The props of a detail page: its view, what it tells the search index, and the entry whose body it shows. */
export interface DetailProps<View extends EntryView, Body = never> {
  view: View;
  search?: SearchMeta | undefined;
  entry?: Body;
}
