/**
 * Schema parts shared by every collection: dates, slugs, images with alt text, attachments.
 * Honors have their own module (./honors.ts).
 *
 * Messages are written for editors (Chinese first): what is wrong, then what would be valid.
 * Astro prefixes them with the file and the field path, so they never repeat those.
 */
import { z } from 'astro/zod';
import type { Collection, SchemaHelpers } from './context.ts';
import { impossibleDateMessage, isCalendarDay } from '../lib/dates.ts';

export const oneOf = (values: readonly string[]) => values.join('、');

/** A closed list with a message that lists every valid value. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `缺少${what}，可选值：${oneOf(values)}` : `${what}「${String(issue.input)}」无效，可选值：${oneOf(values)}`,
  });
}

/**
 * An object that rejects unknown fields (usually a typo) and says which fields it knows.
 * @example strict({ name: text('名称') })
 */
export function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `未知字段「${issue.keys.join('」「')}」：请检查拼写。这里可用的字段有：${Object.keys(shape).join('、')}`
        : undefined,
  });
}

/** A required, non-blank single-line text. */
export function text(what: string) {
  return z
    .string({ error: `缺少${what}（应为文字）` })
    .trim()
    .min(1, { error: `${what}不能为空` });
}

/**
 * A calendar date written `YYYY-MM-DD` (YAML may hand us a Date; both are accepted).
 * Normalised to the string form so that every comparison and display is timezone-free.
 * @example 2021-11-10
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: '日期应写成 YYYY-MM-DD，例如 2021-11-10' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 YYYY-MM-DD，例如 2021-11-10' })
    .refine(isCalendarDay, { error: (issue) => impossibleDateMessage(String(issue.input)) }),
);

/** A four-digit year between 1949 and 2100. @example 2009 */
export const year = z
  .number({ error: '年份应为四位数字，例如 2009' })
  .int({ error: '年份应为整数，例如 2009' })
  .min(1949, { error: '年份不能早于 1949' })
  .max(2100, { error: '年份不能晚于 2100' });

/** An http(s) address. @example https://www.example.gov.cn/ */
export const url = z.url({ protocol: /^https?$/, error: '网址应以 http:// 或 https:// 开头' });

/** Slugs are readable ASCII: lower-case letters, digits and hyphens. @example shanxi-gonganting */
export { SLUG_PATTERN } from '../lib/slugs.ts';
import { SLUG_PATTERN } from '../lib/slugs.ts';
export const slug = z.string().regex(SLUG_PATTERN, { error: '只能用小写字母、数字和连字符，例如 shan-shui-hu' });

/** A region path from the province down. @example [山西省, 太原市, 小店区] */
export const region = z.array(text('地区'), { error: '地区 region 应为列表，例如 [山西省, 太原市]' }).min(1, { error: '地区 region 至少写到省' });

/** An image with the text that replaces it for people who cannot see it. */
export function imageWithAlt(helpers: SchemaHelpers, what: string) {
  return strict({
    /** Path relative to the entry file. @example ./cover.jpg */
    src: helpers.image(),
    /** What the picture shows, in one sentence. @example 志愿者在社区为老人量血压 */
    alt: text(`${what}的替代文字 alt`),
    /**
     * Who made the picture and under which licence, when it is not the office's own: shown as
     * its one credit line and on the credits page. @example 示意图 · 摄影：张三（CC-BY-4.0）
     */
    credit: z.string().trim().optional(),
  });
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
  draft: z.boolean({ error: '草稿 draft 只能写 true 或 false' }).default(false),
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
  file: mediaPath('附件 file', ['pdf', 'xlsx', 'xls', 'docx', 'doc']),
  /** What the file is. @example 拟命名名单 */
  title: text('附件名称 title'),
});

/** A list of references, empty by default. */
export function references(helpers: SchemaHelpers, collection: Collection) {
  return z.array(helpers.reference(collection)).default([]);
}
