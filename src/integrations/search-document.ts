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
  /** The names looked for (one-character names are not: they would match inside every other word). */
  readonly names: ReadonlySet<string>;
  readonly #added = new WeakMap<ReadonlySet<string>, string[]>();

  constructor(names: Iterable<string>) {
    this.names = new Set([...names].map((name) => name.trim()).filter((name) => [...name].length > 1));
    this.#matcher = this.names.size ? new AhoCorasick([...this.names]) : undefined;
  }

  /** The names that occur in `text`, each once, in the order of their first occurrence. */
  find(text: string): string[] {
    return this.#matcher ? inTextOrder(text, this.#matcher.matchInText(text).map((match) => match.keyword)) : [];
  }

  /**
   * The same as find(text), from what find gave for the same text against an earlier name list:
   * those of the names still in use, and of the names that list lacked, the ones `text` holds.
   * Every occurrence counts (also inside or across other names), so nothing else can differ.
   * An edit adds a name or two, and looking each up costs far less than matching all of them.
   */
  findSince(text: string, earlier: { names: ReadonlySet<string>; found: readonly string[] }): string[] {
    let added = this.#added.get(earlier.names);
    if (!added) this.#added.set(earlier.names, (added = [...this.names].filter((name) => !earlier.names.has(name))));
    if (added.length > ADDED_NAMES_LOOKED_UP) return this.find(text);
    return inTextOrder(text, [...earlier.found.filter((name) => this.names.has(name)), ...added.filter((name) => text.includes(name))]);
  }
}

/** Above this many new names, matching them all at once is the faster way (NameFinder.findSince). */
const ADDED_NAMES_LOOKED_UP = 200;

/** `names` (each occurring in `text`) once each, by where they first end in it, then where they begin. */
function inTextOrder(text: string, names: readonly string[]): string[] {
  const at = new Map<string, number>();
  for (const name of names) if (!at.has(name)) at.set(name, text.indexOf(name));
  return [...at.keys()].sort((a, b) => at.get(a)! + a.length - (at.get(b)! + b.length) || at.get(a)! - at.get(b)!);
}

interface Open {
  name: string;
  /** Left out of the index by Pagefind (EXCLUDED_CLASSES): its text is only read for names. */
  excluded: boolean;
  /** Text inside is not seen by visitors (hidden, a day-dependent notice window) or is search data. */
  unseen: boolean;
  /** The value of data-pagefind-meta, for the index-only fields written here. */
  field: string | undefined;
  /** It or an element around it gives Pagefind a metadata, filter or sort value from its text. */
  data: boolean;
}

/** The attributes through which Pagefind reads an element's text even where it indexes none of it. */
const DATA_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

/** What Pagefind needs of an element it indexes nothing of: the attributes that exclude it. */
const EXCLUDING_ATTRIBUTES = ['class', 'hidden', 'data-pagefind-ignore'];

function bareTag(name: string, attributes: Record<string, string>): string {
  const kept = EXCLUDING_ATTRIBUTES.filter((attribute) => attribute in attributes);
  return `<${name}${kept.map((attribute) => ` ${attribute}="${attributes[attribute]!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}>`;
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
  const page = readSearchPage(html, excludedClasses);
  return page && withNames(page, names.find(page.seen));
}

/**
 * A page as read for the index: its search document but for the names found in it, and the text
 * they are looked for in. It depends on the page's HTML alone, so the indexer keeps it from build
 * to build (src/integrations/pagefind.ts) and only looks for the names again.
 */
export interface SearchPage {
  /** The document up to its index-only fields. */
  body: string;
  /** Index-only fields before the names (title, heading) and after them (joins, keywords). */
  before: string[];
  after: string[];
  /** The visible text of the page, related cards included: where its names are looked for. */
  seen: string;
}

/** The search document of a read page with the names `found` in its text (NameFinder). */
export function withNames(page: SearchPage, found: readonly string[]): string {
  const words = new Set(found.flatMap(nameWords));
  const fields = [...page.before, ...(words.size ? [`<span data-pagefind-meta="${NAMES_FIELD}">${escapeText([...words].join(' '))}</span>`] : []), ...page.after];
  const extra = fields.length ? `<div hidden data-pagefind-ignore>${fields.join('')}</div>` : '';
  return `${page.body}${extra}</main></body></html>`;
}

/** Reads a built page for the index (see SearchPage); undefined when it is not indexed. */
export function readSearchPage(html: string, excludedClasses: readonly string[] = []): SearchPage | undefined {
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
    // Other text nobody sees (the previous/next links, a day-dependent notice window) is left out:
    // Pagefind would not index it, and a page whose neighbour was renamed keeps its document.
    else if (stack.some((element) => RAW.has(element.name) || element.unseen)) {
      if (top?.data || stack.some((element) => RAW.has(element.name))) out += escapeText(pending);
    }
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
        const data = Boolean(parent?.data) || DATA_ATTRIBUTES.some((attribute) => attribute in attributes);
        const excluded = Boolean(parent?.excluded) || (attributes.class ?? '').split(/\s+/).some((cls) => excludedClasses.includes(cls));
        // The keywords element is written below, as index words. Of an element nobody sees and
        // Pagefind reads nothing from, only what decides that is kept (its links, e.g. the
        // previous/next ones, would change the document of a page whose neighbour was renamed).
        if (field !== KEYWORDS_FIELD) out += unseen && !data ? bareTag(name, attributes) : raw;
        if (BLOCKS.has(name) || name === 'br') seen += '\n';
        if (!VOID.has(name)) stack.push({ name, excluded, unseen, field, data });
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
  const after: string[] = [];
  if (joins.size) after.push(`<span data-pagefind-meta="${JOINS_FIELD}">${escapeText([...joins].join(' '))}</span>`);
  const ownWords = new Set(keywords.flatMap(nameWords));
  if (ownWords.size) after.push(`<span data-pagefind-meta="${KEYWORDS_FIELD}">${escapeText([...ownWords].join(' '))}</span>`);
  return { body: `<!doctype html>${head}<head>${pageTitle}</head><body>${open[0]}${out}`, before: fields, after, seen };
}
