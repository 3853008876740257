/**
 * The indexing step on its own, over small folders: it writes the bundle where it is told,
 * indexes only pages marked for it, reports the count, and fails with a message that says
 * what to do when there is nothing to index.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefind, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { readFragments, writeSite } from './bundle.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const site = (pages: Record<string, string>) => writeSite(folders, pages);

function hook() {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const run = (dir: string) => (pagefind().hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  return { logged, run };
}

describe('search indexing', () => {
  it('indexes the marked pages into <outDir>/pagefind/ and says how many', async () => {
    const dir = site({
      'units/a': '<main data-pagefind-body><h1>平谷区第一小学</h1><p>课后服务</p></main>',
      'units': '<main><h1>文明单位</h1></main>',
    });
    const { logged, run } = hook();
    await run(dir);
    expect(readFragments(join(dir, 'pagefind')).map((fragment) => fragment.url)).toEqual(['/units/a/']);
    expect(logged.join('\n')).toMatch(/已为 1 个页面建立检索索引，共扫描 2 个页面/);
  });

  it('keeps what the search page loads and drops Pagefind\'s unused ready-made interfaces', async () => {
    const dir = site({ 'units/a': '<main data-pagefind-body><h1>平谷区第一小学</h1></main>' });
    await writeSearchIndex(dir, join(dir, 'pagefind'));
    const files = readdirSync(join(dir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'index', 'fragment']));
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('fails the build with what to do when no page is marked for indexing', async () => {
    const { run } = hook();
    await expect(run(site({}))).rejects.toThrow(/^搜索索引生成失败（Pagefind）：0 个页面中没有可供检索的页面：详情页应向布局 Base.astro 传入 search 属性/);
  });

  it('writes wherever it is told, for the benchmark', async () => {
    const dir = site({ 'figures/b': '<main data-pagefind-body><h1>孙立新</h1></main>' });
    const output = join(dir, 'elsewhere');
    expect(await writeSearchIndex(dir, output)).toEqual({ pages: 1, scanned: 1, read: 1, parts: 1, reused: 0 });
    expect(readFragments(output).map((fragment) => fragment.url)).toEqual(['/figures/b/']);
  });
});
