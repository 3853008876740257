/**
 * The RSS feed's items: new honors (one item per naming batch), figures, lectures,
 * exhibitions and notices, newest first. Plain data; the route hands it to @astrojs/rss,
 * which escapes every field.
 */
import { t } from '../i18n/index.ts';
import type { SiteModel } from './model.ts';
import { paths } from './urls.ts';
import { batchTitle } from './views.ts';

export interface FeedItem {
  title: string;
  /** Site path below the base, e.g. `units/foo/`. */
  path: string;
  /** YYYY-MM-DD */
  date: string;
  description: string;
  category: string;
}

export function feedItems(site: SiteModel, limit = 50): FeedItem[] {
  const items: FeedItem[] = [
    // A decision whose naming has not taken effect is not news yet.
    ...site.batches.filter((batch) => batch.date && batch.date <= site.today).map((batch) => ({
      title: batchTitle(batch),
      path: paths.batch(batch.slug),
      date: batch.date,
      description: t('feed.batch', { n: new Set(batch.members.map((member) => member.unit.slug)).size, names: [...new Set(batch.members.map((member) => member.unit.data.name))].slice(0, 5).join('、') }),
      category: t('feed.category.honor'),
    })),
    ...site.figures.map((figure) => ({
      title: figure.data.name,
      path: paths.figure(figure.slug),
      date: figure.data.consent.date,
      description: figure.data.summary,
      category: t('feed.category.figure'),
    })),
    ...site.lectures.map((lecture) => ({
      title: lecture.data.title,
      path: paths.lecture(lecture.slug),
      date: lecture.data.date,
      description: lecture.data.summary,
      category: t('feed.category.lecture'),
    })),
    ...site.exhibitions.map((exhibition) => ({
      title: exhibition.data.title,
      path: paths.exhibition(exhibition.slug),
      date: exhibition.data.opens,
      description: exhibition.data.summary,
      category: t('feed.category.exhibition'),
    })),
    ...site.notices.map((notice) => ({
      title: notice.data.title,
      path: paths.notice(notice.slug),
      date: notice.data.published,
      description: notice.data.summary,
      category: t('feed.category.notice'),
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).slice(0, limit);
}

/** A day as the instant RSS wants: midnight in China. */
export const feedDate = (day: string) => new Date(`${day}T00:00:00+08:00`);
