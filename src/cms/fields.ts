/**
 * The web form's fields, read off the site's own zod schemas (src/schemas/): one form field per
 * schema field, with the label and hint the schema gives it (`.meta({ title, description })`),
 * and the input that fits its type:
 *
 * | schema                                   | form field (Sveltia CMS)                           |
 * | ---------------------------------------- | -------------------------------------------------- |
 * | text, url, regex                         | string (text when longer than LONG_TEXT), pattern  |
 * | enum, or a string whose meta lists `enum` | select                                             |
 * | boolean, literal true                    | boolean                                            |
 * | number                                   | number (int when the schema says so), min, max     |
 * | `format: 'date'` (isoDate)               | datetime date picker writing YYYY-MM-DD            |
 * | image()                                  | image, saved beside the entry                      |
 * | attachment()                             | file of those formats, saved in files/ beside it   |
 * | reference(c), list of them               | relation to c, searched by name, storing the slug  |
 * | object, list of objects, list of strings | object, list with fields, simple list              |
 *
 * `optional()` and `default()` make a field not required (its default is the form's default).
 * A schema part this module does not know throws, naming the field, so a new kind of field
 * cannot silently go without a form field (tests/cms/config.test.ts builds every collection).
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { Field, KeyValueField, ListField, ObjectField, RelationField, SelectField } from '@sveltia/cms';
import type { Attachment, Collection, EntryReference, SchemaHelpers } from '../schemas/context.ts';
import { typeSettingsOf, type SiteSettings } from '../schemas/settings.ts';

/** What the form must know about a field that its zod type cannot say. */
export type FormKind = { kind: 'image' } | { kind: 'file'; formats: readonly string[] } | { kind: 'relation'; collection: Collection };

/** Marks the stand-ins below; read back by formField (metadata follows `.meta()` copies). */
const formKinds = z.registry<FormKind>();

/**
 * The schema helpers for building the form: an image, an attachment and a reference are plain
 * strings in the file (a path beside the entry, a slug), tagged so that formField knows which
 * input they need. The content types' blocks of the settings (the news columns …) are the
 * site's own, so the form offers what the check accepts.
 */
export const formHelpers = (settings: SiteSettings): SchemaHelpers => ({
  image: () => z.string().register(formKinds, { kind: 'image' }) as unknown as z.ZodType<ImageMetadata>,
  attachment: (formats) => z.string().register(formKinds, { kind: 'file', formats }) as unknown as z.ZodType<Attachment>,
  reference: (collection) => z.string().register(formKinds, { kind: 'relation', collection }) as unknown as z.ZodType<EntryReference>,
  settings: typeSettingsOf(settings),
});

/** How a relation to another collection shows and searches its entries. */
export interface RelationTarget {
  /** The field that names an entry, shown in the dropdown: `name` or `title`. */
  display: string;
  /** Fields the dropdown searches, the display field first. */
  search: readonly string[];
}

export interface FieldContext {
  /** Relation targets by collection. */
  targets: Readonly<Record<Collection, RelationTarget>>;
  /** Templates for the one-line summary of list items, by dotted field path (honors.history). */
  itemSummaries?: Readonly<Record<string, string>>;
  /** Field paths the form must not require although the schema does (photos listed in photos.csv). */
  optionalInForm?: readonly string[];
}

/** Strings allowed more characters than this get a multi-line box. */
const LONG_TEXT = 60;
/** A value no pattern of ours accepts: parsing it yields the schema's own message for the pattern. */
const PATTERN_PROBE = '?';

