/**
 * How Chinese text becomes words of the search index. Pagefind's own Chinese segmenter (jieba,
 * in its extended build) splits the page text, while the browser splits the visitor's query with
 * Intl.Segmenter (ICU): two dictionaries that disagree on names they do not know, so 「闫璟」
 * typed alone did not match 「闫璟」 inside 「道德模范闫璟的事迹」. The index is therefore
 * segmented here with the same Intl.Segmenter the query goes through (src/integrations/
 * search-document.ts marks the word boundaries with spaces), and the site's own names are added
 * as whole words as well (nameWords), so that whatever a browser makes of a name, every piece of
 * it begins a word of the page.
 */

/** Han characters, CJK punctuation and full-width forms: text written without spaces. */
export const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The text's words and what lies between them, as Intl.Segmenter splits Chinese. */
export function segmentWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * The text with a space wherever Intl.Segmenter puts a word boundary next to Chinese (between
 * two Chinese words, or Chinese and a number or Latin word), so that an index that splits at
 * whitespace only gets the query's words. Whitespace the text already has next to Chinese
 * becomes ` ${mark} `, so that a reader of the index can tell it from the added spaces.
 */
export function spaceWords(text: string, mark: string): string {
  const parts = segmentWords(text);
  const cjkAt = (i: number, end: 'first' | 'last') => {
    const part = parts[i];
    return part !== undefined && CJK_CHAR.test(end === 'first' ? part[0]! : part.at(-1)!);
  };
  let out = '';
  parts.forEach((part, i) => {
    if (/^\s+$/.test(part)) {
      out += i > 0 && i < parts.length - 1 && (cjkAt(i - 1, 'last') || cjkAt(i + 1, 'first')) ? ` ${mark} ` : part;
      return;
    }
    const previous = parts[i - 1];
    if (previous !== undefined && !/\s$/.test(previous) && (cjkAt(i - 1, 'last') || CJK_CHAR.test(part[0]!))) out += ' ';
    out += part;
  });
  return out;
}

/** Names up to this length (people's names) get every ending as a word; see nameWords. */
const SHORT_NAME = 4;

/**
 * The index words that make a name findable however a browser splits the query: the endings of
 * each Chinese run of the name (闫璟 → 闫璟, 璟; 山西省图书馆 → 山西省图书馆, 图书馆, 馆), each
 * Latin word or number as it is. Pagefind matches a query word against the beginnings of index
 * words, so a piece of the name that a segmenter cuts out begins one of these words. A short run
 * gets every ending; a longer one those that begin a word of it (a segmenter cuts a longer name
 * where words begin), which keeps the index small.
 */
export function nameWords(name: string): string[] {
  const out = new Set<string>();
  for (const run of name.toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    if (!/\p{Script=Han}/u.test(chars[0]!)) {
      out.add(run);
      continue;
    }
    let at = 0;
    const starts = chars.length <= SHORT_NAME ? chars.map((_, i) => i) : segmentWords(run).map((word) => (at += [...word].length) - [...word].length);
    for (const start of starts) out.add(chars.slice(start).join(''));
  }
  return [...out];
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * The words a query may be that begin inside or across the words of a spaced text (spaceWords),
 * so that a page whose text has the query's characters is found though its words are cut
 * elsewhere: the endings of a longer word (班主任 → 主任; 中共中央 → 共中央, 中央), and a single
 * character joined with its neighbour (务 工 人员 → 务工, 工人员; 第 一个 → 第一个; 助人 为 → 人为).
 */
export function joinedWords(spaced: string): string[] {
  const words = spaced.split(/\s+/);
  const out = new Set<string>();
  words.forEach((word, i) => {
    if (!HAN_WORD.test(word)) return;
    const chars = [...word];
    for (let start = 1; start <= chars.length - 2; start++) out.add(chars.slice(start).join(''));
    const next = words[i + 1];
    if (next && HAN_WORD.test(next) && (chars.length === 1 || [...next].length === 1)) out.add(chars.at(-1)! + next);
  });
  return [...out];
}
