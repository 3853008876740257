/** View model of a lecture's page. */
import { refSlug, type SiteModel } from '../model.ts';
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

export function lectureView(site: SiteModel, slug: string, siteUrl: string) {
  const lecture = site.index.lectures.get(slug);
  if (!lecture) throw new Error(`没有讲坛 ${slug}`);
  const data = lecture.data;
  const host = site.index.units.get(refSlug(data.host))!;
  const figures = site.index.figures.pick(data.figures);
  const video = data.video && { ...data.video, ...videoSource(data.video.src) };
  return {
    /** What links here (news items naming it …), one card grid per type. */
    backlinks: backlinkGroups(site, 'lectures', slug),
    lecture,
    host,
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
      location: { '@type': 'Place', name: data.venue },
      organizer: { '@type': 'Organization', name: host.data.name, url: absoluteUrl(paths.unit(host.slug), siteUrl) },
      performer: data.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}) })),
      superEvent: { '@type': 'EventSeries', name: data.series },
    },
  };
}
