/**
 * The registry of content types: every collection under content/ and, for those with pages,
 * how the site shows them. One descriptor per type, in its own module beside this one; the
 * contract is src/registry/types.ts. Adding a type is writing its schema (src/schemas/), its
 * descriptor and its detail page (src/pages/<name>/[slug].astro), and adding it here: the
 * collections, the checks, `npm run new`, the lists, the home page, search, share images, the
 * feed and the open data all loop over this list.
 *
 * The order is the site's: lists, search types, share cards and "what links here" groups follow it.
 */
import type { z } from 'astro/zod';
import type { Entry } from '../lib/model.ts';
import { batches } from './batches.ts';
import { bodies } from './bodies.ts';
import { exhibitions } from './exhibitions.ts';
import { figures } from './figures.ts';
import { lectures } from './lectures.ts';
import { news } from './news.ts';
import { notices } from './notices.ts';
import type { ContentType, PublishedType } from './types.ts';
import { units } from './units.ts';

/**
 * The collections, in the site's order. Written once here, as names, so that everything typed by
 * a collection's name (references between schemas, records by collection) does not depend on the
 * descriptors; CONTENT_TYPES below must then have exactly one descriptor for each.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a descriptor of any settings
type AnySettings = any;

export const COLLECTION_NAMES = ['units', 'figures', 'lectures', 'exhibitions', 'notices', 'news', 'batches', 'bodies'] as const;

/** The name of every collection. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export const CONTENT_TYPES = { units, figures, lectures, exhibitions, notices, news, batches, bodies } as const satisfies {
  [N in CollectionName]: ContentType<N, unknown, AnySettings>;
};

type Types = typeof CONTENT_TYPES;

/** The collections that have pages. */
// Read from the descriptors' member types by name, never by matching a whole descriptor: the
// descriptors' functions take the site model, which is itself made from these types.
export type PublishedName = { [N in CollectionName]: 'site' extends keyof Types[N] ? N : never }[CollectionName];

/** A collection's validated frontmatter. */
export type DataOf<N extends CollectionName> = z.output<ReturnType<Types[N]['schema']>>;

/** A published collection's item in the site model (an entry with what is derived from it). */
export type ItemOf<N extends PublishedName> = Types[N] extends { site: { model: (...args: never[]) => (infer I)[] } } ? I : never;

/** The raw entries of every collection, as src/lib/content.ts reads them. */
export type RawContent = { [N in CollectionName]?: Entry<DataOf<N>>[] };

/**
 * The settings blocks that belong to content types, by type name (content/settings.yaml), as
 * read; each type's schema parses its own block with its own settings schema.
 */
export type TypeSettings = Readonly<Record<string, unknown>>;

/** Every content type, in the site's order. */
export const contentTypes = (): ContentType<CollectionName, unknown, AnySettings>[] => COLLECTION_NAMES.map((name) => CONTENT_TYPES[name] as ContentType<CollectionName, unknown, AnySettings>);

/** Every content type that has pages, in the site's order. */
export const publishedTypes = (): PublishedType<PublishedName, unknown, Entry<unknown>, AnySettings>[] =>
  contentTypes().filter((type): type is PublishedType<PublishedName, unknown, Entry<unknown>, AnySettings> => 'site' in type);

export const contentType = (name: CollectionName): ContentType<CollectionName, unknown, AnySettings> => CONTENT_TYPES[name] as ContentType<CollectionName, unknown, AnySettings>;

export const isPublished = (name: string): name is PublishedName => name in CONTENT_TYPES && 'site' in CONTENT_TYPES[name as CollectionName];

export const publishedType = (name: PublishedName): PublishedType<PublishedName, unknown, Entry<unknown>, AnySettings> =>
  CONTENT_TYPES[name] as unknown as PublishedType<PublishedName, unknown, Entry<unknown>, AnySettings>;
