/**
 * What each page's share image shows, decided once from the site model: a type label, the title,
 * the honor as issued with its term (or the category, dates, series), and the picture where the page
 * has one. Pure: it takes the model and the settings and returns cards, one per page.
 */
import { t } from '../i18n/index.ts';
import { formatDay, formatDayRange } from '../lib/dates.ts';
import type { Entry, SiteModel, UnitHonor } from '../lib/model.ts';
import { paths } from '../lib/urls.ts';
import { statusWord } from '../lib/honors/labels.ts';
import { batchTitle, figureHeadline } from '../lib/views.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import type { Card, ImageLocator } from './types.ts';

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
function locator(entry: Entry<unknown>, field: (string | number)[], meta: unknown, role: ImageLocator['role']): ImageLocator | undefined {
  if (!meta) return undefined;
  const fsPath = (meta as { fsPath?: unknown }).fsPath;
  return { entryFile: entry.file, field, role, ...(typeof fsPath === 'string' ? { fsPath } : {}) };
}

type Drawn = Omit<Card, 'alt'>;

const withImage = (card: Drawn, image: ImageLocator | undefined): Drawn => (image ? { ...card, image } : card);

/**
 * The alt text says what the image shows, in reading order, so a reader of a shared link who
 * cannot see it hears the same facts: `榜样分享图：文明单位，某某医院，全国文明单位 · 2020年`.
 */
export const cardAlt = (card: Drawn, siteName: string): string =>
  `${siteName}分享图：${[card.label, card.title, ...card.lines].join('，')}`;

/** Site paths are written once in src/lib/urls.ts; cards use them with a leading slash. */
const page = (path: string) => `/${path}`;

const region = (path: readonly string[]) => path.join(' · ');

export function buildCards(site: SiteModel, settings: Pick<SiteSettings, 'siteName' | 'officeName' | 'tagline'>): Card[] {
  const cards: Card[] = [];
  const add = (card: Drawn) => cards.push({ ...card, alt: cardAlt(card, settings.siteName) });

  add({ path: '/', kind: 'home', label: settings.officeName, title: settings.siteName, lines: settings.tagline ? [settings.tagline] : [] });
  add({ path: '/404.html', kind: '404', label: settings.siteName, title: t('404.title'), lines: [t('404.text')] });
  add({ path: '/search/', kind: 'search', label: settings.siteName, title: t('search.title'), lines: [] });
  add({ path: '/credits/', kind: 'list', label: settings.siteName, title: t('credits.title'), lines: [t('credits.description')] });
  add({
    path: '/stats/',
    kind: 'stats',
    label: t('stats.title'),
    title: t('home.numbers'),
    lines: [`${t('home.numbers.units')} ${site.units.length} · ${t('home.numbers.figures')} ${site.figures.length} · ${t('home.numbers.lectures')} ${site.lectures.length}`],
  });

  /** A list page: the section's name, how many entries it holds where that is counted, what it is. */
  const addList = (section: 'units' | 'figures' | 'lectures' | 'exhibitions' | 'notices', count?: string) =>
    add({ path: `/${section}/`, kind: 'list', label: settings.siteName, title: t(`${section}.title`), lines: [...(count ? [count] : []), t(`${section}.description`)] });

  addList('units', t('common.unitsCount', { n: site.units.length }));
  for (const unit of site.units) {
    const honor = unit.headline;
    add(withImage({
      path: page(paths.unit(unit.slug)),
      kind: 'unit',
      label: t('units.title'),
      title: unit.data.name,
      lines: [...(honor ? [honorLine(honor)] : []), region(unit.data.region)],
    }, locator(unit, ['cover', 'src'], unit.data.cover?.src, 'side')));
  }
  for (const batch of site.batches) {
    add({
      path: page(paths.batch(batch.slug)),
      kind: 'batch',
      label: t('units.batches'),
      title: batchTitle(batch),
      lines: [t('batch.count', { n: new Set(batch.members.map((member) => member.unit.slug)).size }), batch.body.data.level],
    });
  }

  addList('figures', t('common.persons', { n: site.figures.length }));
  for (const figure of site.figures) {
    const honor = figureHeadline(figure);
    add(withImage({
      path: page(paths.figure(figure.slug)),
      kind: 'figure',
      label: `${t('figures.title')} · ${figure.data.category}`,
      title: figure.data.name,
      lines: [
        ...(honor ? [honorLine(honor)] : []),
        [figure.data.occupation, region(figure.data.region)].filter(Boolean).join(' · '),
      ],
    }, locator(figure, ['portrait', 'src'], figure.data.portrait?.src, 'side')));
  }

  addList('lectures');
  for (const lecture of site.lectures) {
    const { data } = lecture;
    add(withImage({
      path: page(paths.lecture(lecture.slug)),
      kind: 'lecture',
      label: t('lectures.title'),
      title: data.title,
      lines: [
        `${data.series} · ${t('lectures.session', { n: data.session })} · ${formatDay(data.date)}`,
        `${t('lectures.speakers')}：${data.speakers.map((speaker) => speaker.name).join('、')}`,
      ],
    }, locator(lecture, ['cover', 'src'], data.cover?.src, 'side')));
  }

  addList('exhibitions', t('exhibitions.photoCount', { n: site.photos.length }));
  for (const exhibition of site.exhibitions) {
    const { data } = exhibition;
    const first = data.photos[0];
    add(withImage({
      path: page(paths.exhibition(exhibition.slug)),
      kind: 'exhibition',
      label: t('exhibitions.title'),
      title: data.title,
      lines: [...(data.subtitle ? [data.subtitle] : []), `${formatDayRange(data.opens, data.closes)} · ${data.venue}`].slice(0, 2),
    }, first && locator(exhibition, ['photos', 0, 'file'], first.file, 'side')));
  }
  for (const photo of site.photos) {
    const exhibition = site.exhibitions.find((candidate) => candidate.slug === photo.exhibition);
    if (!exhibition) continue;
    add(withImage({
      path: page(paths.photo(photo.exhibition, photo.id)),
      kind: 'photo',
      label: t('exhibitions.title'),
      title: photo.title,
      lines: [`${exhibition.data.title} · ${t('photo.photographer')}：${photo.photographer}`],
    }, locator(exhibition, ['photos', photo.index, 'file'], photo.file, 'photo')));
  }

  addList('notices');
  for (const notice of site.notices) {
    const { data } = notice;
    add({
      path: page(paths.notice(notice.slug)),
      kind: 'notice',
      label: `${t('notices.title')} · ${data.kind}`,
      title: data.title,
      lines: [data.window ? `${t('notices.window')}：${formatDayRange(data.window.start, data.window.end)}` : `${t('notices.published')}${formatDay(data.published)}`],
    });
  }
  return cards;
}
