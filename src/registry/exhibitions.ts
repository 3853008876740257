/**
 * 图片展: photo exhibitions, one folder each (content/exhibitions/<slug>/index.md) with its photos
 * beside it, the photo list optionally in photos.csv (src/lib/photo-list-loader.ts). Each photo
 * has a page of its own and holds the links to the units and figures it shows.
 */
import { t } from '../i18n/index.ts';
import { formatDayRange } from '../lib/dates.ts';
import { prepareExhibitions, type Entry, type Photo } from '../lib/model.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { withPhotoList } from '../lib/photo-list-loader.ts';
import { searchMeta, searchNames } from '../lib/search-meta.ts';
import { sectionList } from '../lib/pages/lists.ts';
import { paths } from '../lib/urls.ts';
import { exhibitionCard, photoCard } from '../lib/views.ts';
import { listCard, locator, page, withImage } from '../og/card-parts.ts';
import { exhibitionSchema, type ExhibitionData } from '../schemas/exhibitions.ts';
import { newExhibition } from '../../scripts/lib/scaffold.ts';
import type { PublishedType } from './types.ts';

const fixed = (label: string) => () => label;

export const exhibitions: PublishedType<'exhibitions', ExhibitionData, Entry<ExhibitionData>> = {
  name: 'exhibitions',
  singular: 'exhibition',
  noun: '图片展',
  label: 'exhibitions.title',
  files: { layout: 'folder', loader: withPhotoList },
  schema: exhibitionSchema,
  settings: null,
  scaffold: { words: ['exhibition', '图片展', '展览'], template: newExhibition, links: {}, folders: ['photos'] },
  events: [{ path: 'photos.*.date', kind: 'day', label: fixed('拍摄日期') }],
  checks: null,
  site: {
    model: prepareExhibitions,
    path: paths.exhibition,
    card: exhibitionCard,
    // The photos hold the links, and are what the linked pages show.
    backlinks: { heading: () => t('units.links.photos'), holders: { at: ['photos', '*'], of: (site) => site.photos }, card: (photo: Photo) => photoCard(photo) },
    share: (site, { siteName }) => {
      const bySlug = new Map(site.exhibitions.map((exhibition) => [exhibition.slug, exhibition]));
      return [
        listCard('exhibitions/', siteName, t('exhibitions.title'), [t('exhibitions.photoCount', { n: site.photos.length }), t('exhibitions.description')]),
        ...site.exhibitions.map((exhibition) => {
          const { data } = exhibition;
          const first = data.photos[0];
          return withImage({
            path: page(paths.exhibition(exhibition.slug)),
            kind: 'exhibition',
            label: t('exhibitions.title'),
            title: data.title,
            lines: [...(data.subtitle ? [data.subtitle] : []), `${formatDayRange(data.opens, data.closes)} · ${data.venue}`].slice(0, 2),
          }, first && locator(exhibition, ['photos', 0, 'file'], first.file, 'side'));
        }),
        ...site.photos.flatMap((photo) => {
          const exhibition = bySlug.get(photo.exhibition);
          if (!exhibition) return [];
          return [withImage({
            path: page(paths.photo(photo.exhibition, photo.id)),
            kind: 'photo',
            label: t('exhibitions.title'),
            title: photo.title,
            lines: [`${exhibition.data.title} · ${t('photo.photographer')}：${photo.photographer}`],
          }, locator(exhibition, ['photos', photo.index, 'file'], photo.file, 'photo'))];
        }),
      ];
    },
    search: {
      types: ['展览', '图片'],
      metas: (site) => {
        const bySlug = new Map(site.exhibitions.map((exhibition) => [exhibition.slug, exhibition]));
        return [...site.exhibitions.map(searchMeta.exhibition), ...site.photos.map((photo) => searchMeta.photo(photo, bySlug.get(photo.exhibition)!))];
      },
      names: searchNames.exhibition,
    },
    feed: (site) =>
      site.exhibitions.map((exhibition) => ({
        title: exhibition.data.title,
        path: paths.exhibition(exhibition.slug),
        date: exhibition.data.opens,
        description: exhibition.data.summary,
        category: t('feed.category.exhibition'),
      })),
    openData: null,
    lists: (site) => [
      sectionList('exhibitions', 'exhibition', {
                entries: site.exhibitions,
        card: exhibitionCard,
        count: t('exhibitions.count', { n: site.exhibitions.length }),
      }),
    ],
    home: {
      rank: 50,
      section: (site) => ({
        id: 'exhibitions',
        heading: t('exhibitions.title'),
        cards: site.exhibitions.slice(0, HOME_SECTION_SIZE).map(exhibitionCard),
        more: { href: 'exhibitions/', label: t('home.more.exhibitions', { n: site.exhibitions.length }) },
      }),
    },
    // Photos are credited one by one on the credits page, under their exhibition.
    picture: null,
  },
};

