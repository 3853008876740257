/** View models of the figures list and a figure's page. */
import { FIGURE_CATEGORIES } from '../../schemas/figures.ts';
import { t } from '../../i18n/index.ts';
import { noticeBanners } from '../banner.ts';
import { linksToFigure, refSlug, type SiteModel } from '../model.ts';
import { paths } from '../urls.ts';
import { figureCard, lectureCard, newestHonor, noticeCard, photoCard } from '../views.ts';

export function figuresByCategory(site: SiteModel) {
  return FIGURE_CATEGORIES.map((category) => ({
    category,
    cards: site.figures.filter((figure) => figure.data.category === category).map(figureCard),
  })).filter((group) => group.cards.length > 0);
}

/** Figures grouped by the year of their newest honor, newest year first. */
export function figuresByYear(site: SiteModel) {
  const rows = site.figures.map((figure) => ({ figure, honor: newestHonor(figure.data.honors)! }));
  const years = [...new Set(rows.map(({ honor }) => honor.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    figures: rows
      .filter(({ honor }) => honor.year === year)
      .map(({ figure, honor }) => ({ href: paths.figure(figure.slug), name: figure.data.name, honor: honor.title, category: figure.data.category })),
  }));
}

export function figureView(site: SiteModel, slug: string) {
  const figure = site.index.figures.get(slug);
  if (!figure) throw new Error(`没有人物 ${slug}`);
  const unit = figure.data.unit ? site.index.units.get(refSlug(figure.data.unit)) : undefined;
  const links = linksToFigure(site, slug);
  const data = figure.data;
  return {
    figure,
    unit,
    path: paths.figure(slug),
    banners: noticeBanners(site, { figure: slug }),
    links: [
      { heading: t('lectures.title'), cards: links.lectures.map((lecture) => lectureCard(lecture, site.today)) },
      { heading: t('units.links.photos'), cards: links.photos.map(photoCard) },
      { heading: t('units.links.notices'), cards: links.notices.map(noticeCard) },
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
