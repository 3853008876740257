/**
 * `npm run new`: picks the slug, resolves the references the editor asked for, and writes the
 * entry as a draft. Nothing is taken from other entries: a reference is written only when named
 * on the command line (`--unit`, `--organiser`, `--units`, `--figures`), by file name or by name.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection } from '../../src/schemas/context.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { fail } from './cli.ts';
import { collectionDir, displayPath } from './content-files.ts';
import { normaliseName, unitNames, unitsByName } from './names.ts';
import { entriesOf, loadEntries, type LoadedEntry } from './load-content.ts';
import { newExhibition, newFigure, newLecture, newNotice, newUnit, type ScaffoldContext, type ScaffoldLinks } from './scaffold.ts';
import { slugFromName, uniqueSlug } from './slugify.ts';
import { didYouMean } from './suggest.ts';

/** What editors may type for each kind, in English or Chinese. */
export const KINDS: Record<string, Collection> = {
  unit: 'units', 单位: 'units', 文明单位: 'units',
  figure: 'figures', 人物: 'figures', 模范: 'figures', 道德模范: 'figures',
  lecture: 'lectures', 讲坛: 'lectures', 讲堂: 'lectures', 讲座: 'lectures',
  exhibition: 'exhibitions', 图片展: 'exhibitions', 展览: 'exhibitions',
  notice: 'notices', 公示: 'notices',
};

const TEMPLATES: Record<Collection, (name: string, ctx: ScaffoldContext) => string> = {
  units: newUnit,
  figures: newFigure,
  lectures: newLecture,
  exhibitions: newExhibition,
  notices: newNotice,
};

/** The reference options, what each names, and which kinds take it. */
export const LINK_OPTIONS = {
  unit: { target: 'units', list: false, kinds: ['figures'], what: '所在单位' },
  organiser: { target: 'units', list: false, kinds: ['lectures'], what: '主办单位' },
  units: { target: 'units', list: true, kinds: ['notices'], what: '涉及的单位' },
  figures: { target: 'figures', list: true, kinds: ['lectures', 'notices'], what: '人物' },
} as const satisfies Record<keyof ScaffoldLinks, { target: Collection; list: boolean; kinds: readonly Collection[]; what: string }>;

export type LinkOption = keyof typeof LINK_OPTIONS;

export interface NewEntryResult {
  collection: Collection;
  slug: string;
  /** The files written, relative to the root. */
  written: string[];
}

export async function createEntry(root: string, kind: string, name: string, asked: Partial<Record<LinkOption, string>> = {}): Promise<NewEntryResult> {
  const collection = KINDS[kind.toLowerCase()];
  if (!collection) fail(`不认识的类型「${kind}」，可选：unit（单位）、figure（人物）、lecture（讲坛）、exhibition（图片展）、notice（公示）`);
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

  const text = TEMPLATES[collection](name.trim(), ctx);
  mkdirSync(dir, { recursive: true });
  const file = collection === 'exhibitions' ? join(dir, slug, 'index.md') : join(dir, `${slug}.md`);
  if (collection === 'exhibitions') mkdirSync(join(dir, slug, 'photos'), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { collection, slug, written: [displayPath(root, file)] };
}

/** The slugs of the entries each option names; a name that matches no entry stops the command. */
function resolveLinks(collection: Collection, asked: Partial<Record<LinkOption, string>>, entries: readonly LoadedEntry[]): ScaffoldLinks {
  const links: ScaffoldLinks = {};
  for (const [option, value] of Object.entries(asked) as [LinkOption, string | undefined][]) {
    if (value === undefined) continue;
    const { target, list, kinds, what } = LINK_OPTIONS[option];
    if (!(kinds as readonly Collection[]).includes(collection)) {
      const takers = (Object.entries(LINK_OPTIONS) as [LinkOption, (typeof LINK_OPTIONS)[LinkOption]][]).filter(([, spec]) => (spec.kinds as readonly Collection[]).includes(collection));
      fail(`--${option} 不适用于这类条目${takers.length ? `；可用：${takers.map(([name, spec]) => `--${name}（${spec.what}）`).join('、')}` : ''}`);
    }
    const wanted = value.split(/[,，、;；]/).map((part) => part.trim()).filter(Boolean);
    if (!list && wanted.length > 1) fail(`--${option} 只能写一个${what}（现在是「${value}」）`);
    // A lecture organised by the office itself is written `organiser: office`.
    const slugs = wanted.map((written) => (option === 'organiser' && written === 'office' ? written : findEntry(entriesOf(entries, target), written, option)));
    if (list) (links as Record<string, string[]>)[option] = slugs;
    else (links as Record<string, string>)[option] = slugs[0]!;
  }
  return links;
}

/** An entry by its file name (slug), or by its name, title or a former name. */
function findEntry(candidates: readonly LoadedEntry[], written: string, option: LinkOption): string {
  const names = (entry: LoadedEntry) => (entry.data ? (entry.collection === 'units' ? unitNames(entry.data) : [entry.data.name, entry.data.title].filter((n): n is string => typeof n === 'string')) : []);
  const found = candidates.find((entry) => entry.id === written) ?? candidates.find((entry) => names(entry).some((other) => normaliseName(other) === normaliseName(written)));
  if (found) return found.id;
  const guess = didYouMean(written, candidates.map((entry) => ({ slug: entry.id, names: names(entry) })));
  fail(`--${option}：找不到「${written}」（content/${LINK_OPTIONS[option].target}/ 下没有这个文件名或名称）。${guess || '请先新建它，或检查拼写'}`);
}

/** The office's name from the settings, offered in a comment; none when the settings cannot be read. */
function officeName(root: string): string | undefined {
  try {
    return loadSettings(root, {}).officeName;
  } catch {
    return undefined; // npm run check names the problem in the settings.
  }
}
