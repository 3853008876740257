/**
 * The credits page: every picture the site shows that is not the office's own, each once, with
 * its photographer, licence and source. Photos say this in one short credit line; the full
 * record is here.
 */
import type { ImageMetadata } from 'astro';
import { t } from '../../i18n/index.ts';
import type { SiteModel } from '../model.ts';
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

/** Covers and portraits with a credit, by the entry that shows them. */
function pictureCredits(site: SiteModel): CreditLine[] {
  const line = (id: string, title: string, href: string, image: { src: ImageMetadata; credit?: string | undefined } | undefined) =>
    image?.credit ? [{ id, title, href, credit: image.credit }] : [];
  return [
    ...site.units.flatMap((unit) => line(`unit-${unit.slug}`, unit.data.name, paths.unit(unit.slug), unit.data.cover)),
    ...site.figures.flatMap((figure) => line(`figure-${figure.slug}`, figure.data.name, paths.figure(figure.slug), figure.data.portrait)),
    ...site.lectures.flatMap((lecture) => line(`lecture-${lecture.slug}`, lecture.data.title, paths.lecture(lecture.slug), lecture.data.cover)),
  ];
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
