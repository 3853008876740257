/**
 * Personal data that must never be published: identity-card numbers (GB 11643, with a valid
 * check digit and birth date) and mainland mobile numbers, and — as a warning, since only a
 * person can tell — what reads like a home address. Scanned in the whole file text, frontmatter
 * and body alike. Numbers are masked in the messages so that they do not end up in CI logs either.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { positionAt } from '../diagnostics.ts';
import { isCalendarDay } from '../../../src/lib/dates.ts';

const ID_CANDIDATE = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])/g;
/**
 * 11 digits, or written 3-4-4 with spaces or hyphens, maybe after the country code (+86, 0086),
 * never part of a longer run of digits (a bank account, a document number).
 */
const MOBILE = /(?<![0-9])(?:(?:\+|00)86[- ]?)?1[3-9][0-9](?:[0-9]{8}|([- ])[0-9]{4}\1[0-9]{4})(?![0-9])/g;

/** “家住某某小区 3 号楼 2 单元”: a word for where someone lives, then a building, unit or room number. */
const HOME_ADDRESS = /(?:家住|家庭住址|家庭地址|住址|现住|住在)[：:]?[^，。；、！？\n]{0,30}?[0-9０-９一二三四五六七八九十百零〇]+\s*(?:号楼|号院|单元|栋|幢|室|号)/g;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Whether an 18-character string is a possible resident identity-card number (GB 11643-1999). */
export function isIdentityCardNumber(candidate: string): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(candidate)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(candidate[i]), 0);
  if (CHECK_CHARS[sum % 11] !== candidate[17]!.toUpperCase()) return false;
  const birth = `${candidate.slice(6, 10)}-${candidate.slice(10, 12)}-${candidate.slice(12, 14)}`;
  return isCalendarDay(birth) && birth >= '1900';
}

const mask = (value: string, keepStart: number, keepEnd: number) =>
  value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);

/** 139 **** 5678: the four digits after the operator prefix, however the number is spaced. */
function maskMobile(value: string): string {
  const digitAt = [...value.matchAll(/[0-9]/g)].map((match) => match.index);
  const hidden = new Set(digitAt.slice(-8, -4));
  return [...value].map((char, i) => (hidden.has(i) ? '*' : char)).join('');
}

export function findPersonalData(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const match of text.matchAll(ID_CANDIDATE)) {
    if (!isIdentityCardNumber(match[0])) continue;
    diagnostics.push({
      file,
      ...positionAt(text, match.index),
      severity: 'error',
      message: `疑似身份证号码「${mask(match[0], 6, 4)}」：身份证号属于个人信息，不得公开发布`,
      hint: '删除这个号码；如需说明身份已核实，写「身份信息已核验」即可',
    });
  }
  for (const match of text.matchAll(MOBILE)) {
    diagnostics.push({
      file,
      ...positionAt(text, match.index),
      severity: 'error',
      message: `疑似手机号码「${maskMobile(match[0])}」：个人手机号不得公开发布`,
      hint: '删除这个号码，或改为单位的办公电话（座机，如 0351-1234567）',
    });
  }
  for (const match of text.matchAll(HOME_ADDRESS)) {
    diagnostics.push({
      file,
      ...positionAt(text, match.index),
      severity: 'warning',
      message: `疑似家庭住址「${match[0]}」：个人住址不得公开发布`,
      hint: '只写到县区或乡镇、社区一级（如“家住小店区某社区”），删除楼号、单元号和门牌号',
    });
  }
  return diagnostics;
}
