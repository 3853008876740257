/**
 * A model figure's ladder: 身边好人 → 中国好人 → 道德模范提名奖 → 道德模范. Each rung a figure has
 * reached lists its honors; a revoked honor reaches nothing. The rung of a title comes from its
 * body's file (`rung`), so a local 好人 title (福州好人, 宜昌好人) sits on the first rung.
 */
import { RUNGS, type Rung } from '../../schemas/bodies.ts';

export interface LadderHonor {
  rung?: Rung | undefined;
  /** Revoked or cancelled (the decision, or true): shown struck, reaches no rung. */
  revoked: unknown;
}

export interface Ladder<H> {
  rungs: { rung: Rung; reached: boolean; honors: H[] }[];
  /** Honors that are on no rung (见义勇为英雄, 首都精神文明建设奖…) and revoked ones. */
  others: H[];
  /** The highest rung reached. */
  highest: Rung | undefined;
}

export function figureLadder<H extends LadderHonor>(honors: readonly H[]): Ladder<H> {
  const rungs = RUNGS.map((rung) => {
    const on = honors.filter((honor) => honor.rung === rung && !honor.revoked);
    return { rung, reached: on.length > 0, honors: on };
  });
  const others = honors.filter((honor) => !honor.rung || honor.revoked);
  const highest = rungs.filter((rung) => rung.reached).at(-1)?.rung;
  return { rungs, others, highest };
}
