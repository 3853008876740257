/**
 * The pieces every share card is made of: the honor line, the picture's locator, the alt text.
 * Each content type's descriptor (src/registry/) builds its cards from them; src/og/cards.ts
 * gathers the cards of the whole site.
 */
import type { Entry, UnitHonor } from '../lib/model.ts';
import type { Card, ImageLocator } from './types.ts';
import { statusWord } from '../lib/honors/labels.ts';

type Honor = Pick<UnitHonor, 'title' | 'term' | 'year'> & { current?: UnitHonor['current']; standing?: UnitHonor['standing']; posthumous?: boolean };

/**
 * The honor as issued and its term: `全国文明单位 · 第五届`; a year where there is no term. Nothing
 * is put before the title. A status other than held follows the title, `区级文明单位（撤销） ·
 * 2013—2014年度`, so that when a narrow card cuts the line it cuts the term, never the word that
 * the honor was revoked or warned.
 */
export function honorLine(honor: Honor): string {
  const ended = honor.standing && honor.standing !== 'held' && honor.standing !== 'awarded' ? `（${statusWord(honor.current)}）` : '';
  return [`${honor.title}${honor.posthumous ? '（追授）' : ''}${ended}`, honor.term ?? `${honor.year}年`].join(' · ');
}

/** The image field of an entry, if the entry has one. `fsPath` is read when Astro provides it. */
export function locator(entry: Pick<Entry<unknown>, 'file'>, field: (string | number)[], meta: unknown, role: ImageLocator['role']): ImageLocator | undefined {
  if (!meta) return undefined;
  const fsPath = (meta as { fsPath?: unknown }).fsPath;
  return { entryFile: entry.file, field, role, ...(typeof fsPath === 'string' ? { fsPath } : {}) };
}

/** A card as a type draws it; the alt text is added from it once, with the site's name. */
export type DrawnCard = Omit<Card, 'alt'>;

export const withImage = (card: DrawnCard, image: ImageLocator | undefined): DrawnCard => (image ? { ...card, image } : card);

/**
 * The alt text says what the image shows, in reading order, so a reader of a shared link who
 * cannot see it hears the same facts: `榜样分享图：文明单位，某某医院，全国文明单位 · 2020年`.
 */
export const cardAlt = (card: DrawnCard, siteName: string): string =>
  `${siteName}分享图：${[card.label, card.title, ...card.lines].join('，')}`;

/** Site paths are written once in src/lib/urls.ts; cards use them with a leading slash. */
export const page = (path: string) => `/${path}`;

export const region = (path: readonly string[]) => path.join(' · ');

/** A list's first page: the section's name, how many entries it holds where that is counted, what it is. */
export const listCard = (path: string, siteName: string, title: string, lines: readonly string[]): DrawnCard => ({
  path: page(path),
  kind: 'list',
  label: siteName,
  title,
  lines: [...lines],
});
