import { describe, expect, it } from 'vitest';
import { findBrokenReferences, type RawEntry } from '../../src/lib/references.ts';

const unit: RawEntry = { collection: 'units', id: 'shanxi-a', file: 'content/units/shanxi-a.md', data: {} };

describe('findBrokenReferences', () => {
  it('accepts links to existing entries, written as slugs or as Astro references', () => {
    const figure: RawEntry = { collection: 'figures', id: 'wang', file: 'content/figures/wang.md', data: { unit: { collection: 'units', id: 'shanxi-a' } } };
    const lecture: RawEntry = { collection: 'lectures', id: 'l1', file: 'content/lectures/l1.md', data: { host: 'shanxi-a', figures: ['wang'] } };
    expect(findBrokenReferences([unit, figure, lecture])).toEqual([]);
  });

  it('names the file and the field of an unknown slug', () => {
    const exhibition: RawEntry = {
      collection: 'exhibitions',
      id: 'x',
      file: 'content/exhibitions/x/index.md',
      data: { photos: [{ units: ['shanxi-a'] }, { units: ['shanxi-b'], figures: [] }] },
    };
    expect(findBrokenReferences([unit, exhibition])).toEqual([
      {
        file: 'content/exhibitions/x/index.md',
        field: 'photos.1.units.0',
        message: '找不到「shanxi-b」：content/units/ 下没有这个文件',
        slug: 'shanxi-b',
        target: 'units',
        toDraft: false,
      },
    ]);
  });

  it('refuses a link to a draft, which is never published', () => {
    const draft: RawEntry = { ...unit, draft: true };
    const figure: RawEntry = { collection: 'figures', id: 'wang', file: 'content/figures/wang.md', data: { unit: 'shanxi-a' } };
    expect(findBrokenReferences([draft, figure])).toEqual([
      { file: 'content/figures/wang.md', field: 'unit', message: '「shanxi-a」是草稿（draft: true），不会发布，这里的链接会指向不存在的页面', slug: 'shanxi-a', target: 'units', toDraft: true },
    ]);
  });
});
