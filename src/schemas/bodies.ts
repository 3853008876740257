/**
 * 授予机关: a body that confers honors, declared once. One file per body in
 * content/bodies/<slug>.yaml; honors name it by that slug (`body: shanxi-shengzhi`) and take their
 * level, tier and term rule from it, so those are never typed on an honor again.
 *
 * What a body file says is a fact only where a document says it. Where the rule is an office's
 * assumption (the seeds never state how long a 文明单位 title stays valid), `validity.assumed` is
 * true and the site says 「示例设定」 wherever it shows a date computed from it.
 */
import { z } from 'astro/zod';
import { TERM_FORMS } from '../lib/honors/terms.ts';
import { enumField, oneOf, strict, text } from './shared.ts';

/** Levels of a body, from the widest. */
export const BODY_LEVELS = ['全国', '省级', '市级', '区县级'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

/** Tiers: a body that serves only the organs of one level (省直机关, 市直机关) or one 系统. */
export const BODY_TIERS = ['省直机关', '市直机关', '系统'] as const;
export type BodyTier = (typeof BODY_TIERS)[number];

/**
 * 称号: a title that is held, reviewed and can lapse (文明单位). 表彰: a one-off commendation
 * (先进集体, 道德模范, 中国好人): given once, never lapses, may only be revoked.
 */
export const TITLE_KINDS = ['称号', '表彰'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

/** The rungs of a model figure's ladder, from the first step up. */
export const RUNGS = ['身边好人', '中国好人', '道德模范提名奖', '道德模范'] as const;
export type Rung = (typeof RUNGS)[number];

const years = z.number({ error: '有效年数 years 应为正整数，例如 3' }).int({ error: '有效年数 years 应为正整数，例如 3' }).positive({ error: '有效年数 years 应为正整数，例如 3' });

export const bodySchema = strict({
  /** The full name as the body signs its documents. @example 山西省直机关精神文明建设委员会 */
  name: text('机关全称 name').meta({ title: '机关全称', description: '按机关文件的落款，例如 山西省直机关精神文明建设委员会' }),
  /** The name used in running text. @example 省直文明委 */
  shortName: z.string().trim().optional().meta({ title: '简称', description: '正文里用的名称，例如 省直文明委' }),
  /** The 机关代字 of its document numbers, only when a document shows it. @example 晋直文明委 */
  docPrefix: z.string().trim().optional().meta({ title: '机关代字', description: '只在文件上见到时填写，例如 晋直文明委' }),
  /** 全国, 省级, 市级 or 区县级: the level of every honor it confers. */
  level: enumField(BODY_LEVELS, '级别 level').meta({ title: '级别', description: '它授予的每项荣誉都是这一级别' }),
  /** 省直机关, 市直机关 or 系统, when the body serves one tier only. */
  tier: enumField(BODY_TIERS, '层级 tier').optional().meta({ title: '层级', description: '只服务省直机关、市直机关或某个系统时选择' }),
  /** The 系统 of a `tier: 系统` body. @example 林业系统 */
  system: z.string().trim().optional().meta({ title: '系统', description: '层级是「系统」时填写，例如 林业系统' }),
  /** Where it has authority, from the province down; empty for a national body. @example [山西省] */
  region: z.array(text('地区')).default([]).meta({ title: '地区', description: '管辖范围，从省级写起，每级一项；全国性机关不填' }),
  /** How its term labels are written: 年度, 跨年度, 届, 批 or 其他 (anything, as issued). */
  termForm: enumField(TERM_FORMS, '届次写法 termForm').meta({ title: '届次写法', description: '年度（2009年度）、跨年度（2010—2011年度）、届（第十一届）、批（第三批）或其他' }),
  /**
   * How long a 称号 it confers stays in force: `years` after the naming and after each 复查保留;
   * a review decided up to `graceDays` after that still continues it. `assumed: true` when no
   * document states the rule (the site then marks every date computed from it as 示例设定).
   * Required when the body confers a 称号.
   * @example { years: 3, graceDays: 90, assumed: true }
   */
  validity: strict({
    years: years.meta({ title: '有效年数', description: '命名或复查保留后保持几年，例如 3' }),
    graceDays: z
      .number({ error: '宽限天数 graceDays 应为非负整数，例如 90' })
      .int()
      .nonnegative({ error: '宽限天数 graceDays 应为非负整数，例如 90' })
      .default(0)
      .meta({ title: '宽限天数', description: '届满后多少天内作出的复查决定仍算延续，例如 90' }),
    assumed: z.boolean().default(false).meta({ title: '示例设定', description: '没有文件规定这一规则时勾选，网站会在据此推算的日期旁注明「示例设定」' }),
  })
    .optional()
    .meta({ title: '有效期规则', description: '授予可届满的称号时必填' }),
  /**
   * The titles it confers, exactly as its documents write them. An honor must use one of them.
   * `rank`: higher is higher among this body's titles (标兵 2 over 文明 1); a higher title named to a
   * unit that holds a lower one supersedes it (升格). `rung`: the step of a figure's ladder.
   */
  titles: z
    .array(
      strict({
        /** @example 山西省直机关文明和谐标兵单位 */
        title: text('称号 title').meta({ title: '称号', description: '按文件原文，例如 山西省直机关文明和谐标兵单位' }),
        /** 称号 (held, can lapse) or 表彰 (one-off). Default 称号. */
        kind: enumField(TITLE_KINDS, '类别 kind').default('称号').meta({ title: '类别', description: '称号：保持、复查、可届满（文明单位）；表彰：一次性授予，只能撤销' }),
        /** @example 2 */
        rank: z
          .number({ error: '等次 rank 应为正整数，越大越高' })
          .int()
          .positive({ error: '等次 rank 应为正整数，越大越高' })
          .optional()
          .meta({ title: '等次', description: '本机关称号之间的高低，越大越高，例如 标兵 2、文明 1' }),
        /** The rung of the figures' ladder: 身边好人, 中国好人, 道德模范提名奖 or 道德模范. */
        rung: enumField(RUNGS, '阶梯 rung').optional().meta({ title: '阶梯', description: '道德模范、身边好人的评选阶梯' }),
        /** This title's term form, when it differs from the body's (a 届 of 道德模范 beside 年度 文明单位). */
        termForm: enumField(TERM_FORMS, '届次写法 termForm').optional().meta({ title: '届次写法', description: '与机关的写法不同时才选' }),
      }).meta({ title: '称号' }),
    )
    .min(1, { error: '称号 titles 至少要有一项：写出该机关授予的称号原文' })
    .meta({ title: '授予的称号', description: '按文件原文，每个一项；荣誉只能用这里的称号' }),
  /** Where each fact about the body comes from (a document, a report). Shown on nothing; for editors. */
  source: z.string().trim().optional().meta({ title: '来源', description: '这些信息出自哪份文件或报道；不在网站上显示' }),
  /** True when the body (or its name) is a demo assumption. */
  fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '演示用的虚构机关，页面会注明；真实机关不要勾选' }),
}).superRefine((body, ctx) => {
  if (body.tier === '系统' && !body.system) {
    ctx.addIssue({ code: 'custom', path: ['system'], message: '层级 tier 是「系统」时要写 system（哪个系统），例如 林业系统' });
  }
  if (body.system && body.tier !== '系统') {
    ctx.addIssue({ code: 'custom', path: ['system'], message: 'system 只用于 tier: 系统 的机关：请加上 tier: 系统，或删除 system' });
  }
  if (body.level === '全国' && body.region.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['region'], message: '全国性机关不写地区 region：请删除这一行' });
  }
  if (body.level !== '全国' && body.region.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['region'], message: `${body.level}机关要写地区 region，从省写起，例如 [山西省]` });
  }
  const seen = new Map<string, number>();
  body.titles.forEach((title, index) => {
    if (seen.has(title.title)) ctx.addIssue({ code: 'custom', path: ['titles', index, 'title'], message: `称号「${title.title}」重复（第 ${seen.get(title.title)! + 1} 项已有）：请删除其中一项` });
    seen.set(title.title, index);
  });
  if (!body.validity && body.titles.some((title) => title.kind === '称号')) {
    const held = body.titles.filter((title) => title.kind === '称号').map((title) => title.title);
    ctx.addIssue({
      code: 'custom',
      path: ['validity'],
      message: `缺少有效期规则 validity：${oneOf(held)} 是可以届满的称号，要写 validity: { years: 年数, graceDays: 宽限天数 }；文件没有规定的写 assumed: true。若它们只是一次性表彰，请给每项写 kind: 表彰`,
    });
  }
});
export type BodyData = z.output<typeof bodySchema>;
export type BodyTitle = BodyData['titles'][number];
