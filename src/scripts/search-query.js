// What the search page (search.js) and the header search box (search-box.js) do with a query
// before the index sees it, loaded by both as a module of its own:
// - a query in traditional characters is converted to simplified with OpenCC (opencc-js), whose
//   50 KB are loaded only when the query has a character that converts (TRADITIONAL map);
// - a query in Latin letters is read as pinyin or initials against the site's name index
//   (src/lib/search-names.ts), loaded one shard at a time: 「yanjing」, 「yan jing」, 「yj」 → 闫璟.
// The matching is written here rather than taken from pinyin-pro: its dictionary is larger
// than the whole search, and the readings are computed at build time already.
// Plain browser JavaScript, also imported by the unit tests (tests/search/query.test.ts).

/**
 * Pagefind's ranking options for the site's index (fields written by search-document.ts). How
 * much a match in each metadata field counts (Pagefind's default is 1, the title 5): the words
 * of the page's own name (heading) like a title, and the entity's other names (keywords: a
 * unit's short and former names) above it, so that a unit comes first for its short name even
 * where another page's name begins with it; the title itself, one unsplit word, not at all. The
 * site's names found on a page (names) only make the page a result, below the pages whose text
 * has them; dates and images are not what a visitor searches for.
 */
export const RANKING = {
  metaWeights: { title: 0, heading: 5, keywords: 7, names: 0.2, joins: 0, date: 0, sort_date: 0, image: 0, image_alt: 0.5 },
};

/** Decodes the traditional-character map (src/lib/search-names.ts, traditionalBitmap). */
export function traditionalMap(base64, first = 0x4e00) {
  const bits = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return (char) => {
    const i = char.codePointAt(0) - first;
    return i >= 0 && i < bits.length * 8 && ((bits[i >> 3] >> (i & 7)) & 1) === 1;
  };
}

let converter;
/**
 * The query in simplified characters, or the query itself when it has no traditional one.
 * `isTraditional` is a traditionalMap; `openccUrl` the converter's module (opencc-js/t2cn).
 */
export async function toSimplified(query, isTraditional, openccUrl) {
  if (![...query].some(isTraditional)) return query;
  converter ??= import(openccUrl).then(({ Converter }) => Converter({ from: 'tw', to: 'cn' }));
  return (await converter)(query);
}

