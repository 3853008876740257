/** An honor's state with "today" passed in: lapse, grace, reviews, warnings, ends; and the problems of a history. */
import { describe, expect, it } from 'vitest';
import { deriveHonorState, historyProblems, type HonorEvent, type ValidityRule } from '../../../src/lib/honors/state.ts';

const Y3G90: ValidityRule = { kind: '称号', years: 3, graceDays: 90, assumed: true };
const Y2G90: ValidityRule = { kind: '称号', years: 2, graceDays: 90 };
const Y1: ValidityRule = { kind: '称号', years: 1 };
const AWARD: ValidityRule = { kind: '表彰' };

const honor = (history: HonorEvent[], term = '2009年度') => ({ term, history });
const state = (history: HonorEvent[], rule: ValidityRule, today: string, term?: string) => {
  const found = deriveHonorState(honor(history, term), rule, today);
  return found && { status: found.status, since: found.since, standing: found.standing, ...(found.validUntil ? { validUntil: found.validUntil } : {}) };
};
const problems = (history: HonorEvent[], rule: ValidityRule, term?: string) => historyProblems(honor(history, term), rule).map((p) => `${p.index ?? '-'}: ${p.message}`);

const named: HonorEvent = { status: '命名', date: '2009-12-28' };

describe('validity of a 称号', () => {
  it('lapses on the anniversary of the naming when nothing renews it', () => {
    expect(state([named], Y3G90, '2012-12-27')).toEqual({ status: '命名', since: '2009-12-28', standing: 'held', validUntil: '2012-12-27' });
    expect(state([named], Y3G90, '2012-12-28')).toEqual({ status: '届满终止', since: '2012-12-28', standing: 'ended' });
  });

  it('runs on from a review in time', () => {
    const history: HonorEvent[] = [named, { status: '复查保留', date: '2012-12-20' }];
    expect(state(history, Y3G90, '2015-12-19')).toMatchObject({ status: '复查保留', standing: 'held', validUntil: '2015-12-19' });
    expect(state(history, Y3G90, '2015-12-20')).toEqual({ status: '届满终止', since: '2015-12-20', standing: 'ended' });
  });

  it('counts a late review inside the grace days as continuous, but shows the lapse until it is decided', () => {
    const history: HonorEvent[] = [named, { status: '复查保留', date: '2013-01-20' }];
    expect(state(history, Y3G90, '2013-01-10')).toEqual({ status: '届满终止', since: '2012-12-28', standing: 'ended' });
    expect(state(history, Y3G90, '2013-01-20')).toMatchObject({ status: '复查保留', standing: 'held', validUntil: '2016-01-19' });
    expect(problems(history, Y3G90)).toEqual([]);
  });

  it('rejects a review after the grace days, on the last day still accepting it', () => {
    expect(problems([named, { status: '复查保留', date: '2013-03-27' }], Y3G90)).toEqual([]);
    expect(problems([named, { status: '复查保留', date: '2013-03-28' }], Y3G90)).toEqual([
      '1: 「复查保留」的日期 2013-03-28 晚于届满日 2012-12-28（宽限到 2013-03-27）：命名或上次复查保留后 3 年，宽限 90 天，这项荣誉那时已届满终止',
    ]);
  });

  it('moves 29 February to 1 March', () => {
    expect(state([{ status: '命名', date: '2012-02-29' }], Y1, '2013-02-28')).toMatchObject({ standing: 'held', validUntil: '2013-02-28' });
    expect(state([{ status: '命名', date: '2012-02-29' }], Y1, '2013-03-01')).toMatchObject({ status: '届满终止', since: '2013-03-01' });
  });

  it('lets a decision that states its validity replace the rule', () => {
    const history: HonorEvent[] = [{ status: '命名', date: '2015-12-15', validUntil: '2018-12-31' }];
    expect(state(history, Y1, '2018-12-31')).toMatchObject({ standing: 'held', validUntil: '2018-12-31' });
    expect(state(history, Y1, '2019-01-01')).toMatchObject({ status: '届满终止', since: '2019-01-01' });
  });

  it('reads a year-only naming as its last day', () => {
    expect(state([{ status: '命名', date: '2008' }], Y3G90, '2011-12-30', undefined)).toMatchObject({ status: '命名', since: '2008-12-31', validUntil: '2011-12-30' });
    const lapsed = deriveHonorState(honor([{ status: '命名', date: '2008' }]), Y3G90, '2026-12-03');
    expect(lapsed).toMatchObject({ status: '届满终止', since: '2011-12-31', precision: 'year' });
  });

  it('takes a dateless naming at the end of its term', () => {
    const lapsed = deriveHonorState(honor([{ status: '命名' }], '2001—2002年度'), Y2G90, '2026-12-03');
    expect(lapsed).toMatchObject({ status: '届满终止', since: '2004-12-31', precision: 'year' });
    expect(problems([{ status: '命名' }], Y2G90, '第十一届')).toEqual(['0: 命名没有日期，届次也看不出年份，无法推算有效期']);
  });
});

