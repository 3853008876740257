/**
 * The site model: every published type's list (its descriptor's `site.model`: display order and
 * what is derived from "today"), the naming batches and the photos, and the links between entries
 * in both directions, read from the schemas' `reference()` fields. Made once per build by
 * src/lib/content.ts; pure, so it is tested without Astro.
 */
import { publishedTypes, type ItemOf, type PublishedName, type RawContent } from '../registry/index.ts';
import { deriveBatches, Lookup, photosOf, refSlug, type Batch, type Body, type Entry, type Photo } from './model.ts';
import { referenceFields, valuesAt } from './references.ts';
import type { CardView } from './views.ts';

export type { RawContent };

/** Every published type's list, by collection. */
export type SiteLists = { [N in PublishedName]: ItemOf<N>[] };

export interface SiteModel extends SiteLists {
  today: string;
  /** The conferring bodies (content/bodies/), by slug order; honors carry theirs. */
  bodies: Body[];
  /** Every exhibition's photos, each with its exhibition's slug and its place in it. */
  photos: Photo[];
  /** The naming batches the units' honors make, newest first. */
  batches: Batch[];
  /**
   * Entries by slug and the links between them, made once per build: a page that scanned every
   * entry for its own or for what links to it made the pages stage grow with the square of the
   * site (10,000 unit pages × 10,000 units).
   */
  index: SiteIndex;
}

/** The index's lists are shared by every page of the build: read, never changed. */
export type Shared<T> = { readonly [K in keyof T]: T[K] extends (infer E)[] ? readonly E[] : T[K] };

/** What links to one entry: the linking entries (or photos) of each type, in that type's list order. */
export type Backlinks = Partial<Record<PublishedName, readonly unknown[]>>;

export type SiteIndex = { [N in PublishedName]: Lookup<Extract<ItemOf<N>, { slug: string }>> } & {
  /** The conferring bodies by slug. */
  bodies: Lookup<Body>;
  /** An exhibition's photos in their order, by exhibition slug. */
  photosOf: ReadonlyMap<string, readonly Photo[]>;
  /** What links to each entry, by collection and slug (absent: nothing links to it). */
  linksTo: ReadonlyMap<string, ReadonlyMap<string, Backlinks>>;
};

/** Pushes `value` to the list under `key`, creating the entry with `empty()` first. */
function collect<L>(map: Map<string, L>, key: string, empty: () => L): L {
  let found = map.get(key);
  if (!found) map.set(key, (found = empty()));
  return found;
}

export function buildSiteModel(raw: RawContent, today: string): SiteModel {
  const lists = Object.fromEntries(
    publishedTypes().map((type) => [type.name, type.site.model((raw[type.name] ?? []) as Entry<unknown>[], today, raw)]),
  ) as unknown as SiteLists;
  const bodies = [...(raw.bodies ?? [])].sort((a, b) => a.slug.localeCompare(b.slug));
  const photos = photosOf(lists.exhibitions);
  const batches = deriveBatches(lists.units, raw.batches ?? []);
  const partial = { today, ...lists, bodies, photos, batches };
  return { ...partial, index: { ...buildIndex(partial), bodies: new Lookup(bodies) } };
}

/**
 * One pass over each list. The lists are already in display order, so every backlink list comes
 * out in the order a filter over the whole list gave; an entry naming the same slug twice is
 * listed once, as with `refs.some(...)`.
 */
function buildIndex(site: Omit<SiteModel, 'index'>): Omit<SiteIndex, 'bodies'> {
  const linksTo = new Map<string, Map<string, Record<string, unknown[]>>>();
  for (const type of publishedTypes()) {
    const fields = referenceFields(type.name);
    if (fields.length === 0) continue;
    const holders = type.site.backlinks.holders;
    // Links written inside held items (an exhibition's photos) are read from the items themselves.
    const held = holders ? fields.filter((field) => startsWith(field.path, holders.at)) : [];
    const own = fields.filter((field) => !held.includes(field));
    const from = (holder: unknown, data: unknown, list: typeof fields, drop: number) => {
      const seen = new Set<string>();
      for (const field of list) {
        for (const [, value] of valuesAt(data, field.path.slice(drop))) {
          const key = `${field.target}\u0000${refSlug(value)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const byTarget = collect(linksTo, field.target, () => new Map());
          const bySource = collect(byTarget, refSlug(value), () => ({}));
          (bySource[type.name] ??= []).push(holder);
        }
      }
    };
    if (own.length) for (const item of site[type.name] as readonly Entry<unknown>[]) from(item, item.data, own, 0);
    if (holders && held.length) for (const item of holders.of(site as SiteModel)) from(item, item, held, holders.at.length);
  }
  const photosByExhibition = new Map<string, Photo[]>();
  for (const photo of site.photos) collect(photosByExhibition, photo.exhibition, () => []).push(photo);
  const lookups = Object.fromEntries(publishedTypes().map((type) => [type.name, new Lookup(site[type.name] as readonly { slug: string }[])]));
  return { ...lookups, photosOf: photosByExhibition, linksTo } as unknown as Omit<SiteIndex, 'bodies'>;
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((part, i) => path[i] === part);

/** What links to an entry, by type. */
export const linksTo = (site: SiteModel, collection: PublishedName, slug: string): Backlinks => site.index.linksTo.get(collection)?.get(slug) ?? {};

export interface LinkGroup {
  heading: string;
  cards: CardView[];
}

/**
 * "What links here" on an entry's page: one titled card grid per type that links to it, in the
 * registry's order, each card and heading as that type's descriptor makes them.
 */
export function backlinkGroups(site: SiteModel, collection: PublishedName, slug: string): LinkGroup[] {
  const links = linksTo(site, collection, slug);
  return publishedTypes().flatMap((type) => {
    const holders = links[type.name];
    if (!holders?.length) return [];
    return [{ heading: type.site.backlinks.heading(collection), cards: holders.map((holder) => type.site.backlinks.card(holder as never, site)) }];
  });
}

export interface UnitLinks {
  figures: readonly ItemOf<'figures'>[];
  lectures: readonly ItemOf<'lectures'>[];
  photos: readonly Photo[];
  notices: readonly ItemOf<'notices'>[];
}

export type FigureLinks = Omit<UnitLinks, 'figures'>;

const listOf = <T>(links: Backlinks, collection: PublishedName) => (links[collection] ?? []) as readonly T[];

/** Everything that links to a unit: figures, lectures, photos and notices. */
export function linksToUnit(site: SiteModel, slug: string): UnitLinks {
  const links = linksTo(site, 'units', slug);
  return { figures: listOf(links, 'figures'), lectures: listOf(links, 'lectures'), photos: listOf(links, 'exhibitions'), notices: listOf(links, 'notices') };
}

/** Everything that links to a figure: lectures, photos and notices. */
export function linksToFigure(site: SiteModel, slug: string): FigureLinks {
  const links = linksTo(site, 'figures', slug);
  return { lectures: listOf(links, 'lectures'), photos: listOf(links, 'exhibitions'), notices: listOf(links, 'notices') };
}
