/** Terms, labels, supersession, batch membership and figures, ladder, counts and list rows: each a pure function. */
import { describe, expect, it } from 'vitest';
import { assignBatches, batchKey, overListed, stageRows, type BatchFile } from '../../../src/lib/honors/batches.ts';
import { byRank } from '../../../src/lib/honors/derive.ts';
import { approximateDay, facetText, honorLabel, statusWord } from '../../../src/lib/honors/labels.ts';
import { figureLadder } from '../../../src/lib/honors/ladder.ts';
import { listRows, placeCell } from '../../../src/lib/honors/lists.ts';
import { formerNameOn } from '../../../src/lib/honors/names.ts';
import { anniversary, formatPartialDate, isPartialDate, lastDayOf } from '../../../src/lib/honors/partial-dates.ts';
import { compareHonors, everNamed, headlineHonor, holdsTitleToday, unitsByHighestLevel, type RankedHonor } from '../../../src/lib/honors/ranking.ts';
import { deriveHonorState, type HonorEvent, type ValidityRule } from '../../../src/lib/honors/state.ts';
import { applySupersession, type SupersessionInput } from '../../../src/lib/honors/supersession.ts';
import { termFormProblem, termSlug, termYears } from '../../../src/lib/honors/terms.ts';
import { batchSchema, type BatchData } from '../../../src/schemas/batches.ts';

describe('partial dates', () => {
  it('read a day, a month or a year, and only real ones', () => {
    expect(['2009-12-28', '2003-11', '2008'].map(isPartialDate)).toEqual([true, true, true]);
    expect(['2009-02-30', '2003-13', '20088', '2009-1-2'].map(isPartialDate)).toEqual([false, false, false, false]);
    expect([lastDayOf('2003-11'), lastDayOf('2008'), lastDayOf('2012-02')]).toEqual(['2003-11-30', '2008-12-31', '2012-02-29']);
    expect([formatPartialDate('2003-11'), formatPartialDate('2008'), formatPartialDate('2009-12-08')]).toEqual(['2003年11月', '2008年', '2009年12月8日']);
    expect(anniversary('2016-02-29', 3)).toBe('2019-03-01');
  });
});

describe('terms', () => {
  it('give their years and their batch slug', () => {
    expect(termYears('2009年度')).toEqual([2009, 2009]);
    expect(termYears('2010—2011年度')).toEqual([2010, 2011]);
    expect(termYears('2010-2011年度')).toEqual([2010, 2011]);
    expect(termYears('2001—2005年')).toEqual([2001, 2005]);
    expect(termYears('第十一届')).toBeUndefined();
    expect(['2009年度', '2010—2011年度', '2001—2005年', '第十一届', '第3批', '第二十届'].map((term) => termSlug(term, 2000))).toEqual(['2009', '2010-2011', '2001-2005', 'jie-11', 'pi-3', 'jie-20']);
    expect(termSlug(undefined, 2003)).toBe('2003');
    expect(termSlug('2012年6月', 2012)).toMatch(/^2012-[0-9a-z]{1,5}$/);
    expect(termSlug('2012年6月', 2012)).toBe(termSlug('2012年6月', 2012));
  });

  it('are checked against their body’s form', () => {
    expect(termFormProblem('2009年度', '年度')).toBeUndefined();
    expect(termFormProblem('2009', '年度')).toBe('授予机关的届次写法是「年度」，应写成如「2009年度」');
    expect(termFormProblem('第五届', '跨年度')).toBe('授予机关的届次写法是「跨年度」，应写成如「2010—2011年度」');
    expect(termFormProblem('2001—2005年', '其他')).toBeUndefined();
  });
});

describe('labels', () => {
  it('are the title as issued and its term, with nothing prefixed', () => {
    expect(honorLabel({ title: '自治区级文明单位' })).toBe('自治区级文明单位');
    expect(honorLabel({ title: '平谷区文明单位', term: '2011年度' })).toBe('平谷区文明单位（2011年度）');
    expect(honorLabel({ title: '全国林业系统先进集体' })).toBe('全国林业系统先进集体');
    expect(honorLabel({ title: '见义勇为英雄', term: '2012年度', posthumous: true })).toBe('见义勇为英雄（2012年度，追授）');
  });

  it('keep facets apart from the title', () => {
    expect(facetText({ level: '省级', tier: '省直机关' })).toBe('省级 · 省直机关');
    expect(facetText({ level: '全国', tier: '系统', system: '林业系统' })).toBe('全国 · 林业系统');
    expect(facetText({ level: '区县级' })).toBe('区县级');
  });

  it('say the status, a commendation and a naming not yet in force', () => {
    expect(statusWord({ status: '届满终止', standing: 'ended' })).toBe('届满终止');
    expect(statusWord({ status: '命名', standing: 'awarded' })).toBe('表彰');
    expect(statusWord({ status: '命名', standing: 'announced' })).toBe('尚未生效');
    expect(approximateDay('2011-12-31', 'year')).toBe('约2011年');
    expect(approximateDay('2015-12-20', 'day')).toBe('2015年12月20日');
  });
});

