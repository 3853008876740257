/**
 * Schema parts shared by every collection: dates, slugs, levels, honors, images with alt text.
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
import { HONOR_STATUSES, validateStatusHistory } from '../lib/honor-status.ts';
import { impossibleDateMessage, isCalendarDay } from '../lib/dates.ts';
import { messages } from '../messages/index.ts';

const say = messages.schema;

/** Levels of an honor, from the widest to the narrowest. */
export const LEVELS = ['全国', '省级', '市级', '区县级', '系统内'] as const;
export type Level = (typeof LEVELS)[number];

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

/** One step in an honor's status history. The history is the only place a status is written. */
export const statusChange = strict({
  /** What happened: 命名, 复查保留, 黄牌警告, 恢复, 撤销, 摘牌 or 自动终止. */
  status: enumField(HONOR_STATUSES, '状态').meta({ title: '状态', description: '撤销、摘牌、自动终止之后不能再有记录' }),
  /** When it took effect. @example 2012-12-20 */
  date: isoDate.meta({ title: '日期', description: '生效日期' }),
  /** A short note shown in the timeline. @example 复查中发现创建台账缺失 */
  note: z.string().trim().optional().meta({ title: '说明', description: '显示在时间线上，例如 复查中发现创建台账缺失' }),
  /** The decision document, if any. @example 晋文明委〔2012〕5号 */
  document: z.string().trim().optional().meta({ title: '文号', description: '有决定文件时填写，例如 晋文明委〔2012〕5号' }),
}).meta({ title: '状态' });

/** Fields every honor shares (units' honors add a status history). */
const honorFields = {
  /** The title exactly as conferred. @example 文明和谐单位 */
  title: text('荣誉称号').meta({ title: '荣誉称号', description: '按命名文件原文填写，不要自行组合，例如 文明和谐单位、首都文明单位' }),
  /** 全国, 省级, 市级, 区县级 or 系统内. */
  level: enumField(LEVELS, '级别').meta({ title: '级别' }),
  /** The body that conferred it. @example 山西省精神文明建设委员会 */
  conferredBy: text('授予机关').meta({ title: '授予机关', description: '例如 山西省精神文明建设委员会' }),
  /** The term label exactly as issued. @example 2009年度 / 第七届 / 2019—2021年度 / 第三批 */
  term: text('届次/年度').meta({ title: '届次/年度', description: '按文件原文，例如 2009年度、第七届、2019—2021年度、第三批' }),
  /** The year of the decision. @example 2009 */
  year: year.meta({ title: '年份', description: '命名决定的年份，例如 2009' }),
};
export const honorBase = strict(honorFields).meta({ title: '荣誉' });

/** An honor held by a unit, with its status history (oldest first, starting with 命名). */
export const unitHonor = strict({
  ...honorFields,
  /** The decision document number (文号). @example 晋文明委〔2010〕3号 */
  document: z.string().trim().optional().meta({ title: '文号', description: '命名文件的文号，例如 晋文明委〔2010〕3号' }),
  /** Every status change, oldest first; the first is always 命名. */
  history: z
    .array(statusChange, { error: say.history.missing })
    .min(1, { error: say.history.empty })
    .meta({ title: '状态记录', description: '从早到晚，第一条是「命名」；当前状态由这些记录和届期推算，不另外填写' }),
}).superRefine((honor, ctx) => {
  for (const problem of validateStatusHistory(honor.history)) {
    ctx.addIssue({ code: 'custom', path: ['history', ...(problem.index === undefined ? [] : [problem.index])], message: problem.message });
  }
}).meta({ title: '荣誉' });

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

/** A list of references, empty by default. */
export function references(helpers: SchemaHelpers, collection: Collection) {
  return z.array(helpers.reference(collection)).default([]);
}