// The parts of zod's internal definitions read here (zod 4, as astro/zod ships it).
interface ZodInternals {
  _zod: {
    def: {
      type: string;
      innerType?: ZodInternals;
      defaultValue?: unknown;
      in?: ZodInternals;
      out?: ZodInternals;
      shape?: Record<string, ZodInternals>;
      element?: ZodInternals;
      entries?: Record<string, string>;
      values?: unknown[];
      options?: ZodInternals[];
      keyType?: ZodInternals;
      valueType?: ZodInternals;
      format?: string;
      checks?: { _zod: { def: CheckDef } }[];
    };
  };
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

interface Limits {
  patterns: RegExp[];
  min?: number;
  max?: number;
  int: boolean;
}

/** What a type's checks allow: patterns, lengths or bounds, whole numbers only. */
function limitsOf(schema: ZodInternals): Limits {
  const limits: Limits = { patterns: [], int: false };
  for (const { _zod: { def: check } } of schema._zod.def.checks ?? []) {
    if (check.pattern) limits.patterns.push(check.pattern);
    if (check.check === 'number_format' && check.format?.includes('int')) limits.int = true;
    if (check.check === 'min_length') limits.min = check.minimum;
    if (check.check === 'max_length') limits.max = check.maximum;
    if (check.check === 'greater_than') limits.min = check.inclusive ? check.value : check.value! + (limits.int ? 1 : Number.EPSILON);
    if (check.check === 'less_than') limits.max = check.inclusive ? check.value : check.value! - (limits.int ? 1 : Number.EPSILON);
  }
  return limits;
}

/** What every form field has. */
interface CommonProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

interface Unwrapped {
  schema: ZodInternals;
  required: boolean;
  defaultValue?: unknown;
  title?: string;
  description?: string;
  format?: string;
  /** The allowed values of a string checked by a function (values from the settings): `.meta({ enum })`. */
  options?: readonly string[];
  kind?: FormKind;
}

/**
 * Looks through optional(), default() and pipes (isoDate's preprocess) to the type that decides
 * the input, collecting what the wrappers say. Metadata written further out wins.
 */
function unwrap(schema: ZodInternals): Unwrapped {
  const found: Unwrapped = { schema, required: true };
  for (let current = schema; ; ) {
    const meta = z.globalRegistry.get(current as unknown as z.ZodType) ?? {};
    found.title ??= meta.title;
    found.description ??= meta.description;
    found.format ??= typeof meta.format === 'string' ? meta.format : undefined;
    found.options ??= Array.isArray(meta.enum) ? (meta.enum as string[]) : undefined;
    found.kind ??= formKinds.get(current as unknown as z.ZodType);
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      found.required = false;
      if (def.type !== 'optional' && !('defaultValue' in found)) found.defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // preprocess(fn, schema): the input is the function; schema.transform(fn): the output is.
      current = def.in!._zod.def.type === 'transform' ? def.out! : def.in!;
    } else {
      found.schema = current;
      return found;
    }
  }
}

/** The form fields of an object schema, in the schema's order. */
export function formFields(schema: z.ZodType, context: FieldContext, path = ''): Field[] {
  const { schema: object } = unwrap(schema as unknown as ZodInternals);
  const shape = object._zod.def.shape;
  if (!shape) throw new Error(`${path || '（顶层）'}：表单只能从对象结构生成字段`);
  return Object.entries(shape)
    .filter(([, field]) => !isRemoved(field))
    .map(([name, field]) => formField(name, field, context, path ? `${path}.${name}` : name));
}

/** A string, or one fixed string (`office` beside a unit's slug). */
const isStringLike = (def: ZodInternals['_zod']['def']) => def.type === 'string' || (def.type === 'literal' && (def.values ?? []).every((value) => typeof value === 'string'));

/** A field that no longer exists (src/schemas/honors.ts, removed()): only there to say what replaced it, never in the form. */
export function isRemoved(field: unknown): boolean {
  return z.globalRegistry.get(field as z.ZodType)?.removed === true;
}

