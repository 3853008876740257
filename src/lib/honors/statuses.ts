/**
 * The statuses of an honor: those an editor writes in its history (each backed by a decision),
 * those the site derives (届满终止, 升格), and which may follow which.
 */

/**
 * Written in an honor's history, each with the date of its decision. 摘牌 and 撤销 are one status
 * (摘牌 is its plain name; 撤销 is kept when the document says so); 取消 is the loss of a title
 * for another cause (资格取消, 取消荣誉, a unit dissolved in a reform).
 */
export const WRITTEN_STATUSES = ['命名', '复查保留', '黄牌警告', '恢复', '摘牌', '撤销', '取消'] as const;
export type WrittenStatus = (typeof WRITTEN_STATUSES)[number];

/** Never written: computed from the history, the body's rule, the unit's other honors and today. */
export const DERIVED_STATUSES = ['届满终止', '升格'] as const;
export type DerivedStatusName = (typeof DERIVED_STATUSES)[number];

export type HonorStatusName = WrittenStatus | DerivedStatusName;

/** Every status a visitor can filter by, in the order they usually happen. */
export const DISPLAY_STATUSES: readonly HonorStatusName[] = ['命名', '复查保留', '黄牌警告', '恢复', '升格', '届满终止', '摘牌', '撤销', '取消'];

/** After these nothing may follow. */
export const TERMINAL: readonly WrittenStatus[] = ['摘牌', '撤销', '取消'];

/** Written statuses that renew a 称号's validity (start a new period). */
export const RENEWALS: readonly WrittenStatus[] = ['命名', '复查保留'];

const ENDINGS: readonly WrittenStatus[] = ['摘牌', '撤销', '取消'];

/** What may follow each written status of a 称号. */
const NEXT_TITLE: Record<WrittenStatus, readonly WrittenStatus[]> = {
  命名: ['复查保留', '黄牌警告', ...ENDINGS],
  复查保留: ['复查保留', '黄牌警告', ...ENDINGS],
  // A warned unit is restored first; a review may follow on the same day.
  黄牌警告: ['恢复', ...ENDINGS],
  恢复: ['复查保留', '黄牌警告', ...ENDINGS],
  摘牌: [],
  撤销: [],
  取消: [],
};

/** A 表彰 is given once: it can only be revoked or cancelled. */
const NEXT_AWARD: Record<WrittenStatus, readonly WrittenStatus[]> = {
  命名: ENDINGS,
  复查保留: [],
  黄牌警告: [],
  恢复: [],
  摘牌: [],
  撤销: [],
  取消: [],
};

export const allowedAfter = (status: WrittenStatus, kind: '称号' | '表彰'): readonly WrittenStatus[] =>
  (kind === '称号' ? NEXT_TITLE : NEXT_AWARD)[status];

/**
 * What a status means for the public: `held` (in force), `warned` (黄牌警告: still held),
 * `ended`, `superseded` (升格: ended by a higher title of the same body, a neutral end),
 * `awarded` (a 表彰, which is never "held"), `announced` (named with effect after today).
 */
export type HonorStanding = 'held' | 'warned' | 'ended' | 'superseded' | 'awarded' | 'announced';

/** Whether a standing counts as holding the title today (黄牌警告 does). */
export const isHeld = (standing: HonorStanding): boolean => standing === 'held' || standing === 'warned';

/** The message for a status that no longer exists, or undefined. */
export function removedStatusMessage(status: string): string | undefined {
  if (status === '自动终止') return '状态「自动终止」已取消：届满由网站按授予机关的有效期规则推算，无需填写；单位撤并请写「取消」并在 note 说明原因';
  if (status === '届满终止' || status === '升格') return `「${status}」由网站推算（届满按授予机关的有效期规则，升格按同一机关更高称号的命名），无需填写：请删除这一条`;
  return undefined;
}
