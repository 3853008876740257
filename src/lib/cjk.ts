/**
 * Chinese text must never gain a space that the editor did not type. Two things insert one:
 * a line break between two Chinese characters (a Markdown soft break, which browsers render
 * as a space) and Astro's `compressHTML: 'jsx'`, which joins the lines of template text with a
 * space. Both are fixed at their source with `joinCjkLines`.
 */

/** Han characters, CJK punctuation and full-width forms: text that is written without spaces. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';

/** A line break (with the indentation around it) between two CJK characters. */
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, 'gu');

/** A space or tab (no line break) between two CJK characters. */
export const CJK_SPACE = new RegExp(`[${CJK}][ \\t\\u00a0]+[${CJK}]`, 'gu');

/** Removes every line break between two CJK characters; spaces within a line stay. */
export function joinCjkLines(text: string): string {
  return text.replace(CJK_LINE_BREAK, '$1');
}
