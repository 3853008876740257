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
        message: '找不到「shanxi-b」：content/units/ 下没有这个文件。请检查拼写，或先新建该条目（npm run new）',
      },
    ]);
  });
});