/** A query typed in Latin letters (pinyin or initials), at least two of them. */
export function isLatinQuery(query) {
  return /^[a-zA-Z][a-zA-Z\s']*[a-zA-Z]$/.test(query.trim());
}

/**
 * How well the letters `typed` spell a reading (`shan xi sheng/tu shu/guan`), or -1: each
 * syllable may be typed whole or begun (initials), from the start of any word of the name, and
 * the rest of a word may be left out once it is begun (「shanxi tushuguan」 for 山西省图书馆).
 */
export function pinyinScore(reading, typed) {
  const letters = typed.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return -1;
  const syllables = [];
  const wordStart = [];
  for (const word of reading.split('/')) {
    const start = syllables.length;
    for (const syllable of word.split(' ')) {
      syllables.push(syllable);
      wordStart.push(start);
    }
  }
  const memo = new Map();
  // Best score for matching letters[j..] from syllable i; -Infinity when impossible.
  const best = (i, j) => {
    if (j === letters.length) return 0;
    if (i >= syllables.length) return -Infinity;
    const key = i * 1000 + j;
    if (memo.has(key)) return memo.get(key);
    let score = -Infinity;
    const syllable = syllables[i];
    for (let k = Math.min(syllable.length, letters.length - j); k >= 1; k--) {
      if (letters.startsWith(syllable.slice(0, k), j)) {
        // A whole syllable counts more than a begun one.
        score = Math.max(score, best(i + 1, j + k) + (k === syllable.length ? 3 : 1));
      }
    }
    // Inside a word: leave out its other syllables and go on with the next word.
    if (wordStart[i] !== i) {
      const next = wordStart.findIndex((start, n) => n > i && start === n);
      if (next > 0) score = Math.max(score, best(next, j) - 2);
    }
    memo.set(key, score);
    return score;
  };
  let result = -1;
  wordStart.forEach((start, i) => {
    if (start !== i) return;
    // Matching from the name's start counts more than from a later word.
    const score = best(i, 0) - (i === 0 ? 0 : 4);
    if (score > result) result = score;
  });
  return result;
}

const manifests = new Map();
/** The name index's manifest (src/lib/search-names.ts, NameManifest), loaded once. */
export function nameManifest(names) {
  if (!manifests.has(names)) manifests.set(names, fetchJson(`${names}index.json`));
  return manifests.get(names);
}
const shards = new Map();
const fetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

/**
 * Names of the site that the query spells in pinyin or, for a Chinese query, that contain it at
 * the start of one of their words, best first: [{ name, path, kind, target }]. `names` is the
 * URL of the name index folder (`<base>search/names/`); only the shards the query's first letter
 * (or first character's readings) names are loaded.
 */
export async function findNames(query, names, { limit = 8, withPage = false } = {}) {
  const text = query.trim();
  if (!text) return [];
  const latin = isLatinQuery(text);
  const manifest = await nameManifest(names);
  const letters = latin ? text[0].toLowerCase() : manifest.initials[[...text][0]] || '';
  const entries = (
    await Promise.all(
      [...letters]
        .filter((letter) => manifest.shards.includes(letter))
        .map((letter) => {
          const url = `${names}${letter}.json`;
          if (!shards.has(url)) shards.set(url, fetchJson(url));
          return shards.get(url);
        }),
    )
  ).flat();
  const scored = new Map();
  for (const [name, readings, path, kind, target] of entries) {
    if (withPage && !path) continue;
    let score = -1;
    // A pinyin match that had to leave out as much as it matched (「yj」 for 永兴建材) is no match.
    if (latin) for (const reading of readings.split(';')) score = Math.max(score, pinyinScore(reading, text) || -1);
    else score = chineseScore(name, readings, text);
    if (score < 0) continue;
    // Entities before other names, then shorter names (closer to what was typed).
    const total = score * 10 + (path ? 5 : 0) - [...name].length * 0.1;
    const key = `${name}\t${path}`;
    if (!scored.has(key) || scored.get(key).total < total) scored.set(key, { name, path, kind, target, total });
  }
  return [...scored.values()].sort((a, b) => b.total - a.total).slice(0, limit).map(({ total, ...found }) => found);
}

/** A Chinese query found at the start of the name or of one of its words (per the first reading). */
function chineseScore(name, readings, text) {
  const chars = [...name];
  const starts = [0];
  let at = 0;
  for (const word of readings.split(';')[0].split('/')) starts.push((at += word.split(' ').length));
  let score = -1;
  for (const start of starts) {
    if (chars.slice(start).join('').startsWith(text)) score = Math.max(score, start === 0 ? 3 : 1);
  }
  if (score < 0 && name.includes(text)) score = 0;
  return score;
}

/** Stands for a space the page has (src/integrations/search-document.ts, SPACE_MARK). */
const SPACE_MARK = '\u2060';
/** Chinese characters and punctuation (src/lib/search-words.ts, CJK_CHAR). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;

/**
 * An excerpt as the page writes it. The index has the page's words with spaces between them
 * (search-document.ts): a run of spaces next to Chinese is dropped, unless the page itself has
 * a space there (SPACE_MARK), which is shown as one. `parts` are the excerpt's pieces,
 * [{ text, mark }] with `mark` for the highlighted words; the same pieces come back.
 */
export function readableExcerpt(parts) {
  const text = parts.map((part) => part.text).join('').replace(/\u200b/g, '');
  const owner = parts.flatMap((part, i) => [...part.text.replace(/\u200b/g, '')].map(() => i));
  const chars = [...text];
  const out = parts.map((part) => ({ ...part, text: '' }));
  for (let i = 0; i < chars.length; ) {
    if (!/\s/.test(chars[i]) && chars[i] !== SPACE_MARK) {
      out[owner[i]].text += chars[i++];
      continue;
    }
    let end = i;
    while (end < chars.length && (/\s/.test(chars[end]) || chars[end] === SPACE_MARK)) end++;
    const run = chars.slice(i, end);
    const typed = run.includes(SPACE_MARK);
    const nextToChinese = (i > 0 && CJK.test(chars[i - 1])) || (end < chars.length && CJK.test(chars[end]));
    if (typed || (!nextToChinese && i > 0 && end < chars.length)) out[owner[i]].text += ' ';
    i = end;
  }
  // An excerpt that begins where a sentence ended does not begin with its punctuation.
  const first = out.find((part) => part.text);
  if (first) first.text = first.text.replace(/^[。，、；：）」』”]+/u, '');
  return out.filter((part) => part.text);
}

/** A text from the index (a result's title) as the page writes it; see readableExcerpt. */
export const readableText = (text) => readableExcerpt([{ text: text || '', mark: false }]).map((part) => part.text).join('');
