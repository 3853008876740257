/**
 * Turns model entries into the small objects components take (cards, labels), so each piece
 * of markup exists once and knows nothing about entries.
 */
import type { ImageMetadata } from 'astro';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import { t } from '../i18n/index.ts';
import { formatDay, formatDayRange } from './dates.ts';
import type { HonorStanding } from './honor-status.ts';
import type { Batch, Entry, Notice, NoticeState, Photo, Unit, UnitHonor } from './model.ts';
import { paths } from './urls.ts';

/**
 * The one set of widths every content image is resized to. The gallery thumbnails, the
 * lightbox, the photo pages and the cards all pick from it, so a width is encoded once and the
 * same file is reused (derivatives dominate the build time).
 */
export const IMAGE_WIDTHS = [480, 960, 1600];
/** The single JPEG a <picture> falls back to in browsers without AVIF or WebP. */
export const FALLBACK_WIDTH = 960;

export type Tone = 'held' | 'warned' | 'ended' | 'open' | 'neutral';

/** Civic colours of the designed stand-in for a missing picture (global.css, .fallback--*). */
export const FALLBACK_TONES = ['red', 'ink', 'jade', 'ochre', 'plum'] as const;
export type FallbackTone = (typeof FALLBACK_TONES)[number];

/**
 * What stands in for a picture an entry does not have: a large character (or a short mark such
 * as 「公示」) on a civic colour, drawn with CSS, so a card or a page never shows an empty box.
 */
export interface Fallback {
  /** One character, or a mark of up to four. @example 吴 */
  mark: string;
  tone: FallbackTone;
  /** A small line under the mark. @example 助人为乐 */
  label?: string | undefined;
}

/** The shape a card's picture is cut to: wide covers and photos, upright portraits. */
export type PictureShape = 'wide' | 'portrait';

export interface CardView {
  href: string;
  title: string;
  /** A small label above the title (type, category, series). */
  kicker?: string | undefined;
  meta: string[];
  summary?: string | undefined;
  badge?: { label: string; tone: Tone } | undefined;
  /** A notice's window: the badge then follows the visitor's day (see NoticeStateBadge). */
  noticeWindow?: { start: string; end: string; state: NoticeState } | undefined;
  image?: { src: ImageMetadata; alt: string } | undefined;
  /** Shown when there is no image. */
  fallback?: Fallback | undefined;
  shape?: PictureShape | undefined;
}

/** The first character of a name (a whole surrogate pair, never half of one). */
export const firstCharacter = (name: string): string => [...name.trim()][0] ?? '';

/** A tone picked from a label, the same label always giving the same tone. */
export function toneFor(label: string): FallbackTone {
  let sum = 0;
  for (const char of label) sum = (sum * 31 + char.codePointAt(0)!) % 9973;
  return FALLBACK_TONES[sum % FALLBACK_TONES.length]!;
}

/**
 * An honor as issued: its title exactly as the document gives it, then its term. Nothing is
 * composed from parts (a level put before 首都文明单位 gave 「省级首都文明单位」, which no
 * document says).
 */
export function honorLabel(honor: { title: string; term: string }): string {
  return `${honor.title}（${honor.term}）`;
}

export function statusBadge(honor: UnitHonor | undefined): CardView['badge'] {
  if (!honor?.current) return honor ? { label: t('units.notYet'), tone: 'neutral' } : undefined;
  const tone: Record<HonorStanding, Tone> = { held: 'held', warned: 'warned', ended: 'ended' };
  return { label: honor.current.status, tone: tone[honor.current.standing] };
}

/** The longest short name a stand-in picture sets in full; a longer one gives its first character. */
const MARK_LENGTH = 6;

/**
 * A unit's stand-in picture: its short name (平谷中学, 省图书馆) as on a seal, or the first
 * character of a longer name, coloured by the kind of body.
 */
export function unitFallback(unit: Pick<Unit, 'data'>): Fallback {
  const name = unit.data.shortName ?? unit.data.name;
  return { mark: [...name].length <= MARK_LENGTH ? name : firstCharacter(name), tone: toneFor(unit.data.kind ?? unit.data.sector), label: unit.data.kind };
}

/** Each of the five categories keeps one colour wherever a figure appears. */
const CATEGORY_TONES: Record<FigureData['category'], FallbackTone> = {
  助人为乐: 'red',
  见义勇为: 'ink',
  诚实守信: 'jade',
  敬业奉献: 'ochre',
  孝老爱亲: 'plum',
};

