/**
 * The two helpers a schema needs from its environment. In the Astro build they are
 * `image()` and `reference()` from astro:content; the editors' scripts (`npm run check`) pass
 * stand-ins that check the same things without a build. One schema serves both.
 */
import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';

export type Collection = 'units' | 'figures' | 'lectures' | 'exhibitions' | 'notices';

/** What a reference may name: an entry collection, or a data collection such as the conferring bodies. */
export type ReferenceTarget = Collection | 'bodies';

export interface SchemaHelpers {
  /** A local image next to the entry (or in content/_media/), processed by astro:assets. */
  image: () => z.ZodType<ImageMetadata>;
  /** The slug of an entry in another collection. */
  reference: (collection: ReferenceTarget) => z.ZodType<EntryReference>;
}

/** A link to another entry, as Astro's `reference()` stores it. */
export interface EntryReference {
  collection: string;
  id: string;
}
