/**
 * Schema parts shared by every collection: dates, slugs, images with alt text, attachments.
 * Honors have their own module (./honors.ts).
 *
 * Their messages (src/messages/schema.ts) are written for editors (Chinese first): what is wrong,
 * then what would be valid. Astro prefixes them with the file and the field path.
 *
 * Every field an editor fills in also carries its label and hint for people, in Chinese, as zod
 * metadata: `.meta({ title, description })`, written last in the field's chain (a later
 * `.min()` or `.refine()` would make a copy without it). The web form (src/cms/) is generated
 * from them, and tests/cms fails when a field has none. `format: 'date'` marks a calendar day.
 */
import { z } from 'astro/zod';
import type { Collection, SchemaHelpers } from './context.ts';
import { impossibleDateMessage, isCalendarDay } from '../lib/dates.ts';
import { messages } from '../messages/index.ts';

const say = messages.schema;

export const oneOf = (values: readonly string[]) => values.join('、');

/** A closed list with a message that lists every valid value. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? say.choice.missing(what, values) : say.choice.invalid(what, String(issue.input), values),
  });
}

/**
 * An object that rejects unknown fields (usually a typo) and says which fields it knows.
 * @example strict({ name: text('名称') })
 */
export function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? say.unknownFields(issue.keys, Object.keys(shape)) : undefined),
  });
}

/** A required, non-blank single-line text. */
export function text(what: string) {
  return z
    .string({ error: say.text.missing(what) })
    .trim()
    .min(1, { error: say.text.empty(what) });
}

/**
 * A calendar date written `YYYY-MM-DD` (YAML may hand us a Date; both are accepted).
 * Normalised to the string form so that every comparison and display is timezone-free.
 * @example 2021-11-10
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: say.date })
    // abort: a date not written YYYY-MM-DD is not also called a day that does not exist.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: say.date, abort: true })
    .refine(isCalendarDay, { error: (issue) => impossibleDateMessage(String(issue.input)) }),
).meta({ format: 'date' });

/** A four-digit year between 1949 and 2100. @example 2009 */
export const year = z
  .number({ error: say.year.notNumber })
  .int({ error: say.year.notInteger })
  .min(1949, { error: say.year.tooEarly(1949) })
  .max(2100, { error: say.year.tooLate(2100) })
  .meta({ title: '年份', description: '四位数字，例如 2009' });

/** An http(s) address. @example https://www.example.gov.cn/ */
export const url = z.url({ protocol: /^https?$/, error: say.url });

/** Slugs are readable ASCII: lower-case letters, digits and hyphens. @example shanxi-gonganting */
export { SLUG_PATTERN } from '../lib/slugs.ts';
import { SLUG_PATTERN } from '../lib/slugs.ts';
export const slug = z.string().regex(SLUG_PATTERN, { error: say.slug });

/** A region path from the province down. @example [山西省, 太原市, 小店区] */
export const region = z
  .array(text('地区'), { error: say.region.notList })
  .min(1, { error: say.region.empty })
  .meta({ title: '地区', description: '从省级写起，每级一项，例如 山西省、太原市' });

/** An image with the text that replaces it for people who cannot see it. */
export function imageWithAlt(helpers: SchemaHelpers, what: string) {
  return strict({
    /** Path relative to the entry file. @example ./cover.jpg */
    src: helpers.image().meta({ title: '图片', description: '图片文件放在本条目旁边' }),
    /** What the picture shows, in one sentence. @example 志愿者在社区为老人量血压 */
    alt: text(`${what}的替代文字 alt`).meta({ title: '替代文字', description: '用一句话说明图片内容，供看不见图片的读者使用，例如 志愿者在社区为老人量血压' }),
    /**
     * Who made the picture and under which licence, when it is not the office's own: shown as
     * its one credit line and on the credits page. @example 示意图 · 摄影：张三（CC-BY-4.0）
     */
    credit: z.string().trim().optional().meta({ title: '署名', description: '图片不是本办所有时填写作者和许可，例如 示意图 · 摄影：张三（CC-BY-4.0）' }),
  }).meta({ title: what });
}

/**
 * Fields every content type has (units, figures, lectures, exhibitions, notices), spread first
 * into each schema.
 */
export const entryFields = {
  /**
   * True while an entry is unfinished: it is left out of every page, list, count, feed, search
   * index, sitemap, data file and share image (src/lib/drafts.ts drops it before Astro stores it),
   * and `npm run check` lists it as unfinished. `npm run new` writes `draft: true`; delete the
   * line (or write false) to publish. Default false.
   * @example true
   */
  draft: z
    .boolean({ error: say.draft })
    .default(false)
    .meta({ title: '草稿', description: '勾选后本条目不出现在网站的任何地方；完成后取消勾选再保存，即可发布' }),
};

/** A media file in public/media/ (written `/media/…`) or an external http(s) address. */
export const mediaPath = (what: string, extensions: readonly string[]) =>
  z.union([
    z.string().regex(new RegExp(`^/media/[A-Za-z0-9._/-]+\\.(?:${extensions.join('|')})$`), {
      error: `${what}应放在 public/media/ 下并写成 /media/文件名（${extensions.join('、')}），或写完整的 https:// 网址`,
    }),
    url,
  ]);

/**
 * A document attached to an entry (a notice's list, a decision): a file in public/media/ or an
 * address, with the title shown on its link. @example { file: /media/2026-niming-mingdan.pdf, title: 拟命名名单 }
 */
export const attachment = strict({
  /** @example /media/2026-niming-mingdan.pdf */
  file: mediaPath('附件 file', ['pdf', 'xlsx', 'xls', 'docx', 'doc']).meta({ title: '文件', description: '放在 public/media/ 下，写成 /media/文件名，或写完整的 https:// 网址' }),
  /** What the file is. @example 拟命名名单 */
  title: text('附件名称 title').meta({ title: '附件名称', description: '链接上显示的名称，例如 拟命名名单' }),
});

/** A list of references, empty by default. */
export function references(helpers: SchemaHelpers, collection: Collection) {
  return z.array(helpers.reference(collection)).default([]);
}
