/** `npm run new`: picks the slug, fills the scaffold's context and writes the entry. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Collection } from '../../src/schemas/context.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { fail } from './cli.ts';
import { collectionDir, displayPath, listEntryFiles, readText } from './content-files.ts';
import { parseSource } from './frontmatter.ts';
import { normaliseName, unitsByName } from './names.ts';
import { entriesOf, loadEntries } from './load-content.ts';
import { EXHIBITION_PLACEHOLDER_PHOTO, newExhibition, newFigure, newLecture, newNotice, newUnit, type ScaffoldContext } from './scaffold.ts';
import { slugFromName, uniqueSlug } from './slugify.ts';
import { PLACEHOLDER } from './checks/editorial.ts';

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

export interface NewEntryResult {
  collection: Collection;
  slug: string;
  /** The files written, relative to the root. */
  written: string[];
  /** Things the editor should know (e.g. a unit of the same name exists). */
  notes: string[];
}

export async function createEntry(root: string, kind: string, name: string, today: string): Promise<NewEntryResult> {
  const collection = KINDS[kind.toLowerCase()];
  if (!collection) fail(`不认识的类型「${kind}」，可选：unit（单位）、figure（人物）、lecture（讲坛）、exhibition（图片展）、notice（公示）`);
  if (!name.trim()) fail('缺少名称，例如：npm run new -- unit 山西省图书馆');
  const dir = collectionDir(root, collection);
  const existing = listEntryFiles(root);
  const notes: string[] = [];

  if (collection === 'units') {
    const same = unitsByName(entriesOf(loadEntries(root).entries, 'units')).get(normaliseName(name));
    if (same) {
      const current = String(same.data!.name);
      const which = normaliseName(current) === normaliseName(name) ? `已经有名为「${name}」的单位` : `「${name}」是「${current}」的曾用名`;
      fail(`${which}：${same.file}。要给它添加荣誉，请直接编辑该文件的 honors。`);
    }
  }

  const taken = (slug: string) =>
    existsSync(join(dir, slug)) || existsSync(join(dir, `${slug}.md`)) || existsSync(join(dir, `${slug}.mdx`));
  const slug = uniqueSlug(slugFromName(name), taken);
  const ctx = scaffoldContext(root, existing, today);
  if (!ctx.firstUnit && (collection === 'lectures' || collection === 'notices')) {
    notes.push('还没有任何单位，承办单位/涉及单位暂时无法填写：请先用 npm run new -- unit 名称 新建单位。');
  }

  const text = TEMPLATES[collection](name.trim(), ctx);
  const written: string[] = [];
  mkdirSync(dir, { recursive: true });
  if (collection === 'exhibitions') {
    const folder = join(dir, slug);
    mkdirSync(join(folder, 'photos'), { recursive: true });
    writeFileSync(join(folder, 'index.md'), text, { flag: 'wx' });
    await placeholderPhoto(join(folder, EXHIBITION_PLACEHOLDER_PHOTO));
    written.push(displayPath(root, join(folder, 'index.md')), displayPath(root, join(folder, EXHIBITION_PLACEHOLDER_PHOTO)));
  } else {
    const file = join(dir, `${slug}.md`);
    writeFileSync(file, text, { flag: 'wx' });
    written.push(displayPath(root, file));
  }
  return { collection, slug, written, notes };
}

function scaffoldContext(root: string, existing: ReturnType<typeof listEntryFiles>, today: string): ScaffoldContext {
  const firstUnit = existing.find((entry) => entry.collection === 'units');
  let province = `${PLACEHOLDER}：省份`;
  if (firstUnit) {
    try {
      const region = parseSource(readText(firstUnit.absPath)).data.region;
      if (Array.isArray(region) && typeof region[0] === 'string') province = region[0];
    } catch {
      // A unit that cannot be read leaves the placeholder; npm run check names the problem.
    }
  }
  let officeName = `${PLACEHOLDER}：主办单位`;
  try {
    officeName = loadSettings(root, {}).officeName;
  } catch {
    // Settings with an error leave the placeholder; npm run check names the problem.
  }
  return { today, firstUnit: firstUnit?.id, province, officeName };
}

/** A plain grey photo without any metadata, so a new exhibition is valid before real photos arrive. */
async function placeholderPhoto(path: string): Promise<void> {
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#d8d8d8' } }).jpeg({ quality: 70 }).toFile(path);
}

