/**
 * 公示 banners: which notices a page must announce. The build knows only its own day, so every
 * notice whose window has not ended by the build day is written into the page with its dates;
 * a tiny client check (src/scripts/site.js) shows it only while the visitor's day is inside the
 * window. `openOnBuildDay` is the state rendered for readers without JavaScript.
 */
import { formatDayRange } from './dates.ts';
import { noticeSubjects, type Notice, type SiteModel } from './model.ts';
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
  if ('unit' in subject) return noticeSubjects(notice).units.includes(subject.unit);
  if ('figure' in subject) return noticeSubjects(notice).figures.includes(subject.figure);
  return notice.slug === subject.notice;
}

export function noticeBanners(site: Pick<SiteModel, 'notices' | 'today'>, subject: BannerSubject): NoticeBannerView[] {
  // A 通报 has no window: it never raises a banner.
  return site.notices
    .flatMap((notice) => (notice.data.window && notice.data.window.end >= site.today && concerns(notice, subject) ? [{ notice, window: notice.data.window }] : []))
    .map(({ notice, window }) => ({
      title: notice.data.title,
      href: paths.notice(notice.slug),
      start: window.start,
      end: window.end,
      window: formatDayRange(window.start, window.end),
      contacts: notice.data.contacts,
      openOnBuildDay: notice.state === 'open',
    }));
}
