/**
 * 公示 and 通报: what the office makes public. One file per notice in content/notices/<slug>.md;
 * the body is the notice's text.
 *
 * A 公示 (拟命名, 拟推荐, 复查, 黄牌警告, 摘牌, 撤销, 恢复…) has an objection window and contacts,
 * and may name candidates that are not yet units (a 拟命名 list is mostly new applicants). A 通报
 * (an inspection result, S000) has no window: it is simply published.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { attachment, entryFields, enumField, isoDate, references, strict, text } from './shared.ts';

export const NOTICE_KINDS = ['拟命名', '拟推荐', '复查', '黄牌警告', '摘牌', '撤销', '恢复', '通报', '其他'] as const;

export function noticeSchema(helpers: SchemaHelpers) {
  return strict({
      ...entryFields,
      /** @example 2026年度省直机关文明和谐标兵单位拟命名名单公示 */
      title: text('标题 title'),
      /** 拟命名, 拟推荐, 复查, 黄牌警告, 摘牌, 撤销, 恢复, 通报 (no window) or 其他. */
      kind: enumField(NOTICE_KINDS, '公示类型 kind'),
      /** Who issues it: `office` (the office that runs this site) or a body's slug in content/bodies/. Default office. */
      issuer: z.union([z.literal('office'), helpers.reference('bodies')]).default('office'),
      /** The day it was published. */
      published: isoDate,
      /** The objection window, both days included; required for a 公示, not written for a 通报. */
      window: strict({ start: isoDate, end: isoDate }).optional(),
      /** Where objections go (phone, mail, address); required with a window. */
      contacts: z.array(strict({ label: text('联系方式名称 label'), value: text('联系方式 value') })).default([]),
      /**
       * What a 拟命名 list proposes: the body, the title and the term, shown with the candidates and
       * used for their downloadable list. @example { body: shanxi-shengzhi, title: 山西省直机关文明和谐标兵单位, term: 2026年度 }
       */
      proposal: strict({ body: helpers.reference('bodies'), title: text('称号 title'), term: text('届次 term') }).optional(),
      /**
       * The candidates a 拟命名 / 拟推荐 list names: a unit this site has (`unit`), a person
       * (`figure`), or a body that is not (yet) a unit here (`name`, with its region or system).
       */
      candidates: z
        .array(
          strict({
            unit: helpers.reference('units').optional(),
            figure: helpers.reference('figures').optional(),
            /** @example 山西省某局（示例） */
            name: z.string().trim().min(1).optional(),
            /** For a `name`: its region or system, as the list gives it. @example 省直机关 */
            place: z.string().trim().optional(),
          }).refine((candidate) => [candidate.unit, candidate.figure, candidate.name].filter(Boolean).length === 1, {
            error: '每位候选写且只写一项：unit（本站已有的单位文件名）、figure（人物文件名）或 name（还不是本站单位的名称）',
          }),
        )
        .default([]),
      /** Other units it concerns (slugs): those a 通报 or a 黄牌警告 names. */
      units: references(helpers, 'units'),
      /** Figures it concerns (slugs). */
      figures: references(helpers, 'figures'),
      /** Files published with it (PDF, XLSX, DOCX in public/media/). */
      attachments: z.array(attachment).default([]),
      /** Other places it was published. @example [山西日报, 新浪网] */
      channels: z.array(text('发布媒体')).default([]),
      /** One sentence for cards, search results and the share image (≤ 120 characters). */
      summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }),
      /** What was decided, once the window has closed. */
      outcome: strict({ date: isoDate, result: text('公示结果 result'), document: z.string().trim().optional() }).optional(),
      /** True when the notice is a demo invention; the page says so. */
      fictional: z.boolean().default(false),
    })
    .superRefine((notice, ctx) => {
      if (notice.kind === '通报') {
        if (notice.window) ctx.addIssue({ code: 'custom', path: ['window'], message: '通报没有公示期：删除 window（有异议期的请把 kind 改为相应的公示类型）' });
        if (notice.contacts.length) ctx.addIssue({ code: 'custom', path: ['contacts'], message: '通报不收集异议：删除 contacts' });
      } else if (!notice.window) {
        ctx.addIssue({ code: 'custom', path: ['window'], message: `「${notice.kind}」公示要写公示期 window: { start: 开始日期, end: 截止日期 }；没有异议期的通报请写 kind: 通报` });
      } else {
        if (notice.window.end < notice.window.start) {
          ctx.addIssue({ code: 'custom', path: ['window', 'end'], message: `公示截止日期 ${notice.window.end} 早于开始日期 ${notice.window.start}` });
        }
        if (notice.contacts.length === 0) ctx.addIssue({ code: 'custom', path: ['contacts'], message: '联系方式 contacts 至少要有一项，公众才能反映意见' });
      }
      if (notice.units.length + notice.figures.length + notice.candidates.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['units'], message: '公示至少要涉及一个单位（units）、一位人物（figures）或一个候选（candidates）' });
      }
    });
}
export type NoticeData = z.output<ReturnType<typeof noticeSchema>>;
