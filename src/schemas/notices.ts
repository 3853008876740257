/**
 * 公示: a public notice with an objection window. One file per notice in
 * content/notices/<slug>.md; the body is the notice's text.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { entryFields, enumField, isoDate, references, strict, text } from './shared.ts';

export const NOTICE_KINDS = ['拟命名', '复查', '黄牌警告', '撤销', '拟推荐', '其他'] as const;

export function noticeSchema(helpers: SchemaHelpers) {
  return strict({
      ...entryFields,
      /** @example 2026年度省级文明单位拟命名名单公示 */
      title: text('标题 title').meta({ title: '标题', description: '例如 2026年度省级文明单位拟命名名单公示' }),
      kind: enumField(NOTICE_KINDS, '公示类型 kind').meta({ title: '公示类型' }),
      /** The day it was published. */
      published: isoDate.meta({ title: '发布日期' }),
      /** The objection window, both days included. */
      window: strict({
        start: isoDate.meta({ title: '开始日期' }),
        end: isoDate.meta({ title: '截止日期', description: '含当天；不能早于开始日期' }),
      }).meta({ title: '公示期', description: '接受意见反映的起止日期，两端都含' }),
      /** Where objections go: phone, mail, address. */
      contacts: z
        .array(
          strict({
            label: text('联系方式名称 label').meta({ title: '名称', description: '例如 电话、电子邮箱、通信地址' }),
            value: text('联系方式 value').meta({ title: '内容', description: '例如 0351-0000000' }),
          }).meta({ title: '联系方式' }),
        )
        .min(1, { error: '联系方式 contacts 至少要有一项，公众才能反映意见' })
        .meta({ title: '联系方式', description: '公众反映意见的电话、邮箱或地址' }),
      /** Units it concerns (slugs). */
      units: references(helpers, 'units').meta({ title: '涉及单位', description: '在文明单位中搜索单位名称；单位和人物至少填一项' }),
      /** Figures it concerns (slugs). */
      figures: references(helpers, 'figures').meta({ title: '涉及人物', description: '在道德模范中搜索姓名' }),
      /** One sentence for cards, search results and the share image (≤ 120 characters). */
      summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
      /** What was decided, once the window has closed. */
      outcome: strict({
        date: isoDate.meta({ title: '决定日期' }),
        result: text('公示结果 result').meta({ title: '公示结果', description: '例如 公示期内未收到异议，已正式命名' }),
        document: z.string().trim().optional().meta({ title: '文号' }),
      })
        .optional()
        .meta({ title: '公示结果', description: '公示期结束、作出决定后填写' }),
    })
    .superRefine((notice, ctx) => {
      if (notice.window.end < notice.window.start) {
        ctx.addIssue({ code: 'custom', path: ['window', 'end'], message: `公示截止日期 ${notice.window.end} 早于开始日期 ${notice.window.start}` });
      }
      if (notice.units.length + notice.figures.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['units'], message: '公示至少要涉及一个单位（units）或一位人物（figures）' });
      }
    });
}
export type NoticeData = z.output<ReturnType<typeof noticeSchema>>;
