/**
 * Lists at city scale are cut into pages of PAGE_SIZE entries: the first at the list's own path
 * (`units/`), the others below it (`units/page/2/`). Every page links to its neighbours and to
 * a window of page numbers with the first and the last, so each page is reachable without
 * JavaScript in a few steps. Pure: tested in tests/browse/pagination.test.ts.
 */

/** Entries per list page: about 1 KB of HTML each, so a page stays far below 100 KB gzipped. */
export const PAGE_SIZE = 24;

/** The path of page `page` (1-based) of the list at `base` (e.g. `units/`). */
export const pagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}page/${page}/`);

export const pageCount = (total: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The entries on page `page` (1-based). */
export const pageItems = <T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] => items.slice((page - 1) * size, page * size);

export type PageLink = { page: number; href: string; current: boolean } | { gap: true };

export interface PaginationView {
  page: number;
  pages: number;
  previous?: string | undefined;
  next?: string | undefined;
  /** Page numbers to show: the first, the last, and `around` on each side of the current one, gaps between. */
  links: PageLink[];
}

export function pagination(base: string, page: number, pages: number, around = 2): PaginationView {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    if (before !== undefined && n - before > 1) {
      // A gap of one page is shown as that page: a link is as short as the ellipsis.
      if (n - before === 2) links.push({ page: n - 1, href: pagePath(base, n - 1), current: false });
      else links.push({ gap: true });
    }
    links.push({ page: n, href: pagePath(base, n), current: n === page });
  });
  return {
    page,
    pages,
    previous: page > 1 ? pagePath(base, page - 1) : undefined,
    next: page < pages ? pagePath(base, page + 1) : undefined,
    links,
  };
}
