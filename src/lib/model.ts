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

export type { SiteModel, SiteIndex, RawContent } from './site-model.ts';

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

/** Units with their honors' current statuses and batches, and the headline honor, by name. */
export function prepareUnits(entries: readonly Entry<UnitData>[], today: string): Unit[] {
  return entries
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
}

/** The naming batches the units' honors make, newest first, with the figures published about them. */
export function deriveBatches(units: readonly Unit[], facts: readonly Entry<BatchData>[]): Batch[] {
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
  for (const entry of facts) {
    const batch = batchMap.get(entry.slug);
    if (!batch) {
      throw new Error(
        `${entry.file}：没有「${entry.slug}」这个命名批次。文件名应为某个单位荣誉的「年份-级别」，级别写 ${Object.entries(LEVEL_SLUGS).map(([level, ascii]) => `${ascii}（${level}）`).join('、')}；现有批次：${batches.map((b) => b.slug).join('、')}`,
      );
    }
    batch.facts = entry.data;
  }
  return batches;
}

/** Figures by name. */
export const prepareFigures = (entries: readonly Entry<FigureData>[]) => [...entries].sort(byName);

/** Lectures newest first (by day, then session). */
export const prepareLectures = (entries: readonly Entry<LectureData>[]) =>
  [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.session - a.data.session);

/** Exhibitions by opening day, newest first. */
export const prepareExhibitions = (entries: readonly Entry<ExhibitionData>[]) => [...entries].sort((a, b) => b.data.opens.localeCompare(a.data.opens));

/** Every exhibition's photos, in the exhibitions' order and each exhibition's own. */
export const photosOf = (exhibitions: readonly Entry<ExhibitionData>[]): Photo[] =>
  exhibitions.flatMap((exhibition) => exhibition.data.photos.map((photo, index) => ({ ...photo, exhibition: exhibition.slug, index })));

/** Notices with their window's state on `today`, newest first. */
export const prepareNotices = (entries: readonly Entry<NoticeData>[], today: string): Notice[] =>
  entries.map((entry) => ({ ...entry, state: noticeState(entry.data.window, today) })).sort((a, b) => b.data.published.localeCompare(a.data.published));

/** A reference as Astro stores it, or a plain slug. */
export const refSlug = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id: string }).id);

