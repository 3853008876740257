import { describe, expect, it } from 'vitest';
import { deriveHonorStatus, standingOf, validateStatusHistory, type StatusChange } from '../../src/lib/honor-status.ts';

const named: StatusChange = { status: '命名', date: '2009-12-28' };

describe('deriveHonorStatus', () => {
  it('is 命名 right after naming', () => {
    expect(deriveHonorStatus([named], '2010-01-01')).toEqual({ status: '命名', since: '2009-12-28', standing: 'held' });
  });

  it('follows a warning and its restoration', () => {
    const history: StatusChange[] = [
      named,
      { status: '黄牌警告', date: '2012-06-01' },
      { status: '恢复', date: '2013-06-01' },
    ];
    expect(deriveHonorStatus(history, '2012-12-31')).toEqual({ status: '黄牌警告', since: '2012-06-01', standing: 'warned' });
    expect(deriveHonorStatus(history, '2013-06-01')).toEqual({ status: '恢复', since: '2013-06-01', standing: 'held' });
  });

  it('ends with a revocation', () => {
    const history: StatusChange[] = [named, { status: '撤销', date: '2015-03-01' }];
    expect(deriveHonorStatus(history, '2026-01-01')?.standing).toBe('ended');
  });

  it('ignores changes dated after today', () => {
    const history: StatusChange[] = [named, { status: '摘牌', date: '2030-01-01' }];
    expect(deriveHonorStatus(history, '2026-11-25')?.status).toBe('命名');
  });

  it('has no status before the naming takes effect', () => {
    expect(deriveHonorStatus([{ status: '命名', date: '2027-01-10' }], '2026-11-25')).toBeUndefined();
  });
});

describe('validateStatusHistory', () => {
  it('accepts a sound history', () => {
    expect(validateStatusHistory([named, { status: '复查保留', date: '2012-12-20' }, { status: '自动终止', date: '2016-01-01' }])).toEqual([]);
  });

  it('requires 命名 first', () => {
    expect(validateStatusHistory([{ status: '复查保留', date: '2012-12-20' }])).toEqual([
      { index: 0, message: '第一条状态应为「命名」，现在是「复查保留」' },
    ]);
  });

  it('rejects changes out of date order', () => {
    expect(validateStatusHistory([named, { status: '复查保留', date: '2008-01-01' }])).toEqual([
      { index: 1, message: '状态记录应按日期从早到晚排列：2008-01-01 早于上一条的 2009-12-28' },
    ]);
  });

  it('rejects anything after a revocation', () => {
    expect(validateStatusHistory([named, { status: '撤销', date: '2012-01-01' }, { status: '恢复', date: '2013-01-01' }])).toEqual([
      { index: 2, message: '「撤销」之后不能再有状态变化（现在是「恢复」）' },
    ]);
  });

  it('allows 恢复 only after a warning', () => {
    expect(validateStatusHistory([named, { status: '恢复', date: '2013-01-01' }])).toEqual([
      { index: 1, message: '「命名」之后不能是「恢复」，可以是：复查保留、黄牌警告、撤销、摘牌、自动终止' },
    ]);
  });

  it('maps statuses to standings', () => {
    expect(['命名', '复查保留', '恢复', '黄牌警告', '撤销', '摘牌', '自动终止'].map((s) => standingOf(s as never))).toEqual([
      'held', 'held', 'held', 'warned', 'ended', 'ended', 'ended',
    ]);
  });
});
