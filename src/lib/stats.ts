/**
 * The numbers of the statistics page, derived from the site model: units holding a title today
 * by the highest level they hold (each unit once), named honors by level and year, status changes
 * (written and derived) by kind and year, figures by category. Charts and tables both read these,
 * so the picture and the table can never disagree.
 */
import { BODY_LEVELS } from '../schemas/bodies.ts';
import { FIGURE_CATEGORIES } from '../schemas/figures.ts';
import { everNamed, holdsTitleToday, unitsByHighestLevel } from './honors/ranking.ts';
import { DISPLAY_STATUSES } from './honors/statuses.ts';
import type { SiteModel, Unit } from './model.ts';

export interface Count {
  label: string;
  value: number;
}

/** A table of counts: one row per `rows` label, one column per `columns` label. */
export interface CountTable {
  rows: string[];
  columns: string[];
  /** cells[row][column] */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

function table(rows: string[], columns: string[], pairs: [string, string][]): CountTable {
  const cells = rows.map(() => columns.map(() => 0));
  for (const [row, column] of pairs) cells[rows.indexOf(row)]![columns.indexOf(column)]! += 1;
  const rowTotals = cells.map((cells) => cells.reduce((sum, n) => sum + n, 0));
  const columnTotals = columns.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
  return { rows, columns, cells, rowTotals, columnTotals, total: rowTotals.reduce((sum, n) => sum + n, 0) };
}

const only = <T extends string>(order: readonly T[], present: Iterable<string>) => {
  const set = new Set(present);
  return order.filter((value) => set.has(value));
};

export function siteStats(site: Pick<SiteModel, 'units' | 'figures'>) {
  const honors = site.units.flatMap((unit) => unit.honors).filter((honor) => honor.standing !== 'announced' && honor.year > 0);
  const years = [...new Set(honors.map((honor) => String(honor.year)))].sort();
  const levels = only(BODY_LEVELS, honors.map((honor) => honor.level));
  /** Honors named, by year (rows) and level (columns). */
  const namedByYearAndLevel = table(years, levels, honors.map((honor) => [String(honor.year), honor.level]));

  // Every decision written (dated up to today) and every end the site derived (届满终止, 升格).
  const changes = honors.flatMap((honor) => [
    ...honor.history.filter((change, index) => change.date && !honor.current?.announced.includes(index)).map((change) => ({ status: change.status, year: change.date!.slice(0, 4) })),
    ...(honor.current?.derived ? [{ status: honor.current.status, year: honor.current.since.slice(0, 4) }] : []),
  ]);
  const statuses = only(DISPLAY_STATUSES, changes.map((change) => change.status));
  const changeYears = [...new Set(changes.map((change) => change.year))].sort();
  /** Status changes, by year of the change (rows) and kind (columns). */
  const changesByYearAndStatus = table(changeYears, statuses, changes.map((change) => [change.year, change.status]));

  const categories = [...FIGURE_CATEGORIES];
  const figuresByCategory: Count[] = categories.map((category) => ({
    label: category,
    value: site.figures.filter((figure) => figure.data.category === category).length,
  }));

  const column = (t: CountTable): Count[] => t.columns.map((label, i) => ({ label, value: t.columnTotals[i]! }));
  const row = (t: CountTable): Count[] => t.rows.map((label, i) => ({ label, value: t.rowTotals[i]! }));
  return {
    unitCount: site.units.length,
    /** Units holding a title today, each once at the highest level it holds (S001's way of counting). */
    heldByLevel: unitsByHighestLevel(site.units),
    honorCount: honors.length,
    namedByYearAndLevel,
    namedByLevel: column(namedByYearAndLevel),
    namedByYear: row(namedByYearAndLevel),
    changesByYearAndStatus,
    changesByStatus: column(changesByYearAndStatus),
    figuresByCategory,
    figureCount: site.figures.length,
  };
}
export type SiteStats = ReturnType<typeof siteStats>;

/** Whether a unit holds a 称号 today (黄牌警告 still holds it; a 表彰 is not a title held). */
export const holdsTitle = (unit: Pick<Unit, 'honors'>): boolean => holdsTitleToday(unit.honors);

/**
 * The headline counts, said once for the home page, the lists' headings and the statistics page,
 * so a number means the same wherever it is printed: what is held or happening on `site.today`
 * next to what was ever named or held.
 */
export function siteCounts(site: Pick<SiteModel, 'today' | 'units' | 'figures' | 'lectures' | 'exhibitions' | 'notices'>) {
  const lecturesHeld = site.lectures.filter((lecture) => lecture.data.date <= site.today).length;
  return {
    units: { named: site.units.filter((unit) => everNamed(unit.honors)).length, held: site.units.filter(holdsTitle).length },
    figures: site.figures.length,
    lectures: { all: site.lectures.length, held: lecturesHeld, upcoming: site.lectures.length - lecturesHeld },
    exhibitions: {
      all: site.exhibitions.length,
      visitors: site.exhibitions.reduce((sum, exhibition) => sum + (exhibition.data.visitors ?? 0), 0),
    },
    notices: { all: site.notices.length, open: site.notices.filter((notice) => notice.state === 'open').length },
  };
}
export type SiteCounts = ReturnType<typeof siteCounts>;
