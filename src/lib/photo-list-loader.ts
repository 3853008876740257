/**
 * The exhibitions loader: Astro's glob() loader, plus the photo list an exhibition may keep in
 * photos.csv beside its index.md. The rows are handed to the collection's schema as the entry's
 * `photos`, with the entry's own file path, so `image()` resolves ./photos/x.jpg from the same
 * folder as it would in frontmatter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bothPhotoListsMessage, describePhotoListPlace, parsePhotoList, PHOTO_LIST_FILE, type PhotoList } from './photo-list.ts';

export function withPhotoList(loader: Loader): Loader {
  return {
    name: 'exhibitions-with-photo-list',
    load: async (context) => {
      await loader.load({ ...context, store: photoListAwareStore(context), parseData: parseWithPhotoList(context) });
      if (context.watcher) reloadOnPhotoListChange(context.watcher);
    },
  };
}

/**
 * glob() watches only the files it loads; in the dev server an edit to photos.csv is passed on
 * as an edit to the index.md beside it, which glob() then reads again with the new list.
 */
function reloadOnPhotoListChange(watcher: NonNullable<LoaderContext['watcher']>): void {
  const passOn = (path: string) => {
    if (basename(path) !== PHOTO_LIST_FILE) return;
    for (const index of ['index.md', 'index.mdx'].map((name) => join(dirname(path), name))) {
      if (existsSync(index)) watcher.emit('change', index);
    }
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, passOn);
}

/**
 * glob() skips an entry whose index.md is unchanged since it was stored (the store outlives a
 * run), but photos.csv may have changed. The digest of the photos.csv an entry was read with is
 * kept beside it; when the file differs now, the stored entry is dropped and glob() reads it
 * again. An unchanged entry takes glob()'s own path, which also registers its images.
 */
function photoListAwareStore(context: LoaderContext): LoaderContext['store'] {
  const root = fileURLToPath(context.config.root);
  const key = (id: string) => `${PHOTO_LIST_FILE}:${id}`;
  const listDigest = (filePath: string) => context.generateDigest(photoListText(join(root, filePath)));
  const get = (id: string) => {
    const stored = context.store.get(id);
    if (!stored?.filePath || context.meta.get(key(id)) === listDigest(stored.filePath)) return stored;
    context.store.delete(id);
    return undefined;
  };
  const set: LoaderContext['store']['set'] = (entry) => {
    if (entry.filePath) context.meta.set(key(entry.id), listDigest(entry.filePath));
    return context.store.set(entry);
  };
  return new Proxy(context.store, {
    get(target, property) {
      if (property === 'get') return get;
      if (property === 'set') return set;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The photos.csv beside an entry file, or '' when it has none. */
function photoListText(entryPath: string): string {
  const listPath = join(dirname(entryPath), PHOTO_LIST_FILE);
  return existsSync(listPath) ? readFileSync(listPath, 'utf8') : '';
}

function parseWithPhotoList(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    const listPath = props.filePath && join(dirname(props.filePath), PHOTO_LIST_FILE);
    if (!listPath || !existsSync(listPath)) return context.parseData(props);
    const shown = (path: string) => relative(fileURLToPath(context.config.root), path);
    if ('photos' in props.data) throw new Error(bothPhotoListsMessage(shown(props.filePath!), shown(listPath)));
    const list = parsePhotoList(readFileSync(listPath, 'utf8'));
    const [problem] = list.problems;
    if (problem) throw new Error(`${shown(listPath)}:${problem.line}:${problem.col}: ${problem.message}（${problem.hint}）`);
    try {
      return await context.parseData({ ...props, data: { ...props.data, photos: list.photos } });
    } catch (error) {
      throw pointAtPhotoList(error, list);
    }
  };
}

/** Astro names each failing field as `**photos.3.title**`; say where that cell is instead. */
function pointAtPhotoList(error: unknown, list: PhotoList): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  error.message = error.message.replace(/\*\*photos((?:\.[^.*\s]+)*)\*\*/g, (_, path: string) => {
    const parts = path.split('.').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    return `**${describePhotoListPlace(list, parts)}**`;
  });
  return error;
}
