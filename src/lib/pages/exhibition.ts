/** View models of an exhibition's page (sections with photos) and a photo's page. */
import { t } from '../../i18n/index.ts';
import type { Photo, SiteModel } from '../model.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';

/**
 * The one credit line of a photo: photographer and license. Where the file came from is said
 * once, on the credits page (src/lib/pages/credits.ts), not under every photo.
 */
export function photoCredit(photo: Pick<Photo, 'photographer' | 'license'>): string {
  return t('photo.credit', { who: photo.photographer, license: photo.license });
}

export function exhibitionView(site: SiteModel, slug: string, siteUrl: string) {
  const exhibition = site.index.exhibitions.get(slug);
  if (!exhibition) throw new Error(`没有展览 ${slug}`);
  const photos = site.index.photosOf.get(slug) ?? [];
  const data = exhibition.data;
  return {
    /** What links here (news items naming it …), one card grid per type. */
    backlinks: backlinkGroups(site, 'exhibitions', slug),
    exhibition,
    path: paths.exhibition(slug),
    crumbs: breadcrumbs({ label: t('exhibitions.title'), href: 'exhibitions/' }, { label: data.title }),
    neighbours: neighbours(site.exhibitions, slug, (e) => ({ href: paths.exhibition(e.slug), title: e.data.title })),
    sections: data.sections.map((section) => ({ ...section, photos: photos.filter((photo) => photo.section === section.id) })),
    jsonLd: {
      '@type': 'ImageGallery',
      name: data.title,
      description: data.summary,
      about: { '@type': 'ExhibitionEvent', name: data.title, startDate: data.opens, endDate: data.closes, location: { '@type': 'Place', name: data.venue }, organizer: { '@type': 'Organization', name: data.organizer } },
      image: photos.map((photo) => ({ '@type': 'Photograph', name: photo.title, url: absoluteUrl(paths.photo(slug, photo.id), siteUrl), creator: { '@type': 'Person', name: photo.photographer }, license: photo.license })),
    },
  };
}

export function photoView(site: SiteModel, exhibitionSlug: string, id: string, siteUrl: string) {
  const photos = site.index.photosOf.get(exhibitionSlug) ?? [];
  const index = photos.findIndex((photo) => photo.id === id);
  const photo = photos[index];
  const exhibition = site.index.exhibitions.get(exhibitionSlug);
  if (!photo || !exhibition) throw new Error(`没有图片 ${exhibitionSlug}/${id}`);
  const link = (p: (typeof photos)[number] | undefined) => p && { href: paths.photo(exhibitionSlug, p.id), title: p.title };
  return {
    photo,
    exhibition,
    position: { index: index + 1, total: photos.length },
    crumbs: breadcrumbs({ label: t('exhibitions.title'), href: 'exhibitions/' }, { label: exhibition.data.title, href: paths.exhibition(exhibitionSlug) }, { label: photo.title }),
    credit: photoCredit(photo),
    previous: link(photos[index - 1]),
    next: link(photos[index + 1]),
    section: exhibition.data.sections.find((section) => section.id === photo.section),
    units: site.index.units.pick(photo.units),
    figures: site.index.figures.pick(photo.figures),
    path: paths.photo(exhibitionSlug, id),
    jsonLd: {
      '@type': 'Photograph',
      name: photo.title,
      description: photo.caption,
      creator: { '@type': 'Person', name: photo.photographer },
      creditText: photo.photographer,
      license: photo.license,
      ...(photo.date ? { dateCreated: photo.date } : {}),
      ...(photo.place ? { contentLocation: { '@type': 'Place', name: photo.place } } : {}),
      isPartOf: { '@type': 'ImageGallery', name: exhibition.data.title, url: absoluteUrl(paths.exhibition(exhibitionSlug), siteUrl) },
    },
  };
}
