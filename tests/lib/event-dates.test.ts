import { describe, expect, it } from 'vitest';
import { findFutureEvents } from '../../src/lib/event-dates.ts';

const TODAY = '2026-03-01';

describe('findFutureEvents', () => {
  it('names every event after the build day, as a YAML date or as text', () => {
    const unit = {
      formerNames: [{ name: '旧名', until: new Date('2026-04-01T00:00:00Z') }],
      honors: [{ year: 2027, history: [{ status: '命名', date: '2026-02-01' }, { status: '黄牌警告', date: '2026-03-02' }] }],
    };
    expect(findFutureEvents('units', unit, TODAY)).toEqual([
      { path: ['honors', 0, 'history', 1, 'date'], message: '状态记录「黄牌警告」的日期 2026-03-02 晚于今天（2026-03-01）：只能记已经发生的事' },
      { path: ['honors', 0, 'year'], message: '荣誉的年份 2027 晚于今年（2026）：只能记已经发生的事' },
      { path: ['formerNames', 0, 'until'], message: '曾用名的停用日期 2026-04-01 晚于今天（2026-03-01）：只能记已经发生的事' },
    ]);
  });

  it('accepts the build day itself, and leaves announced events (a lecture, a notice window) alone', () => {
    expect(findFutureEvents('figures', { honors: [{ year: 2026 }], consent: { date: TODAY } }, TODAY)).toEqual([]);
    expect(findFutureEvents('lectures', { date: '2026-06-01' }, TODAY)).toEqual([]);
    expect(findFutureEvents('notices', { window: { start: '2026-06-01', end: '2026-06-07' } }, TODAY)).toEqual([]);
    expect(findFutureEvents('exhibitions', { opens: '2026-06-01', photos: [{ date: '2026-06-01' }] }, TODAY)).toEqual([
      { path: ['photos', 0, 'date'], message: '拍摄日期 2026-06-01 晚于今天（2026-03-01）：只能记已经发生的事' },
    ]);
  });
});
