/**
 * The loader wrapper that keeps drafts out of Astro's store: a draft is neither validated nor
 * stored, and an entry that becomes a draft is removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withoutDrafts } from '../../src/lib/drafts.ts';

/** A loader that hands each entry to parseData and stores the result, as glob() does. */
function fakeLoader(entries: { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: 'fake',
    load: async ({ parseData, store }) => {
      for (const entry of entries) store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }) });
    },
  };
}

function fakeContext(stored: Map<string, unknown>, validated: string[]): LoaderContext {
  const store = {
    set: ({ id, data }: { id: string; data: unknown }) => (stored.set(id, data), true),
    delete: (id: string) => void stored.delete(id),
    keys: () => [...stored.keys()],
  };
  const parseData = async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
    validated.push(id);
    if (!data.title) throw new Error(`${id}: 缺少 title`);
    return { ...data, draft: data.draft ?? false };
  };
  return { store, parseData } as unknown as LoaderContext;
}

describe('withoutDrafts', () => {
  it('stores published entries, and neither validates nor stores drafts, even invalid ones', async () => {
    const stored = new Map<string, unknown>();
    const validated: string[] = [];
    const loader = withoutDrafts(fakeLoader([{ id: 'a', data: { title: '甲' } }, { id: 'b', data: { draft: true } }, { id: 'c', data: { title: '丙', draft: false } }]));
    await loader.load(fakeContext(stored, validated));
    expect([...stored.keys()]).toEqual(['a', 'c']);
    expect(validated).toEqual(['a', 'c']);
  });

  it('removes a stored entry that has become a draft', async () => {
    const stored = new Map<string, unknown>([['a', { title: '甲', draft: false }]]);
    await withoutDrafts(fakeLoader([{ id: 'a', data: { title: '甲', draft: true } }])).load(fakeContext(stored, []));
    expect(stored.size).toBe(0);
  });
});
