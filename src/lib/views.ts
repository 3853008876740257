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
}

/**
 * 省级 + 文明单位 + 2009年度 → 省级文明单位（2009年度）. Titles that already name their level
 * (全国文明单位, 省级文明单位) are not prefixed twice.
 */
export function honorLabel(honor: { level: string; title: string; term: string }): string {
  const levelWord = honor.level.replace(/级$/, '');
  const named = honor.title.startsWith(levelWord) || honor.title.startsWith(honor.level);
  return `${named ? '' : honor.level}${honor.title}（${honor.term}）`;
}

export function statusBadge(honor: UnitHonor | undefined): CardView['badge'] {
  if (!honor?.current) return honor ? { label: t('units.notYet'), tone: 'neutral' } : undefined;
  const tone: Record<HonorStanding, Tone> = { held: 'held', warned: 'warned', ended: 'ended' };
  return { label: honor.current.status, tone: tone[honor.current.standing] };
}

export function unitCard(unit: Unit): CardView {
  return {
    href: paths.unit(unit.slug),
    title: unit.data.name,
    kicker: unit.data.sector,
    meta: [unit.data.region.join(' · '), ...(unit.headline ? [honorLabel(unit.headline)] : [])],
    summary: unit.data.summary,
    badge: statusBadge(unit.headline),
    image: unit.data.cover,
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
  };
}

export function lectureCard(lecture: Entry<LectureData>, today: string): CardView {
  return {
    href: paths.lecture(lecture.slug),
    title: lecture.data.title,
    kicker: `${lecture.data.series} · ${t('lectures.session', { n: lecture.data.session })}`,
    meta: [formatDay(lecture.data.date), lecture.data.speakers.map((speaker) => speaker.name).join('、')],
    summary: lecture.data.summary,
    badge: lecture.data.date > today ? { label: t('lectures.upcoming'), tone: 'open' } : undefined,
    image: lecture.data.cover,
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
  };
}

export function batchCard(batch: Batch): CardView {
  return {
    href: paths.batch(batch.slug),
    title: t('batch.title', { year: batch.year, level: batch.level }),
    kicker: batch.terms.join('、'),
    meta: [t('common.unitsCount', { n: batch.members.length })],
  };
}
