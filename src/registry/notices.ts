/**
 * 公示: public notices with an objection window (content/notices/<slug>.md). The window's state
 * is derived with the build day (src/lib/model.ts) and again in the reader's browser (the
 * banner, src/lib/banner.ts).
 */
import { t } from '../i18n/index.ts';
import { formatDay, formatDayRange } from '../lib/dates.ts';
import { prepareNotices, type Notice } from '../lib/model.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { searchMeta } from '../lib/search-meta.ts';
import { siteCounts } from '../lib/stats.ts';
import { sectionList } from '../lib/pages/lists.ts';
import { paths } from '../lib/urls.ts';
import { noticeCard } from '../lib/views.ts';
import { listCard, page } from '../og/card-parts.ts';
import { noticeSchema, type NoticeData } from '../schemas/notices.ts';
import { findOpenNoticesWithoutOutcome } from '../../scripts/lib/checks/editorial.ts';
import { newNotice } from '../../scripts/lib/scaffold.ts';
import type { PublishedType } from './types.ts';

export const notices: PublishedType<'notices', NoticeData, Notice> = {
  name: 'notices',
  singular: 'notice',
  noun: '公示',
  label: 'notices.title',
  files: { layout: 'file', loader: null },
  schema: noticeSchema,
  settings: null,
  scaffold: { words: ['notice', '公示'], template: newNotice, links: { units: '涉及的单位', figures: '人物' }, folders: [] },
  events: [{ path: 'outcome.date', kind: 'day', label: () => '公示结果的决定日期' }],
  checks: (entry, { today }) => findOpenNoticesWithoutOutcome(entry, today),
  site: {
    model: prepareNotices,
    path: paths.notice,
    card: noticeCard,
    backlinks: { heading: () => t('units.links.notices'), holders: null, card: noticeCard },
    share: (site, { siteName }) => [
      listCard('notices/', siteName, t('notices.title'), [t('notices.description')]),
      ...site.notices.map((notice) => ({
        path: page(paths.notice(notice.slug)),
        kind: 'notice',
        label: `${t('notices.title')} · ${notice.data.kind}`,
        title: notice.data.title,
        lines: [notice.data.window ? `${t('notices.window')}：${formatDayRange(notice.data.window.start, notice.data.window.end)}` : `${t('notices.published')}${formatDay(notice.data.published)}`],
      })),
    ],
    search: { types: ['公示'], metas: (site) => site.notices.map(searchMeta.notice), names: null },
    feed: (site) =>
      site.notices.map((notice) => ({
        title: notice.data.title,
        path: paths.notice(notice.slug),
        date: notice.data.published,
        description: notice.data.summary,
        category: t('feed.category.notice'),
      })),
    openData: null,
    lists: (site) => {
      const counts = siteCounts(site);
      // Open and coming 公示 first, then the closed ones and the 通报, each newest first.
      const current = (notice: Notice) => notice.state === 'open' || notice.state === 'upcoming';
      const entries = [...site.notices.filter(current), ...site.notices.filter((notice) => !current(notice))];
      return [
        sectionList('notices', 'notice', {
                    entries,
          card: noticeCard,
          count: t('notices.count', { n: counts.notices.all, open: counts.notices.open }),
        }),
      ];
    },
    home: {
      rank: 60,
      section: (site) => ({
        id: 'notices',
        heading: t('notices.title'),
        cards: site.notices.slice(0, HOME_SECTION_SIZE).map(noticeCard),
        more: { href: 'notices/', label: t('home.more.notices', { n: site.notices.length }) },
      }),
    },
    picture: null,
  },
};
