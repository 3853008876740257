/**
 * 思想讲坛 / 道德讲堂: one session of a lecture series (content/lectures/<slug>.md). Whether a
 * session is still to come depends on the build day, decided in the model's callers with
 * `site.today`.
 */
import { t } from '../i18n/index.ts';
import { LECTURE_FILTER } from '../lib/filters.ts';
import { formatDay } from '../lib/dates.ts';
import { prepareLectures, type Entry } from '../lib/model.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { searchMeta, searchNames } from '../lib/search-meta.ts';
import { siteCounts } from '../lib/stats.ts';
import { sectionList } from '../lib/pages/lists.ts';
import { paths } from '../lib/urls.ts';
import { lectureCard } from '../lib/views.ts';
import { listCard, locator, page, withImage } from '../og/card-parts.ts';
import { lectureSchema, type LectureData } from '../schemas/lectures.ts';
import { newLecture } from '../../scripts/lib/scaffold.ts';
import type { PublishedType } from './types.ts';

export const lectures: PublishedType<'lectures', LectureData, Entry<LectureData>> = {
  name: 'lectures',
  singular: 'lecture',
  noun: '讲坛',
  label: 'lectures.title',
  files: { layout: 'file', loader: null },
  schema: lectureSchema,
  settings: null,
  scaffold: { words: ['lecture', '讲坛', '讲堂', '讲座'], template: newLecture, links: { organiser: '主办单位', figures: '人物' }, folders: [] },
  // A session may be announced ahead: its date is not an event that has happened.
  events: [],
  checks: null,
  site: {
    model: prepareLectures,
    path: paths.lecture,
    card: (lecture, site) => lectureCard(lecture, site.today),
    backlinks: {
      heading: (target) => (target === 'units' ? t('units.links.lectures') : t('lectures.title')),
      holders: null,
      card: (lecture: Entry<LectureData>, site) => lectureCard(lecture, site.today),
    },
    share: (site, { siteName }) => [
      listCard('lectures/', siteName, t('lectures.title'), [t('lectures.description')]),
      ...site.lectures.map((lecture) => {
        const { data } = lecture;
        return withImage({
          path: page(paths.lecture(lecture.slug)),
          kind: 'lecture',
          label: t('lectures.title'),
          title: data.title,
          lines: [
            `${data.series} · ${t('lectures.session', { n: data.session })} · ${formatDay(data.date)}`,
            `${t('lectures.speakers')}：${data.speakers.map((speaker) => speaker.name).join('、')}`,
          ],
        }, locator(lecture, ['cover', 'src'], data.cover?.src, 'side'));
      }),
    ],
    search: { types: ['讲坛'], metas: (site) => site.lectures.map(searchMeta.lecture), names: searchNames.lecture },
    feed: (site) =>
      site.lectures.map((lecture) => ({
        title: lecture.data.title,
        path: paths.lecture(lecture.slug),
        date: lecture.data.date,
        description: lecture.data.summary,
        category: t('feed.category.lecture'),
      })),
    openData: null,
    lists: (site) => {
      const counts = siteCounts(site);
      return [
        sectionList('lectures', 'lecture', {
                    entries: site.lectures,
          card: (lecture) => lectureCard(lecture, site.today),
          count: t('lectures.count', { n: counts.lectures.all, held: counts.lectures.held, upcoming: counts.lectures.upcoming }),
          filter: { ...LECTURE_FILTER, shown: t('lectures.filter.shown'), none: t('lectures.filter.none') },
        }),
      ];
    },
    home: {
      rank: 40,
      section: (site) => {
        // Upcoming lectures first (soonest first), then the latest held.
        const upcoming = site.lectures.filter((l) => l.data.date > site.today).reverse();
        const held = site.lectures.filter((l) => l.data.date <= site.today);
        return {
          id: 'lectures',
          heading: t('lectures.title'),
          cards: [...upcoming, ...held].slice(0, HOME_SECTION_SIZE).map((lecture) => lectureCard(lecture, site.today)),
          more: { href: 'lectures/', label: t('home.more.lectures', { n: site.lectures.length }) },
        };
      },
    },
    picture: (lecture) => ({ title: lecture.data.title, image: lecture.data.cover }),
  },
};
