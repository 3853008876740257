/**
 * What each page's share image shows, decided once from the site model: the site's own pages
 * here, every content type's pages by its descriptor (`site.share` in src/registry/), each card
 * with a type label, the title, one or two lines and the picture where the page has one. Pure: it
 * takes the model and the settings and returns cards, one per page.
 */
import { t } from '../i18n/index.ts';
import type { SiteModel } from '../lib/model.ts';
import { publishedTypes } from '../registry/index.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import { cardAlt, type DrawnCard } from './card-parts.ts';
import type { Card } from './types.ts';

export { cardAlt, honorLine } from './card-parts.ts';

export function buildCards(site: SiteModel, settings: Pick<SiteSettings, 'siteName' | 'officeName' | 'tagline'>): Card[] {
  const cards: Card[] = [];
  const add = (card: DrawnCard) => cards.push({ ...card, alt: cardAlt(card, settings.siteName) });

  add({ path: '/', kind: 'home', label: settings.officeName, title: settings.siteName, lines: settings.tagline ? [settings.tagline] : [] });
  add({ path: '/404.html', kind: '404', label: settings.siteName, title: t('404.title'), lines: [t('404.text')] });
  add({ path: '/search/', kind: 'search', label: settings.siteName, title: t('search.title'), lines: [] });
  add({ path: '/credits/', kind: 'list', label: settings.siteName, title: t('credits.title'), lines: [t('credits.description')] });
  add({
    path: '/stats/',
    kind: 'stats',
    label: t('stats.title'),
    title: t('home.numbers'),
    lines: [`${t('home.numbers.units')} ${site.units.length} · ${t('home.numbers.figures')} ${site.figures.length} · ${t('home.numbers.lectures')} ${site.lectures.length}`],
  });
  for (const type of publishedTypes()) type.site.share(site, settings).forEach(add);
  return cards;
}
