/**
 * Warm builds with Astro's incremental rendering (astro.config.mjs, src/lib/page-key.ts) render
 * again exactly the pages whose output can have changed, and restore the others unchanged.
 *
 * One small generated site (the benchmark's corpus, scripts/lib/bench/corpus.ts, with its links
 * set by hand so that the test knows which page shows what) is built cold, then edited and built
 * again step by step with its own Astro cache, as a deploy job would. Each step checks which
 * pages the log says were rendered and which restored, what the pages now say, and, for the
 * edits whose effects reach furthest, that the warm output is byte for byte what rendering
 * every page again (`--force`) gives.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, unitSlug } from '../../scripts/lib/bench/corpus.ts';
import { writeCorpus } from '../../scripts/lib/bench/write-corpus.ts';
import { CACHE_MARK } from '../../src/integrations/incremental.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { siteFiles } from '../reliability/site.ts';
import { ROOT } from '../setup/paths.ts';

const WORK = join(ROOT, '.cache/incremental');
/** The folder every build is swapped into, as a deploy job's dist/. */
const SITE = join(WORK, 'out', 'site');
const CONTENT = join(WORK, 'content');
/** The Astro cache (with the incremental manifest and the cached pages) kept from build to build. */
const ASTRO_CACHE = join(WORK, 'astro-cache');

/** The notice about units 1 and 2 is open through OPEN_DAY and closed on CLOSED_DAY. */
const OPEN_DAY = '2030-01-10';
const CLOSED_DAY = '2030-01-11';

type Fate = 'rendered' | 'restored';

interface Build {
  outDir: string;
  output: string;
  /** The build before this one (whose output this one replaced). */
  previous: Build | undefined;
  /** Every page the log lists, by output path (`/units/x/index.html`), and what happened to it. */
  pages: Map<string, Fate>;
}

/**
 * Builds into one output folder, as a deploy job does (the folder is part of what Astro hashes,
 * see src/integrations/incremental.ts), then keeps a copy under `name` to compare with later.
 */
let last: Build | undefined;

function build(name: string, day: string, args: string[] = []): Build {
  const site = SITE;
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', site, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      BANGYANG_CONTENT_DIR: relative(ROOT, CONTENT),
      BANGYANG_ASTRO_CACHE: ASTRO_CACHE,
      BANGYANG_OG_CACHE: join(WORK, 'og-cache'),
      // The search index's parts and parsed pages, of this site alone (reparsed() counts on it).
      BANGYANG_SEARCH_CACHE: join(WORK, 'search-cache'),
      BUILD_DATE: day,
    },
  });
  // Astro colours its log when the environment asks for it (FORCE_COLOR, as some CI runners set).
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`build "${name}" failed:\n${output}`);
  const outDir = join(WORK, 'out', name);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(site, outDir, { recursive: true });
  // Astro logs `├─ /path (+12ms)` for a rendered page, `├─ /path (restored)` for a copied one.
  const pages = new Map<string, Fate>();
  for (const [, path, how] of output.matchAll(/├─ (\S+) \((restored|cached|\+[^)]*)\)/g)) {
    pages.set(path!, how === 'restored' || how === 'cached' ? 'restored' : 'rendered');
  }
  last = { outDir, output, previous: last, pages };
  return last;
}

/** The pages of the lists: `/units/index.html`, `/units/page/2/index.html` … */
const isListPage = (path: string) => /^\/(units|figures|lectures|notices|exhibitions)\/(page\/\d+\/)?index\.html$/.test(path);

/** Pages of entries (units, figures …): not the lists, feeds or data files. */
const isEntryPage = (path: string) => /^\/(units|figures|lectures|notices|exhibitions)\/.+\/index\.html$/.test(path) && !isListPage(path);

function entryPages(result: Build, fate: Fate): string[] {
  return [...result.pages].filter(([path, how]) => isEntryPage(path) && how === fate).map(([path]) => path).sort();
}

function listPages(result: Build, fate: Fate): string[] {
  return [...result.pages].filter(([path, how]) => isListPage(path) && how === fate).map(([path]) => path).sort();
}

/**
 * The list pages whose bytes differ from the build before: exactly those a warm build must
 * render. A list page rendered again with the same bytes is work a warm build should not do
 * (at city scale: 500 pages of 24 cards each, for one renamed unit, before their cacheKey).
 */
function changedListPages(result: Build): string[] {
  const before = result.previous!.outDir;
  return [...result.pages.keys()]
    .filter(isListPage)
    .filter((path) => !existsSync(join(before, path)) || !readFileSync(join(before, path)).equals(readFileSync(join(result.outDir, path))))
    .sort();
}