/** A figure's stand-in portrait: the first character of the name, coloured by category. */
export const figureFallback = (figure: Pick<Entry<FigureData>, 'data'>): Fallback => ({
  mark: firstCharacter(figure.data.name),
  tone: CATEGORY_TONES[figure.data.category],
  label: figure.data.category,
});

export function unitCard(unit: Unit): CardView {
  return {
    href: paths.unit(unit.slug),
    title: unit.data.name,
    kicker: unit.data.sector,
    meta: [unit.data.region.join(' · '), ...(unit.headline ? [honorLabel(unit.headline)] : [])],
    summary: unit.data.summary,
    badge: statusBadge(unit.headline),
    image: unit.data.cover,
    fallback: unitFallback(unit),
  };
}

/** The honor with the latest year (the first listed of those, on a tie). */
export const newestHonor = <T extends { year: number }>(honors: readonly T[]): T | undefined =>
  [...honors].sort((a, b) => b.year - a.year)[0];

export function figureCard(figure: Entry<FigureData>): CardView {
  const honor = newestHonor(figure.data.honors);
  return {
    href: paths.figure(figure.slug),
    title: figure.data.name,
    kicker: figure.data.category,
    meta: [
      ...(honor ? [`${honor.title}（${honor.year}年）`] : []),
      ...(figure.data.group ? [t('figures.group')] : []),
      ...(figure.data.posthumous ? [t('figures.posthumous')] : []),
    ],
    summary: figure.data.summary,
    image: figure.data.portrait,
    fallback: figureFallback(figure),
    shape: 'portrait',
  };
}

/** A lecture's stand-in cover: its session number, coloured by its series. */
export const lectureFallback = (lecture: Pick<Entry<LectureData>, 'data'>): Fallback => ({
  mark: t('lectures.session', { n: lecture.data.session }),
  tone: toneFor(lecture.data.series),
  label: lecture.data.series,
});

export function lectureCard(lecture: Entry<LectureData>, today: string): CardView {
  return {
    href: paths.lecture(lecture.slug),
    title: lecture.data.title,
    kicker: `${lecture.data.series} · ${t('lectures.session', { n: lecture.data.session })}`,
    meta: [formatDay(lecture.data.date), lecture.data.speakers.map((speaker) => speaker.name).join('、')],
    summary: lecture.data.summary,
    badge: lecture.data.date > today ? { label: t('lectures.upcoming'), tone: 'open' } : undefined,
    image: lecture.data.cover,
    fallback: lectureFallback(lecture),
  };
}

export function exhibitionCard(exhibition: Entry<ExhibitionData>): CardView {
  const cover = exhibition.data.photos[0];
  return {
    href: paths.exhibition(exhibition.slug),
    title: exhibition.data.title,
    kicker: exhibition.data.organizer,
    meta: [`${formatDay(exhibition.data.opens)}—${formatDay(exhibition.data.closes)}`, t('exhibitions.photoCount', { n: exhibition.data.photos.length })],
    summary: exhibition.data.summary,
    image: cover && { src: cover.file as ImageMetadata, alt: cover.alt },
  };
}

export function photoCard(photo: Photo): CardView {
  return {
    href: paths.photo(photo.exhibition, photo.id),
    title: photo.title,
    meta: [photo.photographer],
    image: { src: photo.file, alt: photo.alt },
  };
}

export function noticeCard(notice: Notice): CardView {
  return {
    href: paths.notice(notice.slug),
    title: notice.data.title,
    kicker: notice.data.kind,
    meta: [`${t('notices.window')}：${formatDayRange(notice.data.window.start, notice.data.window.end)}`],
    summary: notice.data.summary,
    noticeWindow: { ...notice.data.window, state: notice.state },
    fallback: { mark: t('notices.mark'), tone: 'red', label: notice.data.kind },
  };
}

export function batchCard(batch: Batch): CardView {
  return {
    href: paths.batch(batch.slug),
    title: t('batch.title', { year: batch.year, level: batch.level }),
    kicker: batch.terms.join('、'),
    meta: [t('common.unitsCount', { n: new Set(batch.members.map((member) => member.unit.slug)).size })],
    fallback: { mark: String(batch.year), tone: 'ochre', label: batch.level },
  };
}

/** The naming batches as rows of the units directory's table: title, terms, how many units. */
export function batchRows(site: { batches: readonly Batch[] }) {
  return site.batches.map((batch) => ({
    href: paths.batch(batch.slug),
    title: t('batch.title', { year: batch.year, level: batch.level }),
    terms: batch.terms.join('、'),
    units: new Set(batch.members.map(({ unit }) => unit.slug)).size,
  }));
}
