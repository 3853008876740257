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
    id: slug.meta({ title: '图片编号', description: '本图片自己的网址名，小写字母、数字和连字符，同一展览内不能重复，例如 volunteers-at-dawn' }),
    /** The image file, relative to the exhibition's index.md. @example ./photos/volunteers.jpg */
    file: helpers.image().meta({ title: '图片文件', description: '上传后保存在展览文件夹的 photos/ 里' }),
    /** A short title. */
    title: text('图片标题 title').meta({ title: '图片标题' }),
    /** The caption shown under the photo. */
    caption: text('图片说明 caption').meta({ title: '图片说明', description: '显示在图片下方' }),
    /** What the photo shows, for people who cannot see it. */
    alt: text('替代文字 alt').meta({ title: '替代文字', description: '用一句话说明图片内容，供看不见图片的读者使用' }),
    /** The id of the section it belongs to. */
    section: slug.meta({ title: '所属展区', description: '填写上面某个展区的编号' }),
    /** Who took it. */
    photographer: text('摄影者 photographer').meta({ title: '摄影者' }),
    /** The license or rights statement. @example CC BY-SA 4.0 */
    license: text('许可 license').meta({ title: '许可', description: '许可或权利声明，例如 CC BY-SA 4.0' }),
    /** Where the file came from, when it is not the office's own. */
    source: z.string().trim().optional().meta({ title: '来源', description: '不是本办自有的图片，写明出处' }),
    /** When it was taken. */
    date: isoDate.optional().meta({ title: '拍摄日期' }),
    /** Where it was taken. */
    place: z.string().trim().optional().meta({ title: '拍摄地点' }),
    /** Units it shows (slugs in content/units/). */
    units: references(helpers, 'units').meta({ title: '图中单位', description: '在文明单位中搜索单位名称' }),
    /** Figures it shows (slugs in content/figures/). */
    figures: references(helpers, 'figures').meta({ title: '图中人物', description: '在道德模范中搜索姓名' }),
  }).meta({ title: '图片' });
}

export function exhibitionSchema(helpers: SchemaHelpers) {
  return strict({
      ...entryFields,
      /** @example 文明创建巡礼图片展 */
      title: text('标题 title').meta({ title: '标题', description: '例如 文明创建巡礼图片展' }),
      subtitle: z.string().trim().optional().meta({ title: '副标题' }),
      /** @example 省直机关精神文明建设委员会办公室 */
      organizer: text('主办 organizer').meta({ title: '主办', description: '例如 省直机关精神文明建设委员会办公室' }),
      /** @example 省图书馆一层展厅 */
      venue: text('地点 venue').meta({ title: '地点', description: '例如 省图书馆一层展厅' }),
      opens: isoDate.meta({ title: '开展日期' }),
      closes: isoDate.meta({ title: '闭展日期', description: '不能早于开展日期' }),
      /** Visitors counted so far. */
      visitors: z.number().int().nonnegative().optional().meta({ title: '观展人数', description: '到目前为止的人数' }),
      /** One sentence for cards, search results and the share image (≤ 120 characters). */
      summary: text('简介 summary').max(120, { error: messages.schema.summaryTooLong(120) }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
      /** Sections in display order. */
      sections: z
        .array(
          strict({
            id: slug.meta({ title: '展区编号', description: '小写字母、数字和连字符，图片的「所属展区」填这个编号，例如 part-1' }),
            title: text('展区标题 title').meta({ title: '展区标题' }),
            intro: z.string().trim().default('').meta({ title: '展区导语' }),
          }).meta({ title: '展区' }),
        )
        .min(1, { error: messages.schema.exhibition.sectionsEmpty })
        .meta({ title: '展区', description: '按展出顺序排列' }),
      /** Photos in display order. */
      photos: z
        .array(photoSchema(helpers))
        .min(1, { error: messages.schema.exhibition.photosEmpty })
        .meta({
          title: '图片',
          description: '按展出顺序排列。展览文件夹里有 photos.csv 时，图片清单以那个表格为准，请在表格里增删改，这里留空',
        }),
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
