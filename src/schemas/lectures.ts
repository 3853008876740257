/**
 * 思想讲坛 / 道德讲堂: one session of a lecture series. One file per session in
 * content/lectures/<slug>.md; the body is its summary or transcript.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { removed } from './honors.ts';
import { entryFields, imageWithAlt, isoDate, mediaPath, references, strict, text } from './shared.ts';

export function lectureSchema(helpers: SchemaHelpers) {
  return strict({
    ...entryFields,
    /** The lecture's title. @example 做新时代的追梦人 */
    title: text('标题 title').meta({ title: '标题', description: '例如 做新时代的追梦人' }),
    /** The series it belongs to. @example 省直机关领导干部思想讲坛 */
    series: text('系列 series').meta({ title: '系列', description: '所属讲坛或讲堂，例如 省直机关领导干部思想讲坛' }),
    /** The session number within the series (第N期). @example 12 */
    session: z.number({ error: '期数 session 应为正整数，例如 12' }).int().positive({ error: '期数 session 应为正整数' }).meta({ title: '期数', description: '本系列的第几期，例如 12' }),
    /** The day it took place (or will). */
    date: isoDate.meta({ title: '日期', description: '举办日期（可以是将来的日期）' }),
    /** Start time, 24-hour. @example 14:30 */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间 time 应写成 24 小时制 HH:MM，例如 14:30' }).optional().meta({ title: '开始时间', description: '24 小时制，例如 14:30' }),
    /** Where. @example 省委党校报告厅 */
    venue: text('地点 venue').meta({ title: '地点', description: '例如 省委党校报告厅' }),
    /**
     * Who organised it: `office` for the office that runs this site (its name comes from
     * settings.officeName; the seeds' 思想讲坛 is the 省直 office's own), or a unit's slug in
     * content/units/ (a 道德讲堂 held by a unit). @example office / yichang-xiling-bailonggang-shequ
     */
    organiser: z
      .union([z.literal('office'), helpers.reference('units')], {
        error: '主办 organiser 写 office（本办主办），或写 content/units/ 下某个单位的文件名（单位主办）',
      })
      .meta({ title: '主办', description: '本办主办写 office；单位主办写该单位的文件名，例如 yichang-xiling-bailonggang-shequ' }),
    /** Where it took place, when that is an honored unit (its slug): the unit's page lists it. */
    venueUnit: helpers.reference('units').optional().meta({ title: '举办单位', description: '在某个文明单位举办时，在文明单位中搜索单位名称；单位页会列出这一期' }),
    /** The former field: say what replaced it. */
    host: removed('字段 host 已改名为 organiser：本办主办写 organiser: office，单位主办写 organiser: 单位文件名；举办地点是某个单位时另写 venueUnit'),
    /** Who spoke. */
    speakers: z
      .array(strict({
        /** @example 李明 */
        name: text('主讲人姓名 name').meta({ title: '姓名' }),
        /** @example 教授 */
        position: z.string().trim().optional().meta({ title: '职务或职称', description: '例如 教授' }),
        /** @example 山西大学哲学社会学学院 */
        affiliation: z.string().trim().optional().meta({ title: '单位', description: '例如 山西大学哲学社会学学院' }),
      }).meta({ title: '主讲人' }))
      .min(1, { error: '主讲人 speakers 至少要有一位' })
      .meta({ title: '主讲人' }),
    /** Model figures the session presents (a 道德讲堂 学模范). */
    figures: references(helpers, 'figures').meta({ title: '宣讲的模范', description: '道德讲堂「学模范」环节介绍的人物，在道德模范中搜索姓名' }),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
    /** A cover image. */
    cover: imageWithAlt(helpers, '封面').optional().meta({ title: '封面' }),
    /** The recording: a file in public/media/ or an external address, with captions for local files. */
    video: strict({
        src: mediaPath('视频 video.src', ['mp4', 'webm']).meta({ title: '视频地址', description: '放在 public/media/ 下写成 /media/文件名.mp4（或 .webm），或写完整的 https:// 网址' }),
        /** WebVTT captions (required for a local file so the recording is accessible). */
        captions: mediaPath('字幕 video.captions', ['vtt']).optional().meta({ title: '字幕', description: '本地视频必须有字幕：/media/文件名.vtt' }),
      })
      .refine((video) => /^https?:/.test(video.src) || video.captions !== undefined, {
        error: '本地视频需要字幕：请在 video.captions 写上 /media/文件名.vtt',
        path: ['captions'],
      })
      .optional()
      .meta({ title: '录像' }),
    /** Slides as a PDF in public/media/. */
    slides: mediaPath('讲稿 slides', ['pdf']).optional().meta({ title: '讲稿', description: 'PDF 放在 public/media/ 下，写成 /media/文件名.pdf' }),
    /** How many attended. */
    audience: z.number().int().nonnegative({ error: '听众人数 audience 应为非负整数' }).optional().meta({ title: '听众人数' }),
  });
}
export type LectureData = z.output<ReturnType<typeof lectureSchema>>;
