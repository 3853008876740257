/**
 * Builds the Pagefind search index over the directory Astro actually wrote (so `--outDir X` is
 * honoured), into `<outDir>/pagefind/`: after the Astro process has exited under `npm run build`
 * (scripts/build.ts), as the last step of a plain `astro build`. A site of more than
 * DEFAULT_PART_SIZE indexed pages gets an index in parts, one Pagefind process after another,
 * so that memory stays bounded (writeSearchIndex), and unchanged parts come from a cache.
 *
 * Why Pagefind's Node API and not an integration package: the popular one's documented import
 * path fails on Astro 7.3, and the API is twenty lines. The `pagefind` npm package resolves
 * `pagefind_extended` first, the build that segments Chinese at index and query time.
 *
 * What gets indexed is decided in the pages, not here: only pages that pass `search` to the
 * layout carry `data-pagefind-body` (see src/lib/search-meta.ts), so list pages, navigation and
 * the footer stay out. Result URLs are stored without the base path; the search page passes
 * the base to Pagefind (`baseUrl`), so one index works under `/` and under `BASE_PATH`.
 *
 * Pagefind is not handed the pages as built but their search documents
 * (src/integrations/search-document.ts): the text split into words the way the browser splits
 * a query, and the site's names (the name index in `search/names/`, which Astro wrote) added as
 * whole words. Pagefind's own Chinese segmenter is therefore not used (INDEX_LANGUAGE).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { NAMES_DIR, type NameEntry } from '../lib/search-names.ts';
import { NameFinder, readSearchPage, withNames, type SearchPage } from './search-document.ts';

/** The bundle folder below the output directory; the search page reads `<base>pagefind/parts.json` first. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Parts of an indexed page that belong to other pages: cards of related entries and the
 * previous/next links between photos. Indexing their text would make a unit show up for every
 * word of each figure's summary listed on it; the names on them are indexed all the same, as
 * index-only words (search-document.ts), so the unit is found by the figure's name, below the
 * figure's own page.
 */
export const EXCLUDED_CLASSES = ['card-grid', 'pager'];

/**
 * Text visitors do not see is not indexed either: hidden elements (a state badge for another
 * day, search data) and <notice-window>, whose 公示 state depends on the day it is read, which
 * an index built on one day cannot know.
 */
const EXCLUDE_SELECTORS = [...EXCLUDED_CLASSES.map((name) => `.${name}`), '[hidden]', 'notice-window'];

/**
 * The language the index is written in. Not Chinese on purpose: for zh, ja and th Pagefind runs
 * its own segmenter over the text, which search-document.ts has already split; for any other
 * language it only splits at spaces and, having no stemmer for it, keeps words as they are. The
 * browser still splits the visitor's query as Chinese (it goes by the page's lang="zh-CN").
 */
export const INDEX_LANGUAGE = 'und';

/**
 * Pagefind's ready-made interfaces, written with every bundle. The search page drives the JS
 * API itself (src/scripts/search.js), so these would be deployed and never loaded (≈ 430 KB).
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefind(): AstroIntegration {
  return {
    name: 'bangyang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` indexes after the Astro process has exited (scripts/build.ts), so that
        // Pagefind's memory does not come on top of Astro's; a plain `astro build` indexes here.
        if (process.env[INDEX_LATER_ENV]) return;
        await indexBuiltSite(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}

/** Set by scripts/build.ts for the Astro step: it builds the index itself once Astro is done. */
export const INDEX_LATER_ENV = 'BANGYANG_INDEX_AFTER_BUILD';

/**
 * Indexes a built site into `<site>/pagefind/` and logs one line (the benchmark reads its
 * page count and seconds, scripts/lib/bench/stages.ts). Errors say that the index failed.
 */
