/** View model of a figure's page. */
import { t } from '../../i18n/index.ts';
import { noticeBanners } from '../banner.ts';
import { refSlug, type SiteModel } from '../model.ts';
import { backlinkGroups } from '../site-model.ts';
import { paths } from '../urls.ts';
import type { FigureData } from '../../schemas/figures.ts';
import type { Entry } from '../model.ts';
import { figureCard, figureFallback } from '../views.ts';
import { figureOrder } from './lists.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';

const categoryOf = (figure: Entry<FigureData>) => figure.data.category;

export function figureView(site: SiteModel, slug: string) {
  const figure = site.index.figures.get(slug);
  if (!figure) throw new Error(`没有人物 ${slug}`);
  const unit = figure.data.unit ? site.index.units.get(refSlug(figure.data.unit)) : undefined;
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
      ...backlinkGroups(site, 'figures', slug),
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
