/** View model of a lecture's page. */
import { organiserUnit, refSlug, type SiteModel } from '../model.ts';
import { absoluteUrl, paths } from '../urls.ts';
import type { LectureData } from '../../schemas/lectures.ts';
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { figureCard, lectureCard, lectureFallback } from '../views.ts';
import { breadcrumbs, neighbours, related } from './wayfinding.ts';
import { backlinkGroups } from '../site-model.ts';

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

export function lectureView(site: SiteModel, slug: string, settings: { siteUrl: string; officeName: string }) {
  const lecture = site.index.lectures.get(slug);
  if (!lecture) throw new Error(`没有讲坛 ${slug}`);
  const data = lecture.data;
  const unitSlug = organiserUnit(lecture);
  const unit = unitSlug ? site.index.units.get(unitSlug) : undefined;
  const organiser: Organiser = unit ? { name: unit.data.name, slug: unit.slug } : { name: settings.officeName };
  const venueUnit = data.venueUnit ? site.index.units.get(refSlug(data.venueUnit)) : undefined;
  const siteUrl = settings.siteUrl;
  const figures = site.index.figures.pick(data.figures);
  const video = data.video && { ...data.video, ...videoSource(data.video.src) };
  return {
    /** What links here (news items naming it …), one card grid per type. */
    backlinks: backlinkGroups(site, 'lectures', slug),
    lecture,
    organiser,
    venueUnit: venueUnit && { name: venueUnit.data.name, slug: venueUnit.slug },
    video,
    figureCards: figures.map(figureCard),
    related: related(site.lectures, seriesOf, lecture).map((other) => lectureCard(other, site.today)),
    path: paths.lecture(slug),
    crumbs: breadcrumbs({ label: t('lectures.title'), href: 'lectures/' }, { label: data.title }),
    neighbours: neighbours(site.lectures, slug, (l) => ({ href: paths.lecture(l.slug), title: l.data.title })),
    fallback: lectureFallback(lecture),
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
  };
}
