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
  kinds: z
    .array(text('栏目名称 news.kinds'))
    .min(1, { error: messages.news.kindsEmpty })
    .default([...NEWS_KINDS])
    .meta({ title: '栏目', description: '动态与文件的栏目，按网站上的顺序；可以增加本办自己的栏目，例如 志愿服务' }),
  /** True: every item must name who gave its final approval (终审, review.approver). Default false. */
  requireFinalReview: z
    .boolean({ error: messages.news.requireFinalReview })
    .default(false)
    .meta({ title: '必须终审', description: '勾选后每条动态都必须写终审人（三审制）' }),
})
  .default({ kinds: [...NEWS_KINDS], requireFinalReview: false })
  .meta({ title: '动态与文件' });
export type NewsSettings = z.output<typeof newsSettingsSchema>;

export function newsSchema(helpers: SchemaHelpers) {
  const settings = newsSettingsSchema.parse(helpers.settings.news);
  return strict({
    ...entryFields,
    /** @example 宜昌市机关事务管理局印发2010—2011年区级文明单位创建方案 */
    title: text('标题 title').meta({ title: '标题', description: '例如 宜昌市机关事务管理局印发2010—2011年区级文明单位创建方案' }),
    /** The day it was published. */
    date: isoDate.meta({ title: '发布日期' }),
    /** Its column, one of `news.kinds` in content/settings.yaml. @example 工作动态 */
    kind: text('栏目 kind')
      .refine((kind) => settings.kinds.includes(kind), {
        error: (issue) => messages.news.kind(String(issue.input), settings.kinds),
      })
      .meta({ title: '栏目', description: '栏目在站点设置里增减（news.kinds）', enum: settings.kinds }),
    /** 文号 of a document. @example 宜机事〔2010〕12号 */
    number: z.string().trim().optional().meta({ title: '文号', description: '文件类的填写，例如 宜机事〔2010〕12号' }),
    /** Where it comes from: the issuing office or the paper that ran it. @example 科学导报 */
    source: z.string().trim().optional().meta({ title: '来源', description: '发文单位或刊发的报刊，例如 科学导报' }),
    /** Who wrote it. */
    author: z.string().trim().optional().meta({ title: '作者' }),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: messages.news.summaryTooLong }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
    cover: imageWithAlt(helpers, '封面').optional().meta({ title: '封面', description: '可不填；填写时用于卡片和分享图' }),
    /** Files published with it, listed under the text with their type and size. */
    attachments: z
      .array(
        strict({
          title: text('附件名称 attachments.title').meta({ title: '附件名称', description: '例如 创建工作实施方案' }),
          // Published at news/files/… (src/pages/news/files/[...file].ts), so kept in that folder.
          file: helpers
            .attachment(['pdf', 'docx', 'xlsx'])
            .refine((file) => file.path.startsWith('files/'), { error: (issue) => messages.news.attachmentFolder(String((issue.input as { path?: string })?.path ?? issue.input)) })
            .meta({ title: '文件', description: 'PDF、Word（.docx）或 Excel（.xlsx），存在 files/ 里；文件名只用字母、数字和连字符' }),
        }).meta({ title: '附件' }),
      )
      .default([])
      .meta({ title: '附件', description: '随正文发布的文件，列在正文下方，注明类型和大小' }),
    /** 编辑 / 审核 / 终审: who edited, reviewed and approved it, shown under the text. */
    review: strict({
      editor: text('编辑 review.editor').meta({ title: '编辑' }),
      reviewer: text('审核 review.reviewer').meta({ title: '审核' }),
      approver: z.string().trim().min(1, { error: messages.news.approverEmpty }).optional().meta({ title: '终审', description: '站点设置要求终审（news.requireFinalReview）时必填' }),
    }).meta({ title: '三审', description: '编辑、审核、终审人员的姓名，显示在正文下方' }),
    units: references(helpers, 'units').meta({ title: '相关单位', description: '在文明单位中搜索单位名称' }),
    figures: references(helpers, 'figures').meta({ title: '相关人物', description: '在道德模范中搜索姓名' }),
    lectures: references(helpers, 'lectures').meta({ title: '相关讲座', description: '在思想讲坛中搜索讲座题目' }),
    exhibitions: references(helpers, 'exhibitions').meta({ title: '相关图片展', description: '在图片展中搜索展览标题' }),
    notices: references(helpers, 'notices').meta({ title: '相关公示', description: '在公示中搜索公示标题' }),
  }).superRefine((item, ctx) => {
    if (settings.requireFinalReview && !item.review.approver) {
      ctx.addIssue({ code: 'custom', path: ['review', 'approver'], message: messages.news.approverMissing });
    }
  });
}
export type NewsData = z.output<ReturnType<typeof newsSchema>>;
