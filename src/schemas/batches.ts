/**
 * 命名批次: what the office published about one naming batch (a year and a level) that the
 * units' own files cannot say: how many units applied and how many were named in all, most of
 * which may have no page on this site. Optional: a batch page exists for every year and level
 * a unit's honor names; a file here only adds these figures to it. One file per batch,
 * content/batches/<year>-<level>.yaml, the level in ASCII (national, provincial, municipal,
 * county, sector), e.g. content/batches/2009-provincial.yaml.
 */
import { z } from 'astro/zod';
import { strict } from './shared.ts';

const count = (what: string) =>
  z.number({ error: `${what}应为整数，例如 38` }).int({ error: `${what}应为整数，例如 38` }).nonnegative({ error: `${what}不能是负数` });

export const batchSchema = strict({
  /** How many units applied (申报). @example 46 */
  applied: count('申报单位数 applied').optional().meta({ title: '申报单位数', description: '例如 46' }),
  /** How many units were named (命名) in all, with or without a page here. @example 38 */
  named: count('命名单位数 named').optional().meta({ title: '命名单位数', description: '全部命名单位，含本站未收录的，例如 38' }),
  /** The naming decision's document number (文号). @example 晋文明委〔2009〕12号 */
  document: z.string().trim().optional().meta({ title: '命名文件文号', description: '例如 晋文明委〔2009〕12号' }),
  /** One or two sentences shown on the batch page. */
  note: z.string().trim().optional().meta({ title: '说明', description: '显示在批次页上的一两句话' }),
}).refine((batch) => batch.applied === undefined || batch.named === undefined || batch.named <= batch.applied, {
  error: '命名单位数 named 不能多于申报单位数 applied，请核对两个数字',
  path: ['named'],
});
export type BatchData = z.output<typeof batchSchema>;
