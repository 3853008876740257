/** View model of a notice's page (src/pages/notices/[slug].astro), laid out by EntryPage: a 公示 with its window and contacts, or a 通报; its candidates, files and list. */
import { noticeBanners } from '../banner.ts';
import { honorLabel } from '../honors/labels.ts';
import { noticeHasList } from '../honors/list-files.ts';
import { noticeSubjects, refSlug, type NoticeState, type SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { t } from '../../i18n/index.ts';
import { figureCard, unitCard } from '../views.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';
import { inlineDay, type EntryView, type Inline } from './types.ts';

export interface NoticeView extends EntryView {
  /** The objection window and its state on the build day, for the state badge under the title; none for a 通报. */
  window: { start: string; end: string } | undefined;
  state: NoticeState;
  /** 「示例，系虚构」 for a demo notice. */
  fictional: boolean;
  /** The candidates of a 拟命名 / 拟推荐 list in its order: a unit or a figure links to its page, a name is as written. */
  candidates: { name: string; href?: string | undefined; place?: string | undefined }[];
  /** The list as spreadsheet and CSV (a notice with candidates), then the files published with it. */
  downloads: { href: string; label: string; download: string; type: string }[];
  attachments: { href: string; title: string; external: boolean }[];
  /** What was decided (「2026年1月5日：公示期满无异议，予以命名（晋文明委〔2026〕1号）」), once written. */
  outcome: Inline[] | undefined;
}

export function noticeView(site: SiteModel, slug: string, officeName: string): NoticeView {
  const notice = site.index.notices.get(slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const subjects = noticeSubjects(notice);
  const units = site.index.units.pick(subjects.units);
  const figures = site.index.figures.pick(subjects.figures);
  const { data } = notice;
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
  const concerns = [...units.map(unitCard), ...figures.map(figureCard)];
  return {
    path: paths.notice(slug),
    title: data.title,
    description: data.summary,
    ogType: 'article',
    banners: noticeBanners(site, { notice: slug }),
    crumbs: breadcrumbs({ label: t('notices.title'), href: 'notices/' }, { label: data.title }),
    head: { layout: 'plain', kicker: [`${data.kind} · ${t('notices.published')}`, inlineDay(data.published)], title: data.title },
    window: data.window,
    state: notice.state,
    fictional: data.fictional,
    facts: [
      { label: t('notices.issuer'), value: [issuer] },
      ...(data.window ? [{ label: t('notices.window'), value: [inlineDay(data.window.start), '至', inlineDay(data.window.end)] }] : []),
      ...(data.contacts.length ? [{ label: t('notices.contacts'), value: { items: data.contacts.map((c) => [`${c.label}：${c.value}`]) } }] : []),
      ...(proposal ? [{ label: t('notices.proposal'), value: { items: [[proposal.label], [proposal.body]] } }] : []),
      ...(data.channels.length ? [{ label: t('notices.channels'), value: [data.channels.join('、')] }] : []),
    ],
    body: {},
    candidates,
    downloads: noticeHasList(notice)
      ? [
          { href: `${paths.notice(slug)}list.xlsx`, label: t('batch.download.xlsx'), download: `${data.title}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          { href: `${paths.notice(slug)}list.csv`, label: t('batch.download.csv'), download: `${data.title}.csv`, type: 'text/csv' },
        ]
      : [],
    attachments: data.attachments.map((file) => ({ href: file.file, title: file.title, external: /^https?:/.test(file.file) })),
    outcome: data.outcome && [inlineDay(data.outcome.date), `：${data.outcome.result}${data.outcome.document ? `（${data.outcome.document}）` : ''}`],
    // Whom the notice is about (a 通报 names the units it reports on), then what links here (news items naming it …), one card grid per type.
    links: [...(concerns.length ? [{ heading: t(data.window ? 'notices.concerns' : 'notices.concernsBulletin'), cards: concerns }] : []), ...backlinkGroups(site, 'notices', slug)],
    neighbours: neighbours(site.notices, slug, (n) => ({ href: paths.notice(n.slug), title: n.data.title })),
    label: t('notices.title'),
  };
}
