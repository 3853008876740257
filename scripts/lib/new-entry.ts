/**
 * `npm run new`: picks the slug, resolves the references the editor asked for, and writes the
 * entry as a draft. Nothing is taken from other entries: a reference is written only when named
 * on the command line (`--unit`, `--organiser`, `--units`, `--figures`), by file name or by name.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentType, contentTypes, type CollectionName } from '../../src/registry/index.ts';
import { referenceFields } from '../../src/lib/references.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { fail } from './cli.ts';
import { collectionDir, displayPath } from './content-files.ts';
import { normaliseName, unitNames, unitsByName } from './names.ts';
import { entriesOf, loadEntries, type LoadedEntry } from './load-content.ts';
import type { ScaffoldContext, ScaffoldLinks } from './scaffold.ts';
import { slugFromName, uniqueSlug } from './slugify.ts';
import { didYouMean } from './suggest.ts';

/** What editors may type for each kind, in English or Chinese (each type's `scaffold.words`). */
export const KINDS: Record<string, CollectionName> = Object.fromEntries(
  contentTypes().flatMap((type) => (type.scaffold ? type.scaffold.words.map((word) => [word, type.name]) : [])),
);

/** A `--<field>` option of `npm run new`: a reference field of the kind, read from its schema. */
export interface LinkOption {
  target: CollectionName;
  /** True for a list field (`--units a,b`). */
  list: boolean;
  /** What it names, for messages. @example 所在单位 */
  what: string;
}

/** The `--<field>` options a kind takes: its scaffold's link fields, with target and form from the schema. */
export function linkOptions(collection: CollectionName): Map<string, LinkOption> {
  const words = contentType(collection).scaffold?.links ?? {};
  const options = new Map<string, LinkOption>();
  for (const field of referenceFields(collection)) {
    const [name, ...rest] = field.path;
    const what = words[name!];
    if (!what || rest.some((part) => part !== '*')) continue;
    options.set(name!, { target: field.target, list: rest.length > 0, what });
  }
  return options;
}

/** Every `--<field>` option some kind takes, for the command line. */
export const LINK_OPTION_NAMES: readonly string[] = [...new Set(contentTypes().flatMap((type) => [...linkOptions(type.name).keys()]))];

export interface NewEntryResult {
  collection: CollectionName;
  slug: string;
  /** The files written, relative to the root. */
  written: string[];
}

/** `unit（单位）、figure（人物）…`: the kinds, as the help and the messages list them. */
export const kindList = () =>
  contentTypes()
    .flatMap((type) => (type.scaffold ? [`${type.scaffold.words[0]}（${type.scaffold.words[1] ?? type.noun}）`] : []))
    .join('、');

export async function createEntry(root: string, kind: string, name: string, asked: Partial<Record<string, string>> = {}): Promise<NewEntryResult> {
  const collection = KINDS[kind.toLowerCase()];
  if (!collection) fail(`不认识的类型「${kind}」，可选：${kindList()}`);
  if (!name.trim()) fail('缺少名称，例如：npm run new -- unit 山西省图书馆');
  const dir = collectionDir(root, collection);
  const { entries } = loadEntries(root);

  if (collection === 'units') {
    const same = unitsByName(entriesOf(entries, 'units')).get(normaliseName(name));
    if (same) {
      const current = String(same.data!.name);
      const which = normaliseName(current) === normaliseName(name) ? `已经有名为「${name}」的单位` : `「${name}」是「${current}」的曾用名`;
      fail(`${which}：${same.file}。要给它添加荣誉，请直接编辑该文件的 honors。`);
    }
  }

  const taken = (slug: string) =>
    existsSync(join(dir, slug)) || existsSync(join(dir, `${slug}.md`)) || existsSync(join(dir, `${slug}.mdx`));
  const slug = uniqueSlug(slugFromName(name), taken);
  const ctx: ScaffoldContext = { links: resolveLinks(collection, asked, entries), officeName: officeName(root) };

  const type = contentType(collection);
  const text = type.scaffold!.template(name.trim(), ctx);
  mkdirSync(dir, { recursive: true });
  const folder = type.files.layout === 'folder';
  const file = folder ? join(dir, slug, 'index.md') : join(dir, `${slug}.md`);
  if (folder) for (const inner of ['', ...type.scaffold!.folders]) mkdirSync(join(dir, slug, inner), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { collection, slug, written: [displayPath(root, file)] };
}

/** The slugs of the entries each option names; a name that matches no entry stops the command. */
function resolveLinks(collection: CollectionName, asked: Partial<Record<string, string>>, entries: readonly LoadedEntry[]): ScaffoldLinks {
  const links: ScaffoldLinks = {};
  const options = linkOptions(collection);
  for (const [option, value] of Object.entries(asked)) {
    if (value === undefined) continue;
    const spec = options.get(option);
    if (!spec) {
      fail(`--${option} 不适用于这类条目${options.size ? `；可用：${[...options].map(([name, taker]) => `--${name}（${taker.what}）`).join('、')}` : ''}`);
    }
    const { target, list, what } = spec;
    const wanted = value.split(/[,，、;；]/).map((part) => part.trim()).filter(Boolean);
    if (!list && wanted.length > 1) fail(`--${option} 只能写一个${what}（现在是「${value}」）`);
    // A lecture organised by the office itself is written `organiser: office`.
    const slugs = wanted.map((written) => (option === 'organiser' && written === 'office' ? written : findEntry(entriesOf(entries, target), written, option, target)));
    links[option] = list ? slugs : slugs[0]!;
  }
  return links;
}

/** An entry by its file name (slug), or by its name, title or a former name. */
function findEntry(candidates: readonly LoadedEntry[], written: string, option: string, target: CollectionName): string {
  const names = (entry: LoadedEntry) => (entry.data ? (entry.collection === 'units' ? unitNames(entry.data) : [entry.data.name, entry.data.title].filter((n): n is string => typeof n === 'string')) : []);
  const found = candidates.find((entry) => entry.id === written) ?? candidates.find((entry) => names(entry).some((other) => normaliseName(other) === normaliseName(written)));
  if (found) return found.id;
  const guess = didYouMean(written, candidates.map((entry) => ({ slug: entry.id, names: names(entry) })));
  fail(`--${option}：找不到「${written}」（content/${target}/ 下没有这个文件名或名称）。${guess || '请先新建它，或检查拼写'}`);
}

/** The office's name from the settings, offered in a comment; none when the settings cannot be read. */
function officeName(root: string): string | undefined {
  try {
    return loadSettings(root, {}).officeName;
  } catch {
    return undefined; // npm run check names the problem in the settings.
  }
}
