/**
 * What each page tells the search index: its type label, filter values and sort keys.
 * Pagefind reads them from hidden elements the layout renders (data-pagefind-filter / -sort).
 */
import type { Entry, Photo, Notice, Unit } from './model.ts';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';

export interface SearchMeta {
  /** 单位, 人物, 讲坛, 展览, 图片 or 公示. */
  type: string;
  filters: Record<string, string[]>;
  /** Sort keys, e.g. { date: '2009-12-28' }. */
  sort: Record<string, string>;
  /** Extra words to find the page by that are not in its visible text (former names). */
  keywords?: string[];
}

export const searchMeta = {
  unit: (unit: Unit): SearchMeta => ({
    type: '单位',
    filters: {
      level: [...new Set(unit.honors.map((h) => h.level))],
      year: [...new Set(unit.honors.map((h) => String(h.year)))],
      region: unit.data.region.slice(0, 2),
      status: [...new Set(unit.honors.flatMap((h) => (h.current ? [h.current.status] : [])))],
    },
    sort: { date: unit.honors.map((h) => h.history[0]!.date).sort().at(-1) ?? '' },
    keywords: unit.data.formerNames.map((former) => former.name),
  }),
  figure: (figure: Entry<FigureData>): SearchMeta => ({
    type: '人物',
    filters: {
      category: [figure.data.category],
      level: [...new Set(figure.data.honors.map((h) => h.level))],
      year: [...new Set(figure.data.honors.map((h) => String(h.year)))],
      region: figure.data.region.slice(0, 2),
    },
    sort: { date: `${Math.max(...figure.data.honors.map((h) => h.year))}-12-31` },
  }),
  lecture: (lecture: Entry<LectureData>): SearchMeta => ({
    type: '讲坛',
    filters: { year: [lecture.data.date.slice(0, 4)] },
    sort: { date: lecture.data.date },
  }),
  exhibition: (exhibition: Entry<ExhibitionData>): SearchMeta => ({
    type: '展览',
    filters: { year: [exhibition.data.opens.slice(0, 4)] },
    sort: { date: exhibition.data.opens },
  }),
  photo: (photo: Photo, exhibition: Entry<ExhibitionData>): SearchMeta => ({
    type: '图片',
    filters: { year: [(photo.date ?? exhibition.data.opens).slice(0, 4)] },
    sort: { date: photo.date ?? exhibition.data.opens },
  }),
  notice: (notice: Notice): SearchMeta => ({
    type: '公示',
    filters: { year: [notice.data.published.slice(0, 4)] },
    sort: { date: notice.data.published },
  }),
};
