/**
 * The home page's view model, in editorial order: a lead story with a picture (the 公示 now
 * open, else the next lecture, else the latest naming), the other current items beside it, the
 * headline numbers, then the latest entries of each kind. Sections are data: each content type
 * gives its own (`site.home` in src/registry/), so a new type adds a section without markup.
 */
import { t } from '../../i18n/index.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { noticeSubjects, type Batch, type SiteModel } from '../model.ts';
import { formatDay } from '../dates.ts';
import { siteCounts } from '../stats.ts';
import { publishedTypes } from '../../registry/index.ts';
import { batchCard, exhibitionCard, figureCard, lectureCard, noticeCard, unitCard, type CardView } from '../views.ts';
import type { HomeSection } from './home-section.ts';

export { HOME_SECTION_SIZE, type HomeSection } from './home-section.ts';

export interface StatTile {
  value: string;
  /** The counting word after the number: 个, 名（组）, 期, 人次, 项. */
  unit: string;
  /** What is counted, e.g. 「现有文明单位」 (held today) or 「历年命名」 (ever named). */
  label: string;
  /** A second number or the scope, in one short line. */
  note: string;
  href: string;
}

/** A card for the lead area: its picture taken from an entry it concerns when it has none. */
function withPicture(card: CardView, from: CardView[]): CardView {
  if (card.image) return card;
  const pictured = from.find((candidate) => candidate.image);
  return pictured ? { ...card, image: pictured.image, shape: 'wide' } : card;
}

/** The newest decision by date; on a tie, the office's own body's first. */
export function latestBatch(site: Pick<SiteModel, 'batches' | 'today'>, officeBody: string | undefined): Batch | undefined {
  const past = site.batches.filter((batch) => batch.date && batch.date <= site.today);
  return past.toSorted((a, b) => b.date.localeCompare(a.date) || Number(b.body.slug === officeBody) - Number(a.body.slug === officeBody))[0];
}

const batchUnits = (batch: Batch) => [...new Map(batch.members.map(({ unit }) => [unit.slug, unit])).values()];

export function homeView(site: SiteModel, settings: SiteSettings) {
  const counts = siteCounts(site);
  const upcoming = site.lectures.filter((lecture) => lecture.data.date > site.today).at(-1);
  const latestLecture = site.lectures.find((lecture) => lecture.data.date <= site.today);
  const openNotice = site.notices.find((notice) => notice.state === 'open');
  const newestBatch = latestBatch(site, settings.officeBody);
  const exhibition = site.exhibitions.find((e) => e.data.opens <= site.today && site.today <= e.data.closes) ?? site.exhibitions[0];

  // Each current item as a lead candidate: its label and its card (with a picture where one exists).
  const candidates = [
    openNotice && {
      label: t('home.lead.notice'),
      card: withPicture(noticeCard(openNotice), [
        ...site.index.units.pick(noticeSubjects(openNotice).units).map(unitCard),
        ...site.index.figures.pick(noticeSubjects(openNotice).figures).map(figureCard),
      ]),
    },
    upcoming && { label: t('home.lecture.next'), card: lectureCard(upcoming, site.today) },
    newestBatch && { label: t('home.latestBatch'), card: withPicture(batchCard(newestBatch), batchUnits(newestBatch).map(unitCard)) },
    exhibition && { label: t('home.exhibition'), card: exhibitionCard(exhibition) },
    !upcoming && latestLecture && { label: t('home.lecture.latest'), card: lectureCard(latestLecture, site.today) },
  ].filter((candidate) => !!candidate);
  const [lead, ...side] = candidates;

  const numbers: StatTile[] = [
    { value: String(counts.units.held), unit: t('home.unit.units'), label: t('home.numbers.unitsHeld', { today: formatDay(site.today) }), note: t('home.numbers.unitsNamed', { n: counts.units.named }), href: 'units/' },
    { value: String(counts.figures), unit: t('home.unit.figures'), label: t('home.numbers.figures'), note: t('home.numbers.figuresNote'), href: 'figures/' },
    { value: String(counts.lectures.held), unit: t('home.unit.lectures'), label: t('home.numbers.lectures'), note: t('home.numbers.lecturesUpcoming', { n: counts.lectures.upcoming }), href: 'lectures/' },
    { value: counts.exhibitions.visitors.toLocaleString('zh-CN'), unit: t('home.unit.visitors'), label: t('home.numbers.visitors'), note: t('home.numbers.visitorsNote', { n: counts.exhibitions.all }), href: 'exhibitions/' },
    { value: String(counts.notices.open), unit: t('home.unit.notices'), label: t('home.numbers.notices'), note: t('home.numbers.noticesNote', { n: counts.notices.all }), href: 'notices/' },
  ];

  // Each content type's section, in the order of their ranks; a section with no cards is left out.
  const sections: HomeSection[] = publishedTypes()
    .flatMap((type) => (type.site.home ? [type.site.home] : []))
    .sort((a, b) => a.rank - b.rank)
    .map((home) => home.section(site))
    .filter((section) => section.cards.length > 0);

  return {
    description: t('home.description', {
      office: settings.officeName,
      units: counts.units.named,
      figures: counts.figures,
      lectures: counts.lectures.all,
      exhibitions: counts.exhibitions.all,
    }),
    lead,
    side: side.slice(0, 3),
    numbers,
    sections,
    jsonLd: { '@type': 'WebSite', name: settings.siteName, url: settings.siteUrl, publisher: { '@type': 'GovernmentOrganization', name: settings.officeName } },
  };
}
