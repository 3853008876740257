/**
 * The credits page: every picture the site shows that is not the office's own, each once, with
 * its photographer, licence and source. Photos say this in one short credit line; the full
 * record is here.
 */
import { t } from '../../i18n/index.ts';
import type { Entry, SiteModel } from '../model.ts';
import { publishedTypes } from '../../registry/index.ts';
import { paths } from '../urls.ts';
import { photoCredit } from './exhibition.ts';
import { breadcrumbs } from './wayfinding.ts';

export interface CreditLine {
  /** Anchor on the credits page, linked from the photo's own credit line. */
  id: string;
  title: string;
  href: string;
  credit: string;
  source?: string | undefined;
}

/** Covers and portraits with a credit, by the entry that shows them, type by type (`site.picture` in src/registry/). */
function pictureCredits(site: SiteModel): CreditLine[] {
  return publishedTypes().flatMap((type) => {
    const picture = type.site.picture;
    if (!picture) return [];
    return (site[type.name] as readonly Entry<unknown>[]).flatMap((item) => {
      const { title, image } = picture(item as never);
      return image?.credit ? [{ id: `${type.singular}-${item.slug}`, title, href: type.site.path(item.slug), credit: image.credit }] : [];
    });
  });
}

export function creditsView(site: SiteModel) {
  return {
    path: 'credits/',
    crumbs: breadcrumbs({ label: t('credits.title') }),
    exhibitions: site.exhibitions.map((exhibition) => ({
      title: exhibition.data.title,
      href: paths.exhibition(exhibition.slug),
      photos: (site.index.photosOf.get(exhibition.slug) ?? []).map((photo) => ({
        id: `${exhibition.slug}-${photo.id}`,
        title: photo.title,
        href: paths.photo(exhibition.slug, photo.id),
        credit: photoCredit(photo),
        source: photo.source,
      })),
    })),
    pictures: pictureCredits(site),
  };
}
