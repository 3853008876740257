/**
 * What each page tells the search index: its type label, filter values, sort key, the date and
 * thumbnail shown in results, and words to find it by that its visible text lacks. Pagefind
 * reads them from the hidden elements src/components/SearchIndexData.astro renders.
 *
 * Filter names are shared with the search page (src/scripts/search.js reads the same names
 * from the index): type, level, year, category, region, status.
 */
import type { Entry, Photo, Notice, Unit } from './model.ts';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import { FIGURE_CATEGORIES } from '../schemas/figures.ts';
import { LEVELS } from '../schemas/shared.ts';
import { formatDay } from './dates.ts';
import { HONOR_STATUSES } from './honor-status.ts';

/** The search result types, in the order the search page offers them. */
export const SEARCH_TYPES = ['单位', '人物', '讲坛', '展览', '图片', '公示'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * The search page's filters, each with the values it offers in their natural order. Years and
 * regions are open-ended: the search page adds them from the index, as it drops listed values
 * no page carries.
 */
export const SEARCH_FILTERS = [
  { name: 'type', values: SEARCH_TYPES },
  { name: 'level', values: LEVELS },
  { name: 'year', values: [] },
  { name: 'category', values: FIGURE_CATEGORIES },
  { name: 'region', values: [] },
  { name: 'status', values: HONOR_STATUSES },
] as const satisfies readonly { name: string; values: readonly string[] }[];
export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

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
   * Words to find the page by, weighted like its title: a unit's former names must find the
   * unit first, not pages that merely mention them. (Titles need no marker: every page's
   * title is its h1, which Pagefind weights 7, above body text at 1.)
   */
  keywords?: string[];
}

const unique = (values: (string | number)[]): string[] => [...new Set(values.map(String))];

export const searchMeta = {
  unit: (unit: Unit): SearchMeta => {
    const date = unit.honors.map((h) => h.history[0]!.date).sort().at(-1) ?? '';
    return {
      type: '单位',
      filters: {
        level: unique(unit.honors.map((h) => h.level)),
        year: unique(unit.honors.map((h) => h.year)),
        region: unit.data.region.slice(0, 2),
        status: unique(unit.honors.flatMap((h) => (h.current ? [h.current.status] : []))),
      },
      date,
      dateLabel: date && formatDay(date),
      image: unit.data.cover,
      keywords: unit.data.formerNames.map((former) => former.name),
    };
  },
  figure: (figure: Entry<FigureData>): SearchMeta => {
    const year = Math.max(...figure.data.honors.map((h) => h.year));
    return {
      type: '人物',
      filters: {
        category: [figure.data.category],
        level: unique(figure.data.honors.map((h) => h.level)),
        year: unique(figure.data.honors.map((h) => h.year)),
        region: figure.data.region.slice(0, 2),
      },
      // Honors carry a year only; the last day of it sorts the figure after that year's dated entries.
      date: `${year}-12-31`,
      dateLabel: `${year}年`,
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
