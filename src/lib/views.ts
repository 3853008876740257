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
import { honorLabel, statusWord } from './honors/labels.ts';
import { formatPartialDate } from './honors/partial-dates.ts';
import type { HonorStanding } from './honors/statuses.ts';
import type { Batch, Entry, Figure, Notice, NoticeState, Photo, Unit, UnitHonor } from './model.ts';
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

export { honorLabel };

const TONES: Record<HonorStanding, Tone> = { held: 'held', warned: 'warned', ended: 'ended', superseded: 'neutral', awarded: 'neutral', announced: 'neutral' };

/** The badge of an honor's current status: 命名, 复查保留, 黄牌警告, 届满终止, 升格… (a 表彰 has none). */
export function statusBadge(honor: Pick<UnitHonor, 'current' | 'standing'> | undefined): CardView['badge'] {
  if (!honor || honor.standing === 'awarded') return undefined;
  return { label: statusWord(honor.current), tone: TONES[honor.standing] };
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
    meta: [unit.data.region.join(' · '), ...(unit.headline ? [honorLabel(unit.headline)] : []), ...(unit.data.fictional ? [t('units.fictional')] : [])],
    summary: unit.data.summary,
    badge: statusBadge(unit.headline),
    image: unit.data.cover,
    fallback: unitFallback(unit),
  };
}

/** The honor a figure's card shows: the highest rung reached, else the newest. */
export function figureHeadline(figure: Pick<Figure, 'honors' | 'ladder'>) {
  const top = figure.ladder.rungs.filter((rung) => rung.reached).at(-1);
  if (top) return [...top.honors].sort((a, b) => b.named.localeCompare(a.named))[0];
  return [...figure.honors].filter((honor) => !honor.revoked).sort((a, b) => b.named.localeCompare(a.named))[0];
}

export function figureCard(figure: Figure): CardView {
  const honor = figureHeadline(figure);
  return {
    href: paths.figure(figure.slug),
    title: figure.data.name,
    kicker: figure.data.category,
    meta: [
      ...(honor ? [`${honorLabel(honor)} · ${formatPartialDate(honor.date)}`] : []),
      ...(figure.data.group ? [t('figures.group')] : []),
      ...(figure.data.deceased ? [t('figures.deceased')] : []),
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
    meta: [notice.data.window ? `${t('notices.window')}：${formatDayRange(notice.data.window.start, notice.data.window.end)}` : `${t('notices.published')}${formatDay(notice.data.published)}`],
    summary: notice.data.summary,
    noticeWindow: notice.data.window && { ...notice.data.window, state: notice.state },
    fallback: { mark: t('notices.mark'), tone: 'red', label: notice.data.kind },
  };
}

/** A batch's heading: 「山西省直机关精神文明建设委员会2009年度命名」 (表彰 when every title is one). */
export function batchTitle(batch: Pick<Batch, 'body' | 'term' | 'year' | 'members'>): string {
  const awards = batch.members.length > 0 && batch.members.every((member) => member.honor.kind === '表彰');
  return t(awards ? 'batch.titleAward' : 'batch.title', { body: batch.body.data.name, term: batch.term ?? t('batch.yearTerm', { year: batch.year }) });
}

export function batchCard(batch: Batch): CardView {
  return {
    href: paths.batch(batch.slug),
    title: batchTitle(batch),
    kicker: batch.body.data.shortName ?? batch.body.data.level,
    meta: [t('common.unitsCount', { n: new Set(batch.members.map((member) => member.unit.slug)).size })],
    fallback: { mark: String(batch.year), tone: 'ochre', label: batch.body.data.level },
  };
}

/** The naming decisions as rows of the units directory's table: the decision, its level, how many units this site has. */
export function batchRows(site: { batches: readonly Batch[] }) {
  return site.batches.map((batch) => ({
    href: paths.batch(batch.slug),
    title: batchTitle(batch),
    level: batch.body.data.tier ? `${batch.body.data.level} · ${batch.body.data.tier}` : batch.body.data.level,
    units: new Set(batch.members.map(({ unit }) => unit.slug)).size,
  }));
}