describe('supersession', () => {
  const rule: ValidityRule = { kind: '称号', years: 3, graceDays: 90 };
  const input = (body: string, title: string, rank: number | undefined, history: HonorEvent[], term = '2009年度', today = '2026-12-03'): SupersessionInput => ({
    body, title, rank, term, history, rule, state: deriveHonorState({ term, history }, rule, today),
  });
  const lower = input('shengzhi', '文明和谐单位', 1, [{ status: '命名', date: '2009-12-28' }, { status: '复查保留', date: '2012-12-20' }]);
  const higher = input('shengzhi', '文明和谐标兵单位', 2, [{ status: '命名', date: '2015-01-16' }, { status: '复查保留', date: '2018-01-12' }, { status: '复查保留', date: '2021-01-15' }, { status: '复查保留', date: '2024-01-12' }], '2014年度');

  it('ends a lower title of the same body on the higher one’s naming (升格)', () => {
    const [first, second] = applySupersession([lower, higher], '2026-12-03');
    expect(first).toMatchObject({ status: '升格', since: '2015-01-16', standing: 'superseded', successor: 1, derived: true });
    expect(second).toMatchObject({ status: '复查保留', standing: 'held' });
  });

  it('never crosses bodies, and never revives a title that had already lapsed', () => {
    const other = { ...higher, body: 'wenmingwei' };
    expect(applySupersession([lower, other], '2026-12-03')[0]).toMatchObject({ status: '届满终止', since: '2015-12-20' });
    const late = input('shengzhi', '文明和谐标兵单位', 2, [{ status: '命名', date: '2020-01-10' }], '2019年度');
    expect(applySupersession([lower, late], '2026-12-03')[0]).toMatchObject({ status: '届满终止', since: '2015-12-20', derived: true });
    expect(applySupersession([lower, late], '2026-12-03')[0]!.successor).toBeUndefined();
  });

  it('is not in effect before the higher naming', () => {
    expect(applySupersession([input('shengzhi', '文明和谐单位', 1, [{ status: '命名', date: '2014-01-10' }], '2013年度', '2015-01-15'), { ...higher, state: deriveHonorState(higher, rule, '2015-01-15') }], '2015-01-15')[0]).toMatchObject({ status: '命名', standing: 'held' });
  });

  it('continues the same title in its next term, without a gap', () => {
    const two: ValidityRule = { kind: '称号', years: 2, graceDays: 90 };
    const first = { ...input('xiling', '区级文明单位', undefined, [{ status: '命名', date: '2010-02-24' }], '2008—2009年度'), rule: two };
    first.state = deriveHonorState(first, two, '2026-12-03');
    const next = { ...input('xiling', '区级文明单位', undefined, [{ status: '命名', date: '2012-03-15' }], '2010—2011年度'), rule: two };
    next.state = deriveHonorState(next, two, '2026-12-03');
    expect(applySupersession([first, next], '2026-12-03')[0]).toMatchObject({ status: '届满终止', since: '2012-02-24', successor: 1 });
  });
});