/** How many indexed pages the search index parsed again, from its log line (the others came from its cache). */
const reparsed = (result: Build): number => Number(/重新解析 (\d+) 个页面/.exec(result.output)?.[1] ?? Number.NaN);

const page = (result: Build, path: string) => readFileSync(join(result.outDir, path), 'utf8');

/** Text files of a build (pages, feeds, data files) whose content includes `text`. */
function filesContaining(result: Build, text: string): string[] {
  return siteFiles(result.outDir).filter((file) => /\.(html|xml|json|csv|txt)$/.test(file) && readFileSync(join(result.outDir, file), 'utf8').includes(text));
}

/** The warm build and a build that rendered every page again give the same bytes in every file. */
function expectSameAsFullRender(warm: Build, day: string): void {
  const full = build(`${relative(join(WORK, 'out'), warm.outDir)}-full`, day, ['--force']);
  expect(entryPages(full, 'restored')).toEqual([]);
  const files = siteFiles(warm.outDir);
  expect(siteFiles(full.outDir)).toEqual(files);
  expect(files.filter((file) => !readFileSync(join(warm.outDir, file)).equals(readFileSync(join(full.outDir, file))))).toEqual([]);
}

/** Rewrites an entry's front matter. */
function editEntry(file: string, change: (data: Record<string, unknown>) => void): void {
  const path = join(CONTENT, file);
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path}: no front matter`);
  const data = yaml.load(match[1]!) as Record<string, unknown>;
  change(data);
  writeFileSync(path, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${match[2]}`);
}

const nameOf = (file: string): string => {
  let name = '';
  editEntry(file, (data) => (name = data.name as string));
  return name;
};

const [UNIT1, UNIT2, UNIT3] = [unitSlug(1), unitSlug(2), unitSlug(3)];
/** More than two list pages of units (PAGE_SIZE each), so that an edit leaves some of them as they were. */
const UNITS = 2 * PAGE_SIZE + 12;

/**
 * Sixty units (three list pages), three figures, two lectures, one exhibition of three photos,
 * one notice. Unit 1 is the unit of figure 1, hosts lecture 1, is in photo 1 and in the notice;
 * unit 2 takes every other link; units 3 to 60 are shown on no other entry's page.
 */
async function writeSite(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  await writeCorpus(CONTENT, generateCorpus({ units: UNITS, figures: 3, lectures: 2, exhibitions: 1, photosPerExhibition: 3 }));
  // The generated summary repeats the unit's name; this one does not, so that after the rename
  // any file still holding the old name is a stale one.
  editEntry(`units/${UNIT1}.md`, (data) => void (data.summary = '一家在增量构建测试中改名的示例单位。'));
  editEntry('figures/renwu-00001.md', (data) => void (data.unit = UNIT1));
  editEntry('figures/renwu-00002.md', (data) => void (data.unit = UNIT2));
  editEntry('figures/renwu-00003.md', (data) => void delete data.unit);
  editEntry('lectures/jiangtan-00001.md', (data) => void (data.organiser = UNIT1));
  editEntry('lectures/jiangtan-00002.md', (data) => void (data.organiser = UNIT2));
  editEntry('exhibitions/zhanlan-001/index.md', (data) => {
    const photos = data.photos as { units: string[] }[];
    photos.forEach((photo, i) => (photo.units = [i === 0 ? UNIT1 : UNIT2]));
  });
  editEntry('notices/gongshi-001.md', (data) => {
    Object.assign(data, { published: '2030-01-01', window: { start: '2030-01-01', end: OPEN_DAY }, units: [UNIT1, UNIT2], figures: [] });
    delete data.outcome;
  });
}

let cold: Build;

beforeAll(async () => {
  await writeSite();
  cold = build('cold', OPEN_DAY);
}, 600_000);

