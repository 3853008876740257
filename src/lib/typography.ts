/**
 * Chinese line breaking allows a break between any two characters, so a narrow card could end a
 * line inside 「2026年4月30日」 or 「晋文明委〔2012〕5号」. These runs are kept whole (rendered
 * in a `.nowrap` span by src/components/KeepTogether.astro); the text around them wraps as usual.
 */

/** A date (年月日, 年月, 年度 spans), a document number (…〔2012〕5号) or an ordinal (第97期). */
const UNBREAKABLE = /\d{4}(?:—\d{4})?年(?:度|\d{1,2}月(?:\d{1,2}日)?)?|[\p{Script=Han}]{0,8}〔\d{4}〕\d+号|第\d+[期届批次]/gu;

export interface TextRun {
  text: string;
  /** True for a run that must not break inside. */
  keep: boolean;
}

export function unbreakableRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), keep: false });
  return runs;
}
