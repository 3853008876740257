/**
 * The exhibitions loader (Astro's glob() plus photos.csv), run against a folder with a store
 * kept between two loads, as the dev server keeps it: the photo list reaches the schema as
 * `photos`, with the entry's own path, and an edit to photos.csv alone is read again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { glob, type LoaderContext } from 'astro/loaders';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withPhotoList } from '../../src/lib/photo-list-loader.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function exhibitionFolder(csv: string): string {
  const root = mkdtempSync(join(tmpdir(), 'bangyang-photo-list-'));
  roots.push(root);
  mkdirSync(join(root, 'exhibitions/zhan'), { recursive: true });
  writeFileSync(join(root, 'exhibitions/zhan/index.md'), '---\ntitle: 展\n---\n策展人的话。\n');
  writeFileSync(join(root, 'exhibitions/zhan/photos.csv'), csv);
  return root;
}

const exhibitionsLoader = () => withPhotoList(glob({ base: './exhibitions', pattern: '*/index.md' }));

/** The parts of a LoaderContext that glob() uses; the store outlives a load, as Astro's does. */
function context(root: string, { store = new Map<string, any>(), meta = new Map<string, string>(), watcher }: { store?: Map<string, any>; meta?: Map<string, string>; watcher?: EventEmitter } = {}) {
  const parsed: { data: Record<string, unknown>; filePath?: string | undefined }[] = [];
  const ctx = {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: 'exhibitions',
    watcher: watcher && Object.assign(watcher, { add: () => watcher }),
    logger: { warn: () => {}, error: () => {}, info: () => {} },
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      // Like Astro's store, an entry stored with the same digest is left as it was.
      set: (entry: { id: string; digest?: string }) => store.get(entry.id)?.digest !== entry.digest && store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    generateDigest: (text: string) => text,
    entryTypes: new Map([['.md', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: matter(contents).data, body: '' }) }]]),
    parseData: async (props: { data: Record<string, unknown>; filePath?: string }) => {
      parsed.push(props);
      return props.data;
    },
  };
  return { ctx: ctx as unknown as LoaderContext, parsed, store, meta };
}

describe('the exhibitions loader', () => {
  it('hands the rows of photos.csv to the schema as photos, with the path of index.md', async () => {
    const root = exhibitionFolder('id,file,title,units\na,./photos/a.jpg,标题,dan-wei；dan-wei-er\n');
    const { ctx, parsed } = context(root);
    await exhibitionsLoader().load(ctx);
    expect(parsed).toEqual([
      { id: 'zhan', filePath: join(root, 'exhibitions/zhan/index.md'), data: { title: '展', photos: [{ id: 'a', file: './photos/a.jpg', title: '标题', units: ['dan-wei', 'dan-wei-er'] }] } },
    ]);
  });

  it('reads an exhibition again when only its photos.csv changed since the store was saved', async () => {
    const root = exhibitionFolder('id,title\na,旧标题\n');
    const loader = exhibitionsLoader();
    const first = context(root);
    await loader.load(first.ctx);
    writeFileSync(join(root, 'exhibitions/zhan/photos.csv'), 'id,title\na,新标题\n');
    const second = context(root, first);
    await loader.load(second.ctx);
    expect(second.store.get('zhan').data.photos).toEqual([{ id: 'a', title: '新标题' }]);
  });

  it('leaves an exhibition whose index.md and photos.csv are both unchanged to glob(), which skips it', async () => {
    const root = exhibitionFolder('id,title\na,标题\n');
    const first = context(root);
    await exhibitionsLoader().load(first.ctx);
    const second = context(root, first);
    await exhibitionsLoader().load(second.ctx);
    expect(first.parsed).toHaveLength(1);
    expect(second.parsed).toEqual([]);
    expect(second.store.get('zhan').data.photos).toEqual([{ id: 'a', title: '标题' }]);
  });

  it('reads an exhibition again when the dev server sees photos.csv change', async () => {
    const root = exhibitionFolder('id,title\na,旧标题\n');
    const watcher = new EventEmitter();
    const { ctx, store } = context(root, { watcher });
    await exhibitionsLoader().load(ctx);
    const csv = join(root, 'exhibitions/zhan/photos.csv');
    writeFileSync(csv, 'id,title\na,新标题\n');
    watcher.emit('change', csv);
    await vi.waitFor(() => expect(store.get('zhan').data.photos).toEqual([{ id: 'a', title: '新标题' }]));
  });

  it('refuses a photo list in both index.md and photos.csv, and a row it cannot read', async () => {
    const both = exhibitionFolder('id\na\n');
    writeFileSync(join(both, 'exhibitions/zhan/index.md'), '---\ntitle: 展\nphotos: []\n---\n');
    const load = (root: string) => exhibitionsLoader().load(context(root).ctx);
    await expect(load(both)).rejects.toThrow(/index\.md 写了 photos 字段，旁边又有 exhibitions\/zhan\/photos\.csv/);
    await expect(load(exhibitionFolder('id,title\na,"open\n'))).rejects.toThrow('exhibitions/zhan/photos.csv:2:1: 这一行无法读取：引号没有配对');
  });
});
