/**
 * Honors as the office's documents issue them: a reference to the conferring body
 * (content/bodies/), the title and term exactly as written, and for a unit the history of
 * decisions. Level, tier, validity and the current status are never typed: they come from the
 * body and the history (src/lib/honors/).
 *
 * What a schema cannot see alone (the title is one the body confers, the term has the body's form,
 * a review falls inside the validity) is checked by the content gate with the body at hand
 * (src/lib/honors/validate.ts), in the same Chinese, naming the file and line.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { isPartialDate } from '../lib/honors/partial-dates.ts';
import { impossibleDateMessage } from '../lib/dates.ts';
import { removedStatusMessage, WRITTEN_STATUSES } from '../lib/honors/statuses.ts';
import { enumField, oneOf, strict, text } from './shared.ts';
import { messages } from '../messages/index.ts';

const DATE_HINT = '日期写成 YYYY-MM-DD，例如 2012-12-20；只知道年月写 2003-11，只知道年份写 2008';

/**
 * A date as the document gives it: a day, a month or a year (YAML may hand over a Date or a
 * number; each is read as written). @example 2009-12-28 / 2003-11 / 2008
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string({ error: DATE_HINT }).refine(isPartialDate, {
    // 2009-02-30 has the form of a day that does not exist: say so, as for every other date.
    error: (issue) => (/^\d{4}-\d{2}-\d{2}$/.test(String(issue.input)) ? impossibleDateMessage(String(issue.input)) : `日期「${String(issue.input)}」无效：${DATE_HINT}`),
  }),
);

/** A field that no longer exists: any value is an error that says what replaced it. */
export const removed = (message: string) =>
  z
    .custom<never>(() => false, { error: message })
    .optional()
    // The web form leaves it out (src/cms/fields.ts): nobody is to fill it in.
    .meta({ removed: true });

const status = z.string({ error: `缺少状态 status，可选值：${oneOf(WRITTEN_STATUSES)}` }).transform((value, ctx) => {
  if ((WRITTEN_STATUSES as readonly string[]).includes(value)) return value as (typeof WRITTEN_STATUSES)[number];
  ctx.addIssue({ code: 'custom', message: removedStatusMessage(value) ?? `状态「${value}」无效，可选值：${oneOf(WRITTEN_STATUSES)}（撤销即摘牌，按文件原文写哪一个都可以）` });
  return z.NEVER;
}).meta({ title: '状态', enum: WRITTEN_STATUSES });

/** One decision in an honor's history. The history is the only place a status is written. */
export function historyEntry(helpers: SchemaHelpers) {
  return strict({
    /** 命名, 复查保留, 黄牌警告, 恢复, 摘牌 (or 撤销, as the document says) or 取消. */
    status,
    /** When it took effect; may be left out on the 命名 only (the term's last year is then used). @example 2012-12-20 */
    date: partialDate.optional().meta({ title: '日期', description: `生效日期；${DATE_HINT}。只有「命名」可以不写（按届次的最后一年）` }),
    /** The decision document, if any. @example 晋直文明委〔2012〕5号 */
    document: z.string().trim().optional().meta({ title: '文号', description: '有决定文件时按原文填写，例如 晋直文明委〔2012〕5号' }),
    /** A short note shown in the timeline. @example 复查中发现创建台账缺失 */
    note: z.string().trim().optional().meta({ title: '说明', description: '显示在时间线上，例如 复查中发现创建台账缺失' }),
    /** The last day in force, only when the decision itself states it (a 命名 or 复查保留). @example 2018-12-31 */
    validUntil: partialDate.optional().meta({ title: '有效期至', description: '只有决定文件写明有效期时才填，例如 2018-12-31' }),
    /** The body that took this decision when it is not the conferring one (a 省直 side's 届中 warning). */
    by: helpers.reference('bodies').optional().meta({ title: '决定机关', description: '不是授予机关作出的决定时才填，在授予机关中搜索' }),
  }).meta({ title: '决定' });
}

const MOVED = {
  level: removed('字段 level 已取消：级别由授予机关 body 决定（写在 content/bodies/ 的机关文件里），请删除这一行'),
  conferredBy: removed('字段 conferredBy 已取消：改写 body: 机关文件名（content/bodies/ 下的文件名，不带 .yaml），例如 body: shanxi-shengzhi'),
};

