/** View models of an exhibition's page (sections with photos; laid out by EntryPage) and a photo's page. */
import { t } from '../../i18n/index.ts';
import type { Photo, SiteModel } from '../model.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';
import type { ExhibitionData } from '../../schemas/exhibitions.ts';
import { inlineDay, type EntryView } from './types.ts';

/**
 * The one credit line of a photo: photographer and license. Where the file came from is said
 * once, on the credits page (src/lib/pages/credits.ts), not under every photo.
 */
export function photoCredit(photo: Pick<Photo, 'photographer' | 'license'>): string {
  return t('photo.credit', { who: photo.photographer, license: photo.license });
}

export interface ExhibitionView extends EntryView {
  /** The exhibition's slug, for the photo pages' addresses, and its sections with their photos, for the gallery. */
  slug: string;
  sections: (ExhibitionData['sections'][number] & { photos: Photo[] })[];
}

export function exhibitionView(site: SiteModel, slug: string, siteUrl: string): ExhibitionView {
  const exhibition = site.index.exhibitions.get(slug);
  if (!exhibition) throw new Error(`没有展览 ${slug}`);
  const photos = site.index.photosOf.get(slug) ?? [];
  const data = exhibition.data;
  return {
    path: paths.exhibition(slug),
    title: data.title,
    description: data.summary,
    jsonLd: {
      '@type': 'ImageGallery',
      name: data.title,
      description: data.summary,
      about: { '@type': 'ExhibitionEvent', name: data.title, startDate: data.opens, endDate: data.closes, location: { '@type': 'Place', name: data.venue }, organizer: { '@type': 'Organization', name: data.organizer } },
      image: photos.map((photo) => ({ '@type': 'Photograph', name: photo.title, url: absoluteUrl(paths.photo(slug, photo.id), siteUrl), creator: { '@type': 'Person', name: photo.photographer }, license: photo.license })),
    },
    crumbs: breadcrumbs({ label: t('exhibitions.title'), href: 'exhibitions/' }, { label: data.title }),
    head: { layout: 'plain', title: data.title, lead: data.subtitle },
    facts: [
      { label: t('exhibitions.dates'), value: [inlineDay(data.opens), '至', inlineDay(data.closes)] },
      { label: t('exhibitions.venue'), value: [data.venue] },
      { label: t('exhibitions.organizer'), value: [data.organizer] },
      ...(data.visitors === undefined ? [] : [{ label: t('exhibitions.visitors'), value: [data.visitors.toLocaleString('zh-CN')] }]),
    ],
    body: {},
    slug,
    sections: data.sections.map((section) => ({ ...section, photos: photos.filter((photo) => photo.section === section.id) })),
    /** What links here (news items naming it …), one card grid per type. */
    links: backlinkGroups(site, 'exhibitions', slug),
    neighbours: neighbours(site.exhibitions, slug, (e) => ({ href: paths.exhibition(e.slug), title: e.data.title })),
    label: t('exhibitions.title'),
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
