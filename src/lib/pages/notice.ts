/** View model of a notice's page. */
import { noticeBanners } from '../banner.ts';
import { refSlug, type SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { figureCard, unitCard } from '../views.ts';

export function noticeView(site: SiteModel, slug: string) {
  const notice = site.notices.find((candidate) => candidate.slug === slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const units = site.units.filter((unit) => notice.data.units.some((ref) => refSlug(ref) === unit.slug));
  const figures = site.figures.filter((figure) => notice.data.figures.some((ref) => refSlug(ref) === figure.slug));
  return {
    notice,
    path: paths.notice(slug),
    banners: noticeBanners(site, { notice: slug }),
    concerns: [...units.map(unitCard), ...figures.map(figureCard)],
  };
}
