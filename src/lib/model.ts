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

  return {
    today,
    units,
    figures: [...raw.figures].sort(byName),
    lectures: [...raw.lectures].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.session - a.data.session),
    exhibitions,
    notices: raw.notices
      .map((entry) => ({ ...entry, state: noticeState(entry.data.window, today) }))
      .sort((a, b) => b.data.published.localeCompare(a.data.published)),
    photos,
    batches,
  };
}

/** A reference as Astro stores it, or a plain slug. */
export const refSlug = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id: string }).id);

/** Everything that links to a unit: figures, lectures, photos and notices. */
export function linksToUnit(site: SiteModel, slug: string) {
  return {
    figures: site.figures.filter((figure) => figure.data.unit && refSlug(figure.data.unit) === slug),
    lectures: site.lectures.filter((lecture) => refSlug(lecture.data.host) === slug),
    photos: site.photos.filter((photo) => photo.units.some((ref) => refSlug(ref) === slug)),
    notices: site.notices.filter((notice) => notice.data.units.some((ref) => refSlug(ref) === slug)),
  };
}

/** Everything that links to a figure: lectures, photos and notices. */
export function linksToFigure(site: SiteModel, slug: string) {
  return {
    lectures: site.lectures.filter((lecture) => lecture.data.figures.some((ref) => refSlug(ref) === slug)),
    photos: site.photos.filter((photo) => photo.figures.some((ref) => refSlug(ref) === slug)),
    notices: site.notices.filter((notice) => notice.data.figures.some((ref) => refSlug(ref) === slug)),
  };
}
