/**
 * The page grid in numbers, and the `sizes` attributes that follow from it. global.css draws
 * the same grid (its breakpoints carry a comment naming this file): a browser picks an image
 * file from `sizes` before it has laid out the page, so `sizes` must say how wide the picture
 * will be at every width, or phones download a file twice too large (or upscale one too small).
 */

/** The content column's widest extent and its side padding, in rem (1rem = 16px). */
export const WRAP = { max: 75, paddingPhone: 1, paddingWide: 1.5, wideFrom: 56 };
/** Gap between cards and between gallery tiles, in rem. */
export const GRID_GAP = 1.25;

/** How many columns a grid has from a viewport width (rem) up: `[minWidth, columns]`. */
export type Columns = readonly (readonly [number, number])[];

/**
 * Card grids: one column on phones, two from 36rem, three from 56rem, four from 72rem. On phones
 * a card lies on its side, its picture taking CARD_PHONE_SHARE of the width (global.css).
 */
export const CARD_PHONE_SHARE = 0.36;
export const CARD_COLUMNS: Columns = [
  [0, 1],
  [36, 2],
  [56, 3],
  [72, 4],
];
/** Exhibition galleries: two columns on phones, three from 36rem, four from 56rem. */
export const GALLERY_COLUMNS: Columns = [
  [0, 2],
  [36, 3],
  [56, 4],
];

const px = (rem: number) => Math.round(rem * 16);

/** The width of one of `columns` columns, as a CSS length, at viewport widths from `from` rem. */
function columnWidth(columns: number, from: number, fixed: boolean): string {
  const padding = from >= WRAP.wideFrom ? WRAP.paddingWide : WRAP.paddingPhone;
  const gaps = (columns - 1) * GRID_GAP;
  if (fixed) return `${Math.floor((px(WRAP.max) - px(2 * padding) - px(gaps)) / columns)}px`;
  const taken = 2 * padding + gaps;
  return columns === 1 ? `calc(100vw - ${taken}rem)` : `calc((100vw - ${taken}rem) / ${columns})`;
}

/**
 * `sizes` for a picture that fills one column of a grid: a fixed width once the content column
 * has reached its widest, a share of the viewport below.
 * @example gridSizes(CARD_COLUMNS) → "(min-width: 75rem) 273px, (min-width: 72rem) calc((100vw - 6.75rem) / 4), …"
 */
export function gridSizes(columns: Columns, phoneShare = 1): string {
  const widest = columns.at(-1)!;
  const parts = [`(min-width: ${WRAP.max}rem) ${columnWidth(widest[1], WRAP.max, true)}`];
  for (const [from, count] of [...columns].reverse()) {
    if (from > 0) parts.push(`(min-width: ${from}rem) ${columnWidth(count, from, false)}`);
    else if (phoneShare === 1) parts.push(columnWidth(count, 0, false));
    else parts.push(`calc((100vw - ${2 * WRAP.paddingPhone}rem) * ${phoneShare})`);
  }
  return parts.join(', ');
}

/**
 * `sizes` for a picture as wide as `share` of the content column from `from` rem up and as wide
 * as the whole column below (a lead picture beside its text on wide screens, on top of it on phones).
 */
export function shareSizes(share: number, from: number): string {
  const column = (padding: number) => (share === 1 ? `calc(100vw - ${2 * padding}rem)` : `calc((100vw - ${2 * padding}rem) * ${Number(share.toFixed(4))})`);
  const phone = `calc(100vw - ${2 * WRAP.paddingPhone}rem)`;
  const parts = [`(min-width: ${WRAP.max}rem) ${Math.floor((px(WRAP.max) - px(2 * WRAP.paddingWide)) * share)}px`];
  parts.push(`(min-width: ${Math.max(from, WRAP.wideFrom)}rem) ${column(WRAP.paddingWide)}`);
  if (from === 0) parts.push(phone);
  else if (from < WRAP.wideFrom) parts.push(`(min-width: ${from}rem) ${column(WRAP.paddingPhone)}`, phone);
  else parts.push(phone);
  return parts.join(', ');
}

export const CARD_SIZES = gridSizes(CARD_COLUMNS, CARD_PHONE_SHARE);
export const GALLERY_SIZES = gridSizes(GALLERY_COLUMNS);
/** The home page's lead picture: two thirds of the column from 56rem, the full column below. */
export const LEAD_SIZES = shareSizes(2 / 3, 56);
/** A photo page's photo and a detail page's wide cover: the whole content column. */
export const COLUMN_SIZES = shareSizes(1, 0);
/** A figure's portrait on its page: a fixed 20rem from 36rem, the full column below. */
export const PORTRAIT_SIZES = `(min-width: 36rem) 20rem, calc(100vw - ${2 * WRAP.paddingPhone}rem)`;
