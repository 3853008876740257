/**
 * What each page tells the search index: its type label, filter values, sort key, the date and
 * thumbnail shown in results, and words to find it by that its visible text lacks. Pagefind
 * reads them from the hidden elements src/components/SearchIndexData.astro renders.
 *
 * Each content type says which of these make its pages' metadata (`site.search` in
 * src/registry/); the search page's filters are made from them in src/lib/search-filters.ts.
 */
import type { Entry, Figure, Photo, Notice, Unit } from './model.ts';
import type { SearchFilterName, SearchType } from './search-filters.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import { formatDay } from './dates.ts';
import { statusFilterValue } from './filters.ts';
import { formatPartialDate } from './honors/partial-dates.ts';
import { paths } from './urls.ts';

export interface SearchMeta {
  type: SearchType;
  filters: Partial<Record<Exclude<SearchFilterName, 'type'>, string[]>>;
  /** The ISO day results are sorted by ("sort by date"), e.g. `2009-12-28`. */
  date: string;
  /** The same day as readers see it in a result, e.g. `2009年12月28日` or `2014年`. */
  dateLabel: string;
  /** The result thumbnail; without one Pagefind takes the page's first image, if any. */
  image?: { src: ImageMetadata; alt: string } | undefined;
  /**
   * Other names of the page's entity, weighted like its title: a unit's short and former names
   * must find the unit first, not pages that merely mention them. (Titles need no marker:
   * every page's title is its h1, which Pagefind weights 7, above body text at 1.)
   */
  keywords?: string[];
}

const unique = (values: (string | number)[]): string[] => [...new Set(values.map(String))];

export const searchMeta = {
  unit: (unit: Unit): SearchMeta => {
    // The latest naming in effect; an imprecise one is shown as written (2008年).
    const latest = unit.honors.filter((h) => h.named && h.standing !== 'announced').sort((a, b) => a.named.localeCompare(b.named)).at(-1);
    const written = latest?.history[0]?.date;
    return {
      type: '单位',
      filters: {
        level: unique(unit.honors.map((h) => h.level)),
        year: unique(unit.honors.filter((h) => h.year > 0).map((h) => h.year)),
        region: unit.data.region.slice(0, 2),
        status: unique(unit.honors.map(statusFilterValue)),
      },
      date: latest?.named ?? '',
      dateLabel: latest ? (written ? formatPartialDate(written) : `${latest.year}年`) : '',
      image: unit.data.cover,
      keywords: [...(unit.data.shortName ? [unit.data.shortName] : []), ...unit.data.formerNames.map((former) => former.name)],
    };
  },
  figure: (figure: Figure): SearchMeta => {
    const latest = [...figure.honors].sort((a, b) => a.named.localeCompare(b.named)).at(-1);
    return {
      type: '人物',
      filters: {
        category: [figure.data.category],
        level: unique(figure.honors.map((h) => h.level)),
        year: unique(figure.honors.map((h) => h.year)),
        region: figure.data.region.slice(0, 2),
      },
      // An honor known by its year or month sorts at the last day of it, after that period's dated entries.
      date: latest?.named ?? '',
      dateLabel: latest ? formatPartialDate(latest.date) : '',
      image: figure.data.portrait,
    };
  },
  lecture: (lecture: Entry<LectureData>): SearchMeta => dated('讲坛', lecture.data.date, lecture.data.cover),
  exhibition: (exhibition: Entry<ExhibitionData>): SearchMeta => {
    const cover = exhibition.data.photos[0];
    return dated('展览', exhibition.data.opens, cover && { src: cover.file as ImageMetadata, alt: cover.alt });
  },
  photo: (photo: Photo, exhibition: Entry<ExhibitionData>): SearchMeta =>
    dated('图片', photo.date ?? exhibition.data.opens, { src: photo.file as ImageMetadata, alt: photo.alt }),
  notice: (notice: Notice): SearchMeta => dated('公示', notice.data.published),
};

/** Entries that have one date of their own: filtered by its year, sorted by it. */
function dated(type: SearchType, date: string, image?: SearchMeta['image']): SearchMeta {
  return { type, filters: { year: [date.slice(0, 4)] }, date, dateLabel: formatDay(date), image };
}

/**
 * A name the site shows, as the name index (src/lib/search-names.ts) needs it: every one of
 * them is made findable inside sentences and by pinyin; the entities' own names and aliases are
 * also suggested by the header search box and lead to the entity's page.
 */
export interface NameRecord {
  name: string;
  /** Read with surname readings (单 shàn, 解 xiè, 曾 zēng …). */
  person: boolean;
  /** The entity's page below the base (`units/foo/`), for names that have one. */
  path?: string | undefined;
  /** What the suggestion says the name is. */
  kind?: NameKind | undefined;
  /** For an alias (former name, short name, member of a group): the entity's current name. */
  target?: string | undefined;
}

/** unit, figure, alias of a unit or figure. */
export type NameKind = 'unit' | 'figure' | 'alias';

const other = (name: string | undefined, person = false): NameRecord[] => (name ? [{ name, person }] : []);

export const searchNames = {
  unit: (unit: Unit): NameRecord[] => {
    const path = paths.unit(unit.slug);
    const alias = (name: string): NameRecord => ({ name, person: false, path, kind: 'alias', target: unit.data.name });
    return [
      { name: unit.data.name, person: false, path, kind: 'unit' },
      ...(unit.data.shortName ? [alias(unit.data.shortName)] : []),
      ...unit.data.formerNames.map((former) => alias(former.name)),
      ...unit.data.region.flatMap((region) => other(region)),
      ...unit.honors.flatMap((honor) => other(honor.body.data.name)),
    ];
  },
  figure: (figure: Figure): NameRecord[] => {
    const path = paths.figure(figure.slug);
    return [
      // A group's name (「赵德顺、刘桂兰夫妇」) is not one person's.
      { name: figure.data.name, person: !figure.data.group, path, kind: 'figure' },
      ...figure.data.members.map((member): NameRecord => ({ name: member, person: true, path, kind: 'alias', target: figure.data.name })),
      ...figure.data.region.flatMap((region) => other(region)),
      ...figure.honors.flatMap((honor) => other(honor.body.data.name)),
    ];
  },
  lecture: (lecture: Entry<LectureData>): NameRecord[] => [
    ...lecture.data.speakers.flatMap((speaker) => [...other(speaker.name, true), ...other(speaker.affiliation)]),
    ...other(lecture.data.venue),
    ...other(lecture.data.series),
  ],
  exhibition: (exhibition: Entry<ExhibitionData>): NameRecord[] => [
    ...other(exhibition.data.organizer),
    ...other(exhibition.data.venue),
    ...exhibition.data.photos.flatMap((photo) => [...other(photo.photographer, true), ...other(photo.place)]),
  ],
};
