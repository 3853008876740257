/** View model of a figure's page. */
import { t } from '../../i18n/index.ts';
import { noticeBanners } from '../banner.ts';
import { linksToFigure, refSlug, type SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import type { FigureData } from '../../schemas/figures.ts';
import type { Entry } from '../model.ts';
import { figureCard, figureFallback, lectureCard, noticeCard, photoCard } from '../views.ts';
import { figureOrder } from './lists.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';

const categoryOf = (figure: Entry<FigureData>) => figure.data.category;

export function figureView(site: SiteModel, slug: string) {
  const figure = site.index.figures.get(slug);
  if (!figure) throw new Error(`没有人物 ${slug}`);
  const unit = figure.data.unit ? site.index.units.get(refSlug(figure.data.unit)) : undefined;
  const links = linksToFigure(site, slug);
  const data = figure.data;
  const order = figureOrder(site);
  return {
    figure,
    unit,
    path: paths.figure(slug),
    crumbs: breadcrumbs({ label: t('figures.title'), href: 'figures/' }, { label: data.name }),
    neighbours: neighbours(order, slug, (f) => ({ href: paths.figure(f.slug), title: f.data.name })),
    fallback: figureFallback(figure),
    banners: noticeBanners(site, { figure: slug }),
    links: [
      { heading: t('lectures.title'), cards: links.lectures.map((lecture) => lectureCard(lecture, site.today)) },
      { heading: t('units.links.photos'), cards: links.photos.map(photoCard) },
      { heading: t('units.links.notices'), cards: links.notices.map(noticeCard) },
      { heading: t('figures.related', { category: data.category }), cards: related(order, categoryOf, figure).map(figureCard) },
    ].filter((group) => group.cards.length > 0),
    jsonLd: {
      '@type': data.group ? 'Organization' : 'Person',
      name: data.name,
      description: data.summary,
      ...(data.occupation ? { jobTitle: data.occupation } : {}),
      ...(unit ? { [data.group ? 'parentOrganization' : 'affiliation']: { '@type': 'Organization', name: unit.data.name } } : {}),
      award: data.honors.map((honor) => `${honor.year}年${honor.title}（${honor.term}）`),
    },
  };
}
