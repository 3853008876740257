/**
 * How honors read on a page, a card, a share image and in JSON-LD: the title exactly as issued
 * and its term, with nothing ever prefixed (a level put before 首都文明单位 gave
 * 「省级首都文明单位」, which no document says). Level and tier are facets, shown apart.
 */
import type { BodyLevel, BodyTier } from '../../schemas/bodies.ts';
import { formatAtPrecision, type Precision } from './partial-dates.ts';
import type { HonorState, ValidityRule } from './state.ts';
import { ruleText } from './state.ts';

/** 「首都文明单位（2015年度）」, 「全国林业系统先进集体」; a posthumous one 「见义勇为英雄（2012年度，追授）」. */
export function honorLabel(honor: { title: string; term?: string | undefined; posthumous?: boolean | undefined }): string {
  const notes = [honor.term, honor.posthumous ? '追授' : undefined].filter(Boolean);
  return notes.length ? `${honor.title}（${notes.join('，')}）` : honor.title;
}

/** The facets of a body, as a small separate line: 「省级 · 省直机关」, 「全国 · 林业系统」. */
export function facetText(body: { level: BodyLevel; tier?: BodyTier | undefined; system?: string | undefined }): string {
  const tier = body.tier === '系统' ? body.system : body.tier;
  return [body.level, tier].filter(Boolean).join(' · ');
}

/**
 * The word for the current status: the status as written or derived; a 表彰 reads 「表彰」 until
 * it is revoked; a naming after today reads 「尚未生效」.
 */
export function statusWord(state: Pick<HonorState, 'status' | 'standing'> | undefined): string {
  if (!state) return '状态不明';
  if (state.standing === 'announced') return '尚未生效';
  if (state.standing === 'awarded') return '表彰';
  return state.status;
}

/** 2015年12月20日, or 「约2011年」 when computed from an imprecise date. */
export function approximateDay(day: string, precision: Precision): string {
  return precision === 'day' ? formatAtPrecision(day, 'day') : `约${formatAtPrecision(day, precision)}`;
}

/**
 * Why a derived end is where it is, for the muted last line of a timeline:
 * 「按授予机关规则推算：命名或复查保留后 3 年，宽限 90 天；示例设定」.
 */
export function lapseBasis(rule: ValidityRule): string {
  return `按授予机关规则推算：${ruleText(rule)}${rule.assumed ? '；示例设定' : ''}`;
}
