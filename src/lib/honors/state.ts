/**
 * An honor's state, derived from its history and its body's rule, with "today" passed in; and the
 * problems of a history, found with the same replay (without today), so what the gate accepts is
 * exactly what the derivation can read.
 *
 * The rule of a 称号 (from its body): it is in force `years` after its naming and after each
 * 复查保留 (each a *renewal*, anchored on its date, an imprecise date on the last day of its
 * period). The lapse day L is the anniversary of the anchor; a `validUntil` written on the entry
 * (a decision that states its own validity) replaces it with the day after. The honor is in force
 * through L − 1; 黄牌警告 does not stop the clock and 恢复 does not renew it. The first decision
 * dated in [L, L + graceDays) settles a late review: a 复查保留 continues the honor, a 摘牌/撤销/
 * 取消 ends it, anything else (or nothing) means it lapsed on L (届满终止). A decision dated on or
 * after L + graceDays is an error. A 表彰 never lapses.
 */
import { addDays, anniversary, formatAtPrecision, isPartialDate, lastDayOf, firstDayOf, precisionOf, type Precision } from './partial-dates.ts';
import { allowedAfter, RENEWALS, TERMINAL, type HonorStanding, type HonorStatusName, type WrittenStatus } from './statuses.ts';
import { termYears } from './terms.ts';

export interface HonorEvent {
  status: WrittenStatus;
  /** YYYY, YYYY-MM or YYYY-MM-DD; may be left out on the 命名 only (then the term's last year). */
  date?: string | undefined;
  document?: string | undefined;
  note?: string | undefined;
  /** The last day in force the decision itself states (renewals only). */
  validUntil?: string | undefined;
  /** The body that took this decision, when not the conferring one (a 省直 side's warning): its reference. */
  by?: unknown;
}

export interface HonorInput {
  term?: string | undefined;
  history: readonly HonorEvent[];
}

/** The part of a body's rule the derivation needs. */
export interface ValidityRule {
  kind: '称号' | '表彰';
  years?: number | undefined;
  graceDays?: number | undefined;
  /** No document states the rule: dates computed from it are 示例设定. */
  assumed?: boolean | undefined;
}

export interface HonorState {
  status: HonorStatusName;
  /** The day it took that status (for an imprecise date, the last day of its period). */
  since: string;
  precision: Precision;
  standing: HonorStanding;
  /** True for 届满终止 and 升格: computed, not written. */
  derived: boolean;
  /** The last day in force of the current period (a 称号 in force only). */
  validUntil?: string | undefined;
  /** How precisely validUntil is known. */
  validPrecision?: Precision | undefined;
  /** Indexes of the history entries dated after today: announced, not yet in effect. */
  announced: number[];
  /** The honor that ended it (升格, or a same-title renewal), by its index in the unit's honors. */
  successor?: number | undefined;
}

export interface HistoryProblem {
  /** The history entry, or undefined for the honor as a whole. */
  index?: number | undefined;
  /** The field of that entry (date, status), when one is at fault. */
  field?: 'date' | 'status' | 'validUntil' | undefined;
  message: string;
  hint?: string | undefined;
}

/** When an entry takes effect: the last day of its date's period; a dateless 命名, the term's last 31 December. */
export function effectiveDay(honor: HonorInput, index: number): { day: string; precision: Precision } | undefined {
  const event = honor.history[index]!;
  if (event.date && isPartialDate(event.date)) return { day: lastDayOf(event.date), precision: precisionOf(event.date) };
  if (event.date) return undefined;
  const years = index === 0 ? termYears(honor.term) : undefined;
  return years ? { day: `${years[1]}-12-31`, precision: 'year' } : undefined;
}

/** The named day of an honor (its 命名), as `effectiveDay` reads it. */
export const namedDay = (honor: HonorInput) => (honor.history.length ? effectiveDay(honor, 0) : undefined);

interface Period {
  /** The first day the honor is no longer in force unless renewed. */
  lapse: string;
  precision: Precision;
}

