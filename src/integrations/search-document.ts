/**
 * The document Pagefind indexes for a built page: the page's own <main data-pagefind-body>,
 * rewritten so that the index gets the words a visitor's query will be split into. The deployed
 * page is not changed; only what the indexer reads is.
 *
 * - Text is split into words as the browser splits the query (src/lib/search-words.ts): a space
 *   between words next to Chinese; a space the page itself has there becomes SPACE_MARK, so the
 *   search page can tell the two apart and show the excerpt exactly as the page is written.
 * - Blocks that end in a word get 「。」 (a term gets 「：」), where Pagefind would otherwise join
 *   them with an ASCII 「. 」 or, for terms and descriptions, with nothing at all.
 * - The site's names found anywhere in the page's visible text, related cards included, go into
 *   the index-only field `names` as whole words (nameWords), so that a query for any of them finds
 *   every page that shows it; the page's own name (its heading) goes into `heading`, and its
 *   `keywords` (former and short names, rendered by src/components/SearchIndexData.astro) into
 *   `keywords`, the same way.
 * - Words that begin inside or across the page's words (joinedWords) go into the index-only
 *   field `joins`, so that a word of the text is found where the segmenter cut it otherwise.
 * Index-only words live in metadata fields, which Pagefind searches but never shows in an excerpt.
 */
import { Parser } from 'htmlparser2';
import { AhoCorasick } from '@monyone/aho-corasick';
import { CJK_CHAR, joinedWords, nameWords, spaceWords } from '../lib/search-words.ts';

/** Stands for a space that the page has between Chinese and something else (see search.js). */
export const SPACE_MARK = '\u2060';

/** The index-only metadata fields this module writes. */
export const NAMES_FIELD = 'names';
export const KEYWORDS_FIELD = 'keywords';
export const JOINS_FIELD = 'joins';
export const HEADING_FIELD = 'heading';

