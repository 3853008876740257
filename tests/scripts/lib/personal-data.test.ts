import { describe, expect, it } from 'vitest';
import { findPersonalData, isIdentityCardNumber } from '../../../scripts/lib/checks/personal-data.ts';

describe('identity-card numbers', () => {
  it('accepts a number with a valid check digit and birth date (GB 11643 example)', () => {
    expect(isIdentityCardNumber('11010519491231002X')).toBe(true);
    expect(isIdentityCardNumber('11010519491231002x')).toBe(true);
  });
  it('rejects a wrong check digit, an impossible birth date and other 18-digit runs', () => {
    expect(isIdentityCardNumber('110105194912310021')).toBe(false);
    // 1949-02-30 does not exist; the check digit is right for these digits.
    expect(isIdentityCardNumber('110105194902300020')).toBe(false);
    expect(isIdentityCardNumber('622202123456789012')).toBe(false);
  });
});

describe('findPersonalData', () => {
  it('finds numbers in running Chinese text, masked, at their line and column', () => {
    const text = '---\ntitle: 示例\n---\n\n身份证号11010519491231002X，电话13912345678。\n';
    expect(findPersonalData('a.md', text).map(({ line, col, message }) => ({ line, col, message }))).toEqual([
      { line: 5, col: 5, message: '疑似身份证号码「110105********002X」：身份证号属于个人信息，不得公开发布' },
      { line: 5, col: 26, message: '疑似手机号码「139****5678」：个人手机号不得公开发布' },
    ]);
  });
  it('leaves landlines, document numbers and longer runs of digits alone', () => {
    const text = '办公电话0351-4012345，文号晋文明委〔2024〕3号，编号913912345678，账号6222013912345678901';
    expect(findPersonalData('a.md', text)).toEqual([]);
  });
  it('warns about what reads like a home address, but not a district or an office address', () => {
    const text = '她家住迎泽区桥东街道某小区3号楼2单元，单位地址在府西街69号。\n家住小店区坞城街道。';
    expect(findPersonalData('a.md', text).map(({ severity, message }) => ({ severity, message }))).toEqual([
      { severity: 'warning', message: '疑似家庭住址「家住迎泽区桥东街道某小区3号楼」：个人住址不得公开发布' },
    ]);
  });
});
