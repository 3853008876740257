/**
 * 命名批次: one naming decision — a conferring body and a term (and its document number when one
 * body took two decisions for one term) — and what the office published about it that the units'
 * own files cannot say: how many applied, were evaluated, were publicised and were named, by title
 * (标兵 and 文明 apart) and in all, most of which have no page on this site.
 *
 * Optional: a batch page exists for every body and term a unit's honor names; a file here adds
 * these figures to it. One file per decision, content/batches/<body>-<term>.yaml, named as the
 * batch's address: shanxi-shengzhi-2009.yaml for 山西省直 2009年度 (the term 2010—2011年度 gives
 * 2010-2011, 第十一届 gives jie-11, 第三批 gives pi-3).
 */
import { z } from 'astro/zod';
import { partialDate } from './honors.ts';
import { slug, strict, text } from './shared.ts';

const count = (what: string) =>
  z.number({ error: `${what}应为整数，例如 29` }).int({ error: `${what}应为整数，例如 29` }).nonnegative({ error: `${what}不能是负数` });

/** The stages of a naming, in the order they happen. */
export const STAGES = ['申报', '测评', '拟命名公示', '命名'] as const;
export type Stage = (typeof STAGES)[number];

/** A stage's figures: in all and/or per title (titles of the body, as issued). */
const stage = (name: Stage) =>
  strict({
    /** How many units in all. @example 111 */
    total: count(`${name}总数 total`).optional().meta({ title: '总数', description: `${name}的单位总数` }),
    /** How many per title. @example { 山西省直机关文明和谐标兵单位: 30, 山西省直机关文明和谐单位: 81 } */
    byTitle: z
      // The web form writes a number as text ('30'): read it as the number it is.
      .record(z.string().meta({ title: '称号' }), z.preprocess((value) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value), count(`${name}数`)).meta({ title: '单位数' }))
      .optional()
      .meta({ title: '分称号的数', description: '按称号原文分别写单位数，例如 山西省直机关文明和谐标兵单位 30' }),
  })
    .refine((figures) => figures.total !== undefined || figures.byTitle !== undefined, { error: `${name}至少写 total（总数）或 byTitle（分称号的数）之一` })
    .meta({ title: name });

export const batchSchema = strict({
  /** The conferring body: a file name in content/bodies/. @example shanxi-shengzhi */
  body: slug.meta({ title: '授予机关', description: 'content/bodies/ 下机关的文件名，例如 shanxi-shengzhi' }),
  /** The term exactly as the honors write it. @example 2009年度 */
  term: text('届次 term').meta({ title: '届次', description: '与单位荣誉上写的一致，例如 2009年度' }),
  /** The day (or month, or year) of the decision. @example 2009-12-28 / 2009 */
  date: partialDate.optional().meta({ title: '决定日期', description: '写成 YYYY-MM-DD；只知道年月写 2009-12，只知道年份写 2009' }),
  /** The decision's document number; required when one body took two decisions for one term. @example 晋直文明委〔2009〕21号 */
  document: z.string().trim().optional().meta({ title: '命名文件文号', description: '例如 晋直文明委〔2009〕21号；同一机关同一届次有两次决定时必填' }),
  /** What decided it, when the source names a meeting rather than a document. @example 2009年度省直文明委第二次全委会 */
  meeting: z.string().trim().optional().meta({ title: '决定会议', description: '来源写的是会议而不是文件时填写，例如 2009年度省直文明委第二次全委会' }),
  /** The figures of each stage that the source gives; any subset of 申报, 测评, 拟命名公示, 命名. */
  stages: strict(Object.fromEntries(STAGES.map((name) => [name, stage(name).optional()])) as Record<Stage, z.ZodOptional<ReturnType<typeof stage>>>)
    .optional()
    .meta({ title: '各环节数字', description: '来源给出的申报、测评、拟命名公示、命名各环节的单位数' }),
  /** Where the result was made public. @example [山西日报, 新浪网, 搜狐网] */
  channels: z.array(text('公示媒体')).default([]).meta({ title: '公示媒体', description: '每个一项，例如 山西日报' }),
  /** The 命名率 in percent as the source states it; checked against 命名 ÷ 申报. @example 26 */
  statedRate: z
    .number({ error: '命名率 statedRate 应为数字（百分数，不带 %），例如 26' })
    .min(0)
    .max(100)
    .optional()
    .meta({ title: '命名率（%）', description: '来源写明的百分数，不带 %，例如 26；会与 命名÷申报 核对' }),
  /** Where the figures come from. @example 《种文明花 树和谐风》（科学导报） */
  source: z.string().trim().optional().meta({ title: '来源', description: '数字出自哪份文件或报道' }),
  /** One or two sentences shown on the batch page. */
  note: z.string().trim().optional().meta({ title: '说明', description: '显示在批次页上的一两句话' }),
  /** True when the figures are a demo invention. */
  fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '数字是演示用的虚构内容时勾选，页面会注明' }),
}).superRefine((batch, ctx) => {
  const stages = batch.stages ?? {};
  for (const name of STAGES) {
    const figures = stages[name];
    if (!figures?.byTitle || figures.total === undefined) continue;
    const sum = Object.values(figures.byTitle).reduce((a, b) => a + b, 0);
    if (sum !== figures.total) ctx.addIssue({ code: 'custom', path: ['stages', name, 'total'], message: `${name}总数 ${figures.total} 与分称号之和 ${sum} 不一致，请核对` });
  }
  // Each stage keeps at most as many units as the one before it, in all and per title.
  const present = STAGES.filter((name) => stages[name]);
  for (let i = 1; i < present.length; i++) {
    const before = stages[present[i - 1]!]!;
    const after = stages[present[i]!]!;
    if (before.total !== undefined && after.total !== undefined && after.total > before.total) {
      ctx.addIssue({ code: 'custom', path: ['stages', present[i]!, 'total'], message: `${present[i]} ${after.total} 个多于${present[i - 1]} ${before.total} 个：后一环节不会多于前一环节，请核对` });
    }
    for (const [title, n] of Object.entries(after.byTitle ?? {})) {
      const earlier = before.byTitle?.[title];
      if (earlier !== undefined && n > earlier) ctx.addIssue({ code: 'custom', path: ['stages', present[i]!, 'byTitle', title], message: `「${title}」${present[i]} ${n} 个多于${present[i - 1]} ${earlier} 个，请核对` });
    }
  }
  if (batch.statedRate !== undefined) {
    const applied = stages.申报?.total;
    const named = stages.命名?.total;
    if (applied === undefined || named === undefined) {
      ctx.addIssue({ code: 'custom', path: ['statedRate'], message: '写了命名率 statedRate，就要写申报和命名的总数（stages.申报.total、stages.命名.total），以便核对' });
    } else if (applied > 0 && Math.abs((named / applied) * 100 - batch.statedRate) > 0.5) {
      ctx.addIssue({ code: 'custom', path: ['statedRate'], message: `命名率 ${batch.statedRate}% 与 命名 ${named} ÷ 申报 ${applied} = ${((named / applied) * 100).toFixed(1)}% 不符，请核对数字` });
    }
  }
});
export type BatchData = z.output<typeof batchSchema>;
