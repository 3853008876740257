/**
 * 工作动态 / 通知公告 / 政策文件 / 媒体报道: news items and documents, one file per item in
 * content/news/<slug>.md (its attachments beside it, e.g. content/news/files/). The kinds are a
 * list in content/settings.yaml (`news.kinds`), so an office can add its own columns; the
 * editorial chain (编辑 / 审核 / 终审, the 三审 rule) is recorded per item, and
 * `news.requireFinalReview: true` makes 终审 required.
 */
import { z } from 'astro/zod';
import { messages } from '../messages/index.ts';
import type { SchemaHelpers } from './context.ts';
import { entryFields, imageWithAlt, isoDate, references, strict, text } from './shared.ts';

/** The kinds an office starts with (通知公告 here are announcements; 公示 with a window are notices). */
export const NEWS_KINDS = ['工作动态', '通知公告', '政策文件', '媒体报道'] as const;

/** The `news:` block of content/settings.yaml. */
export const newsSettingsSchema = strict({
  /** The columns news items are filed under, in the order the site lists them. @example [工作动态, 通知公告, 政策文件, 媒体报道, 志愿服务] */
  kinds: z.array(text('栏目名称 news.kinds')).min(1, { error: messages.news.kindsEmpty }).default([...NEWS_KINDS]),
  /** True: every item must name who gave its final approval (终审, review.approver). Default false. */
  requireFinalReview: z.boolean({ error: messages.news.requireFinalReview }).default(false),
}).default({ kinds: [...NEWS_KINDS], requireFinalReview: false });
export type NewsSettings = z.output<typeof newsSettingsSchema>;

export function newsSchema(helpers: SchemaHelpers) {
  const settings = newsSettingsSchema.parse(helpers.settings.news);
  return strict({
    ...entryFields,
    /** @example 宜昌市机关事务管理局印发2010—2011年区级文明单位创建方案 */
    title: text('标题 title'),
    /** The day it was published. */
    date: isoDate,
    /** Its column, one of `news.kinds` in content/settings.yaml. @example 工作动态 */
    kind: text('栏目 kind').refine((kind) => settings.kinds.includes(kind), {
      error: (issue) => messages.news.kind(String(issue.input), settings.kinds),
    }),
    /** 文号 of a document. @example 宜机事〔2010〕12号 */
    number: z.string().trim().optional(),
    /** Where it comes from: the issuing office or the paper that ran it. @example 科学导报 */
    source: z.string().trim().optional(),
    /** Who wrote it. */
    author: z.string().trim().optional(),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: messages.news.summaryTooLong }),
    cover: imageWithAlt(helpers, '封面').optional(),
    /** Files published with it, listed under the text with their type and size. */
    attachments: z
      .array(
        strict({
          title: text('附件名称 attachments.title'),
          // Published at news/files/… (src/pages/news/files/[...file].ts), so kept in that folder.
          file: helpers.attachment(['pdf', 'docx', 'xlsx']).refine((file) => file.path.startsWith('files/'), { error: (issue) => messages.news.attachmentFolder(String((issue.input as { path?: string })?.path ?? issue.input)) }),
        }),
      )
      .default([]),
    /** 编辑 / 审核 / 终审: who edited, reviewed and approved it, shown under the text. */
    review: strict({
      editor: text('编辑 review.editor'),
      reviewer: text('审核 review.reviewer'),
      approver: z.string().trim().min(1, { error: messages.news.approverEmpty }).optional(),
    }),
    units: references(helpers, 'units'),
    figures: references(helpers, 'figures'),
    lectures: references(helpers, 'lectures'),
    exhibitions: references(helpers, 'exhibitions'),
    notices: references(helpers, 'notices'),
  }).superRefine((item, ctx) => {
    if (settings.requireFinalReview && !item.review.approver) {
      ctx.addIssue({ code: 'custom', path: ['review', 'approver'], message: messages.news.approverMissing });
    }
  });
}
export type NewsData = z.output<ReturnType<typeof newsSchema>>;
