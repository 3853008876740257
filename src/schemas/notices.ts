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
      title: text('标题 title'),
      kind: enumField(NOTICE_KINDS, '公示类型 kind'),
      /** The day it was published. */
      published: isoDate,
      /** The objection window, both days included. */
      window: strict({ start: isoDate, end: isoDate }),
      /** Where objections go: phone, mail, address. */
      contacts: z
        .array(strict({ label: text('联系方式名称 label'), value: text('联系方式 value') }))
        .min(1, { error: '联系方式 contacts 至少要有一项，公众才能反映意见' }),
      /** Units it concerns (slugs). */
      units: references(helpers, 'units'),
      /** Figures it concerns (slugs). */
      figures: references(helpers, 'figures'),
      /** One sentence for cards, search results and the share image (≤ 120 characters). */
      summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }),
      /** What was decided, once the window has closed. */
      outcome: strict({ date: isoDate, result: text('公示结果 result'), document: z.string().trim().optional() })
        .optional(),
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