/** One schema field as one form field. */
export function formField(name: string, schema: z.ZodType | ZodInternals, context: FieldContext, path = name): Field {
  const found = unwrap(schema as ZodInternals);
  const required = found.required && !context.optionalInForm?.includes(path);
  const common: CommonProps = {
    name,
    label: found.title ?? name,
    ...(found.description ? { hint: found.description } : {}),
    ...(required ? {} : { required: false }),
  };
  const withDefault = found.defaultValue === undefined ? {} : { default: found.defaultValue as never };
  const def = found.schema._zod.def;
  const limits = limitsOf(found.schema);

  // Images and attachments are files of the repository (the schemas check that they exist): no web addresses.
  if (found.kind?.kind === 'image') return { ...common, widget: 'image', choose_url: false };
  // Attachments go to files/ beside the entry, written ./files/<name> as src/lib/attachments.ts reads them.
  if (found.kind?.kind === 'file') {
    return { ...common, widget: 'file', choose_url: false, accept: found.kind.formats.map((format) => `.${format}`).join(','), media_folder: 'files', public_folder: './files' };
  }
  if (found.options) return { ...common, ...withDefault, widget: 'select', options: [...found.options] } satisfies SelectField;
  if (found.kind?.kind === 'relation') return { ...common, ...relation(found.kind.collection, context) };
  if (found.format === 'date') return { ...common, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };

  switch (def.type) {
    case 'string': {
      const long = (limits.max ?? 0) > LONG_TEXT;
      return {
        ...common,
        ...withDefault,
        widget: long ? 'text' : 'string',
        ...(limits.max !== undefined ? { maxlength: limits.max } : {}),
        ...(formPattern(found.schema) ? { pattern: formPattern(found.schema) } : {}),
      };
    }
    case 'union': {
      // Every option a string (a /media/ path or an https:// address, `office` or a slug): one text box, either pattern.
      if (def.options!.some((option) => !isStringLike(unwrap(option).schema._zod.def))) break;
      const sources = def.options!.map((option) => formPattern(option)?.[0].slice(1, -1)).filter(Boolean);
      return { ...common, ...withDefault, widget: 'string', ...(sources.length ? { pattern: [`/${sources.map((one) => `(?:${one})`).join('|')}/`, patternMessage(found.schema)] as [string, string] } : {}) };
    }
    case 'enum':
      return { ...common, ...withDefault, widget: 'select', options: Object.values(def.entries!) } satisfies SelectField;
    case 'boolean':
      return { ...common, ...withDefault, widget: 'boolean' };
    case 'literal':
      // A box that must be ticked (consent.given: true): the form cannot insist, `npm run check` does.
      if (def.values?.length === 1 && def.values[0] === true) return { ...common, widget: 'boolean' };
      break;
    case 'number':
      return {
        ...common,
        ...withDefault,
        widget: 'number',
        value_type: limits.int ? 'int' : 'float',
        ...(limits.min !== undefined ? { min: limits.min } : {}),
        ...(limits.max !== undefined ? { max: limits.max } : {}),
      };
    case 'object':
      return {
        ...common,
        widget: 'object',
        ...(context.itemSummaries?.[path] ? { summary: context.itemSummaries[path] } : {}),
        fields: formFields(found.schema as unknown as z.ZodType, context, path),
      } satisfies ObjectField;
    case 'array':
      return list(common, found, context, path);
    case 'record': {
      // Text to number by title (a batch's figures per title): a table of keys and values; the schema reads the values as numbers.
      const key = unwrap(def.keyType!);
      const value = unwrap(def.valueType!);
      return { ...common, widget: 'keyvalue', ...(key.title ? { key_label: key.title } : {}), ...(value.title ? { value_label: value.title } : {}) } satisfies KeyValueField;
    }
  }
  throw new Error(`${path}：表单不知道怎样编辑「${def.type}」类型的字段，请在 src/cms/fields.ts 里为它加一种输入框`);
}

function list(common: CommonProps, found: Unwrapped, context: FieldContext, path: string): Field {
  const element = unwrap(found.schema._zod.def.element!);
  const { min, max } = limitsOf(found.schema);
  const bounds = { ...(min && common.required !== false ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  if (element.kind?.kind === 'relation') {
    return { ...common, ...relation(element.kind.collection, context), multiple: true, ...bounds } satisfies RelationField;
  }
  const item = element.schema._zod.def.type;
  if (item === 'object') {
    return {
      ...common,
      widget: 'list',
      ...(element.title && element.title !== common.label ? { label_singular: element.title } : { label_singular: common.label }),
      ...(context.itemSummaries?.[path] ? { summary: context.itemSummaries[path] } : {}),
      ...bounds,
      fields: formFields(element.schema as unknown as z.ZodType, context, path),
    } satisfies ListField;
  }
  if (item === 'string') return { ...common, widget: 'list', ...bounds } satisfies ListField;
  throw new Error(`${path}：表单不知道怎样编辑由「${item}」组成的列表，请在 src/cms/fields.ts 里补上`);
}

function relation(collection: Collection, context: FieldContext) {
  const target = context.targets[collection];
  return {
    widget: 'relation' as const,
    collection,
    value_field: '{{slug}}',
    search_fields: [...target.search],
    display_fields: [`{{${target.display}}}`],
  };
}

/** A string schema's regular expressions as the form's pattern, with the schema's own message. */
export function formPattern(schema: z.ZodType | ZodInternals): [string, string] | undefined {
  const string = unwrap(schema as ZodInternals).schema;
  const { patterns } = limitsOf(string);
  // z.url() checks with the URL parser, not a regex: the form asks for the scheme at least.
  if (string._zod.def.format === 'url') patterns.push(/^https?:\/\//);
  if (patterns.length === 0) return undefined;
  // Several patterns must all match: one lookahead each.
  const source = patterns.length === 1 ? patterns[0]!.source : patterns.map((regex) => `(?=${regex.source})`).join('');
  // Written as a /literal/: Sveltia reads a trailing `/…/flags` off any pattern string, which
  // would cut the end off one that ends in a slash (^https?:\/\/).
  return [`/${source}/`, patternMessage(string)];
}

/** The message the schema gives a value that fails its pattern (a union: its first option's). */
function patternMessage(schema: ZodInternals): string {
  const result = (schema as unknown as z.ZodType).safeParse(PATTERN_PROBE);
  const issue = result.error?.issues[0] as (z.core.$ZodIssue & { errors?: z.core.$ZodIssue[][] }) | undefined;
  return issue?.errors?.[0]?.[0]?.message ?? issue?.message ?? '格式不对';
}
