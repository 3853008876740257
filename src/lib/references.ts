/**
 * Links between collections. Which fields hold them is read from the schemas themselves: each
 * schema is built once with helpers whose `reference()` marks what it returns, and the schema is
 * walked for the marks (referenceFields). Nothing restates where the links are.
 *
 * Links are real: every slug an entry names must exist and be published. Astro's `reference()`
 * only checks the shape, so `npm run check` (and with it every build, scripts/lib/check-content.ts)
 * runs findBrokenReferences over all entries, naming file and field.
 */
import { z } from 'astro/zod';
import { contentType, type CollectionName } from '../registry/index.ts';
import type { SchemaHelpers } from '../schemas/context.ts';
import { defaultTypeSettings } from '../schemas/settings.ts';

export interface RawEntry {
  collection: CollectionName;
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
  target: CollectionName;
  /** True when the entry exists but is a draft. */
  toDraft: boolean;
}

/** A field that links to another collection: its path (`*` walks a list) and the collection it names. */
export interface ReferenceField {
  path: readonly string[];
  target: CollectionName;
}

/** The parts of a zod schema's definition the walk goes through. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  left?: { _zod: { def: Def } };
  right?: { _zod: { def: Def } };
}

/** Every marked field below `def`; a definition is shared by a schema and its copies (`.meta()`, `.optional()`'s inner). */
function* walk(def: Def, marks: ReadonlyMap<object, CollectionName>, path: string[]): Generator<ReferenceField> {
  const target = marks.get(def);
  if (target) {
    yield { path, target };
    return;
  }
  const inner = (schema: { _zod: { def: Def } } | undefined, at = path) => (schema ? walk(schema._zod.def, marks, at) : []);
  switch (def.type) {
    case 'object':
      for (const [key, schema] of Object.entries(def.shape ?? {})) yield* inner(schema, [...path, key]);
      return;
    case 'array':
      yield* inner(def.element, [...path, '*']);
      return;
    case 'pipe':
      yield* inner(def.in);
      yield* inner(def.out);
      return;
    case 'union':
      for (const option of def.options ?? []) yield* inner(option);
      return;
    case 'intersection':
      yield* inner(def.left);
      yield* inner(def.right);
      return;
    default:
      // optional, nullable, default, prefault, catch, readonly, nonoptional: one inner schema.
      yield* inner(def.innerType);
  }
}

const fieldsOf = new Map<CollectionName, readonly ReferenceField[]>();

/** The fields of a collection that link to other entries, each once, in the schema's order. */
export function referenceFields(collection: CollectionName): readonly ReferenceField[] {
  let fields = fieldsOf.get(collection);
  if (!fields) {
    const marks = new Map<object, CollectionName>();
    const helpers: SchemaHelpers = {
      image: () => z.any(),
      attachment: () => z.any(),
      settings: defaultTypeSettings(),
      reference: (target) => {
        const marker = z.custom<never>();
        marks.set(marker._zod.def, target);
        return marker;
      },
    };
    const schema = contentType(collection).schema(helpers) as unknown as { _zod: { def: Def } };
    const seen = new Set<string>();
    fields = [...walk(schema._zod.def, marks, [])].filter((field) => !seen.has(field.path.join('.')) && seen.add(field.path.join('.')));
    fieldsOf.set(collection, fields);
  }
  return fields;
}

/** Values that are not slugs: a lecture organised, a notice issued by the office itself. */
const NOT_A_REFERENCE: Readonly<Record<string, string>> = { organiser: 'office', issuer: 'office' };

/** A reference as stored by Astro (`{ collection, id }`) or written by an editor (a slug). */
function slugOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return undefined;
}

/** Every value at a path where `*` walks a list; yields [concrete dotted path, value]. */
export function* valuesAt(data: unknown, path: readonly string[], prefix: string[] = []): Generator<[string, unknown]> {
  if (path.length === 0) {
    if (data !== undefined && data !== null) yield [prefix.join('.'), data];
    return;
  }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* valuesAt(item, rest, [...prefix, String(i)]);
    return;
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) yield* valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

export function findBrokenReferences(entries: readonly RawEntry[]): ReferenceProblem[] {
  const ids = new Map<CollectionName, Map<string, RawEntry>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Map());
    ids.get(entry.collection)!.set(entry.id, entry);
  }
  const problems: ReferenceProblem[] = [];
  for (const entry of entries) {
    for (const { path, target } of referenceFields(entry.collection)) {
      for (const [field, value] of valuesAt(entry.data, path)) {
        const slug = slugOf(value);
        if (slug === undefined || NOT_A_REFERENCE[path.join('.')] === slug) continue;
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
