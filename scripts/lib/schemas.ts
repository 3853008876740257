/**
 * The helpers the site's own schemas (each content type's `schema` in src/registry/) get outside
 * Astro. Astro's `image()` and `reference()` are replaced by stand-ins that check the same things
 * without a build: an image is a path that exists relative to the entry; a reference is text
 * (whether it names an entry is decided once, by findBrokenReferences in src/lib/references.ts).
 * Attachments are checked by the same helper as in the build (src/lib/attachments.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { contentTypes, type CollectionName, type TypeSettings } from '../../src/registry/index.ts';
import { defaultTypeSettings } from '../../src/schemas/settings.ts';
import type { EntryReference, SchemaHelpers } from '../../src/schemas/context.ts';
import { attachmentSchema } from '../../src/lib/attachments.ts';
import { caseVariant } from './content-files.ts';
import { messages } from '../../src/messages/index.ts';

/** Each collection's schema factory, by name (the registry's `schema` parts). */
export const SCHEMAS = Object.fromEntries(contentTypes().map((type) => [type.name, type.schema])) as Record<CollectionName, (helpers: SchemaHelpers) => z.ZodType>;

/** The module that documents each collection's fields, named in hints. */
export const schemaFile = (collection: CollectionName) => `src/schemas/${collection}.ts`;

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/** The helpers for an entry at `entryAbsPath`; `settings`: the content types' blocks of the settings file (defaults when omitted). */
export function standInHelpers(entryAbsPath: string, settings: TypeSettings = defaultTypeSettings()): SchemaHelpers {
  const dir = dirname(entryAbsPath);
  return {
    settings,
    attachment: (formats) => attachmentSchema(dir, formats),
    image: () =>
      z
        .string({ error: messages.schema.image.notText })
        .refine((value) => IMAGE_EXTENSIONS.test(value), { error: (issue) => messages.schema.image.format(String(issue.input)) })
        .refine((value) => isFile(resolve(dir, value)), { error: (issue) => missingImageMessage(dir, String(issue.input)) })
        // Nothing downstream of the check reads the image's metadata, so only its path is kept.
        .transform((value) => ({ src: value }) as unknown as ImageMetadata),
    // Whether the slug names an entry (and which one was meant when it does not) is said once,
    // by findBrokenReferences and the check's suggestions.
    reference: (collection) =>
      z
        .string({ error: messages.schema.reference(collection) })
        .transform((id): EntryReference => ({ collection, id })),
  };
}

/** The file at `written` (from `dir`) when only its letter case differs, as a path from `dir` (`./Photo.JPG`); undefined when there is none. */
export function caseVariantOf(dir: string, written: string): string | undefined {
  const variant = caseVariant(resolve(dir, written));
  if (!variant) return undefined;
  const path = relative(dir, variant).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

/** 找不到图片文件…, saying so when only the letter case differs. */
export const missingImageMessage = (dir: string, written: string): string => messages.check.missingImage(written, caseVariantOf(dir, written));

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Whether a string is an image path an entry points at (used to find the photos to scan). */
export const looksLikeImagePath = (value: string) => /^\.{1,2}\//.test(value) && IMAGE_EXTENSIONS.test(value);
