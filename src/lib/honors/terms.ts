/**
 * Term labels exactly as documents write them (2009年度, 2010—2011年度, 第十一届, 第三批,
 * 2001—2005年) and what can be read from them: the years they cover, whether they have the form
 * their body uses, and the ASCII part of a batch's URL.
 */
import nzh from 'nzh/cn';

/**
 * How a body labels its terms. 年度: one year (2009年度); 跨年度: a span (2010—2011年度);
 * 届: a numbered term (第十一届); 批: a numbered batch (第三批); 其他: anything else, written as the
 * document has it (2001—2005年, 2012年6月, 2014年第三季度).
 */
export const TERM_FORMS = ['年度', '跨年度', '届', '批', '其他'] as const;
export type TermForm = (typeof TERM_FORMS)[number];

// A span is written with an em dash as documents do; a hyphen or a wave dash is read the same.
const DASH = '[—–\\-~～至]{1,2}';
const FORM_PATTERNS: Record<Exclude<TermForm, '其他'>, { pattern: RegExp }> = {
  年度: { pattern: /^\d{4}年度$/ },
  跨年度: { pattern: new RegExp(`^\\d{4}${DASH}\\d{4}年度$`) },
  届: { pattern: /^第[一二三四五六七八九十百零〇\d]+届$/ },
  批: { pattern: /^第[一二三四五六七八九十百零〇\d]+批$/ },
};

/** An example term of each form, for messages. */
export const TERM_EXAMPLES: Record<TermForm, string> = { 年度: '2009年度', 跨年度: '2010—2011年度', 届: '第十一届', 批: '第三批', 其他: '2001—2005年' };

/** Whether a term is written in its body's form; undefined when it is, else the expected form. */
export function termFormProblem(term: string, form: TermForm): string | undefined {
  if (form === '其他') return undefined;
  return FORM_PATTERNS[form].pattern.test(term) ? undefined : `授予机关的届次写法是「${form}」，应写成如「${TERM_EXAMPLES[form]}」`;
}

/** The years a term label covers, [from, to], when it names years at all. */
export function termYears(term: string | undefined): [number, number] | undefined {
  if (!term) return undefined;
  const span = new RegExp(`^(\\d{4})${DASH}(\\d{4})年度?$`).exec(term);
  if (span) return [Number(span[1]), Number(span[2])];
  const single = /^(\d{4})年度?$/.exec(term);
  return single ? [Number(single[1]), Number(single[1])] : undefined;
}

/** 第十一届 → 11, 第3批 → 3; undefined for other labels. */
function ordinal(term: string, unit: '届' | '批'): number | undefined {
  const match = new RegExp(`^第([一二三四五六七八九十百零〇\\d]+)${unit}$`).exec(term);
  if (!match) return undefined;
  const digits = /^\d+$/.test(match[1]!) ? match[1]! : nzh.decodeS(match[1]!);
  const n = Number(digits);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A short stable tag for a label that has no ASCII reading (FNV-1a, base 36). */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36).slice(0, 5);
}

/**
 * The ASCII part of a batch URL for a term: 2009年度 → 2009, 2010—2011年度 → 2010-2011,
 * 2001—2005年 → 2001-2005, 第十一届 → jie-11, 第三批 → pi-3. A 表彰 without a term uses the year
 * it was given; any other label its year and a short tag (2012年6月 → 2012-…).
 */
export function termSlug(term: string | undefined, year: number): string {
  if (!term) return String(year);
  const years = termYears(term);
  if (years) return years[0] === years[1] ? String(years[0]) : `${years[0]}-${years[1]}`;
  const jie = ordinal(term, '届');
  if (jie) return `jie-${jie}`;
  const pi = ordinal(term, '批');
  if (pi) return `pi-${pi}`;
  return `${year}-${tag(term)}`;
}
