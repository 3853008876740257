/**
 * What a content type is made of: the contract every descriptor in src/registry/ fulfils. Every
 * part is required; a part a type does not have is written `null`, so a type that forgets one
 * (or a new part that a type has not been given) is a compile error, not a silent gap.
 *
 * A descriptor says what is particular about its type and points at the plain modules that do
 * the work (src/lib/model.ts derives honor statuses and notice windows, src/lib/views.ts maps
 * cards …). The code that loops over the descriptors lives with each feature:
 *
 * | part | read by |
 * | --- | --- |
 * | `files`, `schema` | src/content.config.ts (loaders), scripts/lib/content-files.ts and check-content.ts (`npm run check`) |
 * | `scaffold` | scripts/lib/new-entry.ts (`npm run new`) |
 * | `events`, `checks` | scripts/lib/check-content.ts |
 * | `settings` | src/schemas/settings.ts (a block of content/settings.yaml named after the type) |
 * | `site.model` | src/lib/site-model.ts (the site model, built once by src/lib/content.ts) |
 * | `site.card`, `site.backlinks` | cards of the type wherever it is listed or linked from (src/lib/site-model.ts) |
 * | `site.share` | src/og/cards.ts (share images) and the share-image glyph check |
 * | `site.search` | src/lib/search-filters.ts (search page, name index) |
 * | `site.feed` | src/lib/feed.ts (rss.xml) |
 * | `site.openData` | src/lib/pages/stats.ts and src/pages/data/[file].ts |
 * | `site.lists`, `site.home` | src/lib/pages/site-lists.ts (list pages), src/lib/pages/home.ts |
 * | `site.picture` | src/lib/pages/credits.ts |
 *
 * The sitemap needs no part: @astrojs/sitemap lists every page Astro builds.
 */
import type { Loader } from 'astro/loaders';
import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';
import type { UiKey } from '../i18n/index.ts';
import type { EventField } from '../lib/event-dates.ts';
import type { FeedItem } from '../lib/feed.ts';
import type { Entry } from '../lib/model.ts';
import type { RawContent } from './index.ts';
import type { HomeSection } from '../lib/pages/home-section.ts';
import type { ListSource } from '../lib/pages/lists.ts';
import type { NameRecord, SearchMeta } from '../lib/search-meta.ts';
import type { SiteModel } from '../lib/site-model.ts';
import type { CardView } from '../lib/views.ts';
import type { DrawnCard } from '../og/card-parts.ts';
import type { SchemaHelpers } from '../schemas/context.ts';
import type { Diagnostic } from '../../scripts/lib/diagnostics.ts';
import type { LoadedEntry } from '../../scripts/lib/load-content.ts';
import type { ScaffoldContext } from '../../scripts/lib/scaffold.ts';

/**
 * How a collection's entries are stored below content/<name>/:
 * - `file`: one Markdown or MDX file per entry, `<slug>.md` (images and attachments beside it);
 * - `folder`: one folder per entry, `<slug>/index.md`, with its photos inside;
 * - `data`: one YAML file per entry, `<slug>.yaml`, no body.
 */
export type Layout = 'file' | 'folder' | 'data';

/** Everything every collection has: where its files are, what they may say, how editors make one. */
export interface ContentType<Name extends string, Data, Settings extends z.ZodType | null = null> {
  /** The collection: its folder under content/, its key in astro:content. @example units */
  name: Name;
  /** One entry, in ASCII: option words, ids, share-card kinds. @example unit */
  singular: string;
  /** One entry, in Chinese, for messages and the `npm run new` help. @example 单位 */
  noun: string;
  files: {
    layout: Layout;
    /** Wraps Astro's glob() loader (an exhibition's photos.csv); null: glob() as it is. */
    loader: ((loader: Loader) => Loader) | null;
  };
  /** The frontmatter's schema (src/schemas/<name>.ts), the one source of its rules. */
  schema: (helpers: SchemaHelpers) => z.ZodType<Data>;
  /**
   * A block of content/settings.yaml under the collection's name, with its defaults (news kinds
   * …); what it holds reaches the schema as `helpers.settings[name]`. null: no settings.
   */
  settings: Settings;
  /** `npm run new -- <word> <名称>`; null: the type is not scaffolded. */
  scaffold: Scaffold | null;
  /** Fields that record what has happened, which cannot lie after the build day. */
  events: readonly EventField[];
  /**
   * Rules the schema cannot see alone, for one entry (`context.entries`: every entry read, to
   * compare with). Plain functions in scripts/lib/checks/. null: none.
   */
  checks: ((entry: LoadedEntry, context: CheckContext) => Diagnostic[]) | null;
}

