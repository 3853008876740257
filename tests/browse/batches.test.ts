/** A naming batch's published figures (content/batches/<year>-<level>.yaml): schema, model, page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { batchFacts } from '../../src/lib/pages/unit.ts';
import { batchSchema } from '../../src/schemas/batches.ts';
import { ROOT } from '../setup/paths.ts';
import { page, text } from './built.ts';
import { raw } from './model-fixture.ts';

const issues = (input: unknown) => {
  const result = batchSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('batch schema', () => {
  it('accepts the published figures, each optional', () => {
    expect(issues({ applied: 46, named: 38, document: '晋直文明委〔2009〕21号', note: '说明' })).toEqual([]);
    expect(issues({})).toEqual([]);
  });

  it('says what is wrong and how to fix it', () => {
    expect(issues({ applied: 10, named: 12 })).toEqual(['named: 命名单位数 named 不能多于申报单位数 applied，请核对两个数字']);
    expect(issues({ applied: -1 })).toEqual(['applied: 申报单位数 applied不能是负数']);
    expect(issues({ named: 3.5 })).toEqual(['named: 命名单位数 named应为整数，例如 38']);
    expect(issues({ aplied: 3 })[0]).toContain('未知字段「aplied」');
  });
});

describe('batch figures in the model', () => {
  const entry = (slug: string, data: object) => ({ slug, file: `content/batches/${slug}.yaml`, data });

  it('attach to the batch their file names', () => {
    const site = buildSiteModel({ ...raw, batches: [entry('2009-provincial', { applied: 5, named: 3 })] }, '2026-11-26');
    expect(site.batches.find((batch) => batch.slug === '2009-provincial')!.facts).toEqual({ applied: 5, named: 3 });
    expect(site.batches.find((batch) => batch.slug === '2009-county')!.facts).toBeUndefined();
  });

  it('fail the build for a file that names no batch, with the batches that exist', () => {
    expect(() => buildSiteModel({ ...raw, batches: [entry('2010-provincal', {})] }, '2026-11-26')).toThrow(
      /^content\/batches\/2010-provincal\.yaml：没有「2010-provincal」这个命名批次。.*provincial（省级）.*现有批次：2020-national、2015-provincial、2009-provincial、2009-county$/,
    );
  });

  it('read as label and value, the 命名 count beside how many units this site lists', () => {
    expect(batchFacts({ applied: 46, named: 38, document: '某文〔2009〕1号' }, 9)).toEqual([
      { label: '申报单位', value: '46 个' },
      { label: '命名单位', value: '38 个（本站收录 9 个）' },
      { label: '命名文件', value: '某文〔2009〕1号' },
    ]);
    expect(batchFacts({ named: 0 }, 0)).toEqual([{ label: '命名单位', value: '0 个（本站收录 0 个）' }]);
    expect(batchFacts(undefined, 4)).toEqual([]);
  });
});

describe('batch pages as built', () => {
  const dir = join(ROOT, 'content/batches');
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));

  it.each(files)('show the figures of content/batches/%s', (name) => {
    const facts = parse(readFileSync(join(dir, name), 'utf8')) as { applied?: number; named?: number; document?: string; note?: string };
    const html = text(page(`units/batches/${name.replace(/\.yaml$/, '')}/`));
    if (facts.applied !== undefined) expect(html).toContain(`申报单位${facts.applied} 个`);
    if (facts.named !== undefined) expect(html).toMatch(new RegExp(`命名单位${facts.named} 个（本站收录 \\d+ 个）`));
    if (facts.document) expect(html).toContain(facts.document);
    if (facts.note) expect(html).toContain(facts.note);
  });
});
