/**
 * The content store is read from Astro's file at render time instead of being bundled as a
 * string literal (src/integrations/content-store.ts). The demo and fixture builds of the rest of
 * the suite render every page through it; these tests check the module it writes and that the
 * installed Astro still makes the module the plugin expects.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStoreAtRunTime, STORE_MODULE, storeReader } from '../../src/integrations/content-store.ts';
import { ROOT } from '../setup/paths.ts';

// Inside the project, so that the module's `devalue` import resolves as it does in a build.
const work = mkdtempSync(join(ROOT, '.cache', 'content-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Transform = (code: string, id: string) => { code: string } | undefined;

/** The transform the integration adds to Vite's config for `command`, if any. */
function transformFor(command: 'build' | 'dev'): Transform | undefined {
  let plugins: { transform: Transform }[] = [];
  const setup = contentStoreAtRunTime().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ command, config: { cacheDir: pathToFileURL(`${work}/cache/`) }, updateConfig: (config: { vite: { plugins: typeof plugins } }) => void (plugins = config.vite.plugins) });
  return plugins[0]?.transform;
}

describe('the content store read at render time', () => {
  it('gives the entries Astro wrote, as a Map, Chinese text and dates intact', async () => {
    const entries = new Map([
      ['units', new Map([['danwei-1', { id: 'danwei-1', data: { name: '某市第一中学「文明校园」', awarded: new Date('2024-05-01T00:00:00Z') }, body: '正文\n"引号"与\\反斜杠' }]])],
      ['figures', new Map()],
    ]);
    const file = join(work, 'data-store.json');
    writeFileSync(file, stringify(entries));
    const module = join(work, 'store.mjs');
    writeFileSync(module, storeReader(file));
    const { default: read } = await import(pathToFileURL(module).href);
    expect(read).toBeInstanceOf(Map);
    expect(read).toEqual(entries);
  });

  it('replaces the bundled store in a build and leaves every other module alone', () => {
    const transform = transformFor('build')!;
    const replaced = transform('export default JSON.parse("[[\\"Map\\"]]")', STORE_MODULE);
    expect(replaced?.code).toBe(storeReader(join(work, 'cache', 'data-store.json')));
    // An empty store, chunked storage, and any other module keep Astro's code.
    expect(transform('export default new Map()', STORE_MODULE)).toBeUndefined();
    expect(transform('export default{"units":[(await import("astro:data-layer-content-chunk:a.txt"))]}', STORE_MODULE)).toBeUndefined();
    expect(transform('export default JSON.parse("{}")', '/src/pages/index.astro')).toBeUndefined();
    expect(transformFor('dev')).toBeUndefined();
  });

  it('matches the module id and shape the installed Astro gives the store', () => {
    const astro = (file: string) => readFileSync(join(ROOT, 'node_modules/astro/dist/content', file), 'utf8');
    expect(astro('consts.js')).toContain(`DATA_STORE_VIRTUAL_ID = "${STORE_MODULE.slice(1)}"`);
    expect(astro('consts.js')).toContain('DATA_STORE_FILE = "data-store.json"');
    expect(astro('vite-plugin-content-virtual-mod.js')).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(astro('data-store.js')).toMatch(/if \(data\.default instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/);
  });
});
