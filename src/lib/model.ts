/**
 * The site's data, derived once from the validated entries: current honor statuses, naming
 * batches, notice windows and the links between entries in both directions. Pure: it takes
 * entries and "today" and returns data, so it is tested without Astro.
 */
import type { BatchData } from '../schemas/batches.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { NoticeData } from '../schemas/notices.ts';
import { LEVELS, type Level } from '../schemas/shared.ts';
import type { UnitData } from '../schemas/units.ts';
import { deriveHonorStatus, type DerivedStatus } from './honor-status.ts';

/** An entry as the model needs it: its slug, its source file, its validated data. */
export interface Entry<T> {
  slug: string;
  /** Path relative to the project root, e.g. `content/units/foo.md`. */
  file: string;
  data: T;
}

export interface RawContent {
  units: Entry<UnitData>[];
  figures: Entry<FigureData>[];
  lectures: Entry<LectureData>[];
  exhibitions: Entry<ExhibitionData>[];
  notices: Entry<NoticeData>[];
  /** Figures published about naming batches (content/batches/<slug>.yaml), if any. */
  batches?: Entry<BatchData>[];
}

export type UnitHonor = UnitData['honors'][number] & {
  /** Undefined only for a naming dated after today. */
  current: DerivedStatus | undefined;
  batch: string;
};

export interface Unit extends Entry<UnitData> {
  honors: UnitHonor[];
  /** The newest honor that has taken effect, for cards and filters. */
  headline: UnitHonor | undefined;
}

export type Photo = ExhibitionData['photos'][number] & { exhibition: string; index: number };

export type NoticeState = 'upcoming' | 'open' | 'closed';
export interface Notice extends Entry<NoticeData> {
  state: NoticeState;
}

export interface Batch {
  /** ASCII slug, e.g. `2009-provincial`. */
  slug: string;
  year: number;
  level: Level;
  /** Every (unit, honor) named in this batch. */
  members: { unit: Unit; honor: UnitHonor }[];
  /** The term labels used in the batch (usually one). */
  terms: string[];
  /** What the office published about the batch: applicants, units named in all. */
  facts: BatchData | undefined;
}

export interface SiteModel {
  today: string;
  units: Unit[];
  figures: Entry<FigureData>[];
  lectures: Entry<LectureData>[];
  exhibitions: Entry<ExhibitionData>[];
  notices: Notice[];
  photos: Photo[];
  batches: Batch[];
  /**
   * Entries by slug and the links between them, made once per build: a page that scanned every
   * entry for its own or for what links to it made the pages stage grow with the square of the
   * site (10,000 unit pages × 10,000 units).
   */
  index: SiteIndex;
}

/** Finds entries of one list by slug without scanning the list. */
export class Lookup<T extends { slug: string }> {
  readonly #list: readonly T[];
  readonly #position = new Map<string, number>();

  constructor(list: readonly T[]) {
    this.#list = list;
    // The first entry with a slug wins, as `list.find` would.
    list.forEach((entry, position) => {
      if (!this.#position.has(entry.slug)) this.#position.set(entry.slug, position);
    });
  }

  get(slug: string): T | undefined {
    const position = this.#position.get(slug);
    return position === undefined ? undefined : this.#list[position];
  }

  /**
   * The entries the references name, each once and in the list's order (what
   * `list.filter((entry) => refs.some(...))` gave); references to no entry are skipped.
   */
  pick(refs: readonly unknown[]): T[] {
    const positions = new Set<number>();
    for (const ref of refs) {
      const position = this.#position.get(refSlug(ref));
      if (position !== undefined) positions.add(position);
    }
    return [...positions].sort((a, b) => a - b).map((position) => this.#list[position]!);
  }
}

/** ASCII names of levels, used in batch URLs. */
export const LEVEL_SLUGS: Record<Level, string> = {
  全国: 'national',
  省级: 'provincial',
  市级: 'municipal',
  区县级: 'county',
  系统内: 'sector',
};

export const batchSlug = (year: number, level: Level) => `${year}-${LEVEL_SLUGS[level]}`;
export const levelRank = (level: Level) => LEVELS.indexOf(level);

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'zh-Hans-CN-u-co-pinyin');

/** Whether a notice's objection window is open on `today` (both ends included). */
export function noticeState(window: { start: string; end: string }, today: string): NoticeState {
  if (today < window.start) return 'upcoming';
  return today > window.end ? 'closed' : 'open';
}

export function buildSiteModel(raw: RawContent, today: string): SiteModel {
  const units: Unit[] = raw.units
    .map((entry) => {
      const honors = entry.data.honors.map((honor) => ({
        ...honor,
        current: deriveHonorStatus(honor.history, today),
        batch: batchSlug(honor.year, honor.level),
      }));
      const inEffect = honors.filter((honor) => honor.current);
      const headline = inEffect.sort((a, b) => b.year - a.year || levelRank(a.level) - levelRank(b.level))[0];
      return { ...entry, honors, headline };
    })
    .sort(byName);

  const batchMap = new Map<string, Batch>();
  for (const unit of units) {
    for (const honor of unit.honors) {
      let batch = batchMap.get(honor.batch);
      if (!batch) {
        batch = { slug: honor.batch, year: honor.year, level: honor.level, members: [], terms: [], facts: undefined };
        batchMap.set(honor.batch, batch);
      }
      batch.members.push({ unit, honor });
      if (!batch.terms.includes(honor.term)) batch.terms.push(honor.term);
    }
  }
  const batches = [...batchMap.values()].sort((a, b) => b.year - a.year || levelRank(a.level) - levelRank(b.level));
  for (const entry of raw.batches ?? []) {
    const batch = batchMap.get(entry.slug);
    if (!batch) {
      throw new Error(
        `${entry.file}：没有「${entry.slug}」这个命名批次。文件名应为某个单位荣誉的「年份-级别」，级别写 ${Object.entries(LEVEL_SLUGS).map(([level, ascii]) => `${ascii}（${level}）`).join('、')}；现有批次：${batches.map((b) => b.slug).join('、')}`,
      );
    }
    batch.facts = entry.data;
  }

  const exhibitions = [...raw.exhibitions].sort((a, b) => b.data.opens.localeCompare(a.data.opens));
  const photos = exhibitions.flatMap((exhibition) =>
    exhibition.data.photos.map((photo, index) => ({ ...photo, exhibition: exhibition.slug, index })),
  );

  const lists = {
    units,
    figures: [...raw.figures].sort(byName),
    lectures: [...raw.lectures].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.session - a.data.session),
    exhibitions,
    notices: raw.notices
      .map((entry) => ({ ...entry, state: noticeState(entry.data.window, today) }))
      .sort((a, b) => b.data.published.localeCompare(a.data.published)),
    photos,
  };
  return { today, ...lists, batches, index: buildIndex(lists) };
}

