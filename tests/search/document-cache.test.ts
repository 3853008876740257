/**
 * The indexer keeps each page as read (src/integrations/pagefind.ts, readSite) and looks only for
 * the names added since: the documents it hands Pagefind must be exactly those a build without
 * the cache makes, after names come and go and pages change, and it must parse only the pages
 * whose HTML changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSite } from '../../src/integrations/pagefind.ts';
import { NameFinder } from '../../src/integrations/search-document.ts';
import { NAMES_DIR } from '../../src/lib/search-names.ts';

const root = mkdtempSync(join(tmpdir(), 'bangyang-document-cache-'));
const site = join(root, 'site');
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};

const unit = (name: string, text: string, previous: string, previousSlug = 'a') =>
  `<!doctype html><html lang="zh-CN"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>${text}</p>` +
  `<ul class="card-grid"><li>相关单位：山西省图书馆</li></ul>` +
  `<nav class="prev-next" data-pagefind-ignore><a rel="prev" href="/units/${previousSlug}/">${previous}</a></nav>` +
  `<div hidden><span data-pagefind-filter="类型">单位</span></div></main></body></html>`;

/** The site's name index: one shard, names only (the indexer reads the first field). */
const names = (...list: string[]) => write(`${NAMES_DIR}/s.json`, JSON.stringify(list.map((name) => [name, '', '', '', ''])));

type Read = Awaited<ReturnType<typeof readSite>>;
const pageAt = (result: Read, path: string) => result.pages.find((page) => page.path === path)!;

async function bothWays() {
  const plain = await readSite(site);
  const cached = await readSite(site, cache);
  expect(cached.pages.map((page) => [page.path, page.document])).toEqual(plain.pages.map((page) => [page.path, page.document]));
  expect(cached.pages.length).toBeGreaterThan(0);
  return cached;
}

describe('the search documents kept from build to build', () => {
  it('are the documents read afresh, and an unchanged site is not parsed again', async () => {
    write('units/a/index.html', unit('太原市图书馆', '每周请闫璟讲述道德故事。', '上一个单位'));
    write('units/b/index.html', unit('晋中市文化馆', '文化馆与图书馆合办讲座。', '太原市图书馆'));
    write('units/index.html', '<!doctype html><html><body><main><h1>列表</h1></main></body></html>');
    names('太原市图书馆', '晋中市文化馆', '山西省图书馆');
    expect((await bothWays()).read).toBe(2);
    const again = await bothWays();
    expect(again.read).toBe(0);
    expect(again.pages.map((page) => page.path).sort()).toEqual(['units/a/index.html', 'units/b/index.html']);
  });

  it('find the names added to the site in unchanged pages, and drop the names gone', async () => {
    names('太原市图书馆', '晋中市文化馆', '闫璟');
    const added = await bothWays();
    expect(added.read).toBe(0);
    expect(pageAt(added, 'units/a/index.html').document).toMatch(/data-pagefind-meta="names">[^<]*闫璟/);
    expect(pageAt(added, 'units/b/index.html').document).not.toMatch(/data-pagefind-meta="names">[^<]*山西省图书馆/);
    names('太原市图书馆', '山西省图书馆', '文化');
    expect((await bothWays()).read).toBe(0);
  });

  it('parse a page again only when its HTML changed, and ignore what Pagefind ignores', async () => {
    const before = pageAt(await readSite(site, cache), 'units/b/index.html');
    // The neighbour named in the previous/next links was renamed: the page's HTML changed, its
    // document (what Pagefind indexes) did not, so its part of the index need not be rebuilt.
    write('units/b/index.html', unit('晋中市文化馆', '文化馆与图书馆合办讲座。', '太原市新图书馆', 'c'));
    const after = await bothWays();
    expect(after.read).toBe(1);
    expect(pageAt(after, 'units/b/index.html').hash).toBe(before.hash);
    write('units/b/index.html', unit('晋中市文化馆', '文化馆与太原市图书馆合办讲座。', '太原市新图书馆', 'c'));
    const edited = await bothWays();
    expect(edited.read).toBe(1);
    expect(pageAt(edited, 'units/b/index.html').hash).not.toBe(before.hash);
  });
});

describe('NameFinder.findSince', () => {
  it('gives what find gives, from what an earlier name list found', () => {
    const texts = ['山西省图书馆与太原市图书馆', '闫璟、郭淑琴在图书馆', '没有名字的句子', '太原市图书馆太原'];
    const earlier = new NameFinder(['山西省图书馆', '图书馆', '郭淑琴', '太原']);
    const later = new NameFinder(['太原市图书馆', '图书馆', '闫璟', '太原市', '太原']);
    for (const text of texts) expect(later.findSince(text, { names: earlier.names, found: earlier.find(text) })).toEqual(later.find(text));
  });
});
