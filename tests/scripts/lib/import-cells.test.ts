import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../scripts/lib/import/columns.ts';
import { cleanCell, isoFromCell, summaryFromHonor, type Conflict } from '../../../scripts/lib/import/plan.ts';
import { withHonorUpdated } from '../../../scripts/lib/import/apply.ts';
import { columnOf, isColumnName } from '../../../scripts/lib/import/columns.ts';
import { normaliseName, unitsByName } from '../../../scripts/lib/names.ts';

describe('mapColumns', () => {
  it('recognises headers by name in any order, full-width or with a required-field star, and ignores 序号', () => {
    const { index, problems } = mapColumns(['序号', '*单位名称', '荣誉称号', '级别', '届次／年度', '年　份', '授予机关', '备注']);
    expect(problems).toEqual([]);
    expect(index).toEqual({ name: 1, title: 2, level: 3, term: 4, year: 5, conferredBy: 6, note: 7 });
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
  it('reads an Excel day number (a date cell saved without its date format)', () => {
    expect(isoFromCell('45646')).toBe('2024-12-20');
    expect(isoFromCell('４５６４６')).toBe('2024-12-20');
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

describe('cleanCell', () => {
  it('makes full-width digits and letters half-width and drops spaces next to Chinese, keeping full-width punctuation', () => {
    expect(cleanCell('２０２６年度')).toBe('2026年度');
    expect(cleanCell(' 省 级 ')).toBe('省级');
    expect(cleanCell('测试市　第一中学')).toBe('测试市第一中学');
    expect(cleanCell('测文明委〔２０２６〕１号')).toBe('测文明委〔2026〕1号');
    expect(cleanCell('山西省（测试）医院')).toBe('山西省（测试）医院');
    expect(cleanCell('ABC  Company 2026')).toBe('ABC Company 2026');
  });
});

describe('column names', () => {
  it('knows the synonyms offices use', () => {
    expect(['所属地区', '单位全称', '称号', '年度', '表彰机关'].map(columnOf)).toEqual(['region', 'name', 'title', 'term', 'conferredBy']);
    expect(isColumnName('序号')).toBe(true);
    expect(isColumnName('荣誉情况')).toBe(false);
  });
});

describe('an imported unit', () => {
  it('gets a summary that says what the list says and no more, the title as issued', () => {
    expect(summaryFromHonor({ body: 'shanxi-wenmingwei', title: '文明单位', term: '2025年度', named: '2025-12-20' }, '山西省精神文明建设委员会', 2025)).toBe(
      '2025年被山西省精神文明建设委员会命名为文明单位（2025年度）。',
    );
    // A one-off 表彰 without a term: nothing is added for it.
    expect(summaryFromHonor({ body: 'linyeju-renshibu', title: '全国林业系统先进集体', term: undefined, named: '2003' }, '国家林业局、人事部', 2003)).toBe('2003年被国家林业局、人事部命名为全国林业系统先进集体。');
  });
});

describe('withHonorUpdated', () => {
  const conflict = (differences: Conflict['differences']) => ({ honorIndex: 0, differences }) as Conflict;
  it('replaces only the differing values, in block or flow style, and adds a missing document to the 命名 entry', () => {
    const source = '---\nname: 甲\nhonors:\n  - body: jia-wenmingwei\n    title: 文明单位 # 原样\n    term: 2024年度\n    history:\n      - { status: 命名, date: 2024-12-01 }\nsummary: 简介\n---\n正文\n';
    const updated = withHonorUpdated(source, conflict([
      { field: 'document', label: '文号', now: undefined, list: '甲文明委〔2024〕1号' },
      { field: 'named', label: '命名日期', now: '2024-12-01', list: '2024-12-20' },
    ]), 'x.md');
    expect(updated).toBe('---\nname: 甲\nhonors:\n  - body: jia-wenmingwei\n    title: 文明单位 # 原样\n    term: 2024年度\n    history:\n      - { status: 命名, date: 2024-12-20, document: 甲文明委〔2024〕1号 }\nsummary: 简介\n---\n正文\n');
  });
});
