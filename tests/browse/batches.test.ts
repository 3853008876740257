/**
 * A batch is one decision: a conferring body and a term (content/batches/<body>-<term>.yaml adds
 * what the office published about it). The model, the page view and the built demo page.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { batchView } from '../../src/lib/pages/unit.ts';
import { batchSchema } from '../../src/schemas/batches.ts';
import { page, text } from './built.ts';
import { raw } from './model-fixture.ts';

const entry = (slug: string, data: object) => ({ slug, file: `content/batches/${slug}.yaml`, data: batchSchema.parse(data) });

describe('batches in the model', () => {
  it('take their published figures from the file named for their body and term', () => {
    const site = buildSiteModel({ ...raw, batches: [entry('sheng-wenmingwei-2008', { body: 'sheng-wenmingwei', term: '2008年度', stages: { 申报: { total: 12 }, 命名: { total: 3 } } })] }, '2026-11-26');
    expect(site.batches.find((batch) => batch.slug === 'sheng-wenmingwei-2008')!.facts?.stages?.命名?.total).toBe(3);
    expect(site.batches.find((batch) => batch.slug === 'sheng-wenmingwei-2023')!.facts).toBeUndefined();
  });

  it('fail the build for a file that no honor belongs to, or that is named for another decision', () => {
    expect(() => buildSiteModel({ ...raw, batches: [entry('sheng-wenmingwei-2010', { body: 'sheng-wenmingwei', term: '2010年度' })] }, '2026-11-26')).toThrow(
      'content/batches/sheng-wenmingwei-2010.yaml：没有哪个单位的荣誉属于这一批（授予机关 sheng-wenmingwei、届次「2010年度」）',
    );
    expect(() => buildSiteModel({ ...raw, batches: [entry('2008-provincial', { body: 'sheng-wenmingwei', term: '2008年度' })] }, '2026-11-26')).toThrow(
      'content/batches/2008-provincial.yaml：文件名应为「sheng-wenmingwei-2008.yaml」',
    );
  });
});

describe('a batch page', () => {
  const site = buildSiteModel(
    { ...raw, batches: [entry('sheng-wenmingwei-2008', { body: 'sheng-wenmingwei', term: '2008年度', date: '2009-04', document: '某文明委〔2009〕3号', stages: { 申报: { total: 12 }, 命名: { total: 3 } }, statedRate: 25 })] },
    '2026-11-26',
  );
  const view = batchView(site, 'sheng-wenmingwei-2008');

  it('is titled by the body and the term, as the decision is, never by a level', () => {
    expect(view.title).toBe('某省精神文明建设委员会2008年度命名');
    expect(view.batch.facets).toBe('省级');
    expect(view.decidedBy).toBe('某文明委〔2009〕3号');
    expect(view.date).toBe('2009年4月');
  });

  it('gives the 命名率 from the published figures, beside the rate the source states', () => {
    expect(view.rate).toBe('25%（命名 3 ÷ 申报 12）');
    expect(view.statedRate).toBe(25);
    expect(view.named).toBe('3 个');
    expect(view.listed).toBe('1 个');
  });

  it('lists its members with their state on the day built, and offers the list as CSV and XLSX', () => {
    expect(view.rows).toEqual([expect.objectContaining({ name: '教育局', title: '省级文明单位', term: '2008年度', badge: expect.objectContaining({ label: expect.stringContaining('届满终止') }) })]);
    expect(view.downloads.map((file) => file.download)).toEqual(['2008年度某省精神文明建设委员会命名名单（本站收录1个）.xlsx', '2008年度某省精神文明建设委员会命名名单（本站收录1个）.csv']);
  });
});

describe('the demo 2009 省直 batch as built (seed 000: 申报 111, 命名 29 = 26%)', () => {
  const html = text(page('units/batches/shanxi-shengzhi-2009/'));

  it('shows the seed’s figures by title and how many of them this site holds', () => {
    expect(html).toContain('山西省直机关精神文明建设委员会2009年度命名');
    expect(html).toContain('命名29 个：山西省直机关文明和谐标兵单位 4 个、山西省直机关文明和谐单位 25 个');
    expect(html).toContain('26%（命名 29 ÷ 申报 111）');
    expect(html).toMatch(/本站收录\d+ 个：山西省直机关文明和谐标兵单位 \d+ 个、山西省直机关文明和谐单位 \d+ 个/);
    expect(html).toContain('2009年度省直文明委第二次全委会');
    expect(html).toContain('山西日报、新浪网、搜狐网');
  });

  it('never composes a level with a title', () => {
    expect(html).not.toMatch(/省级山西省直|省级省级|省级自治区级/);
  });
});
