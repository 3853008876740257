/**
 * Names compared the way people mean them: full-width and half-width forms are the same
 * (NFKC: （）→ (), Ａ → A, the ideographic space → space), spaces do not count, Latin letters
 * ignore case.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
