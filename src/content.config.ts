/**
 * Pairs each collection's loader with its schema, for every content type in the registry
 * (src/registry/index.ts); the schemas live in src/schemas/. Entries are read from the top-level
 * content/ folder (BANGYANG_CONTENT_DIR, see lib/settings.ts), and an entry's id is its file name
 * (or its folder name for exhibitions), which is also its URL slug. Entries marked `draft: true`
 * are never stored, so nothing built from these collections can show them.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentTypes } from './registry/index.ts';
import type { Layout } from './registry/types.ts';
import type { SchemaHelpers } from './schemas/context.ts';
import { entryIdFromPath, idClaimer } from './lib/slugs.ts';
import { attachmentSchema } from './lib/attachments.ts';
import { withoutDrafts } from './lib/drafts.ts';
import { CONTENT_DIR, loadSettings } from './lib/settings.ts';
import { typeSettingsOf } from './schemas/settings.ts';

const PATTERNS: Record<Layout, string> = { file: '*.{md,mdx}', folder: '*/index.{md,mdx}', data: '*.{yaml,yml}' };

/** A collection's files: one file (or folder) per entry, drafts left out (src/lib/drafts.ts); data files as they are. */
function loaderOf(folder: string, layout: Layout): Loader {
  const base = `./${CONTENT_DIR}/${folder}`;
  if (layout === 'data') return glob({ base, pattern: PATTERNS.data, generateId: ({ entry }) => entry.replace(/\.ya?ml$/i, '') });
  const claim = idClaimer(`${CONTENT_DIR}/${folder}`);
  return withoutDrafts(glob({ base, pattern: PATTERNS[layout], generateId: ({ entry }) => claim(entryIdFromPath(entry), entry) }));
}

const settings = typeSettingsOf(loadSettings());

const helpers = (folder: string, image: SchemaHelpers['image']): SchemaHelpers => ({
  image,
  reference,
  attachment: (formats) => attachmentSchema(`${CONTENT_DIR}/${folder}`, formats),
  settings,
});

export const collections = Object.fromEntries(
  contentTypes().map((type) => {
    const files = loaderOf(type.name, type.files.layout);
    return [
      type.name,
      defineCollection({
        loader: type.files.loader ? type.files.loader(files) : files,
        schema: ({ image }) => type.schema(helpers(type.name, image)),
      }),
    ];
  }),
);