describe('warnings, restorations and ends', () => {
  const warned: HonorEvent[] = [{ status: '命名', date: '2022-04-12' }, { status: '复查保留', date: '2024-04-10' }, { status: '黄牌警告', date: '2025-09-18' }];

  it('keeps a warned title until its term ends unrestored', () => {
    expect(state(warned, Y2G90, '2026-04-09')).toMatchObject({ status: '黄牌警告', standing: 'warned' });
    expect(state(warned, Y2G90, '2026-04-10')).toEqual({ status: '届满终止', since: '2026-04-10', standing: 'ended' });
  });

  it('does not renew on a restoration alone', () => {
    expect(state([...warned, { status: '恢复', date: '2026-05-01' }], Y2G90, '2026-06-01')).toEqual({ status: '届满终止', since: '2026-04-10', standing: 'ended' });
  });

  it('ends with a 摘牌 in the grace days', () => {
    const history: HonorEvent[] = [{ status: '命名', date: '2004-01-15' }, { status: '复查保留', date: '2006-12-26' }, { status: '黄牌警告', date: '2009-10-30' }, { status: '摘牌', date: '2009-12-28' }];
    expect(state(history, Y3G90, '2026-12-03')).toEqual({ status: '摘牌', since: '2009-12-28', standing: 'ended' });
    expect(problems(history, Y3G90)).toEqual([]);
  });

  it('treats changes after today as announced, not current', () => {
    const found = deriveHonorState(honor([{ status: '命名', date: '2025-03-20' }, { status: '摘牌', date: '2027-01-10' }]), Y2G90, '2026-12-03');
    expect(found).toMatchObject({ status: '命名', standing: 'held', announced: [1] });
  });

  it('announces a naming after today', () => {
    expect(state([{ status: '命名', date: '2027-01-10' }], Y3G90, '2026-12-03')).toEqual({ status: '命名', since: '2027-01-10', standing: 'announced' });
  });

  it('lets a 表彰 stand for ever, unless revoked', () => {
    expect(state([{ status: '命名', date: '2003' }], AWARD, '2026-12-03')).toEqual({ status: '命名', since: '2003-12-31', standing: 'awarded' });
    expect(state([{ status: '命名', date: '2003' }, { status: '撤销', date: '2019-05-01' }], AWARD, '2026-12-03')).toMatchObject({ status: '撤销', standing: 'ended' });
  });
});

describe('history problems', () => {
  it('name the entry and the statuses allowed next', () => {
    expect(problems([named, { status: '黄牌警告', date: '2010-05-01' }, { status: '复查保留', date: '2010-06-01' }], Y3G90)).toEqual(['2: 「黄牌警告」之后不能是「复查保留」，可以是：恢复、摘牌、撤销、取消']);
    expect(problems([named, { status: '摘牌', date: '2010-05-01' }, { status: '恢复', date: '2010-06-01' }], Y3G90)).toEqual(['2: 「摘牌」之后不能再有状态变化（现在是「恢复」）']);
    expect(problems([named, { status: '恢复', date: '2010-05-01' }], Y3G90)).toEqual(['1: 「命名」之后不能是「恢复」，可以是：复查保留、黄牌警告、摘牌、撤销、取消']);
    expect(problems([named, { status: '命名', date: '2012-12-28' }], Y3G90)).toEqual(['1: 一项荣誉只能有一条「命名」']);
    expect(problems([{ status: '复查保留', date: '2012-12-20' }], Y3G90)[0]).toBe('0: 第一条状态应为「命名」，现在是「复查保留」');
  });

  it('allow a review on the day of the restoration', () => {
    expect(problems([named, { status: '黄牌警告', date: '2011-05-01' }, { status: '恢复', date: '2011-11-01' }, { status: '复查保留', date: '2011-11-01' }], Y3G90)).toEqual([]);
  });

  it('find entries out of order and decisions after a lapse', () => {
    expect(problems([named, { status: '复查保留', date: '2009-06-01' }], Y3G90)).toEqual(['1: 状态记录应按日期从早到晚排列：2009-06-01 早于上一条的 2009-12-28']);
    expect(problems([named, { status: '黄牌警告', date: '2013-01-05' }, { status: '恢复', date: '2013-02-01' }], Y3G90)).toEqual([
      '2: 「恢复」在这项荣誉届满（2012年12月28日）之后，届满后不能再复查、警告或撤销',
    ]);
  });

  it('allow only a revocation after a 表彰', () => {
    expect(problems([{ status: '命名', date: '2003' }, { status: '复查保留', date: '2006' }], AWARD)).toEqual(['1: 一次性表彰只能在命名之后记「摘牌」「撤销」「取消」，不能记「复查保留」']);
  });
});
