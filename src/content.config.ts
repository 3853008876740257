/**
 * Pairs each collection's loader with its schema; the schemas live in src/schemas/.
 * Entries are read from the top-level content/ folder (BANGYANG_CONTENT_DIR, see lib/settings.ts),
 * and an entry's id is its file name (or its folder name for exhibitions), which is also its URL
 * slug. Entries marked `draft: true` are never stored, so nothing built from these collections
 * can show them.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaHelpers } from './schemas/context.ts';
import { exhibitionSchema } from './schemas/exhibitions.ts';
import { figureSchema } from './schemas/figures.ts';
import { lectureSchema } from './schemas/lectures.ts';
import { noticeSchema } from './schemas/notices.ts';
import { unitSchema } from './schemas/units.ts';
import { batchSchema } from './schemas/batches.ts';
import { bodySchema } from './schemas/bodies.ts';
import { entryIdFromPath, idClaimer } from './lib/slugs.ts';
import { withPhotoList } from './lib/photo-list-loader.ts';
import { withoutDrafts } from './lib/drafts.ts';
import { CONTENT_DIR } from './lib/settings.ts';

/** An entry collection: one file (or folder) per entry, drafts left out (src/lib/drafts.ts). */
const entries = (folder: string, pattern = '*.{md,mdx}') => {
  const claim = idClaimer(`${CONTENT_DIR}/${folder}`);
  return withoutDrafts(glob({ base: `./${CONTENT_DIR}/${folder}`, pattern, generateId: ({ entry }) => claim(entryIdFromPath(entry), entry) }));
};

/** A data collection: one YAML file per entry, its id the file name. */
const yamlFiles = (folder: string) => glob({ base: `./${CONTENT_DIR}/${folder}`, pattern: '*.{yaml,yml}', generateId: ({ entry }) => entry.replace(/\.ya?ml$/i, '') });

const helpers = (image: SchemaHelpers['image']): SchemaHelpers => ({ image, reference });

export const collections = {
  units: defineCollection({ loader: entries('units'), schema: ({ image }) => unitSchema(helpers(image)) }),
  figures: defineCollection({ loader: entries('figures'), schema: ({ image }) => figureSchema(helpers(image)) }),
  lectures: defineCollection({ loader: entries('lectures'), schema: ({ image }) => lectureSchema(helpers(image)) }),
  exhibitions: defineCollection({
    loader: withPhotoList(entries('exhibitions', '*/index.{md,mdx}')),
    schema: ({ image }) => exhibitionSchema(helpers(image)),
  }),
  notices: defineCollection({ loader: entries('notices'), schema: ({ image }) => noticeSchema(helpers(image)) }),
  // Optional figures of a naming decision; the id is the batch slug, e.g. shanxi-shengzhi-2009.
  batches: defineCollection({ loader: yamlFiles('batches'), schema: batchSchema }),
  // The conferring bodies honors name; the id is the body's slug, e.g. shanxi-shengzhi.
  bodies: defineCollection({ loader: yamlFiles('bodies'), schema: bodySchema }),
};