export interface CheckContext {
  /** The build day, YYYY-MM-DD. */
  today: string;
  entries: readonly LoadedEntry[];
}

export interface Scaffold {
  /** What an editor may type for the type, the ASCII word first. @example ['unit', '单位', '文明单位'] */
  words: readonly [string, ...string[]];
  /** The new entry's file, from the name or title typed. */
  template: (name: string, ctx: ScaffoldContext) => string;
  /**
   * The reference fields `npm run new` accepts as `--<field>` (their targets and whether they are
   * lists are read from the schema), each with what it names, for the help and the messages.
   * @example { unit: '所在单位' }
   */
  links: Readonly<Record<string, string>>;
  /** Empty folders created beside a `folder` entry's index.md. @example ['photos'] */
  folders: readonly string[];
}

/** A content type that has pages: everything above, and how the site shows it. */
export interface PublishedType<Name extends string, Data, Item extends Entry<Data>, Settings extends z.ZodType | null = null> extends ContentType<Name, Data, Settings> {
  /** The section's name, also the list's title. @example units.title */
  label: UiKey;
  site: SitePart<Data, Item>;
}

export interface SitePart<Data, Item> {
  /**
   * The list in the site model, in display order, with what is derived from "today"; `raw` is
   * every collection as read, for what an entry takes from another (honors from their bodies).
   */
  model: (entries: readonly Entry<Data>[], today: string, raw: RawContent) => Item[];
  /** An entry's page below the base. @example (slug) => `units/${slug}/` */
  path: (slug: string) => string;
  /** The entry's card in lists, on the home page and on the pages it links to or from. */
  card: (item: Item, site: SiteModel) => CardView;
  /**
   * How the entries appear on the pages they link to ("what links here"): a card grid per type,
   * headed for the page it is on. `holders` when the links are written inside list items that
   * are shown on their own (an exhibition's photos): the items and where they are in the data.
   */
  backlinks: {
    heading: (target: string) => string;
    holders: { at: readonly string[]; of: (site: SiteModel) => readonly unknown[] } | null;
    // A method: the holder's type is the type's own (an entry, a photo), checked where it is written.
    card(holder: never, site: SiteModel): CardView;
  };
  /** Every share-image card of the type's pages, its list's first page included. */
  share: (site: SiteModel, identity: { siteName: string }) => DrawnCard[];
  search: {
    /** The values of the search page's type filter that the type's pages carry. */
    types: readonly string[];
    /** What each indexed page of the type tells the index (for the search page's filter values). */
    metas: (site: SiteModel) => SearchMeta[];
    /** The names the type's pages show, for the name index and the header's suggestions; null: none. */
    names: ((item: Item) => NameRecord[]) | null;
  };
  /** The type's items in rss.xml; null: none. */
  feed: ((site: SiteModel) => FeedItem[]) | null;
  /** The type's open data download (`data/<name>.csv` and `.json`); null: none. */
  openData: OpenData | null;
  /** The type's list pages (the first is the type's own section), paginated. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list's entries are its own type
  lists: (site: SiteModel) => ListSource<any>[];
  /** The type's section on the home page; null: none. */
  home: { rank: number; section: (site: SiteModel) => HomeSection } | null;
  /** The picture an entry shows, for the credits page when it has a credit line; null: none. */
  picture: ((item: Item) => { title: string; image: { src: ImageMetadata; credit?: string | undefined } | undefined }) | null;
}

export interface OpenData {
  /** The file names' stem: `data/<name>.csv`, `data/<name>.json`. */
  name: string;
  /** What the statistics page calls each file, a key of the dictionary. @example { csv: 'stats.download.units.csv', json: … } */
  labels: { csv: UiKey; json: UiKey };
  /** One record per entry (the JSON file). */
  records: (site: SiteModel, siteUrl: string) => unknown[];
  /** The same records as a CSV document. */
  csv: (records: never[]) => string;
}