describe('incremental warm builds', { timeout: 600_000 }, () => {
  it('render every page cold, and restore every entry page when nothing changed', () => {
    expect(entryPages(cold, 'restored')).toEqual([]);
    expect(entryPages(cold, 'rendered').length).toBeGreaterThan(20);
    const warm = build('unchanged', OPEN_DAY);
    expect(entryPages(warm, 'rendered')).toEqual([]);
    expect(entryPages(warm, 'restored')).toEqual(entryPages(cold, 'rendered'));
    expect(listPages(cold, 'rendered')).toContain('/units/page/3/index.html');
    expect(listPages(warm, 'rendered')).toEqual([]);
    expect(listPages(warm, 'restored')).toEqual(listPages(cold, 'rendered'));
    // The search index parses no page again: every page's HTML is as it was.
    expect(reparsed(cold)).toBeGreaterThan(UNITS);
    expect(reparsed(warm)).toBe(0);
    const files = siteFiles(cold.outDir);
    expect(siteFiles(warm.outDir)).toEqual(files);
    expect(files.filter((file) => !readFileSync(join(warm.outDir, file)).equals(readFileSync(join(cold.outDir, file))))).toEqual([]);
    // What was restored is a hard link into Astro's cache, not a copy: pages, share images, derivatives.
    const linked = (file: string) => statSync(join(SITE, file)).nlink > 1;
    const derivative = files.find((file) => /^_astro\/.+\.webp$/.test(file));
    expect(derivative).toBeDefined();
    for (const file of [`units/${UNIT3}/index.html`, `og/units/${UNIT3}.png`, 'og/exhibitions/zhanlan-001/tupian-001.jpg', derivative!]) expect(linked(file), file).toBe(true);
    expect(warm.output).toMatch(/从缓存复用了 \d+ 个未改动的文件：硬链接 \d+ 个，复制 0 个/);
  });

  it('a warm build writes into no file of the site it replaces (linked files stay as they were)', () => {
    // Second names for every file of the published site: if the next build wrote into one of them
    // (through a link shared with the cache), its bytes here would change.
    const witness = join(WORK, 'witness');
    rmSync(witness, { recursive: true, force: true });
    const before = new Map<string, string>();
    for (const file of siteFiles(SITE)) {
      mkdirSync(dirname(join(witness, file)), { recursive: true });
      linkSync(join(SITE, file), join(witness, file));
      before.set(file, createHash('sha256').update(readFileSync(join(witness, file))).digest('hex'));
    }
    // Unit 1's page and share image are rendered again and their cache copies rewritten; the
    // entry is put back afterwards, for the tests after this one.
    const entry = join(CONTENT, `units/${UNIT1}.md`);
    const original = readFileSync(entry, 'utf8');
    editEntry(`units/${UNIT1}.md`, (data) => Object.assign(data, { summary: '写入测试改写的简介。', name: `${data.name as string}（改）` }));
    build('write-through', OPEN_DAY);
    writeFileSync(entry, original);
    const changed = [...before].filter(([file, hash]) => createHash('sha256').update(readFileSync(join(witness, file))).digest('hex') !== hash).map(([file]) => file);
    expect(changed).toEqual([]);
    expect(readFileSync(join(SITE, `units/${UNIT1}/index.html`), 'utf8')).toContain('写入测试改写的简介。');
    rmSync(witness, { recursive: true, force: true });
  });

  it('renaming a unit renders every page that shows its name, and no other entry page', () => {
    const oldName = nameOf(`units/${UNIT1}.md`);
    const showedName = filesContaining(cold, oldName).map((file) => `/${file}`);
    editEntry(`units/${UNIT1}.md`, (data) => void (data.name = '增量构建更名后的单位'));
    const warm = build('renamed', OPEN_DAY);
    const rendered = entryPages(warm, 'rendered');
    // The pages the test set up to show unit 1, and the naming batches that list it.
    expect(rendered).toEqual(
      expect.arrayContaining([
        `/units/${UNIT1}/index.html`,
        '/figures/renwu-00001/index.html',
        '/lectures/jiangtan-00001/index.html',
        '/exhibitions/zhanlan-001/tupian-001/index.html',
        '/notices/gongshi-001/index.html',
      ]),
    );
    expect(rendered.some((path) => path.startsWith('/units/batches/'))).toBe(true);
    // Every entry page that showed the old name was rendered again; the lists, feeds and data
    // files always are. No file still says the old name.
    expect(showedName.filter((path) => isEntryPage(path) && !rendered.includes(path))).toEqual([]);
    expect(filesContaining(warm, oldName)).toEqual([]);
    // The list page the unit now sits on (by its new name) shows it; so do the data files.
    const listing = [...warm.pages.keys()].filter((path) => isListPage(path) && path.startsWith('/units/') && page(warm, path.slice(1)).includes(`units/${UNIT1}/`)).map((path) => path.slice(1));
    expect(listing).toHaveLength(1);
    for (const file of [...listing, 'data/units.json', 'data/units.csv', `units/${UNIT1}/index.html`, 'figures/renwu-00001/index.html']) {
      expect(filesContaining(warm, '增量构建更名后的单位'), file).toContain(file);
    }
    // And no other: an entry page that shows neither the old name nor the new one (a unit that is
    // not its neighbour in the directory before or after the rename, nor related to it) was restored.
    const showsNewName = filesContaining(warm, '增量构建更名后的单位').map((file) => `/${file}`);
    expect(rendered.filter((path) => !showedName.includes(path) && !showsNewName.includes(path))).toEqual([]);
    expect(entryPages(warm, 'restored').length).toBeGreaterThan(0);
    // The list pages rendered are those that changed: where the unit left and came in by its new
    // name, and those between, whose cards moved by one; the figures' list is restored.
    expect(listPages(warm, 'rendered')).toEqual(changedListPages(warm));
    expect(listPages(warm, 'restored')).toContain('/figures/index.html');
    // The search index parses again only pages whose HTML changed (those rendered), not the site.
    expect(reparsed(warm)).toBeGreaterThan(0);
    expect(reparsed(warm)).toBeLessThanOrEqual(rendered.length);
    expectSameAsFullRender(warm, OPEN_DAY);
  });

  it('a summary renders again only its own page, the related cards that show it and its list page', () => {
    const oldSummary = (() => {
      let summary = '';
      editEntry(`units/${UNIT3}.md`, (data) => void (summary = data.summary as string));
      return summary;
    })();
    const showing = filesContaining(last!, oldSummary).map((file) => `/${file}`);
    editEntry(`units/${UNIT3}.md`, (data) => void (data.summary = '增量构建测试改写的简介。'));
    const warm = build('summary', OPEN_DAY);
    const rendered = entryPages(warm, 'rendered');
    expect(rendered).toEqual(showing.filter(isEntryPage).sort());
    expect(rendered).toContain(`/units/${UNIT3}/index.html`);
    expect(page(warm, `units/${UNIT3}/index.html`)).toContain('增量构建测试改写的简介。');
    // Of the list pages, only the one with the unit's card (it shows the summary) is rendered.
    const listing = showing.filter(isListPage);
    expect(listing).toHaveLength(1);
    expect(listPages(warm, 'rendered')).toEqual(listing);
    expect(page(warm, listing[0]!.slice(1))).toContain('增量构建测试改写的简介。');
    // The search index parses again the indexed pages rendered, and no other.
    expect(reparsed(warm)).toBe(rendered.length);
  });

  it('a new build day past a 公示 window renders the pages whose notice state changed', () => {
    expect(page(cold, `units/${UNIT1}/index.html`)).toContain('notices/gongshi-001/');
    const warm = build('closed', CLOSED_DAY);
    const rendered = entryPages(warm, 'rendered');
    expect(rendered).toEqual(
      expect.arrayContaining(['/notices/gongshi-001/index.html', `/units/${UNIT1}/index.html`, `/units/${UNIT2}/index.html`]),
    );
    // Pages with nothing that depends on the day are kept.
    expect(rendered).not.toContain(`/units/${UNIT3}/index.html`);
    expect(entryPages(warm, 'restored').length).toBeGreaterThan(10);
    expectSameAsFullRender(warm, CLOSED_DAY);
  });

  it('changing the site settings renders every page again', () => {
    const settings = join(CONTENT, 'settings.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^siteName: .*$/m, 'siteName: 增量构建测试站'));
    const warm = build('settings', CLOSED_DAY);
    expect(entryPages(warm, 'restored')).toEqual([]);
    expect(page(warm, `units/${UNIT3}/index.html`)).toContain('增量构建测试站');
  });

  it('a build after one that did not finish renders every page again', () => {
    writeFileSync(join(ASTRO_CACHE, CACHE_MARK), '');
    const warm = build('after-failure', CLOSED_DAY);
    expect(warm.output).toContain('上次构建没有完成');
    expect(entryPages(warm, 'restored')).toEqual([]);
    expect(existsSync(join(ASTRO_CACHE, CACHE_MARK))).toBe(false);
  });

  it('deleting an entry removes its page and the links to it', () => {
    rmSync(join(CONTENT, 'lectures/jiangtan-00002.md'));
    const warm = build('deleted', CLOSED_DAY);
    expect(existsSync(join(warm.outDir, 'lectures/jiangtan-00002'))).toBe(false);
    expect(existsSync(join(ASTRO_CACHE, 'dist/lectures/jiangtan-00002/index.html'))).toBe(false);
    expect(entryPages(warm, 'rendered')).toContain(`/units/${UNIT2}/index.html`);
    expect(filesContaining(warm, 'lectures/jiangtan-00002/')).toEqual([]);
    expect(entryPages(warm, 'restored')).toContain(`/units/${UNIT3}/index.html`);
  });
});
