/** View model of a notice's page (src/pages/notices/[slug].astro), laid out by EntryPage. */
import { noticeBanners } from '../banner.ts';
import type { NoticeState, SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { t } from '../../i18n/index.ts';
import { figureCard, unitCard } from '../views.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';
import { inlineDay, type EntryView, type Inline } from './types.ts';

export interface NoticeView extends EntryView {
  /** The objection window and its state on the build day, for the state badge under the title. */
  window: { start: string; end: string };
  state: NoticeState;
  /** What was decided (「2026年1月5日：公示期满无异议，予以命名（晋文明委〔2026〕1号）」), once written. */
  outcome: Inline[] | undefined;
}

export function noticeView(site: SiteModel, slug: string): NoticeView {
  const notice = site.index.notices.get(slug);
  if (!notice) throw new Error(`没有公示 ${slug}`);
  const { data } = notice;
  const units = site.index.units.pick(data.units);
  const figures = site.index.figures.pick(data.figures);
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
    facts: [
      { label: t('notices.window'), value: [inlineDay(data.window.start), '至', inlineDay(data.window.end)] },
      { label: t('notices.contacts'), value: { items: data.contacts.map((c) => [`${c.label}：${c.value}`]) } },
    ],
    body: {},
    outcome: data.outcome && [inlineDay(data.outcome.date), `：${data.outcome.result}${data.outcome.document ? `（${data.outcome.document}）` : ''}`],
    // Whom the notice is about, then what links here (news items naming it …), one card grid per type.
    links: [{ heading: t('notices.concerns'), cards: [...units.map(unitCard), ...figures.map(figureCard)] }, ...backlinkGroups(site, 'notices', slug)],
    neighbours: neighbours(site.notices, slug, (n) => ({ href: paths.notice(n.slug), title: n.data.title })),
    label: t('notices.title'),
  };
}
