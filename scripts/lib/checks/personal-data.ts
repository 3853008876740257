/**
 * Personal data that must never be published: identity-card numbers (GB 11643, with a valid
 * check digit and birth date) and mainland mobile numbers, and — as a warning, since only a
 * person can tell — what reads like a home address. Scanned in the whole file text, frontmatter
 * and body alike. Numbers are masked in the messages so that they do not end up in CI logs either.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { positionAt } from '../diagnostics.ts';
import { isCalendarDay } from '../../../src/lib/dates.ts';
import type { Finding } from '../../../src/messages/checks.ts';
import { messages } from '../../../src/messages/index.ts';

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

/** What is looked for, in the order it is reported: each match, unless `accept` refuses it, is one diagnostic. */
const FINDINGS: readonly { pattern: RegExp; accept?: (match: string) => boolean; severity: Diagnostic['severity']; finding: (match: string) => Finding }[] = [
  {
    pattern: ID_CANDIDATE,
    accept: isIdentityCardNumber,
    severity: 'error',
    finding: (match) => messages.check.personalData.identityCard(mask(match, 6, 4)),
  },
  {
    pattern: MOBILE,
    severity: 'error',
    finding: (match) => messages.check.personalData.mobile(maskMobile(match)),
  },
  {
    pattern: HOME_ADDRESS,
    severity: 'warning',
    finding: (match) => messages.check.personalData.homeAddress(match),
  },
];

export function findPersonalData(file: string, text: string): Diagnostic[] {
  return FINDINGS.flatMap(({ pattern, accept, severity, finding }) =>
    [...text.matchAll(pattern)]
      .filter((match) => accept?.(match[0]) ?? true)
      .map((match): Diagnostic => ({ file, ...positionAt(text, match.index), severity, ...finding(match[0]) })),
  );
}
