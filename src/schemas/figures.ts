/**
 * 道德模范 / 身边好人: a model figure (a person or a group, 名(组)). One file per figure in
 * content/figures/<slug>.md; the body is their story.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { entryFields, enumField, imageWithAlt, isoDate, region, strict, text } from './shared.ts';
import { figureHonor, partialDate, removed } from './honors.ts';
import { lastDayOf, firstDayOf } from '../lib/honors/partial-dates.ts';

/** The five categories; every figure has exactly one. */
export const FIGURE_CATEGORIES = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'] as const;

export function figureSchema(helpers: SchemaHelpers) {
  return strict({
    ...entryFields,
    /** The person's name, or the group's name. @example 王秀英 / 红马甲志愿服务队 */
    name: text('姓名 name').meta({ title: '姓名', description: '个人姓名，或集体的名称，例如 王秀英、红马甲志愿服务队' }),
    /** True for a group (a couple, a team, a collective), counted as one 名(组). */
    group: z.boolean().default(false).meta({ title: '集体', description: '夫妻、团队等作为一名（组）表彰时勾选' }),
    /** For a group: its members, as they agreed to be named. */
    members: z.array(text('成员')).default([]).meta({ title: '成员', description: '集体的成员，按本人同意的方式署名，每人一项' }),
    /** Figure-level 追授 no longer exists: it belongs to an honor. */
    posthumous: removed('字段 posthumous 已移到荣誉上：去世后授予的那一项荣誉写 posthumous: true（追授），人物已故写 deceased: { date: 去世日期 }'),
    /** 已故: the figure has died (the page says so, apart from any 追授). @example { date: 2012-07 } */
    deceased: strict({
      date: partialDate.meta({ title: '去世日期', description: '写成 YYYY-MM-DD；只知道年月写 2012-07，只知道年份写 2012' }),
      note: z.string().trim().optional().meta({ title: '说明', description: '例如 在抢险中牺牲' }),
    })
      .optional()
      .meta({ title: '已故', description: '人物已去世时填写去世日期；去世后授予的荣誉另在该项荣誉上勾选「追授」' }),
    /**
     * A minor (未成年人): no portrait, share-card photo, occupation, quote, unit link or members
     * reach any page or data file unless `consent.portrait` and `consent.guardian` say so.
     */
    minor: z.boolean().default(false).meta({ title: '未成年人', description: '勾选后须填写监护人同意；未经监护人同意，肖像、职业、语录等不会发布' }),
    /** Exactly one of the five categories. */
    category: enumField(FIGURE_CATEGORIES, '类别 category').meta({ title: '类别' }),
    /** Honors received, e.g. 全国道德模范提名奖, 省道德模范, 中国好人, 身边好人, each naming its body. */
    honors: z.array(figureHonor(helpers)).min(1, { error: '荣誉 honors 至少要有一项' }).meta({ title: '荣誉', description: '例如 全国道德模范提名奖、省道德模范、中国好人、身边好人，各写授予机关' }),
    /** The unit the figure belongs to (its slug in content/units/), if any. */
    unit: helpers.reference('units').optional().meta({ title: '所在单位', description: '在文明单位中搜索单位名称；不属于本站收录的单位时留空' }),
    /** Region path. @example [山西省, 晋中市] */
    region,
    /** Occupation. @example 乡村教师 */
    occupation: z.string().trim().optional().meta({ title: '职业', description: '例如 乡村教师' }),
    /** A portrait with alt text. */
    portrait: imageWithAlt(helpers, '肖像').optional().meta({ title: '肖像' }),
    /** A short quote in the figure's own words. */
    quote: z.string().trim().optional().meta({ title: '语录', description: '本人说过的一句话' }),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
    /**
     * The record that the figure (or, after death, the family) agreed to publication. Required:
     * nobody is published without it. `npm run new` leaves it out, so a new figure cannot be
     * published until an editor writes down consent that was actually given.
     * @example { given: true, date: 2024-05-06, note: 本人书面同意，原件存文明办 }
     */
    consent: z.strictObject(
      {
        /** Must be true. */
        given: z
          .literal(true, { error: '发布同意 consent.given 必须为 true：未取得本人或家属同意的人物不能发布' })
          .meta({ title: '已取得本人或家属同意', description: '必须勾选：未取得同意的人物不能发布（不勾选时保存后检查不通过）' }),
        /** When consent was recorded (not after the build day). */
        date: isoDate.meta({ title: '同意日期', description: '取得同意的日期，不能晚于今天' }),
        /** Who gave it and how. @example 本人书面同意，原件存文明办 */
        note: z.string().trim().optional().meta({ title: '同意方式', description: '谁同意、以什么方式，原件存放处，例如 本人书面同意，原件存文明办' }),
        /** For a minor: the guardian who consented, and how. @example 母亲书面同意，原件存文明办 */
        guardian: z.string().trim().optional().meta({ title: '监护人同意', description: '只用于未成年人：哪位监护人、以什么方式同意，例如 母亲书面同意，原件存文明办' }),
        /** For a minor: true only when the guardian agreed to the portrait and personal details being shown. */
        portrait: z.boolean().default(false).meta({ title: '监护人同意公开肖像', description: '只用于未成年人：监护人同意公开肖像和职业、语录等个人信息时才勾选' }),
      },
      {
        error: (issue) =>
          issue.input === undefined
            ? '没有发布同意记录 consent：未取得本人（已故的取得家属）同意的人物不能发布。取得同意后写上 consent:，含 given: true、date（同意的日期）和 note（同意方式、原件存放处）'
            : issue.code === 'unrecognized_keys'
              ? `未知字段「${issue.keys.join('」「')}」：请检查拼写。这里可用的字段有：given、date、note、guardian、portrait`
              : undefined,
      },
    ).meta({ title: '发布同意', description: '本人（已故的为家属）同意发布的记录；没有它人物不能发布' }),
    /** True for invented demo people; the page says so. */
    fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '演示用的虚构人物，页面会注明；真实人物不要勾选' }),
  }).superRefine((figure, ctx) => {
    const died = figure.deceased?.date;
    figure.honors.forEach((honor, index) => {
      if (honor.posthumous && !died) {
        ctx.addIssue({ code: 'custom', path: ['honors', index, 'posthumous'], message: '追授 posthumous: true 要先写人物的去世日期：deceased: { date: YYYY-MM }' });
      } else if (honor.posthumous && died && lastDayOf(honor.date) < firstDayOf(died)) {
        ctx.addIssue({ code: 'custom', path: ['honors', index, 'posthumous'], message: `追授的日期 ${honor.date} 早于去世日期 ${died}：请核对，生前授予的不写 posthumous` });
      } else if (!honor.posthumous && died && firstDayOf(honor.date) > lastDayOf(died)) {
        ctx.addIssue({ code: 'custom', path: ['honors', index, 'date'], message: `这项荣誉 ${honor.date} 在去世（${died}）之后授予：去世后授予请写 posthumous: true（追授）` });
      }
    });
    if (figure.minor && !figure.consent.guardian) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'guardian'], message: '未成年人 minor: true 要写监护人同意 consent.guardian，例如 母亲书面同意，原件存文明办' });
    }
    if (!figure.minor && (figure.consent.guardian || figure.consent.portrait)) {
      ctx.addIssue({ code: 'custom', path: ['consent', figure.consent.guardian ? 'guardian' : 'portrait'], message: 'consent.guardian 和 consent.portrait 只用于未成年人：人物是未成年人请写 minor: true，否则删除这一行' });
    }
  });
}
export type FigureData = z.output<ReturnType<typeof figureSchema>>;
