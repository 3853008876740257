/** Dates, document numbers and ordinals are kept whole when Chinese text wraps (src/lib/typography.ts). */
import { describe, expect, it } from 'vitest';
import { unbreakableRuns } from '../../src/lib/typography.ts';

const kept = (text: string) => unbreakableRuns(text).filter((run) => run.keep).map((run) => run.text);

describe('unbreakableRuns', () => {
  it('keeps days, months, years, term spans, document numbers and ordinals whole', () => {
    expect(kept('2026年3月5日—2026年4月30日')).toEqual(['2026年3月5日', '2026年4月30日']);
    expect(kept('区级文明单位（2019—2021年度）')).toEqual(['2019—2021年度']);
    expect(kept('依据晋文明委〔2012〕5号文件')).toEqual(['依据晋文明委〔2012〕5号']);
    expect(kept('省直机关领导干部思想讲坛 · 第97期')).toEqual(['第97期']);
    expect(kept('温州好人（2017年）')).toEqual(['2017年']);
  });

  it('gives back the whole text, in order', () => {
    for (const text of ['公示期：2026年11月18日至2026年12月31日', '没有日期的一句话', '']) {
      expect(unbreakableRuns(text).map((run) => run.text).join('')).toBe(text);
    }
  });
});
