/** The home page's view model: what is new, and the headline numbers. */
import { t } from '../../i18n/index.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import type { SiteModel } from '../model.ts';
import { batchCard, exhibitionCard, figureCard, lectureCard, noticeCard, unitCard } from '../views.ts';

export function homeView(site: SiteModel, settings: SiteSettings) {
  const latestBatch = site.batches[0];
  const upcoming = site.lectures.filter((lecture) => lecture.data.date >= site.today).at(-1);
  const latest = site.lectures.find((lecture) => lecture.data.date < site.today);
  const lecture = upcoming ?? latest;
  const current = site.exhibitions.find((e) => e.data.opens <= site.today && site.today <= e.data.closes) ?? site.exhibitions[0];
  const heldUnits = site.units.filter((unit) => unit.headline?.current?.standing !== 'ended');
  const visitors = site.exhibitions.reduce((sum, e) => sum + (e.data.visitors ?? 0), 0);
  return {
    description: `${settings.officeName}的文明创建展示网站：${site.units.length} 个文明单位、${site.figures.length} 名（组）道德模范、${site.lectures.length} 期讲坛和 ${site.exhibitions.length} 个图片展。`,
    numbers: [
      { label: t('home.numbers.units'), value: heldUnits.length },
      { label: t('home.numbers.figures'), value: site.figures.length },
      { label: t('home.numbers.lectures'), value: site.lectures.length },
      { label: t('home.numbers.visitors'), value: visitors.toLocaleString('zh-CN') },
    ],
    openNotices: site.notices.filter((notice) => notice.state === 'open').map(noticeCard),
    latestBatch: latestBatch && {
      ...batchCard(latestBatch),
      units: latestBatch.members.slice(0, 6).map((member) => unitCard(member.unit)),
    },
    figures: site.figures
      .toSorted((a, b) => Math.max(...b.data.honors.map((h) => h.year)) - Math.max(...a.data.honors.map((h) => h.year)))
      .slice(0, 4)
      .map(figureCard),
    lecture: lecture && {
      heading: lecture === upcoming ? t('home.lecture.next') : t('home.lecture.latest'),
      card: lectureCard(lecture, site.today),
    },
    exhibition: current && exhibitionCard(current),
    jsonLd: { '@type': 'WebSite', name: settings.siteName, url: settings.siteUrl, publisher: { '@type': 'GovernmentOrganization', name: settings.officeName } },
  };
}
