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
      title: text('标题 title').meta({ title: '标题', description: '按原文，例如 2026年度省直机关文明和谐标兵单位拟命名名单公示' }),
      /** 拟命名, 拟推荐, 复查, 黄牌警告, 摘牌, 撤销, 恢复, 通报 (no window) or 其他. */
      kind: enumField(NOTICE_KINDS, '公示类型 kind').meta({ title: '公示类型', description: '没有异议期的通报选「通报」' }),
      /** Who issues it: `office` (the office that runs this site) or a body's slug in content/bodies/. Default office. */
      issuer: z
        .union([z.literal('office'), helpers.reference('bodies')])
        .default('office')
        .meta({ title: '发布机关', description: '本办发布写 office（默认）；其他机关写 content/bodies/ 下的文件名，例如 shanxi-wenmingwei' }),
      /** The day it was published. */
      published: isoDate.meta({ title: '发布日期' }),
      /** The objection window, both days included; required for a 公示, not written for a 通报. */
      window: strict({
        start: isoDate.meta({ title: '开始日期' }),
        end: isoDate.meta({ title: '截止日期', description: '含当天；不能早于开始日期' }),
      })
        .optional()
        .meta({ title: '公示期', description: '接受意见反映的起止日期，两端都含；通报不填' }),
      /** Where objections go (phone, mail, address); required with a window. */
      contacts: z
        .array(
          strict({
            label: text('联系方式名称 label').meta({ title: '名称', description: '例如 电话、电子邮箱、通信地址' }),
            value: text('联系方式 value').meta({ title: '内容', description: '例如 0351-0000000' }),
          }).meta({ title: '联系方式' }),
        )
        .default([])
        .meta({ title: '联系方式', description: '公众反映意见的电话、邮箱或地址；有公示期时至少一项' }),
      /**
       * What a 拟命名 list proposes: the body, the title and the term, shown with the candidates and
       * used for their downloadable list. @example { body: shanxi-shengzhi, title: 山西省直机关文明和谐标兵单位, term: 2026年度 }
       */
      proposal: strict({
        body: helpers.reference('bodies').meta({ title: '授予机关', description: '在授予机关中搜索' }),
        title: text('称号 title').meta({ title: '称号', description: '按文件原文，例如 山西省直机关文明和谐标兵单位' }),
        term: text('届次 term').meta({ title: '届次', description: '按文件原文，例如 2026年度' }),
      })
        .optional()
        .meta({ title: '拟命名称号', description: '拟命名名单公示时填写：哪个机关、什么称号、哪一届' }),
      /**
       * The candidates a 拟命名 / 拟推荐 list names: a unit this site has (`unit`), a person
       * (`figure`), or a body that is not (yet) a unit here (`name`, with its region or system).
       */
      candidates: z
        .array(
          strict({
            unit: helpers.reference('units').optional().meta({ title: '单位', description: '本站已有的单位，在文明单位中搜索；与人物、名称三者只填一项' }),
            figure: helpers.reference('figures').optional().meta({ title: '人物', description: '在道德模范中搜索姓名' }),
            /** @example 山西省某局（示例） */
            name: z.string().trim().min(1).optional().meta({ title: '名称', description: '还不是本站单位的候选，按名单原文' }),
            /** For a `name`: its region or system, as the list gives it. @example 省直机关 */
            place: z.string().trim().optional().meta({ title: '地区或系统', description: '写了名称时按名单填写，例如 省直机关' }),
          })
            .refine((candidate) => [candidate.unit, candidate.figure, candidate.name].filter(Boolean).length === 1, {
              error: '每位候选写且只写一项：unit（本站已有的单位文件名）、figure（人物文件名）或 name（还不是本站单位的名称）',
            })
            .meta({ title: '候选' }),
        )
        .default([])
        .meta({ title: '候选名单', description: '拟命名、拟推荐名单上的单位或人物，按名单顺序' }),
      /** Other units it concerns (slugs): those a 通报 or a 黄牌警告 names. */
      units: references(helpers, 'units').meta({ title: '涉及单位', description: '通报、黄牌警告等涉及的单位，在文明单位中搜索单位名称' }),
      /** Figures it concerns (slugs). */
      figures: references(helpers, 'figures').meta({ title: '涉及人物', description: '在道德模范中搜索姓名' }),
      /** Files published with it (PDF, XLSX, DOCX in public/media/). */
      attachments: z
        .array(
          attachment.meta({ title: '附件' }),
        )
        .default([])
        .meta({ title: '附件', description: '随公示发布的文件（PDF、XLSX、DOCX），放在 public/media/ 下' }),
      /** Other places it was published. @example [山西日报, 新浪网] */
      channels: z.array(text('发布媒体')).default([]).meta({ title: '发布媒体', description: '同时发布的报刊网站，每个一项，例如 山西日报' }),
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
      /** True when the notice is a demo invention; the page says so. */
      fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '演示用的虚构公示，页面会注明；真实公示不要勾选' }),
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
