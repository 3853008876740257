/** View model of a lecture's page (src/pages/lectures/[slug].astro), laid out by EntryPage. */
import { organiserUnit, refSlug, type SiteModel } from '../model.ts';
import { absoluteUrl, paths } from '../urls.ts';
import type { LectureData } from '../../schemas/lectures.ts';
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { figureCard, lectureCard, lectureFallback } from '../views.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';
import { backlinkGroups, type LinkGroup } from '../site-model.ts';
import { inlineDay, type EntryView, type Fact } from './types.ts';

const seriesOf = (lecture: Entry<LectureData>) => lecture.data.series;

/** A local file plays in <video>; an external address becomes a plain link naming its host. */
export function videoSource(src: string): { external: boolean; host?: string } {
  if (!/^https?:/i.test(src)) return { external: false };
  return { external: true, host: new URL(src).hostname };
}

/** Who organised a lecture: the office (by its name, no page) or a unit (with its page). */
export interface Organiser {
  name: string;
  /** The unit's slug; undefined for the office. */
  slug?: string | undefined;
}

export interface LectureView extends EntryView {
  /** The recording: a local file (with its captions) plays in <video>; an external one is a link naming its host. */
  video: { src: string; captions?: string | undefined; external: boolean; host?: string | undefined } | undefined;
  /** The slides: an address as written, or a path below the base. */
  slides: { href: string; external: boolean } | undefined;
}

/** A line of a fact when there is a value. */
const factIf = (label: string, value: Fact['value'] | false | undefined): Fact[] => (value ? [{ label, value }] : []);

export function lectureView(site: SiteModel, slug: string, settings: { siteUrl: string; officeName: string }): LectureView {
  const lecture = site.index.lectures.get(slug);
  if (!lecture) throw new Error(`没有讲坛 ${slug}`);
  const data = lecture.data;
  const unitSlug = organiserUnit(lecture);
  const unit = unitSlug ? site.index.units.get(unitSlug) : undefined;
  const organiser: Organiser = unit ? { name: unit.data.name, slug: unit.slug } : { name: settings.officeName };
  const venueUnit = data.venueUnit ? site.index.units.get(refSlug(data.venueUnit)) : undefined;
  const siteUrl = settings.siteUrl;
  const figures = site.index.figures.pick(data.figures);
  const relatedCards = related(site.lectures, seriesOf, lecture).map((other) => lectureCard(other, site.today));
  const group = (heading: string, cards: LinkGroup['cards']): LinkGroup[] => (cards.length ? [{ heading, cards }] : []);
  return {
    path: paths.lecture(slug),
    title: data.title,
    description: data.summary,
    ogType: 'article',
    jsonLd: {
      '@type': 'Event',
      name: data.title,
      description: data.summary,
      startDate: data.time ? `${data.date}T${data.time}:00+08:00` : data.date,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: data.venue, ...(venueUnit ? { containedInPlace: { '@type': 'Place', name: venueUnit.data.name, url: absoluteUrl(paths.unit(venueUnit.slug), siteUrl) } } : {}) },
      organizer: organiser.slug
        ? { '@type': 'Organization', name: organiser.name, url: absoluteUrl(paths.unit(organiser.slug), siteUrl) }
        : { '@type': 'GovernmentOrganization', name: organiser.name },
      performer: data.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}) })),
      superEvent: { '@type': 'EventSeries', name: data.series },
    },
    crumbs: breadcrumbs({ label: t('lectures.title'), href: 'lectures/' }, { label: data.title }),
    head: {
      layout: 'seal',
      kicker: [`${data.series} · ${t('lectures.session', { n: data.session })}`],
      title: data.title,
      lead: data.summary,
      picture: { image: data.cover, fallback: lectureFallback(lecture) },
    },
    facts: [
      { label: t('lectures.time'), value: [inlineDay(data.date), ...(data.time ? [` ${data.time}`] : [])] },
      { label: t('lectures.venue'), value: [data.venue, ...(venueUnit ? ['（', { text: venueUnit.data.name, href: paths.unit(venueUnit.slug) }, '）'] : [])] },
      { label: t('lectures.organiser'), value: [organiser.slug ? { text: organiser.name, href: paths.unit(organiser.slug) } : organiser.name] },
      {
        label: t('lectures.speakers'),
        value: { items: data.speakers.map((s) => [[s.name, s.position, s.affiliation].filter(Boolean).join('，')]) },
      },
      ...factIf(t('lectures.audience'), data.audience !== undefined && [t('lectures.audienceCount', { n: data.audience })]),
    ],
    body: {},
    video: data.video && { ...data.video, ...videoSource(data.video.src) },
    slides: data.slides === undefined ? undefined : { href: data.slides, external: /^https?:/.test(data.slides) },
    links: [...group(t('lectures.figures'), figures.map(figureCard)), ...group(t('lectures.related', { series: data.series }), relatedCards), ...backlinkGroups(site, 'lectures', slug)],
    neighbours: neighbours(site.lectures, slug, (l) => ({ href: paths.lecture(l.slug), title: l.data.title })),
    label: t('lectures.title'),
  };
}
