/** View models of the lectures list (by series) and a lecture's page. */
import { yearOf } from '../dates.ts';
import { refSlug, type SiteModel } from '../model.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { figureCard, lectureCard } from '../views.ts';

export function lecturesBySeries(site: SiteModel) {
  const series = [...new Set(site.lectures.map((lecture) => lecture.data.series))];
  return series.map((name) => {
    const lectures = site.lectures.filter((lecture) => lecture.data.series === name);
    const years = [...new Set(lectures.map((lecture) => yearOf(lecture.data.date)))];
    return {
      series: name,
      count: lectures.length,
      years: years.map((year) => ({
        year,
        cards: lectures.filter((lecture) => yearOf(lecture.data.date) === year).map((lecture) => lectureCard(lecture, site.today)),
      })),
    };
  });
}

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
    lecture,
    host,
    video,
    figureCards: figures.map(figureCard),
    path: paths.lecture(slug),
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