/** Elements Pagefind treats as blocks, plus the parts of a definition list. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'th', 'div', 'ul', 'ol', 'li', 'dl', 'dd', 'article', 'section', 'blockquote', 'figcaption', 'caption', 'summary']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Content that is not text of the page. */
const RAW = new Set(['script', 'style', 'template', 'svg']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Finds the site's names in a text; built once per index from the name list. */
export class NameFinder {
  readonly #matcher: AhoCorasick | undefined;

  constructor(names: Iterable<string>) {
    // One-character names would match inside every other word.
    const usable = [...new Set([...names].map((name) => name.trim()).filter((name) => [...name].length > 1))];
    this.#matcher = usable.length ? new AhoCorasick(usable) : undefined;
  }

  /** The names that occur in `text`, each once. */
  find(text: string): string[] {
    return this.#matcher ? [...new Set(this.#matcher.matchInText(text).map((match) => match.keyword))] : [];
  }
}

interface Open {
  name: string;
  /** Left out of the index by Pagefind (EXCLUDED_CLASSES): its text is only read for names. */
  excluded: boolean;
  /** Text inside is not seen by visitors (hidden, a day-dependent notice window) or is search data. */
  unseen: boolean;
  /** The value of data-pagefind-meta, for the index-only fields written here. */
  field: string | undefined;
}

/**
 * Short texts recur on many pages (labels, headings, honor titles, places); segmenting is most
 * of the time this module takes, so their spaced form is kept for the next page.
 */
const spacedShort = new Map<string, string>();
const SHORT = 40;
const MAX_CACHED = 50_000;

function spaced(text: string): string {
  if (text.length > SHORT) return spaceWords(text, SPACE_MARK);
  let done = spacedShort.get(text);
  if (done === undefined) {
    done = spaceWords(text, SPACE_MARK);
    if (spacedShort.size >= MAX_CACHED) spacedShort.clear();
    spacedShort.set(text, done);
  }
  return done;
}

/**
 * The HTML to hand to Pagefind for a built page, or undefined when the page has no
 * `data-pagefind-body` (it is not indexed). `excludedClasses` are the classes of the elements
 * Pagefind is told to leave out (their text still counts for the names a page shows).
 */
export function searchDocument(html: string, names: NameFinder, excludedClasses: readonly string[] = []): string | undefined {
  const open = /<main\b[^>]*\sdata-pagefind-body(?:[\s=][^>]*)?>/i.exec(html);
  if (!open) return undefined;
  const end = html.lastIndexOf('</main>');
  const head = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const pageTitle = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  const main = html.slice(open.index + open[0].length, end);

  let out = '';
  let seen = '';
  let pending = '';
  let last = '';
  const stack: Open[] = [];
  const keywords: string[] = [];
  const joins = new Set<string>();
  /** The page's first <h1>, its title in results. */
  let heading = '';
  let title: string | undefined;
  const inside = () => stack.at(-1);

  const flush = () => {
    if (!pending) return;
    const top = inside();
    if (top?.field === KEYWORDS_FIELD) keywords.push(...pending.split(/[、\n]/).map((word) => word.trim()).filter(Boolean));
    // Raw content, and the values of metadata and filters (inside hidden elements), stay as written.
    else if (stack.some((element) => RAW.has(element.name) || element.unseen)) out += escapeText(pending);
    else if (top?.excluded) {
      out += escapeText(pending);
      seen += pending;
    }
    else if (!pending.trim()) out += pending; // Spacing between tags, not text.
    else {
      if (stack.some((element) => element.name === 'h1') && title === undefined) heading += pending;
      // A space the page has between Chinese and the next text node is kept as such, too.
      const words = spaced(pending.trimStart());
      out += escapeText(/^\s/.test(pending) && CJK_CHAR.test(last) ? ` ${SPACE_MARK} ${words}` : /^\s/.test(pending) ? ` ${words}` : words);
      for (const word of joinedWords(words)) joins.add(word);
      seen += pending;
      const trimmed = pending.trimEnd();
      if (trimmed) last = trimmed.at(-1)!;
    }
    pending = '';
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const raw = main.slice(parser.startIndex, parser.endIndex + 1);
        const parent = inside();
        const unseen =
          Boolean(parent?.unseen) || 'hidden' in attributes || 'data-pagefind-ignore' in attributes || name === 'notice-window';
        const field = attributes['data-pagefind-meta'];
        const excluded = Boolean(parent?.excluded) || (attributes.class ?? '').split(/\s+/).some((cls) => excludedClasses.includes(cls));
        // The keywords element is written below, as index words.
        if (field !== KEYWORDS_FIELD) out += raw;
        if (BLOCKS.has(name) || name === 'br') seen += '\n';
        if (!VOID.has(name)) stack.push({ name, excluded, unseen, field });
      },
      ontext(text) {
        pending += text;
      },
      onclosetag(name, implied) {
        flush();
        if (name === 'h1' && title === undefined) title = heading.trim();
        const top = stack.pop();
        if (top?.field === KEYWORDS_FIELD || VOID.has(name)) return;
        // A term is followed by 「：」, a block that ends in a word by 「。」, the Chinese way
        // (Pagefind would add 「. 」 after a block and nothing after a term or a description).
        const mark = top?.unseen ? '' : name === 'dt' ? (/[:：]/.test(last) ? '' : '：') : BLOCKS.has(name) && /[\p{L}\p{N}]/u.test(last) ? '。' : '';
        if (mark) {
          out += ` ${mark}`;
          last = mark;
        }
        if (BLOCKS.has(name) || name === 'dt') seen += '\n';
        if (!implied) out += `</${name}>`;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(main);
  parser.end();
  flush();

  // The title is the heading as written (Pagefind would take it with the 「。」 added above); its
  // words go into `heading`, so that a query's words match the page's own name whole.
  const fields: string[] = title
    ? [`<span data-pagefind-meta="title">${escapeText(title.replace(/\s+/g, ' '))}</span>`, `<span data-pagefind-meta="${HEADING_FIELD}">${escapeText(nameWords(title).join(' '))}</span>`]
    : [];
  const found = new Set(names.find(seen).flatMap(nameWords));
  if (found.size) fields.push(`<span data-pagefind-meta="${NAMES_FIELD}">${escapeText([...found].join(' '))}</span>`);
  if (joins.size) fields.push(`<span data-pagefind-meta="${JOINS_FIELD}">${escapeText([...joins].join(' '))}</span>`);
  const ownWords = new Set(keywords.flatMap(nameWords));
  if (ownWords.size) fields.push(`<span data-pagefind-meta="${KEYWORDS_FIELD}">${escapeText([...ownWords].join(' '))}</span>`);
  const extra = fields.length ? `<div hidden data-pagefind-ignore>${fields.join('')}</div>` : '';
  return `<!doctype html>${head}<head>${pageTitle}</head><body>${open[0]}${out}${extra}</main></body></html>`;
}
