/**
 * One section of the home page: a heading, a few cards, a link to the rest. Each content type
 * that has one says how it is made (`site.home` in src/registry/); src/lib/pages/home.ts puts
 * them in order.
 */
import type { CardView } from '../views.ts';

/** How many cards each section of the home page shows. */
export const HOME_SECTION_SIZE = 4;

export interface HomeSection {
  /** ASCII id, used for the heading's anchor. */
  id: string;
  heading: string;
  cards: CardView[];
  more: { href: string; label: string };
}
