/**
 * The numbers of the statistics page, derived from the site model: named honors by level and
 * year, status changes by kind and year, figures by category. Charts and tables both read
 * these, so the picture and the table can never disagree.
 */
import { FIGURE_CATEGORIES } from '../schemas/figures.ts';
import { LEVELS } from '../schemas/shared.ts';
import { HONOR_STATUSES } from './honor-status.ts';
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
  const honors = site.units.flatMap((unit) => unit.honors);
  const years = [...new Set(honors.map((honor) => String(honor.year)))].sort();
  const levels = only(LEVELS, honors.map((honor) => honor.level));
  /** Honors named, by year (rows) and level (columns). */
  const namedByYearAndLevel = table(years, levels, honors.map((honor) => [String(honor.year), honor.level]));

  const changes = honors.flatMap((honor) => honor.history);
  const statuses = only(HONOR_STATUSES, changes.map((change) => change.status));
  const changeYears = [...new Set(changes.map((change) => change.date.slice(0, 4)))].sort();
  /** Status changes, by year of the change (rows) and kind (columns). */
  const changesByYearAndStatus = table(changeYears, statuses, changes.map((change) => [change.date.slice(0, 4), change.status]));

  const categories = [...FIGURE_CATEGORIES];
  const figuresByCategory: Count[] = categories.map((category) => ({
    label: category,
    value: site.figures.filter((figure) => figure.data.category === category).length,
  }));

  const column = (t: CountTable): Count[] => t.columns.map((label, i) => ({ label, value: t.columnTotals[i]! }));
  const row = (t: CountTable): Count[] => t.rows.map((label, i) => ({ label, value: t.rowTotals[i]! }));
  return {
    unitCount: site.units.length,
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

/** Whether a unit holds a title today: one of its honors is in effect and not ended. */
export const holdsTitle = (unit: Pick<Unit, 'honors'>): boolean =>
  unit.honors.some((honor) => honor.current !== undefined && honor.current.standing !== 'ended');

/**
 * The headline counts, said once for the home page, the lists' headings and the statistics page,
 * so a number means the same wherever it is printed: what is held or happening on `site.today`
 * next to what was ever named or held.
 */
export function siteCounts(site: Pick<SiteModel, 'today' | 'units' | 'figures' | 'lectures' | 'exhibitions' | 'notices'>) {
  const lecturesHeld = site.lectures.filter((lecture) => lecture.data.date <= site.today).length;
  return {
    units: { named: site.units.length, held: site.units.filter(holdsTitle).length },
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
