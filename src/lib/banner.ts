/**
 * 公示 banners: which notices a page must announce. The build knows only its own day, so every
 * notice whose window has not ended by the build day is written into the page with its dates;
 * a tiny client check (src/scripts/site.js) shows it only while the visitor's day is inside the
 * window. `openOnBuildDay` is the state rendered for readers without JavaScript.
 */
import { formatDayRange } from './dates.ts';
import { refSlug, type Notice, type SiteModel } from './model.ts';
import { paths } from './urls.ts';

export interface NoticeBannerView {
  title: string;
  href: string;
  start: string;
  end: string;
  /** 2026年11月18日至2026年12月31日 */
  window: string;
  contacts: { label: string; value: string }[];
  openOnBuildDay: boolean;
}

/** What a page concerns: a unit, a figure, or the notice itself. */
export type BannerSubject = { unit: string } | { figure: string } | { notice: string };

function concerns(notice: Notice, subject: BannerSubject): boolean {
  if ('unit' in subject) return notice.data.units.some((ref) => refSlug(ref) === subject.unit);
  if ('figure' in subject) return notice.data.figures.some((ref) => refSlug(ref) === subject.figure);
  return notice.slug === subject.notice;
}

export function noticeBanners(site: Pick<SiteModel, 'notices' | 'today'>, subject: BannerSubject): NoticeBannerView[] {
  return site.notices
    .filter((notice) => notice.data.window.end >= site.today && concerns(notice, subject))
    .map((notice) => ({
      title: notice.data.title,
      href: paths.notice(notice.slug),
      start: notice.data.window.start,
      end: notice.data.window.end,
      window: formatDayRange(notice.data.window.start, notice.data.window.end),
      contacts: notice.data.contacts,
      openOnBuildDay: notice.state === 'open',
    }));
}