/** An honor held by a unit: body, title, term, history. */
export function unitHonor(helpers: SchemaHelpers) {
  return strict({
    /** The conferring body: a file name in content/bodies/. @example shanxi-shengzhi */
    body: helpers.reference('bodies').meta({ title: '授予机关', description: '在授予机关中搜索；级别由机关决定，不另外填写' }),
    /** The title exactly as the document issues it; one of the body's titles. @example 山西省直机关文明和谐单位 */
    title: text('荣誉称号 title').meta({ title: '荣誉称号', description: '按命名文件原文，须是该机关授予的称号之一，例如 山西省直机关文明和谐单位' }),
    /** The term label exactly as issued; may be left out only for a one-off 表彰 without one. @example 2009年度 / 第十一届 / 2010—2011年度 */
    term: z
      .string()
      .trim()
      .min(1, { error: '届次 term 不能为空：不知道届次就删除这一行（只有一次性表彰可以没有届次）' })
      .optional()
      .meta({ title: '届次/年度', description: '按文件原文，例如 2009年度、第十一届、2010—2011年度' }),
    /** True when this honor (or any date or number in it) is a demo invention; the page says 示例. */
    fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '这项荣誉（或其中的日期、数字）是演示用的虚构内容时勾选，页面会注明' }),
    /** Every decision, oldest first; the first is the 命名. */
    history: z
      .array(historyEntry(helpers), { error: messages.schema.history.missing })
      .min(1, { error: messages.schema.history.empty })
      .meta({ title: '决定记录', description: '从早到晚，第一条是「命名」；当前状态由这些记录、机关的有效期规则和今天的日期推算，不另外填写' }),
    ...MOVED,
    year: removed('字段 year 已取消：年份取自命名日期（history 里命名那一条的 date），请删除这一行'),
    document: removed('荣誉上的 document 已取消：命名文号写在 history 里命名那一条的 document，请把它移过去'),
  }).meta({ title: '荣誉' });
}

/** A decision that ends a figure's honor (a title can be revoked). */
const figureHonorChange = (helpers: SchemaHelpers) =>
  strict({
    status: enumField(['撤销', '摘牌', '取消'] as const, '状态 status').meta({ title: '状态' }),
    date: partialDate.meta({ title: '日期', description: DATE_HINT }),
    document: z.string().trim().optional().meta({ title: '文号', description: '按决定文件原文' }),
    note: z.string().trim().optional().meta({ title: '说明' }),
    by: helpers.reference('bodies').optional().meta({ title: '决定机关', description: '不是授予机关作出的决定时才填，在授予机关中搜索' }),
  }).meta({ title: '决定' });

/** An honor of a model figure: mostly one-off commendations (表彰), which may be revoked. */
export function figureHonor(helpers: SchemaHelpers) {
  return strict({
    /** The conferring body: a file name in content/bodies/. @example zhongyang-wenmingban */
    body: helpers.reference('bodies').meta({ title: '授予机关', description: '在授予机关中搜索' }),
    /** As issued; one of the body's titles. @example 中国好人 */
    title: text('荣誉称号 title').meta({ title: '荣誉称号', description: '按文件原文，须是该机关授予的称号之一，例如 中国好人' }),
    /** The term as issued, when there is one. @example 第五届 / 2012年6月 / 2014年第三季度 */
    term: z.string().trim().min(1).optional().meta({ title: '届次', description: '有届次时按原文填写，例如 第五届、2014年第三季度' }),
    /** When it was given: a day, a month or a year. @example 2013-08 */
    date: partialDate.meta({ title: '授予日期', description: DATE_HINT }),
    /** 追授: given after the figure's death (then `deceased` is required). */
    posthumous: z.boolean().default(false).meta({ title: '追授', description: '去世后授予时勾选，人物须填写「已故」' }),
    /** Decisions after the naming: only 撤销 / 摘牌 / 取消. */
    history: z.array(figureHonorChange(helpers)).default([]).meta({ title: '后续决定', description: '只有撤销、摘牌、取消时才填' }),
    ...MOVED,
    year: removed('字段 year 已取消：改写 date（授予日期；只知道年份就写 2009）'),
  }).meta({ title: '荣誉' });
}
