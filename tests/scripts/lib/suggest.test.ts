import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../scripts/lib/suggest.ts';

const UNITS = [
  { slug: 'shanxi-sheng-tushuguan', names: ['山西省图书馆', '山西省少年儿童图书馆'] },
  { slug: 'shanxi-sheng-gongan-ting', names: ['山西省公安厅'] },
  { slug: 'taiyuan-shi-gongan-ju', names: ['太原市公安局'] },
];

describe('didYouMean', () => {
  it('finds a slug with a typo', () => {
    expect(didYouMean('shanxi-sheng-tushugaun', UNITS)).toBe('是不是 shanxi-sheng-tushuguan（山西省图书馆）？');
  });
  it('finds an entry written by its name or former name, or by part of it', () => {
    expect(didYouMean('山西省少年儿童图书馆', UNITS)).toBe('是不是 shanxi-sheng-tushuguan（山西省图书馆）？');
    expect(didYouMean('公安', UNITS)).toBe('是不是 shanxi-sheng-gongan-ting（山西省公安厅）、taiyuan-shi-gongan-ju（太原市公安局）？');
  });
  it('says nothing when nothing is close', () => {
    expect(didYouMean('beijing-shi-jiaowei', UNITS)).toBe('');
  });
});
