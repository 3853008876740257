/**
 * An honor's status is never typed: it is derived from its status history, the one place where
 * a status is written. This module holds the statuses, the transitions that make sense between
 * them, and the derivation. Pure: "today" is passed in.
 */

/** Every status an honor can pass through, in the order they usually happen. */
export const HONOR_STATUSES = ['命名', '复查保留', '黄牌警告', '恢复', '撤销', '摘牌', '自动终止'] as const;
export type HonorStatus = (typeof HONOR_STATUSES)[number];

/** Statuses after which the honor is no longer held and nothing may follow. */
export const TERMINAL_STATUSES: readonly HonorStatus[] = ['撤销', '摘牌', '自动终止'];

/** What may follow each status. */
const NEXT: Record<HonorStatus, readonly HonorStatus[]> = {
  命名: ['复查保留', '黄牌警告', '撤销', '摘牌', '自动终止'],
  复查保留: ['复查保留', '黄牌警告', '撤销', '摘牌', '自动终止'],
  黄牌警告: ['恢复', '撤销', '摘牌', '自动终止'],
  恢复: ['复查保留', '黄牌警告', '撤销', '摘牌', '自动终止'],
  撤销: [],
  摘牌: [],
  自动终止: [],
};

/** The public meaning of a current status, used for labels and filters. */
export type HonorStanding = 'held' | 'warned' | 'ended';

export interface StatusChange {
  status: HonorStatus;
  /** `YYYY-MM-DD` */
  date: string;
  note?: string | undefined;
  document?: string | undefined;
}

export interface DerivedStatus {
  status: HonorStatus;
  /** The date of the change that set the current status. */
  since: string;
  standing: HonorStanding;
}

export interface HistoryProblem {
  /** Index of the offending change, or undefined for the whole list. */
  index?: number;
  message: string;
}

/** Checks order and transitions; returns every problem found (empty when the history is sound). */
export function validateStatusHistory(history: readonly StatusChange[]): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  if (history.length === 0) return [{ message: '状态记录 history 至少要有一条「命名」' }];
  if (history[0]!.status !== '命名') {
    problems.push({ index: 0, message: `第一条状态应为「命名」，现在是「${history[0]!.status}」` });
  }
  for (let i = 1; i < history.length; i++) {
    const previous = history[i - 1]!;
    const current = history[i]!;
    if (current.date < previous.date) {
      problems.push({ index: i, message: `状态记录应按日期从早到晚排列：${current.date} 早于上一条的 ${previous.date}` });
    }
    const allowed = NEXT[previous.status];
    if (!allowed.includes(current.status)) {
      problems.push({
        index: i,
        message:
          allowed.length === 0
            ? `「${previous.status}」之后不能再有状态变化（现在是「${current.status}」）`
            : `「${previous.status}」之后不能是「${current.status}」，可以是：${allowed.join('、')}`,
      });
    }
  }
  return problems;
}

/** The standing a status puts an honor in. */
export function standingOf(status: HonorStatus): HonorStanding {
  if (TERMINAL_STATUSES.includes(status)) return 'ended';
  return status === '黄牌警告' ? 'warned' : 'held';
}

/**
 * The current status of an honor: the latest change that has taken effect by `today`.
 * Changes dated after `today` are announced but not yet in force, so they are ignored.
 * Returns undefined when nothing has taken effect yet (a naming dated in the future).
 */
export function deriveHonorStatus(history: readonly StatusChange[], today: string): DerivedStatus | undefined {
  let current: StatusChange | undefined;
  for (const change of history) {
    if (change.date <= today && (!current || change.date >= current.date)) current = change;
  }
  return current && { status: current.status, since: current.date, standing: standingOf(current.status) };
}