describe('batches', () => {
  const file = (slug: string, data: Partial<BatchData>): BatchFile => ({ slug, file: `content/batches/${slug}.yaml`, data: batchSchema.parse({ body: 'shanxi-shengzhi', term: '2009年度', ...data }) });

  it('are one decision: body and term, named by their address', () => {
    expect(batchKey('shanxi-shengzhi', '2009年度', 2009)).toBe('shanxi-shengzhi-2009');
    expect(batchKey('fujian-wenmingwei', '第十一届', 2012)).toBe('fujian-wenmingwei-jie-11');
    const members = [{ body: 'shanxi-shengzhi', term: '2009年度', year: 2009 }, { body: 'shanxi-wenmingwei', term: '2009年度', year: 2009 }];
    expect(assignBatches(members, []).slugs).toEqual(['shanxi-shengzhi-2009', 'shanxi-wenmingwei-2009']);
  });

  it('split one body’s term by document when it took two decisions', () => {
    const files = [file('shanxi-shengzhi-2009', { document: '晋直文明委〔2009〕21号' }), file('shanxi-shengzhi-2009-2', { document: '晋直文明委〔2010〕2号' })];
    const members = [
      { body: 'shanxi-shengzhi', term: '2009年度', year: 2009, document: '晋直文明委〔2010〕2号' },
      { body: 'shanxi-shengzhi', term: '2009年度', year: 2009, document: '晋直文明委〔2009〕21号' },
      { body: 'shanxi-shengzhi', term: '2009年度', year: 2009 },
    ];
    const membership = assignBatches(members, files);
    expect(membership.slugs.slice(0, 2)).toEqual(['shanxi-shengzhi-2009-2', 'shanxi-shengzhi-2009']);
    expect(membership.problems.map((p) => [p.member, p.message])).toEqual([[2, 'shanxi-shengzhi-2009 有 2 个命名批次（晋直文明委〔2009〕21号、晋直文明委〔2010〕2号），无法确定这项荣誉属于哪一批']]);
  });

  it('reject a file named for another decision', () => {
    expect(assignBatches([], [file('2009-provincial', {})]).problems[0]!.message).toBe('文件名应为「shanxi-shengzhi-2009.yaml」（由授予机关 shanxi-shengzhi 和届次「2009年度」决定）');
  });

  const shengzhi2009 = batchSchema.parse({
    body: 'shanxi-shengzhi',
    term: '2009年度',
    stages: {
      申报: { total: 111, byTitle: { 山西省直机关文明和谐标兵单位: 30, 山西省直机关文明和谐单位: 81 } },
      命名: { total: 29, byTitle: { 山西省直机关文明和谐标兵单位: 4, 山西省直机关文明和谐单位: 25 } },
    },
    statedRate: 26,
  });

  it('give their stage figures by title, the 命名率 and how many the site holds', () => {
    const listed = new Map([['山西省直机关文明和谐标兵单位', 3], ['山西省直机关文明和谐单位', 5]]);
    expect(stageRows(shengzhi2009, ['山西省直机关文明和谐标兵单位', '山西省直机关文明和谐单位'], listed)).toEqual([
      { title: '山西省直机关文明和谐标兵单位', figures: { 申报: 30, 命名: 4 }, rate: 13, listed: 3 },
      { title: '山西省直机关文明和谐单位', figures: { 申报: 81, 命名: 25 }, rate: 31, listed: 5 },
      { title: undefined, figures: { 申报: 111, 命名: 29 }, rate: 26, listed: 8 },
    ]);
    expect(overListed(shengzhi2009, listed)).toEqual([]);
    expect(overListed(shengzhi2009, new Map([['山西省直机关文明和谐标兵单位', 5]]))).toEqual([{ title: '山西省直机关文明和谐标兵单位', listed: 5, named: 4 }]);
  });

  it('check their own figures', () => {
    const issues = (data: object) => {
      const result = batchSchema.safeParse({ body: 'shanxi-shengzhi', term: '2009年度', ...data });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(issues({ stages: { 申报: { total: 110, byTitle: { a: 30, b: 81 } } } })).toEqual(['申报总数 110 与分称号之和 111 不一致，请核对']);
    expect(issues({ stages: { 申报: { total: 20 }, 命名: { total: 29 } } })).toEqual(['命名 29 个多于申报 20 个：后一环节不会多于前一环节，请核对']);
    expect(issues({ stages: { 申报: { total: 111 }, 命名: { total: 29 } }, statedRate: 30 })).toEqual(['命名率 30% 与 命名 29 ÷ 申报 111 = 26.1% 不符，请核对数字']);
    expect(issues({ stages: { 命名: {} } })).toEqual(['命名至少写 total（总数）或 byTitle（分称号的数）之一']);
  });
});

describe('ranking and counts', () => {
  const honor = (over: Partial<RankedHonor>): RankedHonor => ({ level: '省级', kind: '称号', standing: 'held', named: '2010-01-01', ...over });

  it('put the higher level first, a tier just below its level, then the higher title', () => {
    const list = [honor({ level: '市级' }), honor({ tier: '省直机关', titleRank: 2 }), honor({ tier: '省直机关', titleRank: 1 }), honor({}), honor({ level: '全国' })];
    expect(list.sort(compareHonors).map((h) => `${h.level}${h.tier ?? ''}${h.titleRank ?? ''}`)).toEqual(['全国', '省级', '省级省直机关2', '省级省直机关1', '市级']);
  });

  it('list a unit page\'s honors in force first, then 表彰, then ended, each from the highest down', () => {
    const list = [honor({ level: '全国', standing: 'ended' }), honor({ level: '市级', standing: 'awarded' }), honor({ level: '市级' }), honor({ tier: '省直机关', standing: 'warned' })];
    expect(byRank(list).map((h) => `${h.level}${h.tier ?? ''}:${h.standing}`)).toEqual(['省级省直机关:warned', '市级:held', '市级:awarded', '全国:ended']);
  });

  it('headline the highest title in force, else the newest that ended', () => {
    expect(headlineHonor([honor({ level: '全国', standing: 'ended' }), honor({ level: '市级' })])!.level).toBe('市级');
    expect(headlineHonor([honor({ named: '2009-01-01', standing: 'ended' }), honor({ named: '2015-01-01', standing: 'superseded' })])!.named).toBe('2015-01-01');
    expect(headlineHonor([honor({ standing: 'announced' })])).toBeUndefined();
  });

  it('count units holding a title today apart from units ever named', () => {
    expect(holdsTitleToday([honor({ standing: 'warned' })])).toBe(true);
    expect(holdsTitleToday([honor({ standing: 'ended' }), honor({ kind: '表彰', standing: 'awarded' })])).toBe(false);
    expect(everNamed([honor({ standing: 'ended' })])).toBe(true);
    expect(everNamed([honor({ standing: 'announced' })])).toBe(false);
  });

  it('count each unit once, at the highest level it holds', () => {
    const units = [
      { honors: [honor({}), honor({ level: '市级' })] },
      { honors: [honor({ tier: '省直机关' })] },
      { honors: [honor({ level: '全国', standing: 'ended' }), honor({ level: '市级' })] },
      { honors: [honor({ standing: 'ended' })] },
    ];
    expect(unitsByHighestLevel(units)).toEqual([{ label: '省级', value: 1 }, { label: '省级 · 省直机关', value: 1 }, { label: '市级', value: 1 }]);
  });
});

describe('figures’ ladder', () => {
  it('shows the rungs reached and keeps revoked honors off them', () => {
    const ladder = figureLadder([
      { name: '宜昌好人', rung: '身边好人' as const, revoked: false },
      { name: '中国好人', rung: '中国好人' as const, revoked: true },
      { name: '见义勇为英雄', revoked: false },
    ]);
    expect(ladder.rungs.map((rung) => [rung.rung, rung.reached])).toEqual([['身边好人', true], ['中国好人', false], ['道德模范提名奖', false], ['道德模范', false]]);
    expect(ladder.others.map((honor) => honor.name)).toEqual(['中国好人', '见义勇为英雄']);
    expect(ladder.highest).toBe('身边好人');
  });
});

describe('naming lists', () => {
  const weijian = { name: '山西省卫生健康委员会', formerNames: [{ name: '山西省卫生厅', until: '2018-10-26' }], region: ['山西省', '太原市'], sector: '省直机关' };

  it('name a unit as it was named on the decision’s day', () => {
    expect(formerNameOn(weijian, '2009-12-28')).toBe('山西省卫生厅');
    expect(formerNameOn(weijian, '2018-10-26')).toBe('山西省卫生健康委员会');
  });

  it('give the system for a tier body and the region below the body’s otherwise', () => {
    expect(placeCell({ unit: weijian, body: { region: ['山西省'], tier: '省直机关' } })).toBe('省直机关');
    expect(placeCell({ unit: { ...weijian, region: ['福建省', '福州市', '鼓楼区'] }, body: { region: ['福建省'] } })).toBe('福州市·鼓楼区');
    expect(placeCell({ unit: { ...weijian, region: ['福建省', '福州市'] }, body: { region: [] } })).toBe('福建省·福州市');
  });

  it('run from the highest title down, then by pinyin, numbered', () => {
    const body = { region: ['山西省'], tier: '省直机关' };
    const unit = (name: string) => ({ ...weijian, name, formerNames: [] });
    expect(listRows([
      { unit: unit('山西省图书馆'), title: '文明和谐单位', term: '2009年度', rank: 1, body },
      { unit: weijian, title: '文明和谐单位', term: '2009年度', rank: 1, body, day: '2009-12-28' },
      { unit: unit('山西省人民检察院'), title: '文明和谐标兵单位', term: '2009年度', rank: 2, body },
    ])).toEqual([
      ['1', '山西省人民检察院', '省直机关', '文明和谐标兵单位', '2009年度'],
      ['2', '山西省图书馆', '省直机关', '文明和谐单位', '2009年度'],
      ['3', '山西省卫生厅', '省直机关', '文明和谐单位', '2009年度'],
    ]);
  });
});