function periodFrom(event: HonorEvent, day: string, precision: Precision, rule: ValidityRule): Period | undefined {
  if (rule.kind !== '称号' || !rule.years) return undefined;
  if (event.validUntil && isPartialDate(event.validUntil)) return { lapse: addDays(lastDayOf(event.validUntil), 1), precision: precisionOf(event.validUntil) };
  return { lapse: anniversary(day, rule.years), precision };
}

interface Replay {
  state: HonorState | undefined;
  problems: HistoryProblem[];
}

/** 「命名或上次复查保留后 3 年，宽限 90 天」 */
export const ruleText = (rule: ValidityRule) => `命名或上次复查保留后 ${rule.years} 年${rule.graceDays ? `，宽限 ${rule.graceDays} 天` : ''}`;

/**
 * Replays a history in the order written. With `today`, entries after it are only announced and
 * a period that has run out lapses; without it (validation) every entry is read.
 */
function replay(honor: HonorInput, rule: ValidityRule, today: string | undefined): Replay {
  const problems: HistoryProblem[] = [];
  const announced: number[] = [];
  const grace = rule.graceDays ?? 0;
  let state: HonorState | undefined;
  let period: Period | undefined;
  let last: WrittenStatus | undefined;
  let previousDate: string | undefined;
  let ended = false;

  const lapseAt = (at: Period): HonorState => ({ status: '届满终止', since: at.lapse, precision: at.precision, standing: 'ended', derived: true, announced });

  honor.history.forEach((event, index) => {
    if (event.date && !isPartialDate(event.date)) {
      problems.push({ index, field: 'date', message: `日期「${event.date}」无效`, hint: '写成 YYYY-MM-DD；只知道年月或年份时写 YYYY-MM 或 YYYY' });
      return;
    }
    if (index === 0 && event.status !== '命名') {
      problems.push({ index, field: 'status', message: `第一条状态应为「命名」，现在是「${event.status}」`, hint: '在最前面补上命名那一条（status: 命名，date 写命名文件的日期）' });
    }
    if (index > 0 && event.status === '命名') {
      problems.push({ index, field: 'status', message: '一项荣誉只能有一条「命名」', hint: '再次命名（下一届、下一年度）是另一项荣誉：在 honors 里另写一项，写上它自己的届次 term' });
      return;
    }
    if (index > 0 && !event.date) {
      problems.push({ index, field: 'date', message: `「${event.status}」缺少日期 date`, hint: '写上决定的日期 YYYY-MM-DD；只知道年月或年份时写 YYYY-MM 或 YYYY' });
      return;
    }
    const effective = effectiveDay(honor, index);
    if (!effective) {
      if (index === 0 && rule.kind === '称号') {
        problems.push({ index, field: 'date', message: '命名没有日期，届次也看不出年份，无法推算有效期', hint: '写上命名日期（只知道年份时写 YYYY），或把届次写成如「2009年度」' });
      }
      if (index === 0 && rule.kind === '表彰') state = { status: '命名', since: '', precision: 'year', standing: 'awarded', derived: false, announced };
      last = event.status;
      return;
    }
    if (event.date && previousDate && lastDayOf(event.date) < firstDayOf(previousDate)) {
      problems.push({ index, field: 'date', message: `状态记录应按日期从早到晚排列：${event.date} 早于上一条的 ${previousDate}`, hint: '按决定的先后调整这几条的顺序，或核对日期' });
    }
    if (event.date) previousDate = event.date;
    if (last !== undefined && index > 0) {
      const allowed = allowedAfter(last, rule.kind);
      if (!allowed.includes(event.status)) {
        const message =
          allowed.length === 0
            ? `「${last}」之后不能再有状态变化（现在是「${event.status}」）`
            : rule.kind === '表彰' && index > 0
              ? `一次性表彰只能在命名之后记「${allowed.join('」「')}」，不能记「${event.status}」`
              : `「${last}」之后不能是「${event.status}」，可以是：${allowed.join('、')}`;
        const hint = last === '黄牌警告' && event.status === '复查保留' ? '黄牌警告后先写「恢复」（整改验收合格的决定），复查保留写在它后面，同一天也可以' : '核对文件：删除多余的一条，或补上缺少的那一条';
        problems.push({ index, field: 'status', message, hint });
      }
    }
    last = event.status;
    if (today !== undefined && effective.day > today) {
      announced.push(index);
      return;
    }
    if (ended) {
      if (today === undefined && state?.status === '届满终止') {
        problems.push({
          index,
          field: 'date',
          message: `「${event.status}」在这项荣誉届满（${formatAtPrecision(state.since, state.precision)}）之后，届满后不能再复查、警告或撤销`,
          hint: '核对日期；如果那时已经重新命名，那是另一项荣誉（另写一项，写上新的届次）',
        });
      }
      return;
    }
    if (period && rule.kind === '称号' && effective.day >= period.lapse) {
      const lastAccepted = addDays(period.lapse, grace - 1);
      if (effective.day > lastAccepted) {
        if (today === undefined) {
          problems.push({
            index,
            field: 'date',
            message: `「${event.status}」的日期 ${event.date} 晚于届满日 ${period.lapse}${grace ? `（宽限到 ${lastAccepted}）` : ''}：${ruleText(rule)}，这项荣誉那时已届满终止`,
            hint: '请核对日期；若那时是重新命名，请另写一项荣誉；若授予机关允许更晚复查，请在它的 content/bodies/ 文件里调整 validity',
          });
        }
        state = lapseAt(period);
        ended = true;
        return;
      }
      // A decision in the grace days settles whether the honor went on.
      if (event.status !== '复查保留' && !TERMINAL.includes(event.status)) {
        state = lapseAt(period);
        ended = true;
        return;
      }
    }
    if (event.validUntil && !RENEWALS.includes(event.status)) {
      problems.push({ index, field: 'validUntil', message: `只有命名和复查保留可以写有效期 validUntil（这一条是「${event.status}」）`, hint: '删除 validUntil，或把它写在命名或复查保留那一条' });
    }
    if (RENEWALS.includes(event.status)) period = periodFrom(event, effective.day, effective.precision, rule) ?? period;
    const standing: HonorStanding = TERMINAL.includes(event.status) ? 'ended' : rule.kind === '表彰' ? 'awarded' : event.status === '黄牌警告' ? 'warned' : 'held';
    state = { status: event.status, since: effective.day, precision: effective.precision, standing, derived: false, announced };
    if (TERMINAL.includes(event.status)) ended = true;
  });

  if (today !== undefined) {
    if (!state && announced.length > 0) {
      const day = effectiveDay(honor, announced[0]!)!;
      return { state: { status: '命名', since: day.day, precision: day.precision, standing: 'announced', derived: false, announced }, problems };
    }
    if (state && !ended && period && today >= period.lapse) state = lapseAt(period);
    else if (state && !ended && period) state = { ...state, validUntil: addDays(period.lapse, -1), validPrecision: period.precision };
  }
  return { state, problems };
}

/** The honor's state on `today` (undefined only for an unreadable history). */
export function deriveHonorState(honor: HonorInput, rule: ValidityRule, today: string): HonorState | undefined {
  return replay(honor, rule, today).state;
}

/** What is wrong with a history under its body's rule: order, transitions, dates after a lapse. */
export function historyProblems(honor: HonorInput, rule: ValidityRule): HistoryProblem[] {
  if (honor.history.length === 0) return [{ message: '状态记录 history 至少要有一条「命名」', hint: '写上 - { status: 命名, date: 命名日期, document: 文号 }' }];
  return replay(honor, rule, undefined).problems;
}

/**
 * The day an honor stopped being in force by lapse, when it did or will, as of `today`: the lapse
 * day of its last period (for the supersession rule and the timeline).
 */
export function lapseDay(honor: HonorInput, rule: ValidityRule, today: string): string | undefined {
  const state = deriveHonorState(honor, rule, today);
  if (!state) return undefined;
  if (state.status === '届满终止') return state.since;
  return state.validUntil ? addDays(state.validUntil, 1) : undefined;
}
