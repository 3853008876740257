/** View model of a figure's page. */
import { t } from '../../i18n/index.ts';
import { noticeBanners } from '../banner.ts';
import { refSlug, type SiteModel } from '../model.ts';
import { backlinkGroups } from '../site-model.ts';
import { paths } from '../urls.ts';
import { facetText, honorLabel } from '../honors/labels.ts';
import { formatPartialDate } from '../honors/partial-dates.ts';
import type { Figure, FigureHonor } from '../model.ts';
import { figureCard, figureFallback } from '../views.ts';
import { figureOrder } from './lists.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';

const categoryOf = (figure: Figure) => figure.data.category;

/** One honor as the figure's page lists it: label (追授 included), body and facets, date, revocation. */
function figureHonorView(honor: FigureHonor) {
  return {
    label: honorLabel(honor),
    body: honor.body.data.name,
    facets: facetText(honor),
    date: formatPartialDate(honor.date),
    datetime: honor.date,
    fictional: honor.fictional,
    revoked: honor.revoked && { status: honor.revoked.status, date: formatPartialDate(honor.revoked.date), document: honor.revoked.document, note: honor.revoked.note },
  };
}

/** The ladder 身边好人 → 中国好人 → 道德模范提名奖 → 道德模范, each rung with the honors that reach it. */
export function ladderView(figure: Pick<Figure, 'ladder'>) {
  return {
    rungs: figure.ladder.rungs.map((rung) => ({ rung: rung.rung, reached: rung.reached, honors: rung.honors.map(figureHonorView) })),
    others: figure.ladder.others.map(figureHonorView),
    highest: figure.ladder.highest,
  };
}

export function figureView(site: SiteModel, slug: string) {
  const figure = site.index.figures.get(slug);
  if (!figure) throw new Error(`没有人物 ${slug}`);
  const unit = figure.data.unit ? site.index.units.get(refSlug(figure.data.unit)) : undefined;
  const data = figure.data;
  const order = figureOrder(site);
  return {
    figure,
    unit,
    ladder: ladderView(figure),
    path: paths.figure(slug),
    crumbs: breadcrumbs({ label: t('figures.title'), href: 'figures/' }, { label: data.name }),
    neighbours: neighbours(order, slug, (f) => ({ href: paths.figure(f.slug), title: f.data.name })),
    fallback: figureFallback(figure),
    banners: noticeBanners(site, { figure: slug }),
    links: [
      ...backlinkGroups(site, 'figures', slug),
      { heading: t('figures.related', { category: data.category }), cards: related(order, categoryOf, figure).map(figureCard) },
    ].filter((group) => group.cards.length > 0),
    jsonLd: {
      '@type': data.group ? 'Organization' : 'Person',
      name: data.name,
      description: data.summary,
      ...(data.occupation ? { jobTitle: data.occupation } : {}),
      ...(unit ? { [data.group ? 'parentOrganization' : 'affiliation']: { '@type': 'Organization', name: unit.data.name } } : {}),
      award: figure.honors.filter((honor) => !honor.revoked).map((honor) => honorLabel(honor)),
      ...(data.deceased ? { deathDate: data.deceased.date } : {}),
    },
  };
}
