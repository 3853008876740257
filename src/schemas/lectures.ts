/**
 * 思想讲坛 / 道德讲堂: one session of a lecture series. One file per session in
 * content/lectures/<slug>.md; the body is its summary or transcript.
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { entryFields, imageWithAlt, isoDate, references, strict, text, url } from './shared.ts';

/** A media file in public/media/ (written `/media/…`) or an external http(s) address. */
export const mediaPath = (what: string, extensions: readonly string[]) =>
  z.union([
    z.string().regex(new RegExp(`^/media/[A-Za-z0-9._/-]+\\.(?:${extensions.join('|')})$`), {
      error: `${what}应放在 public/media/ 下并写成 /media/文件名（${extensions.join('、')}），或写完整的 https:// 网址`,
    }),
    url,
  ]);

export function lectureSchema(helpers: SchemaHelpers) {
  return strict({
    ...entryFields,
    /** The lecture's title. @example 做新时代的追梦人 */
    title: text('标题 title'),
    /** The series it belongs to. @example 省直机关领导干部思想讲坛 */
    series: text('系列 series'),
    /** The session number within the series (第N期). @example 12 */
    session: z.number({ error: '期数 session 应为正整数，例如 12' }).int().positive({ error: '期数 session 应为正整数' }),
    /** The day it took place (or will). */
    date: isoDate,
    /** Start time, 24-hour. @example 14:30 */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间 time 应写成 24 小时制 HH:MM，例如 14:30' }).optional(),
    /** Where. @example 省委党校报告厅 */
    venue: text('地点 venue'),
    /** The hosting unit (its slug in content/units/). */
    host: helpers.reference('units'),
    /** Who spoke. */
    speakers: z
      .array(strict({
        /** @example 李明 */
        name: text('主讲人姓名 name'),
        /** @example 教授 */
        position: z.string().trim().optional(),
        /** @example 山西大学哲学社会学学院 */
        affiliation: z.string().trim().optional(),
      }))
      .min(1, { error: '主讲人 speakers 至少要有一位' }),
    /** Model figures the session presents (a 道德讲堂 学模范). */
    figures: references(helpers, 'figures'),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }),
    /** A cover image. */
    cover: imageWithAlt(helpers, '封面').optional(),
    /** The recording: a file in public/media/ or an external address, with captions for local files. */
    video: strict({
        src: mediaPath('视频 video.src', ['mp4', 'webm']),
        /** WebVTT captions (required for a local file so the recording is accessible). */
        captions: mediaPath('字幕 video.captions', ['vtt']).optional(),
      })
      .refine((video) => /^https?:/.test(video.src) || video.captions !== undefined, {
        error: '本地视频需要字幕：请在 video.captions 写上 /media/文件名.vtt',
        path: ['captions'],
      })
      .optional(),
    /** Slides as a PDF in public/media/. */
    slides: mediaPath('讲稿 slides', ['pdf']).optional(),
    /** How many attended. */
    audience: z.number().int().nonnegative({ error: '听众人数 audience 应为非负整数' }).optional(),
  });
}
export type LectureData = z.output<ReturnType<typeof lectureSchema>>;
