/** The statistics page's view model: the counts, a sentence per chart, the downloads. */
import { t } from '../../i18n/index.ts';
import { formatDay } from '../dates.ts';
import { openDataDownloads } from '../open-data-files.ts';
import type { SiteModel } from '../model.ts';
import { siteCounts, siteStats, type Count } from '../stats.ts';

/** 「最多的是省级：12」 — a one-line reading of a chart for screen readers. */
export function describeCounts(counts: Count[]): string {
  const top = counts.reduce<Count | undefined>((best, count) => (!best || count.value > best.value ? count : best), undefined);
  const total = counts.reduce((sum, count) => sum + count.value, 0);
  return top ? `合计 ${total}，最多的是「${top.label}」：${top.value}。` : '暂无数据。';
}


export function statsView(site: SiteModel) {
  const stats = siteStats(site);
  const counts = siteCounts(site);
  return {
    stats,
    path: 'stats/',
    summary: t('stats.summary', { today: formatDay(site.today), held: counts.units.held, units: counts.units.named, honors: stats.honorCount, figures: stats.figureCount }),
    charts: {
      heldByLevel: { data: stats.heldByLevel, description: describeCounts(stats.heldByLevel) },
      byLevel: { data: stats.namedByLevel, description: describeCounts(stats.namedByLevel) },
      byYear: { data: stats.namedByYear, description: describeCounts(stats.namedByYear) },
      changes: { data: stats.changesByStatus, description: describeCounts(stats.changesByStatus) },
      figures: { data: stats.figuresByCategory, description: describeCounts(stats.figuresByCategory) },
    },
    downloads: openDataDownloads().map(({ file, label }) => ({
      href: `data/${file}`,
      label,
      type: file.endsWith('.csv') ? 'text/csv' : 'application/json',
    })),
  };
}
