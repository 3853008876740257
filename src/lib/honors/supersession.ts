/**
 * 升格: a higher title from the same body, named while the lower one is in force (or in its grace
 * days), ends the lower one on its naming day. The same title named again for a later term ends
 * the earlier one the same way, as 届满终止 continued by the new term. Bodies never supersede each
 * other's titles (the seeds say nothing of it; S001 only counts each unit once at its highest
 * level), and a later end of the successor never revives what it replaced.
 */
import { addDays, type Precision } from './partial-dates.ts';
import { deriveHonorState, namedDay, type HonorInput, type HonorState, type ValidityRule } from './state.ts';

export interface SupersessionInput extends HonorInput {
  body: string;
  title: string;
  /** The title's rank within its body, when it has one. */
  rank?: number | undefined;
  rule: ValidityRule;
  /** The state on today without regard to the unit's other honors. */
  state: HonorState | undefined;
}

/** Whether `honor` was in force, or in its grace days, on `day`. */
function inForceOrGrace(honor: SupersessionInput, day: string): { inForce: boolean; lapse?: string } {
  const named = namedDay(honor);
  if (!named || named.day >= day) return { inForce: false };
  const before = deriveHonorState(honor, honor.rule, addDays(day, -1));
  if (!before) return { inForce: false };
  if (before.standing === 'held' || before.standing === 'warned') return { inForce: true, lapse: before.validUntil && addDays(before.validUntil, 1) };
  if (before.status === '届满终止' && day < addDays(before.since, honor.rule.graceDays ?? 0)) return { inForce: true, lapse: before.since };
  return { inForce: false };
}

interface Found {
  day: string;
  precision: Precision;
  index: number;
  higher: boolean;
  lapse?: string | undefined;
}

/**
 * The unit's honors' states with supersession applied, in the same order. `today` bounds which
 * successors count: one named after today has not happened yet.
 */
export function applySupersession(honors: readonly SupersessionInput[], today: string): (HonorState | undefined)[] {
  return honors.map((honor) => {
    if (honor.rule.kind !== '称号' || !honor.state) return honor.state;
    let best: Found | undefined;
    for (const [index, other] of honors.entries()) {
      if (other === honor || other.body !== honor.body || other.rule.kind !== '称号') continue;
      const higher = other.rank !== undefined && honor.rank !== undefined && other.rank > honor.rank;
      const again = other.title === honor.title;
      if (!higher && !again) continue;
      const named = namedDay(other);
      const own = namedDay(honor)?.day;
      if (!named || !own || named.day > today || named.day <= own) continue;
      const before = inForceOrGrace(honor, named.day);
      if (!before.inForce) continue;
      if (!best || named.day < best.day) best = { day: named.day, precision: named.precision, index, higher, lapse: before.lapse };
    }
    if (!best) return honor.state;
    const found = best;
    const announced = honor.state.announced;
    if (found.higher) return { status: '升格', since: found.day, precision: found.precision, standing: 'superseded', derived: true, announced, successor: found.index };
    const lapsedFirst = found.lapse !== undefined && found.lapse < found.day;
    return { status: '届满终止', since: lapsedFirst ? found.lapse! : found.day, precision: lapsedFirst ? 'day' : found.precision, standing: 'ended', derived: true, announced, successor: found.index };
  });
}
