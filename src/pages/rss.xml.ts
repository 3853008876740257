import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, settings } from '../lib/content.ts';
import { feedDate, feedItems } from '../lib/feed.ts';
import { absoluteUrl, href } from '../lib/urls.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: t('feed.title', { site: settings.siteName }),
    description: t('feed.description'),
    site: absoluteUrl('', settings.siteUrl),
    customData: '<language>zh-cn</language>',
    // A browser shows the feed as a readable Chinese page (public/rss.xsl); readers ignore it.
    stylesheet: href('rss.xsl'),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: feedItems(site).map((item) => ({
      title: item.title,
      link: absoluteUrl(item.path, settings.siteUrl),
      pubDate: feedDate(item.date),
      description: item.description,
      categories: [item.category],
      // The day as written in the content (YYYY-MM-DD), for the readable page's Chinese dates.
      customData: `<dc:date>${item.date}</dc:date>`,
    })),
  });
};
