/**
 * 图片展: a photo exhibition. One folder per exhibition, content/exhibitions/<slug>/index.md,
 * with its photos beside it; the body is the curator's text. The photo list may instead be kept
 * in photos.csv beside index.md (src/lib/photo-list.ts); its rows are judged by photoSchema too.
 */
import { z } from 'astro/zod';
import { messages } from '../messages/index.ts';
import type { SchemaHelpers } from './context.ts';
import { entryFields, isoDate, references, slug, strict, text } from './shared.ts';

/** Photo fields that hold a list; a photos.csv cell separates its items with ；, ; or 、. */
export const PHOTO_LIST_FIELDS = ['units', 'figures'] as const;

export function photoSchema(helpers: SchemaHelpers) {
  return strict({
    /** The photo's own slug, used in its URL. @example volunteers-at-dawn */
    id: slug,
    /** The image file, relative to the exhibition's index.md. @example ./photos/volunteers.jpg */
    file: helpers.image(),
    /** A short title. */
    title: text('图片标题 title'),
    /** The caption shown under the photo. */
    caption: text('图片说明 caption'),
    /** What the photo shows, for people who cannot see it. */
    alt: text('替代文字 alt'),
    /** The id of the section it belongs to. */
    section: slug,
    /** Who took it. */
    photographer: text('摄影者 photographer'),
    /** The license or rights statement. @example CC BY-SA 4.0 */
    license: text('许可 license'),
    /** Where the file came from, when it is not the office's own. */
    source: z.string().trim().optional(),
    /** When it was taken. */
    date: isoDate.optional(),
    /** Where it was taken. */
    place: z.string().trim().optional(),
    /** Units it shows (slugs in content/units/). */
    units: references(helpers, 'units'),
    /** Figures it shows (slugs in content/figures/). */
    figures: references(helpers, 'figures'),
  });
}

export function exhibitionSchema(helpers: SchemaHelpers) {
  return strict({
      ...entryFields,
      /** @example 文明创建巡礼图片展 */
      title: text('标题 title'),
      subtitle: z.string().trim().optional(),
      /** @example 省直机关精神文明建设委员会办公室 */
      organizer: text('主办 organizer'),
      /** @example 省图书馆一层展厅 */
      venue: text('地点 venue'),
      opens: isoDate,
      closes: isoDate,
      /** Visitors counted so far. */
      visitors: z.number().int().nonnegative().optional(),
      /** One sentence for cards, search results and the share image (≤ 120 characters). */
      summary: text('简介 summary').max(120, { error: messages.schema.summaryTooLong(120) }),
      /** Sections in display order. */
      sections: z
        .array(strict({ id: slug, title: text('展区标题 title'), intro: z.string().trim().default('') }))
        .min(1, { error: messages.schema.exhibition.sectionsEmpty }),
      /** Photos in display order. */
      photos: z.array(photoSchema(helpers)).min(1, { error: messages.schema.exhibition.photosEmpty }),
    })
    .superRefine((exhibition, ctx) => {
      if (exhibition.closes < exhibition.opens) {
        ctx.addIssue({ code: 'custom', path: ['closes'], message: messages.schema.exhibition.closesBeforeOpens(exhibition.closes, exhibition.opens) });
      }
      const sectionIds = exhibition.sections.map((section) => section.id);
      const seen = new Set<string>();
      exhibition.photos.forEach((photo, index) => {
        if (!sectionIds.includes(photo.section)) {
          ctx.addIssue({ code: 'custom', path: ['photos', index, 'section'], message: messages.schema.exhibition.unknownSection(photo.section, sectionIds) });
        }
        if (seen.has(photo.id)) {
          ctx.addIssue({ code: 'custom', path: ['photos', index, 'id'], message: messages.schema.exhibition.duplicatePhoto(photo.id) });
        }
        seen.add(photo.id);
      });
    });
}
export type ExhibitionData = z.output<ReturnType<typeof exhibitionSchema>>;
