import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../scripts/lib/import/columns.ts';
import { isoFromCell } from '../../../scripts/lib/import/plan.ts';
import { normaliseName, unitsByName } from '../../../scripts/lib/names.ts';

describe('mapColumns', () => {
  it('recognises headers by name in any order, full-width or with a required-field star, and ignores 序号 and 备注', () => {
    const { index, problems } = mapColumns(['序号', '*单位名称', '荣誉称号', '级别', '届次／年度', '年　份', '授予机关', '备注']);
    expect(problems).toEqual([]);
    expect(index).toEqual({ name: 1, title: 2, level: 3, term: 4, year: 5, conferredBy: 6 });
  });
  it('refuses two headers for the same column', () => {
    const { problems } = mapColumns(['单位名称', '名称', '荣誉称号', '级别', '年度', '年份']);
    expect(problems).toEqual(['「单位名称」和「名称」是同一列的两种写法，请删除其中一列']);
  });
});

describe('isoFromCell', () => {
  it('reads the ways dates are written in naming lists', () => {
    for (const cell of ['2024-12-20', '2024/12/20', '2024.12.20', '2024年12月20日', '２０２４年１２月２０日', '2024-12-20 ']) {
      expect(isoFromCell(cell), cell).toBe('2024-12-20');
    }
    expect(isoFromCell('2024-3-5')).toBe('2024-03-05');
  });
  it('refuses impossible or partial dates', () => {
    expect(isoFromCell('2026-02-30')).toBeUndefined();
    expect(isoFromCell('2026年3月')).toBeUndefined();
    expect(isoFromCell('20261230')).toBeUndefined();
  });
});

describe('unit names', () => {
  it('compare full-width and half-width forms, spaces and Latin case alike', () => {
    expect(normaliseName('测试市　（第一）中学 ＡＢＣ')).toBe(normaliseName('测试市(第一)中学abc'));
  });
  it('find a unit by its current or former name; the first unit keeps a shared name', () => {
    const library = { file: 'a.md', data: { name: '测试市图书馆', formerNames: [{ name: '测试市少年儿童图书馆', until: '2019-06-30' }] } };
    const other = { file: 'b.md', data: { name: '测试市少年儿童图书馆' } };
    const byName = unitsByName([library, other]);
    expect(byName.get(normaliseName('测试市 图书馆'))).toBe(library);
    expect(byName.get(normaliseName('测试市少年儿童图书馆'))).toBe(library);
    expect(byName.size).toBe(2);
  });
});