/** A reference as Astro stores it, or a plain slug. */
export const refSlug = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id: string }).id);

export interface UnitLinks {
  figures: Entry<FigureData>[];
  lectures: Entry<LectureData>[];
  photos: Photo[];
  notices: Notice[];
}

export type FigureLinks = Omit<UnitLinks, 'figures'>;

/** The index's lists are shared by every page of the build: read, never changed. */
export type Shared<T> = { readonly [K in keyof T]: T[K] extends (infer E)[] ? readonly E[] : T[K] };

export interface SiteIndex {
  units: Lookup<Unit>;
  figures: Lookup<Entry<FigureData>>;
  lectures: Lookup<Entry<LectureData>>;
  exhibitions: Lookup<Entry<ExhibitionData>>;
  notices: Lookup<Notice>;
  /** An exhibition's photos in their order, by exhibition slug. */
  photosOf: ReadonlyMap<string, readonly Photo[]>;
  /** What links to each unit and each figure, by its slug (absent: nothing links to it). */
  toUnit: ReadonlyMap<string, Shared<UnitLinks>>;
  toFigure: ReadonlyMap<string, Shared<FigureLinks>>;
}

/** Pushes `value` to the list under `key`, creating the entry with `empty()` first. */
function collect<L>(map: Map<string, L>, key: string, empty: () => L): L {
  let found = map.get(key);
  if (!found) map.set(key, (found = empty()));
  return found;
}

/**
 * One pass over each list. The lists are already in display order, so every backlink list comes
 * out in the order a filter over the whole list gave; an entry naming the same slug twice is
 * listed once, as with `refs.some(...)`.
 */
function buildIndex(site: Omit<SiteModel, 'today' | 'batches' | 'index'>): SiteIndex {
  const toUnit = new Map<string, UnitLinks>();
  const toFigure = new Map<string, FigureLinks>();
  const unit = (slug: string) => collect(toUnit, slug, () => ({ figures: [], lectures: [], photos: [], notices: [] }));
  const figure = (slug: string) => collect(toFigure, slug, () => ({ lectures: [], photos: [], notices: [] }));
  const slugs = (refs: readonly unknown[]) => new Set(refs.map(refSlug));

  for (const entry of site.figures) if (entry.data.unit) unit(refSlug(entry.data.unit)).figures.push(entry);
  for (const lecture of site.lectures) {
    unit(refSlug(lecture.data.host)).lectures.push(lecture);
    for (const slug of slugs(lecture.data.figures)) figure(slug).lectures.push(lecture);
  }
  const photosOf = new Map<string, Photo[]>();
  for (const photo of site.photos) {
    collect(photosOf, photo.exhibition, () => []).push(photo);
    for (const slug of slugs(photo.units)) unit(slug).photos.push(photo);
    for (const slug of slugs(photo.figures)) figure(slug).photos.push(photo);
  }
  for (const notice of site.notices) {
    for (const slug of slugs(notice.data.units)) unit(slug).notices.push(notice);
    for (const slug of slugs(notice.data.figures)) figure(slug).notices.push(notice);
  }
  return {
    units: new Lookup(site.units),
    figures: new Lookup(site.figures),
    lectures: new Lookup(site.lectures),
    exhibitions: new Lookup(site.exhibitions),
    notices: new Lookup(site.notices),
    photosOf,
    toUnit,
    toFigure,
  };
}

/** Everything that links to a unit: figures, lectures, photos and notices. */
export function linksToUnit(site: SiteModel, slug: string): Shared<UnitLinks> {
  return site.index.toUnit.get(slug) ?? { figures: [], lectures: [], photos: [], notices: [] };
}

/** Everything that links to a figure: lectures, photos and notices. */
export function linksToFigure(site: SiteModel, slug: string): Shared<FigureLinks> {
  return site.index.toFigure.get(slug) ?? { lectures: [], photos: [], notices: [] };
}
