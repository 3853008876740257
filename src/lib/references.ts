/**
 * Links between collections are real: every slug an entry names must exist and be published.
 * Astro's `reference()` only checks the shape, so `npm run check` (and with it every build,
 * scripts/lib/check-content.ts) runs this over all entries, naming file and field.
 */
import type { Collection } from '../schemas/context.ts';

export interface RawEntry {
  collection: Collection;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  /** A draft (`draft: true`): never published, so nothing published may link to it. */
  draft?: boolean;
}

export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
  /** What was written, and the collection it should name. */
  slug: string;
  target: Collection;
  /** True when the entry exists but is a draft. */
  toDraft: boolean;
}

/**
 * Where each collection keeps its references to entries: field path → target collection.
 * (References to conferring bodies are checked with the honors, scripts/lib/checks/honors.ts.)
 */
const REFERENCE_FIELDS: Record<Collection, ReadonlyArray<readonly [string, Collection]>> = {
  units: [],
  figures: [['unit', 'units']],
  lectures: [['organiser', 'units'], ['venueUnit', 'units'], ['figures', 'figures']],
  exhibitions: [['photos.*.units', 'units'], ['photos.*.figures', 'figures']],
  notices: [['units', 'units'], ['figures', 'figures'], ['candidates.*.unit', 'units'], ['candidates.*.figure', 'figures']],
};

/** Values that are not slugs: a lecture organised by the office itself. */
const NOT_A_REFERENCE: Readonly<Record<string, string>> = { organiser: 'office' };

/** A reference as stored by Astro (`{ collection, id }`) or written by an editor (a slug). */
function slugOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return undefined;
}

/** Every value at a dotted path where `*` walks an array; yields [concrete path, value]. */
function* valuesAt(data: unknown, path: string[], prefix: string[] = []): Generator<[string, unknown]> {
  if (path.length === 0) {
    if (Array.isArray(data)) for (const [i, item] of data.entries()) yield [[...prefix, String(i)].join('.'), item];
    else if (data !== undefined && data !== null) yield [prefix.join('.'), data];
    return;
  }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* valuesAt(item, rest, [...prefix, String(i)]);
    return;
  }
  if (data && typeof data === 'object') yield* valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

export function findBrokenReferences(entries: readonly RawEntry[]): ReferenceProblem[] {
  const ids = new Map<Collection, Map<string, RawEntry>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Map());
    ids.get(entry.collection)!.set(entry.id, entry);
  }
  const problems: ReferenceProblem[] = [];
  for (const entry of entries) {
    for (const [fieldPath, target] of REFERENCE_FIELDS[entry.collection]) {
      for (const [field, value] of valuesAt(entry.data, fieldPath.split('.'))) {
        const slug = slugOf(value);
        if (slug === undefined || NOT_A_REFERENCE[fieldPath] === slug) continue;
        const found = ids.get(target)?.get(slug);
        if (found && !found.draft) continue;
        const message = found
          ? `「${slug}」是草稿（draft: true），不会发布，这里的链接会指向不存在的页面`
          : `找不到「${slug}」：content/${target}/ 下没有这个文件`;
        problems.push({ file: entry.file, field, message, slug, target, toDraft: Boolean(found) });
      }
    }
  }
  return problems;
}
