/** View model of a news item's page (src/pages/news/[slug].astro), laid out by EntryPage. */
import { t } from '../../i18n/index.ts';
import { publishedType } from '../../registry/index.ts';
import { kindKey } from '../../registry/news.ts';
import { ATTACHMENT_FORMATS, formatBytes } from '../attachments.ts';
import { refSlug, type SiteModel } from '../model.ts';
import { referenceFields } from '../references.ts';
import { backlinkGroups, type LinkGroup } from '../site-model.ts';
import { inlineDay, type EntryView, type Fact } from './types.ts';
import { breadcrumbs, neighbours } from './wayfinding.ts';

export interface NewsView extends EntryView {
  attachments: { href: string; title: string; format: string; size: string; type: string }[];
  /** 「编辑：甲　审核：乙　终审：丙」: the editorial chain (三审), as portals print it under the text. */
  review: string;
}

export function newsView(site: SiteModel, slug: string, siteName: string): NewsView {
  const item = site.index.news.get(slug);
  if (!item) throw new Error(`没有动态 ${slug}`);
  const { data } = item;
  const path = `news/${slug}/`;
  const fact = (label: string, value: string | undefined): Fact[] => (value ? [{ label, value: [value] }] : []);
  // What the item names, one card grid per type, in the registry's order; then what names it.
  const related: LinkGroup[] = referenceFields('news').flatMap((field) => {
    const type = publishedType(field.target as Parameters<typeof publishedType>[0]);
    const slugs = ((data as Record<string, unknown>)[field.path[0]!] as unknown[]).map(refSlug);
    const lookup = site.index[type.name] as { pick: (slugs: readonly string[]) => unknown[] };
    const cards = lookup.pick(slugs).map((entry) => type.site.card(entry as never, site));
    return cards.length ? [{ heading: t(`news.related.${type.name}` as 'news.related.units'), cards }] : [];
  });
  return {
    path,
    title: data.title,
    description: data.summary,
    ogType: 'article',
    jsonLd: {
      '@type': 'NewsArticle',
      headline: data.title,
      description: data.summary,
      datePublished: data.date,
      articleSection: data.kind,
      ...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
      publisher: { '@type': 'Organization', name: data.source ?? siteName },
    },
    crumbs: breadcrumbs({ label: t('news.title'), href: 'news/' }, { label: data.kind, href: `news/${kindKey(data.kind)}/` }, { label: data.title }),
    head: {
      layout: data.cover ? 'seal' : 'plain',
      kicker: [{ text: data.kind, href: `news/${kindKey(data.kind)}/` }, ' · ', inlineDay(data.date)],
      title: data.title,
      lead: data.summary,
      picture: data.cover ? { image: data.cover, fallback: { mark: t('news.mark'), tone: 'red' } } : undefined,
    },
    facts: [...fact(t('news.number'), data.number), ...fact(t('news.source'), data.source), ...fact(t('news.author'), data.author)],
    body: {},
    attachments: data.attachments.map((attachment) => ({
      href: `news/${attachment.file.path}`,
      title: attachment.title,
      format: ATTACHMENT_FORMATS[attachment.file.format].label,
      type: ATTACHMENT_FORMATS[attachment.file.format].type,
      size: formatBytes(attachment.file.bytes),
    })),
    review: [
      `${t('news.review.editor')}：${data.review.editor}`,
      `${t('news.review.reviewer')}：${data.review.reviewer}`,
      ...(data.review.approver ? [`${t('news.review.approver')}：${data.review.approver}`] : []),
    ].join(t('news.reviewSeparator')),
    links: [...related, ...backlinkGroups(site, 'news', slug)],
    neighbours: neighbours(site.news, slug, (n) => ({ href: `news/${n.slug}/`, title: n.data.title })),
    label: t('news.title'),
  };
}
