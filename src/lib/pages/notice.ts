/** View model of a notice's page. */
import { noticeBanners } from '../banner.ts';
import type { SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { t } from '../../i18n/index.ts';
import { figureCard, unitCard } from '../views.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';

export function noticeView(site: SiteModel, slug: string) {
  const notice = site.index.notices.get(slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const units = site.index.units.pick(notice.data.units);
  const figures = site.index.figures.pick(notice.data.figures);
  return {
    /** What links here (news items naming it …), one card grid per type. */
    backlinks: backlinkGroups(site, 'notices', slug),
    notice,
    path: paths.notice(slug),
    crumbs: breadcrumbs({ label: t('notices.title'), href: 'notices/' }, { label: notice.data.title }),
    neighbours: neighbours(site.notices, slug, (n) => ({ href: paths.notice(n.slug), title: n.data.title })),
    banners: noticeBanners(site, { notice: slug }),
    concerns: [...units.map(unitCard), ...figures.map(figureCard)],
  };
}
