/**
 * Drafts (`draft: true`, src/schemas/shared.ts) are removed here, and only here: in the loader,
 * before an entry is validated or stored. What Astro never stores no query can return, so no
 * page, list, count, feed, search index, sitemap, data file or share image can show a draft,
 * whatever a route does tomorrow.
 *
 * Why in the loader and not after getCollection(): a draft is unfinished, so it need not pass the
 * schema yet (a scaffold with 「待填写」 in a date, a figure without consent). Filtering after
 * the collection is loaded would make Astro validate it first and fail the build on it.
 * `npm run check` still reads every draft and lists what is left to do (scripts/lib/check-content.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** Whether frontmatter, as written, marks an entry as a draft. Only `true` does. */
export const isDraft = (data: Record<string, unknown> | undefined): boolean => data?.draft === true;

export function withoutDrafts(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, parseData: skipDrafts(context.parseData), store: draftFreeStore(context.store) }),
  };
}

/** A draft is handed on unvalidated: the store below refuses it anyway. */
function skipDrafts(parseData: LoaderContext['parseData']): LoaderContext['parseData'] {
  return async (props) => (isDraft(props.data) ? props.data : parseData(props)) as never;
}

/**
 * Storing a draft removes the entry instead, so an entry that becomes a draft (in the dev server,
 * or in the store a previous build left) disappears as well.
 */
function draftFreeStore(store: LoaderContext['store']): LoaderContext['store'] {
  const set: LoaderContext['store']['set'] = (entry) => {
    if (!isDraft(entry.data)) return store.set(entry);
    store.delete(entry.id);
    return false;
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return set;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
