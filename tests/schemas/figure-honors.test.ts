/**
 * A figure's honors and person: 追授 belongs to an honor and needs 已故; a minor needs the
 * guardian's consent, and without the guardian's agreement to more the published data holds no
 * portrait, occupation, quote, unit, members or region below the city.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, standInHelpers } from '../../scripts/lib/schemas.ts';
import { publicFigureData } from '../../src/lib/model.ts';
import type { FigureData } from '../../src/schemas/figures.ts';
import { ROOT } from '../setup/paths.ts';

const file = join(ROOT, 'content/figures/x.md');
const base = {
  name: '某某',
  category: '见义勇为',
  region: ['内蒙古自治区', '赤峰市', '喀喇沁旗'],
  summary: '简介',
  consent: { given: true, date: '2013-01-01', note: '家属书面同意' },
  honors: [{ body: 'chifeng-zhengfu', title: '见义勇为英雄', term: '2012年度', date: '2012-08' }],
};
const messages = (data: object) => {
  const result = SCHEMAS.figures(standInHelpers(file)).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const honor = (over: object) => [{ ...base.honors[0], ...over }];

describe('追授 and 已故', () => {
  it('accepts an honor given after death as 追授, and one given in life without it', () => {
    expect(messages({ ...base, deceased: { date: '2012-07' }, honors: honor({ posthumous: true }) })).toEqual([]);
    expect(messages({ ...base, deceased: { date: '2012-07' }, honors: honor({ date: '2011' }) })).toEqual([]);
  });

  it('refuses 追授 without 已故, before the death, and an honor after death not marked 追授', () => {
    expect(messages({ ...base, honors: honor({ posthumous: true }) })).toEqual(['honors.0.posthumous: 追授 posthumous: true 要先写人物的去世日期：deceased: { date: YYYY-MM }']);
    expect(messages({ ...base, deceased: { date: '2012-07' }, honors: honor({ posthumous: true, date: '2011' }) })).toEqual(['honors.0.posthumous: 追授的日期 2011 早于去世日期 2012-07：请核对，生前授予的不写 posthumous']);
    expect(messages({ ...base, deceased: { date: '2012-07' } })).toEqual(['honors.0.date: 这项荣誉 2012-08 在去世（2012-07）之后授予：去世后授予请写 posthumous: true（追授）']);
  });

  it('says where figure-level posthumous went', () => {
    expect(messages({ ...base, posthumous: true })[0]).toMatch(/^posthumous: 字段 posthumous 已移到荣誉上/);
  });
});

describe('minors', () => {
  it('need the guardian’s consent; guardian and portrait are for minors only', () => {
    expect(messages({ ...base, minor: true })).toEqual(['consent.guardian: 未成年人 minor: true 要写监护人同意 consent.guardian，例如 母亲书面同意，原件存文明办']);
    expect(messages({ ...base, minor: true, consent: { ...base.consent, guardian: '母亲书面同意' } })).toEqual([]);
    expect(messages({ ...base, consent: { ...base.consent, guardian: '母亲书面同意' } })[0]).toMatch(/^consent.guardian: consent.guardian 和 consent.portrait 只用于未成年人/);
  });

  const minor = {
    ...base,
    minor: true,
    group: false,
    members: ['甲'],
    occupation: '学生',
    quote: '一句话',
    unit: 'some-school',
    portrait: { src: 'x.jpg', alt: '肖像' },
    consent: { ...base.consent, guardian: '母亲书面同意', portrait: false },
  } as unknown as FigureData;

  it('publish no portrait, occupation, quote, unit, members or region below the city unless the guardian agreed to them', () => {
    const shown = publicFigureData(minor);
    for (const field of ['portrait', 'occupation', 'quote', 'unit'] as const) expect(shown[field], field).toBeUndefined();
    expect(shown.members).toEqual([]);
    expect(shown.region).toEqual(['内蒙古自治区', '赤峰市']);
    expect(shown.name).toBe('某某');
  });

  it('publish them when the guardian agreed, and leave adults as they are', () => {
    expect(publicFigureData({ ...minor, consent: { ...minor.consent, portrait: true } })).toEqual({ ...minor, consent: { ...minor.consent, portrait: true } });
    const adult = { ...minor, minor: false } as FigureData;
    expect(publicFigureData(adult)).toBe(adult);
  });
});
