/**
 * Recall of the built demo's search, in Chromium: a query for any name the site shows, or for
 * a word of a page's text, finds every indexed page that has it, and a unit's or figure's own
 * page comes first for its names.
 *
 * What is expected is read from the built pages themselves, in the browser (DOMParser), not
 * from the index: a page "shows" a name when its main content, related cards included, has it
 * as visible text; a page "has" a word when its own text (without the cards, which belong to
 * other pages) has it. Names come from content/ (every unit, former and short name, region,
 * figure, group member, speaker, affiliation, venue, photographer, place, conferring body);
 * words are a seeded random sample of the 2–4-character words (Intl.Segmenter) of all indexed
 * pages' own text (BANGYANG_RECALL_SEED and BANGYANG_RECALL_WORDS change the sample).
 * Queries go to the site's own Pagefind bundle with the search page's ranking options.
 *
 * The run prints the mean recall of each group and every query that missed a page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { createRandom } from '../../scripts/lib/bench/random.ts';
import { bodySource, sources } from '../browse/built.ts';
import { DIST } from '../setup/paths.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../e2e/harness.ts';

const TARGET = 0.98;
const SEED = Number(process.env.BANGYANG_RECALL_SEED ?? 20261126);
const WORDS = Number(process.env.BANGYANG_RECALL_WORDS ?? 300);

interface Query {
  q: string;
  /** The unit's or figure's own page, which must come first. */
  own?: string;
}

/** Every name the demo's content says, with the page of the entity it names. */
function demoNames(): Query[] {
  const out: Query[] = [];
  const add = (q: unknown, own?: string) => {
    if (typeof q === 'string' && [...q.trim()].length > 1) out.push({ q: q.trim(), ...(own ? { own } : {}) });
  };
  for (const { slug, data } of sources('units')) {
    const own = `/units/${slug}/`;
    add(data.name, own);
    add(data.shortName, own);
    for (const former of data.formerNames ?? []) add(former.name, own);
    for (const region of data.region ?? []) add(region);
    // The conferring body's full name, from its file in content/bodies/.
    for (const honor of data.honors ?? []) add(bodySource(honor.body).name);
  }
  for (const { slug, data } of sources('figures')) {
    add(data.name, `/figures/${slug}/`);
    for (const member of data.members ?? []) add(member);
    for (const region of data.region ?? []) add(region);
    for (const honor of data.honors ?? []) add(bodySource(honor.body).name);
  }
  for (const { data } of sources('lectures')) {
    add(data.venue);
    for (const speaker of data.speakers ?? []) {
      add(speaker.name);
      add(speaker.affiliation);
    }
  }
  for (const { data } of sources('exhibitions')) {
    add(data.venue);
    add(data.organizer);
    for (const photo of data.photos ?? []) {
      add(photo.photographer);
      add(photo.place);
    }
  }
  // A name that is also an entity's keeps the entity.
  const byName = new Map<string, Query>();
  for (const query of out) if (!byName.get(query.q)?.own) byName.set(query.q, query);
  return [...byName.values()];
}

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST, '/', SECURITY_HEADERS);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}search/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each indexed page's visible text: with the related cards (`shown`) and without (`own`). */
async function pageTexts(urls: string[]): Promise<{ url: string; shown: string; own: string }[]> {
  // A string, not a function: vitest would rewrite the code inside a function it is handed.
  return page.evaluate(`(async (urls) => {
    const BLOCK = /^(P|LI|DT|DD|H[1-6]|DIV|TD|TH|SECTION|ARTICLE|FIGCAPTION|BLOCKQUOTE|UL|OL|DL|BR)$/;
    const text = (root) => {
      let out = '';
      const walk = (node) => {
        if (node.nodeType === 3) { out += node.data; return; }
        if (node.nodeType !== 1) return;
        if (node.hidden || node.hasAttribute('data-pagefind-ignore') || /^(SCRIPT|STYLE|TEMPLATE|NOTICE-WINDOW)$/.test(node.tagName)) return;
        if (BLOCK.test(node.tagName)) out += '\\n';
        for (const child of node.childNodes) walk(child);
        if (BLOCK.test(node.tagName)) out += '\\n';
      };
      walk(root);
      return out.replace(/[ \\t]+/g, ' ');
    };
    return Promise.all(urls.map(async (url) => {
      const html = await (await fetch(url)).text();
      const main = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
      const shown = text(main);
      for (const card of main.querySelectorAll('.card-grid, .pager')) card.remove();
      return { url, shown, own: text(main) };
    }));
  })(${JSON.stringify(urls)})`);
}

