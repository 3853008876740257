/** View model of a notice's page. */
import { noticeBanners } from '../banner.ts';
import type { SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { figureCard, unitCard } from '../views.ts';

export function noticeView(site: SiteModel, slug: string) {
  const notice = site.index.notices.get(slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const units = site.index.units.pick(notice.data.units);
  const figures = site.index.figures.pick(notice.data.figures);
  return {
    notice,
    path: paths.notice(slug),
    banners: noticeBanners(site, { notice: slug }),
    concerns: [...units.map(unitCard), ...figures.map(figureCard)],
  };
}