export async function indexBuiltSite(site: string, log: (message: string) => void): Promise<void> {
  const output = join(site, PAGEFIND_DIR);
  const started = performance.now();
  try {
    const { pages, scanned, read, parts, reused } = await writeSearchIndex(site, output, { cacheDir: resolve(PART_CACHE_DIR) });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const split = parts > 1 ? `；分 ${parts} 部分，其中 ${reused} 部分内容未变、沿用缓存` : reused ? '；内容未变，沿用缓存' : '';
    log(`已为 ${pages} 个页面建立检索索引，共扫描 ${scanned} 个页面（${relative(process.cwd(), output) || output}，${seconds} 秒${split}；重新解析 ${read} 个页面，其余页面的解析结果取自缓存）`);
  } catch (error) {
    throw new Error(`搜索索引生成失败（Pagefind）：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Pages per part at most. Pagefind's Chinese indexer (pagefind_extended) holds about 0.42 MB
 * per page until it writes the bundle (measured: 5.7 GB for 14,550 pages, BENCHMARKS.md), and
 * upstream reports it running out of memory above 30,000 pages; 2,000 pages keep one part near
 * 0.9 GB. Parts are spread by hash (partOf), so this is their average size at most; one may
 * come out a few percent larger. BANGYANG_SEARCH_PART_SIZE overrides it (e.g. for tests).
 */
export const DEFAULT_PART_SIZE = 2000;

/** Where finished parts are kept for the next build, below the project (see writeSearchIndex). */
export const PART_CACHE_DIR = process.env.BANGYANG_SEARCH_CACHE ?? '.cache/pagefind-parts';

/** Listed in `<bundle>/parts.json`: the folders, relative to the bundle, the search page loads. */
export const PARTS_FILE = 'parts.json';

/**
 * Everything Pagefind is told besides the pages; part of the cache key, so a change re-indexes
 * (the pages' keys are their search documents, so a change in how those are written does too).
 */
const INDEX_OPTIONS = { forceLanguage: INDEX_LANGUAGE, excludeSelectors: EXCLUDE_SELECTORS };

/** Cache entries not used for this long are removed (each use refreshes the folder's time). */
const CACHE_DAYS = 14;

/**
 * A page Pagefind will index: the detail pages carry `data-pagefind-body` on their <main>
 * (src/layouts/Base.astro). As markup, not text: text has its "<" escaped, so this cannot match
 * an article that merely mentions the attribute.
 */
const INDEXED = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i;

export interface IndexOptions {
  /** Pages per part at most; BANGYANG_SEARCH_PART_SIZE or DEFAULT_PART_SIZE when left out. */
  partSize?: number;
  /** Keeps finished parts here and reuses a part whose pages did not change; none when left out. */
  cacheDir?: string;
}

export interface IndexResult {
  /** Pages in the index (Pagefind's own count). */
  pages: number;
  /** HTML files read. */
  scanned: number;
  /** Indexed pages parsed into their search documents (the others came from the document cache). */
  read: number;
  parts: number;
  /** Parts taken from the cache instead of being indexed again. */
  reused: number;
}

export interface SitePage {
  /** Path below the site folder, with forward slashes: `units/a/index.html`. */
  path: string;
  /** SHA-256 of its search document: the part is indexed again when any of its pages changed. */
  hash: string;
}

/** A page to index with the document Pagefind reads (search-document.ts). */
interface IndexedPage extends SitePage {
  document: string;
}

/**
 * How many parts `pages` indexed pages are split into: 1 up to `partSize`, then doubling
 * (2, 4, 8 …) so that each holds at most `partSize` on average. Powers of two keep the
 * assignment stable: adding pages changes the number of parts only when it doubles.
 */
export function partCount(pages: number, partSize: number): number {
  let parts = 1;
  while (pages / parts > partSize) parts *= 2;
  return parts;
}

/**
 * The part a page belongs to: from a hash of its path alone, so a page stays in its part when
 * other pages are added, edited or removed, and an edit re-indexes only the parts whose pages
 * changed. Hash-spread parts hold the same mix of page types, so their word statistics, and
 * with them the relevance scores the search page merges, stay close to those of one index.
 */
export function partOf(path: string, parts: number): number {
  return parts === 1 ? 0 : createHash('sha256').update(path).digest().readUInt32BE(0) % parts;
}

/** The pages to index, grouped into parts, each part in path order. */
export function assignParts<T extends SitePage>(pages: T[], partSize: number): T[][] {
  const groups: T[][] = Array.from({ length: partCount(pages.length, partSize) }, () => []);
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) groups[partOf(page.path, groups.length)]!.push(page);
  return groups;
}

/**
 * Names a part's bundle by everything it is made from: Pagefind's version, the options and
 * each page's path and bytes. Equal keys mean Pagefind would write the same bundle again.
 */
export function partKey(pages: SitePage[], version: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ version, options: INDEX_OPTIONS }));
  for (const page of pages) hash.update(`\n${page.path}\t${page.hash}`);
  return hash.digest('hex').slice(0, 32);
}

/** The folder of part `i` of `parts` below the bundle: the bundle itself when there is one part. */
export const partFolder = (i: number, parts: number): string => (parts === 1 ? '' : `${i + 1}/`);

/**
 * Indexes the HTML under `site` into Pagefind bundles below `output` (the build writes
 * `<site>/pagefind/`; the search benchmark, scripts/lib/bench/search.ts, a temporary folder).
 *
 * Up to the part size, one bundle at `output` as always. Beyond it, one bundle per part in
 * `output/1/`, `output/2/` …, each indexed by a Pagefind process of its own that is closed
 * before the next starts, so memory is bounded by the part size instead of the site's size
 * (deleteIndex() frees the index inside one service, but closing is what provably gives the
 * memory back). `output/parts.json` lists the folders for the search page either way.
 *
 * With `cacheDir`, pages whose HTML was indexed before are not parsed again (readSite), and a
 * part whose key (partKey) is cached is copied instead of indexed; new parts are written to a
 * temporary folder and renamed into the cache only when complete, so an interrupted build leaves
 * no half-written entry. Fails when no page is marked for indexing.
 */
export async function writeSearchIndex(site: string, output: string, options: IndexOptions = {}): Promise<IndexResult> {
  const partSize = options.partSize ?? (Number(process.env.BANGYANG_SEARCH_PART_SIZE) || DEFAULT_PART_SIZE);
  const { pages, scanned, read } = await readSite(site, options.cacheDir);
  if (pages.length === 0) throw new Error(`${scanned} 个页面中没有可供检索的页面：详情页应向布局 Base.astro 传入 search 属性（见 src/lib/search-meta.ts）。`);
  const groups = assignParts(pages, partSize);
  const version = pagefindVersion();
  await rm(output, { recursive: true, force: true });
  let reused = 0;
  // A part no page hashed to (possible only with tiny parts) gets no bundle: Pagefind's script
  // has nothing to load from an empty one. Its number stays free, so the others keep theirs.
  const filled = [...groups.keys()].filter((i) => groups[i]!.length > 0);
  for (const i of filled) {
    const group = groups[i]!;
    const target = join(output, partFolder(i, groups.length));
    if (!options.cacheDir) {
      await indexPart(group, target);
      continue;
    }
    const cached = join(options.cacheDir, partKey(group, version));
    if (existsSync(join(cached, 'pagefind-entry.json'))) {
      reused++;
      const now = new Date();
      await utimes(cached, now, now);
    } else {
      const temporary = `${cached}.writing-${process.pid}`;
      await rm(temporary, { recursive: true, force: true });
      await indexPart(group, temporary);
      // A build running at the same time may have finished the same entry first; both are equal.
      await rename(temporary, cached).catch(() => rm(temporary, { recursive: true, force: true }));
    }
    await cp(cached, target, { recursive: true });
  }
  await writeFile(join(output, PARTS_FILE), `${JSON.stringify({ parts: filled.map((i) => partFolder(i, groups.length) || './') })}\n`);
  if (options.cacheDir) await pruneCache(options.cacheDir);
  let indexed = 0;
  for (const i of filled) indexed += await indexedPageCount(join(output, partFolder(i, groups.length)));
  return { pages: indexed, scanned, read, parts: groups.length, reused };
}

/**
 * Every HTML file below `site` (Pagefind's own default), and the documents of those to be indexed.
 * With `cacheDir`, each page as read (SearchPage) is kept by its HTML in `<cacheDir>/documents/`
 * with the names found in it: an unchanged page is not read again, and of the site's names only
 * those added since it was read are looked for in its text (NameFinder.findSince).
 */
export async function readSite(site: string, cacheDir?: string): Promise<{ pages: IndexedPage[]; scanned: number; read: number }> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => file.split(sep).join('/'));
  const names = new NameFinder(await siteNames(site));
  const documents = cacheDir === undefined ? undefined : await DocumentCache.open(join(cacheDir, DOCUMENTS_DIR), names);
  const pages: IndexedPage[] = [];
  for (const path of files) {
    const html = await readFile(join(site, path), 'utf8');
    if (!INDEXED.test(html)) continue;
    const document = documents ? await documents.document(html) : readAndName(html, names);
    if (document) pages.push({ path, hash: createHash('sha256').update(document).digest('hex'), document });
  }
  await documents?.saveNames();
  return { pages, scanned: files.length, read: documents ? documents.read : pages.length };
}

function readAndName(html: string, names: NameFinder): string | undefined {
  const page = readSearchPage(html, EXCLUDED_CLASSES);
  return page && withNames(page, names.find(page.seen));
}

/** The folder below the part cache that keeps the pages as read (readSite). */
const DOCUMENTS_DIR = 'documents';

/**
 * What decides how a page is read besides its HTML: the reading code, the HTML parser's version
 * and the segmenter's dictionary (ICU, Node's). Part of every document's key, so a change there
 * reads every page again instead of trusting a number someone must remember to bump.
 */
const READER_SOURCES = ['./search-document.ts', '../lib/search-words.ts', '../../node_modules/htmlparser2/package.json'];
const readerKey = (): string => {
  const hash = createHash('sha256').update(JSON.stringify({ icu: process.versions.icu, unicode: process.versions.unicode, excluded: EXCLUDED_CLASSES }));
  for (const source of READER_SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
  return hash.digest('hex');
};

/** One cached page: as read, and the names found in it against the name list `names` (a digest). */
interface CachedPage {
  page: SearchPage | null;
  names: string;
  found: string[];
}

/**
 * Pages as read, by the SHA-256 of their HTML, in one small file each (`ab/abcd….json.gz`), and
 * the name lists they were named against (`names-<digest>.json`). Files are written whole under a
 * temporary name and renamed, so a build that stops half-way or runs at the same time leaves no
 * half-written entry. Entries unused for CACHE_DAYS are removed with the parts (pruneCache).
 */
class DocumentCache {
  readonly #names: NameFinder;
  readonly #namesDigest: string;
  readonly #reader = readerKey();
  readonly #lists = new Map<string, ReadonlySet<string> | undefined>();
  /** Pages read from their HTML in this build (not found in the cache). */
  read = 0;

  readonly dir: string;

  private constructor(dir: string, names: NameFinder) {
    this.dir = dir;
    this.#names = names;
    this.#namesDigest = createHash('sha256').update([...names.names].sort().join('\n')).digest('hex').slice(0, 32);
  }

  static async open(dir: string, names: NameFinder): Promise<DocumentCache> {
    await mkdir(dir, { recursive: true });
    return new DocumentCache(dir, names);
  }

  /** The search document of a page (undefined: not indexed), from the cache where it can be. */
  async document(html: string): Promise<string | undefined> {
    const key = createHash('sha256').update(this.#reader).update(html).digest('hex');
    const file = join(this.dir, key.slice(0, 2), `${key}.json.gz`);
    // No entry, or one that cannot be read (a disk error, a cache from another program): read the page.
    const cached = await readFile(file)
      .then(async (bytes) => JSON.parse((await unzip(bytes)).toString('utf8')) as CachedPage)
      .catch(() => undefined);
    const earlier = cached && (await this.#list(cached.names));
    if (cached && earlier) {
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      if (!cached.page) return undefined;
      const found = cached.names === this.#namesDigest ? cached.found : this.#names.findSince(cached.page.seen, { names: earlier, found: cached.found });
      return withNames(cached.page, found);
    }
    const page = readSearchPage(html, EXCLUDED_CLASSES) ?? null;
    this.read++;
    const found = page ? this.#names.find(page.seen) : [];
    await writeWhole(file, await zip(JSON.stringify({ page, names: this.#namesDigest, found } satisfies CachedPage), { level: 1 }));
    return page ? withNames(page, found) : undefined;
  }

  /** Writes this build's name list, which the entries it wrote refer to, and marks it used. */
  async saveNames(): Promise<void> {
    const file = join(this.dir, `names-${this.#namesDigest}.json`);
    if (existsSync(file)) {
      const now = new Date();
      await utimes(file, now, now);
    } else await writeWhole(file, JSON.stringify([...this.#names.names]));
  }

  /** A name list entries refer to, read once per build; undefined when it is gone (the entry is read again). */
  async #list(digest: string): Promise<ReadonlySet<string> | undefined> {
    if (digest === this.#namesDigest) return this.#names.names;
    if (!this.#lists.has(digest)) {
      const file = join(this.dir, `names-${digest}.json`);
      const list = await readFile(file, 'utf8').then((text) => new Set(JSON.parse(text) as string[]), () => undefined);
      if (list) {
        const now = new Date();
        await utimes(file, now, now).catch(() => undefined);
      }
      this.#lists.set(digest, list);
    }
    return this.#lists.get(digest);
  }
}

// Gzipped (fastest level): a page as read is about 20 KB of HTML and text, ≈ 300 MB for a city.
const zip = promisify(gzip);
const unzip = promisify(gunzip);

/** Writes `file` under a temporary name first, then renames it into place. */
async function writeWhole(file: string, text: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.writing-${process.pid}`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** Every name in the site's name index (src/pages/search/names/); none for a site without one. */
async function siteNames(site: string): Promise<string[]> {
  const dir = join(site, NAMES_DIR);
  if (!existsSync(dir)) return [];
  const names: string[] = [];
  for (const file of await readdir(dir)) {
    const data = JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;
    if (Array.isArray(data)) names.push(...(data as NameEntry[]).map((entry) => entry[0]));
  }
  return names;
}

/** One Pagefind service for one part, closed afterwards so its memory goes back. */
async function indexPart(pages: IndexedPage[], outputPath: string): Promise<void> {
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex(INDEX_OPTIONS);
    if (!index) throw new Error(errors.join('\n'));
    // A few files in flight keep the service busy without holding many pages in this process.
    const limit = pLimit(4);
    await limit.map(pages, async (page) => {
      const added = await index.addHTMLFile({ sourcePath: page.path, content: page.document });
      if (added.errors.length) {
        limit.clearQueue(); // No more pages for a service that is about to be closed.
        throw new Error(`${page.path}：${added.errors.join('\n')}`);
      }
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(outputPath, file), { force: true })));
  } finally {
    await close();
  }
}

/** The installed Pagefind's version: a new version may write other bundles, so it is in the key. */
function pagefindVersion(): string {
  // Its package.json is not in its `exports`, so it is read from the project's node_modules.
  const file = new URL('../../node_modules/pagefind/package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Removes cache entries not used for CACHE_DAYS, and temporary folders of builds long gone; in
 * the documents folder, file by file (each use refreshes an entry's time, not the folder's).
 */
async function pruneCache(cacheDir: string, folder = cacheDir): Promise<void> {
  const cutoff = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && (folder !== cacheDir || entry.name === DOCUMENTS_DIR)) {
      await pruneCache(cacheDir, path);
      continue;
    }
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Infinity }));
    if (mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
  }
}

/**
 * How many pages made it into one bundle. Pagefind counts every HTML file it reads, also
 * those without `data-pagefind-body`; the bundle's entry file counts the indexed ones.
 */
async function indexedPageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
