/**
 * The helpers a schema needs from its environment. In the Astro build they are `image()` and
 * `reference()` from astro:content (src/content.config.ts); the editors' scripts (`npm run check`)
 * pass stand-ins that check the same things without a build (scripts/lib/schemas.ts). One schema
 * serves both.
 */
import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';
import type { CollectionName, TypeSettings } from '../registry/index.ts';

/** The name of a content collection: its folder under content/ (src/registry/index.ts lists them). */
export type Collection = CollectionName;

export interface SchemaHelpers {
  /** A local image next to the entry (or in content/_media/), processed by astro:assets. */
  image: () => z.ZodType<ImageMetadata>;
  /** The slug of an entry in another collection. */
  reference: (collection: Collection) => z.ZodType<EntryReference>;
  /**
   * A file attached to an entry (a PDF, a Word or Excel document), written relative to the entry
   * file; it must exist, and its size is read so that pages can show it.
   */
  attachment: (formats: readonly AttachmentFormat[]) => z.ZodType<Attachment>;
  /** The site settings' blocks that belong to content types (`news:` …), defaults filled in. */
  settings: TypeSettings;
}

/** A link to another entry, as Astro's `reference()` stores it. */
export interface EntryReference {
  collection: string;
  id: string;
}

/** The kinds of file an entry may attach, by extension. */
export type AttachmentFormat = 'pdf' | 'docx' | 'xlsx';

/** An attached file as the site knows it once the schema has checked it. */
export interface Attachment {
  /** As written, relative to the collection's folder, e.g. `files/2024-banfa.pdf`. */
  path: string;
  format: AttachmentFormat;
  /** Its size in bytes. */
  bytes: number;
}
