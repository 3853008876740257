/**
 * A large site's index in parts (src/integrations/pagefind.ts): which part a page goes to, that
 * a part is reused only while its pages are unchanged, and that an edited, added or removed
 * page is what the index then holds. Small folders with the part size forced small.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assignParts, partCount, partKey, partOf, writeSearchIndex, type SitePage } from '../../src/integrations/pagefind.ts';
import { plain, readFragments, writeSite } from './bundle.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const pages = (n: number): SitePage[] => Array.from({ length: n }, (_, i) => ({ path: `units/u${i}/index.html`, hash: `h${i}` }));
const body = (title: string, text = '课后服务') => `<main data-pagefind-body><h1>${title}</h1><p>${text}</p></main>`;
const NAMES = ['平谷区第一小学', '怀柔区中医医院', '密云区图书馆', '延庆区气象局', '顺义区税务局', '通州区消防救援支队'];

describe('assigning pages to parts', () => {
  it('keeps one part up to the part size, then doubles', () => {
    expect([1, 2000].map((n) => partCount(n, 2000))).toEqual([1, 1]);
    expect([2001, 4000, 4001, 14_550, 30_000].map((n) => partCount(n, 2000))).toEqual([2, 2, 4, 8, 16]);
  });

  it('puts a page in the same part whatever other pages exist', () => {
    const before = assignParts(pages(3000), 2000);
    const after = assignParts([...pages(3500)].reverse(), 2000);
    expect(before).toHaveLength(2);
    expect(after).toHaveLength(2);
    for (const i of [0, 1]) expect(after[i]!.slice(0, 10).every((page) => partOf(page.path, 2) === i)).toBe(true);
    const moved = before.flatMap((part, i) => part.filter((page) => !after[i]!.some((other) => other.path === page.path)));
    expect(moved).toEqual([]);
    // Hash-spread parts are about equally large.
    for (const part of after) expect(part.length).toBeGreaterThan(1500);
  });

  it('keys a part by its pages\' paths and bytes and by Pagefind\'s version', () => {
    const part = pages(5);
    const key = partKey(part, '1.6.0');
    expect(partKey(pages(5), '1.6.0')).toBe(key);
    expect(partKey(part.map((page, i) => (i === 2 ? { ...page, hash: 'changed' } : page)), '1.6.0')).not.toBe(key);
    expect(partKey(part.slice(1), '1.6.0')).not.toBe(key);
    expect(partKey(part, '1.7.0')).not.toBe(key);
  });
});

describe('indexing in parts, with the cache', () => {
  const setUp = () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bangyang-parts-cache-'));
    folders.push(cacheDir);
    const dir = writeSite(folders, Object.fromEntries(NAMES.map((name, i) => [`units/u${i}`, body(name)])));
    const index = () => writeSearchIndex(dir, join(dir, 'pagefind'), { partSize: 2, cacheDir });
    const titles = () => readFragments(join(dir, 'pagefind')).map((f) => plain(f.meta.title!));
    return { dir, cacheDir, index, titles };
  };

  it('writes one bundle per part and lists them for the search page', async () => {
    const { dir, index, titles } = setUp();
    expect(await index()).toEqual({ pages: 6, scanned: 6, read: 6, parts: 4, reused: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ parts: ['1/', '2/', '3/', '4/'] });
    for (const part of ['1', '2', '3', '4']) expect(readdirSync(join(dir, 'pagefind', part))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(titles().sort()).toEqual([...NAMES].sort());
  });

  it('reuses every part of an unchanged site, and only the parts of unchanged pages after an edit', async () => {
    const { dir, index } = setUp();
    await index();
    expect(await index()).toMatchObject({ parts: 4, reused: 4, read: 0 });
    writeSite(folders, { 'units/u2': body(NAMES[2]!, '新增夜间开放') }, dir);
    expect(await index()).toMatchObject({ parts: 4, reused: 3, read: 1 });
    const edited = readFragments(join(dir, 'pagefind')).find((f) => f.url === '/units/u2/')!;
    expect(plain(edited.content)).toContain('新增夜间开放');
    expect(plain(edited.content)).not.toContain('课后服务');
  });

  it('drops a removed page from the index and adds a new one', async () => {
    const { dir, index } = setUp();
    await index();
    rmSync(join(dir, 'units', 'u4'), { recursive: true });
    writeSite(folders, { 'units/u9': body('门头沟区文化馆') }, dir);
    const result = await index();
    expect(result.pages).toBe(6);
    const urls = readFragments(join(dir, 'pagefind')).map((f) => f.url);
    expect(urls).not.toContain('/units/u4/');
    expect(urls).toContain('/units/u9/');
  });

  it('keeps a small site one bundle at the usual place, and leaves no temporary folder in the cache', async () => {
    const { dir, cacheDir } = setUp();
    expect(await writeSearchIndex(dir, join(dir, 'pagefind'), { partSize: 10, cacheDir })).toMatchObject({ parts: 1 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ parts: ['./'] });
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(cacheDir).filter((name) => name.includes('.writing-'))).toEqual([]);
  });
});
