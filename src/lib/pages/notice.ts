/** View model of a notice's page: a 公示 with its window and contacts, or a 通报; its candidates, files and list. */
import { noticeBanners } from '../banner.ts';
import { honorLabel } from '../honors/labels.ts';
import { noticeHasList } from '../honors/list-files.ts';
import { noticeSubjects, refSlug, type SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { t } from '../../i18n/index.ts';
import { figureCard, unitCard } from '../views.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';

export function noticeView(site: SiteModel, slug: string, officeName: string) {
  const notice = site.index.notices.get(slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const subjects = noticeSubjects(notice);
  const units = site.index.units.pick(subjects.units);
  const figures = site.index.figures.pick(subjects.figures);
  const data = notice.data;
  const issuer = data.issuer === 'office' ? officeName : (site.index.bodies.get(refSlug(data.issuer))?.data.name ?? refSlug(data.issuer));
  const proposal = data.proposal && { label: honorLabel(data.proposal), body: site.index.bodies.get(refSlug(data.proposal.body))?.data.name ?? '' };
  // Candidates in the notice's order: a unit or a figure links to its page; a name is listed as written.
  const candidates = data.candidates.map((candidate) => {
    if (candidate.unit) {
      const unit = site.index.units.get(refSlug(candidate.unit));
      return { name: unit?.data.name ?? refSlug(candidate.unit), href: unit && paths.unit(unit.slug), place: unit?.data.sector };
    }
    if (candidate.figure) {
      const figure = site.index.figures.get(refSlug(candidate.figure));
      return { name: figure?.data.name ?? refSlug(candidate.figure), href: figure && paths.figure(figure.slug), place: figure?.data.region.join(' · ') };
    }
    return { name: candidate.name!, href: undefined, place: candidate.place };
  });
  return {
    /** What links here (news items naming it …), one card grid per type. */
    backlinks: backlinkGroups(site, 'notices', slug),
    notice,
    path: paths.notice(slug),
    issuer,
    proposal,
    candidates,
    crumbs: breadcrumbs({ label: t('notices.title'), href: 'notices/' }, { label: data.title }),
    neighbours: neighbours(site.notices, slug, (n) => ({ href: paths.notice(n.slug), title: n.data.title })),
    banners: noticeBanners(site, { notice: slug }),
    concerns: [...units.map(unitCard), ...figures.map(figureCard)],
    downloads: noticeHasList(notice)
      ? [
          { href: `${paths.notice(slug)}list.xlsx`, label: t('batch.download.xlsx'), download: `${data.title}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          { href: `${paths.notice(slug)}list.csv`, label: t('batch.download.csv'), download: `${data.title}.csv`, type: 'text/csv' },
        ]
      : [],
  };
}