/** Runs every query against the site's bundle; the URLs each finds, best first. */
async function run(queries: string[]): Promise<string[][]> {
  return page.evaluate(`(async (queries) => {
    const form = document.getElementById('search-form');
    const pagefind = await import(form.dataset.bundle + 'pagefind.js');
    const tools = form.dataset.queryModule ? await import(form.dataset.queryModule) : {};
    await pagefind.options({ baseUrl: form.dataset.base, ...(tools.RANKING ? { ranking: tools.RANKING } : {}) });
    const out = [];
    for (const q of queries) {
      const found = await pagefind.search(q);
      out.push(await Promise.all(found.results.map(async (result) => (await result.data()).url)));
    }
    return out;
  })(${JSON.stringify(queries)})`);
}

/** A seeded sample (the benchmark's random source), so a run can be repeated. */
function sample<T>(items: T[], n: number, seed: number): T[] {
  const random = createRandom(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

interface Measured {
  mean: number;
  misses: string[];
}

function measure(queries: Query[], found: string[][], expected: (q: string) => string[]): Measured {
  let sum = 0;
  const misses: string[] = [];
  queries.forEach(({ q }, i) => {
    const want = expected(q);
    const got = new Set(found[i]);
    const missed = want.filter((url) => !got.has(url));
    sum += want.length ? (want.length - missed.length) / want.length : 1;
    if (missed.length) misses.push(`「${q}」 missed ${missed.join(' ')}`);
  });
  return { mean: sum / queries.length, misses };
}

describe('search recall over the built demo', () => {
  let texts: { url: string; shown: string; own: string }[];
  const compact = (text: string) => text.replace(/\s+/g, '');

  beforeAll(async () => {
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import(document.getElementById('search-form').dataset.bundle + 'pagefind.js');
      const all = await pagefind.search(null);
      return Promise.all(all.results.map(async (result) => (await result.data()).url));
    })()`);
    expect(urls.length).toBeGreaterThan(50);
    texts = await pageTexts(urls);
  }, 120_000);

  it(`finds every page that shows a name (mean recall ≥ ${TARGET}), the entity's own page first`, async () => {
    const names = demoNames();
    expect(names.length).toBeGreaterThan(80);
    const found = await run(names.map((name) => name.q));
    const result = measure(names, found, (q) => texts.filter((text) => compact(text.shown).includes(compact(q))).map((text) => text.url));
    const notFirst = names.flatMap((name, i) => (name.own && found[i]![0] !== name.own ? [`「${name.q}」 first ${found[i]![0]} instead of ${name.own}`] : []));
    console.log(`names: ${names.length}, mean recall ${result.mean.toFixed(4)}\n${[...result.misses, ...notFirst].join('\n')}`);
    expect(result.mean).toBeGreaterThanOrEqual(TARGET);
    expect(notFirst).toEqual([]);
  }, 120_000);

  it(`finds every page whose text has a sampled 2–4-character word (mean recall ≥ ${TARGET})`, async () => {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const words = new Set<string>();
    for (const text of texts) {
      for (const part of segmenter.segment(text.own)) if (part.isWordLike && /^\p{Script=Han}{2,4}$/u.test(part.segment)) words.add(part.segment);
    }
    const picked = sample([...words].sort(), WORDS, SEED).map((q) => ({ q }));
    expect(picked.length).toBe(Math.min(WORDS, words.size));
    const found = await run(picked.map((word) => word.q));
    const result = measure(picked, found, (q) => texts.filter((text) => compact(text.own).includes(q)).map((text) => text.url));
    console.log(`words: ${picked.length} of ${words.size} (seed ${SEED}), mean recall ${result.mean.toFixed(4)}\n${result.misses.join('\n')}`);
    expect(result.mean).toBeGreaterThanOrEqual(TARGET);
  }, 120_000);
});
