/**
 * Which honor comes first, which one a card shows, and the counts every page states the same way:
 * units holding a title today (黄牌警告 included) beside units ever named, and units by the highest
 * level they hold, each counted once (the way S001 counts 25 省级 + 30 市级 + 15 市直机关 of 85).
 */
import { BODY_LEVELS, type BodyLevel, type BodyTier } from '../../schemas/bodies.ts';
import { facetText } from './labels.ts';
import { isHeld, type HonorStanding } from './statuses.ts';

export interface RankedHonor {
  level: BodyLevel;
  tier?: BodyTier | undefined;
  system?: string | undefined;
  /** The title's rank within its body (higher is higher). */
  titleRank?: number | undefined;
  kind: '称号' | '表彰';
  standing: HonorStanding;
  /** The named day (YYYY-MM-DD; an imprecise date's last day); '' when unknown. */
  named: string;
}

/**
 * Level order, highest first: 全国, 省级, 省级 · a tier, 市级, … A tier (省直机关, 系统) sorts
 * just below its plain level: an office's own tier is narrower than the whole level.
 */
export const levelOrder = (honor: Pick<RankedHonor, 'level' | 'tier'>) => BODY_LEVELS.indexOf(honor.level) * 2 + (honor.tier ? 1 : 0);

/** Highest first: level order, then the title's rank within its body, then the newest naming. */
export function compareHonors(a: RankedHonor, b: RankedHonor): number {
  return levelOrder(a) - levelOrder(b) || (b.titleRank ?? 0) - (a.titleRank ?? 0) || b.named.localeCompare(a.named);
}

/**
 * The honor a unit's card shows: the highest in force (held or warned), else the highest 表彰,
 * else the newest that ended. Undefined when nothing has taken effect yet.
 */
export function headlineHonor<H extends RankedHonor>(honors: readonly H[]): H | undefined {
  const inForce = honors.filter((honor) => isHeld(honor.standing)).sort(compareHonors);
  if (inForce[0]) return inForce[0];
  const awarded = honors.filter((honor) => honor.standing === 'awarded').sort(compareHonors);
  if (awarded[0]) return awarded[0];
  return honors.filter((honor) => honor.standing !== 'announced').sort((a, b) => b.named.localeCompare(a.named))[0];
}

/** Whether a unit holds a 称号 today (黄牌警告 still holds it). */
export const holdsTitleToday = (honors: readonly RankedHonor[]) => honors.some((honor) => honor.kind === '称号' && isHeld(honor.standing));

/** Whether a unit was ever named (a naming after today does not count yet). */
export const everNamed = (honors: readonly RankedHonor[]) => honors.some((honor) => honor.standing !== 'announced');

/**
 * Units by the highest level they hold today, each unit once: the label is the level with its tier
 * (「省级 · 省直机关」), in level order.
 */
export function unitsByHighestLevel(units: readonly { honors: readonly RankedHonor[] }[]): { label: string; value: number }[] {
  const counts = new Map<string, { order: number; value: number }>();
  for (const unit of units) {
    const top = unit.honors.filter((honor) => honor.kind === '称号' && isHeld(honor.standing)).sort(compareHonors)[0];
    if (!top) continue;
    const label = facetText(top);
    const entry = counts.get(label) ?? { order: levelOrder(top), value: 0 };
    entry.value += 1;
    counts.set(label, entry);
  }
  return [...counts].sort((a, b) => a[1].order - b[1].order || a[0].localeCompare(b[0], 'zh-CN')).map(([label, { value }]) => ({ label, value }));
}
