import { describe, expect, it } from 'vitest';
import { CJK_SPACE } from '../../src/lib/cjk.ts';
import { buildCards, honorLine } from '../../src/og/cards.ts';
import { ogImagePath } from '../../src/og/paths.ts';
import { fixtureSite, settings } from './fixtures.ts';

const cards = buildCards(fixtureSite(), settings);
const card = (path: string) => {
  const found = cards.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no card for ${path}`);
  return found;
};

describe('share-image cards', () => {
  it('cover every page of the site, once each', () => {
    expect(cards.map((c) => c.path).sort()).toEqual([
      '/',
      '/404.html',
      '/credits/',
      '/exhibitions/',
      '/exhibitions/xunli/',
      '/exhibitions/xunli/forest/',
      '/exhibitions/xunli/lake/',
      '/figures/',
      '/figures/wang-zhe/',
      '/lectures/',
      '/lectures/jiangtan-001/',
      '/news/',
      '/notices/',
      '/notices/niming/',
      '/search/',
      '/stats/',
      '/units/',
      '/units/batches/shanxi-wenmingwei-2009/',
      '/units/batches/taiyuan-wenmingwei-2015/',
      '/units/batches/zhongyang-wenmingwei-jie-6/',
      '/units/revoked/',
      '/units/zhe-kun/',
    ]);
    expect(new Set(cards.map((c) => ogImagePath(c.path))).size).toBe(cards.length);
  });

  it('show a unit with its headline honor as issued, with its term, and its cover', () => {
    expect(card('/units/zhe-kun/')).toEqual({
      path: '/units/zhe-kun/',
      kind: 'unit',
      label: '文明单位',
      title: '山西省太原市晋源区喆堃犇镕彧昇社区卫生服务中心附属第一人民医院党委办公室',
      lines: ['全国文明单位 · 第六届', '山西省 · 太原市'],
      image: { entryFile: 'content/units/zhe-kun.md', field: ['cover', 'src'], role: 'side' },
      alt: '榜样分享图：文明单位，山西省太原市晋源区喆堃犇镕彧昇社区卫生服务中心附属第一人民医院党委办公室，全国文明单位 · 第六届，山西省 · 太原市',
    });
  });

  it('say when a unit no longer holds its honor, and keep markup as text', () => {
    expect(card('/units/revoked/')).toMatchObject({ title: '<script>"\'&单位', lines: ['市级文明单位（撤销） · 2015年度', '山西省'] });
  });

  it('show a figure with category, honor and portrait', () => {
    expect(card('/figures/wang-zhe/')).toMatchObject({
      label: '道德模范 · 助人为乐',
      title: '王喆',
      lines: ['全国道德模范 · 第七届', '退休教师 · 山西省 · 太原市'],
      image: { entryFile: 'content/figures/wang-zhe.md', field: ['portrait', 'src'], fsPath: '/abs/wang.jpg', role: 'side' },
    });
  });

  it('show the photo itself on a photo page', () => {
    expect(card('/exhibitions/xunli/lake/')).toMatchObject({
      title: '湖',
      lines: ['创建巡礼 · 摄影：李四'],
      image: { entryFile: 'content/exhibitions/xunli/index.md', field: ['photos', 1, 'file'], role: 'photo' },
    });
  });

  it('show batches, lectures and notices with their dates', () => {
    expect(card('/units/batches/shanxi-wenmingwei-2009/')).toMatchObject({ title: '山西省精神文明建设委员会2009年度命名', lines: ['本批共 1 个单位', '省级'] });
    expect(card('/lectures/jiangtan-001/').lines).toEqual(['思想讲坛 · 第1期 · 2024年3月5日', '主讲人：李堃、赵镕']);
    expect(card('/notices/niming/')).toMatchObject({ label: '公示 · 拟命名', lines: ['公示期：2026年1月5日至2026年1月12日'] });
  });

  it('name list pages with their count and what they hold', () => {
    expect(card('/units/')).toMatchObject({ kind: 'list', label: '榜样', title: '文明单位', lines: ['2 个单位', '历年命名的文明单位名录：级别、年度、状态、地区与系统。'] });
    expect(card('/exhibitions/').lines[0]).toBe('2 幅图片');
    expect(card('/notices/').lines).toEqual(['文明单位、道德模范的拟命名、复查与撤销公示。']);
  });

  it('put no space between two Chinese characters', () => {
    const stray = cards.flatMap((c) => [c.label, c.title, ...c.lines, c.alt].flatMap((text) => [...text.matchAll(CJK_SPACE)].map((m) => `${c.path}: 「${m[0]}」`)));
    expect(stray).toEqual([]);
  });

  it('spell an honor line as issued, never with a level put before or after the title', () => {
    expect(honorLine({ title: '自治区级文明单位', term: undefined, year: 2008 })).toBe('自治区级文明单位 · 2008年');
    expect(honorLine({ title: '平谷区文明单位', term: '2011年度', year: 2012 })).toBe('平谷区文明单位 · 2011年度');
    expect(honorLine({ title: '见义勇为英雄', term: '2012年度', year: 2012, posthumous: true, standing: 'awarded' })).toBe('见义勇为英雄（追授） · 2012年度');
  });
});
