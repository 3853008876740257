import { describe, expect, it } from 'vitest';
import { findFutureEvents } from '../../src/lib/event-dates.ts';

const TODAY = '2026-03-01';

describe('findFutureEvents', () => {
  it('names every event after the build day, as a YAML date or as text', () => {
    const unit = {
      formerNames: [{ name: '旧名', until: new Date('2026-04-01T00:00:00Z') }],
      honors: [{ history: [{ status: '命名', date: '2026-02-01' }, { status: '黄牌警告', date: '2026-03-02' }] }],
    };
    expect(findFutureEvents('units', unit, TODAY)).toEqual([
      { path: ['honors', 0, 'history', 1, 'date'], message: '状态记录「黄牌警告」的日期 2026-03-02 晚于今天（2026-03-01）：只能记已经发生的事' },
      { path: ['formerNames', 0, 'until'], message: '曾用名的停用日期 2026-04-01 晚于今天（2026-03-01）：只能记已经发生的事' },
    ]);
  });

  it('reads an imprecise date as its whole period: 2026 is not in the future on 2026-03-01, 2027 is', () => {
    expect(findFutureEvents('figures', { honors: [{ date: '2026' }, { date: 2027 }, { date: '2026-04' }], deceased: { date: '2026-02' } }, TODAY)).toEqual([
      { path: ['honors', 1, 'date'], message: '荣誉的授予日期 2027 晚于今天（2026-03-01）：只能记已经发生的事' },
      { path: ['honors', 2, 'date'], message: '荣誉的授予日期 2026-04 晚于今天（2026-03-01）：只能记已经发生的事' },
    ]);
  });

  it('accepts the build day itself, and leaves announced events (a lecture, a notice window) alone', () => {
    expect(findFutureEvents('figures', { honors: [{ date: TODAY }], consent: { date: TODAY } }, TODAY)).toEqual([]);
    expect(findFutureEvents('lectures', { date: '2026-06-01' }, TODAY)).toEqual([]);
    expect(findFutureEvents('notices', { window: { start: '2026-06-01', end: '2026-06-07' } }, TODAY)).toEqual([]);
    expect(findFutureEvents('exhibitions', { opens: '2026-06-01', photos: [{ date: '2026-06-01' }] }, TODAY)).toEqual([
      { path: ['photos', 0, 'date'], message: '拍摄日期 2026-06-01 晚于今天（2026-03-01）：只能记已经发生的事' },
    ]);
  });
});
