/**
 * 工作动态 / 通知公告 / 政策文件 / 媒体报道: news items and documents (content/news/<slug>.md),
 * newest first, listed all together, by kind (the kinds of content/settings.yaml) and by year.
 * What only news has (kind addresses, cards, search metadata, the scaffold) is here; the page is
 * src/lib/pages/news.ts and src/pages/news/[slug].astro.
 */
import { pinyin } from 'pinyin-pro';
import { t } from '../i18n/index.ts';
import { formatDay } from '../lib/dates.ts';
import type { Entry } from '../lib/model.ts';
import { toCsv } from '../lib/open-data.ts';
import { HOME_SECTION_SIZE } from '../lib/pages/home-section.ts';
import { sectionList, type ListSource } from '../lib/pages/lists.ts';
import type { SearchMeta } from '../lib/search-meta.ts';
import type { SiteModel } from '../lib/site-model.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { toneFor, type CardView } from '../lib/views.ts';
import { listCard, locator, page, withImage } from '../og/card-parts.ts';
import { NEWS_KINDS, newsSchema, newsSettingsSchema, type NewsData } from '../schemas/news.ts';
import { oneOf } from '../schemas/shared.ts';
import { DRAFT_LINES, slugList, todo, type ScaffoldContext } from '../../scripts/lib/scaffold.ts';
import { inline } from '../../scripts/lib/yaml-text.ts';
import type { PublishedType } from './types.ts';

export type NewsItem = Entry<NewsData>;

const path = (slug: string) => `news/${slug}/`;

/** A kind's address below news/: its pinyin, e.g. 工作动态 → `gongzuodongtai` (kinds are the office's own words). */
export const kindKey = (kind: string) =>
  pinyin(kind, { toneType: 'none', separator: '', nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Newest first, then by title. */
const prepareNews = (entries: readonly NewsItem[]): NewsItem[] =>
  [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'zh-Hans-CN'));

export function newsCard(item: NewsItem): CardView {
  const { data } = item;
  return {
    href: path(item.slug),
    title: data.title,
    kicker: data.kind,
    meta: [formatDay(data.date), ...(data.number ? [data.number] : data.source ? [data.source] : [])],
    summary: data.summary,
    image: data.cover && { src: data.cover.src, alt: data.cover.alt },
    fallback: { mark: t('news.mark'), tone: toneFor(data.kind), label: data.kind },
  };
}

export const newsSearchMeta = (item: NewsItem): SearchMeta => ({
  type: t('news.search.type'),
  filters: { year: [item.data.date.slice(0, 4)] },
  date: item.data.date,
  dateLabel: formatDay(item.data.date),
  image: item.data.cover,
  keywords: item.data.number ? [item.data.number] : [],
});

/** The kinds that have items, in the settings' order (kinds written only in items come last: the schema rejects them anyway). */
const kindsOf = (site: SiteModel) => [...new Set(site.news.map((item) => item.data.kind))];
const yearsOf = (site: SiteModel) => [...new Set(site.news.map((item) => item.data.date.slice(0, 4)))];

/** The lists below news/: all items, then one per kind, then one per year. */
function newsLists(site: SiteModel): ListSource<NewsItem>[] {
  const kinds = kindsOf(site);
  const years = yearsOf(site);
  const count = (match: (item: NewsItem) => boolean) => site.news.filter(match).length;
  // The first page of news/ leads on to the kinds' and the years' lists, with their counts.
  const tables = [
    { id: 'kinds', heading: t('news.byKind'), label: t('news.byKind'), columns: [{ label: t('news.kind') }, { label: t('news.items'), numeric: true }], rows: kinds.map((kind) => ({ href: `news/${kindKey(kind)}/`, cells: [kind, count((item) => item.data.kind === kind)] })) },
    { id: 'years', heading: t('news.byYear'), label: t('news.byYear'), columns: [{ label: t('news.yearColumn') }, { label: t('news.items'), numeric: true }], rows: years.map((year) => ({ href: `news/${year}/`, cells: [`${year}年`, count((item) => item.data.date.startsWith(year))] })) },
  ];
  const all = sectionList('news', 'news', { entries: site.news, card: newsCard, count: t('news.count', { n: site.news.length }), tables });
  const sub = (key: string, title: string, entries: NewsItem[]): ListSource<NewsItem> => ({
    ...all,
    tables: [],
    key: `news/${key}`,
    base: `news/${key}/`,
    title,
    entries,
    count: t('news.count', { n: entries.length }),
  });
  return [
    all,
    ...kinds.map((kind) => sub(kindKey(kind), kind, site.news.filter((item) => item.data.kind === kind))),
    ...years.map((year) => sub(year, t('news.year', { year }), site.news.filter((item) => item.data.date.startsWith(year)))),
  ];
}

export function newNews(title: string, ctx: ScaffoldContext): string {
  return `---
${DRAFT_LINES}
# 标题，照原件写。
title: ${inline(title)}
# 发布日期（YYYY-MM-DD）。
date: ${inline(todo('发布日期'))}
# 栏目，可选：content/settings.yaml 的 news.kinds（默认：${oneOf(NEWS_KINDS)}）。
kind: ${inline(todo('栏目'))}
# 文号（文件才有，没有就删掉这一行），例如 晋文明委〔2026〕1号。
# number: 晋文明委〔2026〕1号
# 来源：发文单位或刊发的报刊${ctx.officeName ? `（本办发布的写「${ctx.officeName}」）` : ''}。
source: ${inline(todo('来源'))}
# 作者（可选）。
# author: 张三
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话说明内容'))}
# 封面图片（可选）：放在本文件旁边，写相对路径和替代文字（一句话说明图片内容）；不是本办拍摄的写 credit。
# cover:
#   src: ./images/2026-fucha.jpg
#   alt: 复查组在窗口查看服务台账
#   credit: 摄影：张三
# 附件（PDF、DOCX、XLSX），放在 content/news/files/ 下，每项写名称和路径：
attachments: []
#  - title: 创建工作方案
#    file: ./files/2026-chuangjian-fangan.pdf
# 三审：编辑、审核、终审（设置 news.requireFinalReview: true 时终审必填）。
review:
  editor: ${inline(todo('编辑'))}
  reviewer: ${inline(todo('审核'))}
  # approver: 终审人
# 相关条目：content/ 下对应文件夹里的文件名列表。
units: ${slugList(ctx.links.units)}
figures: ${slugList(ctx.links.figures)}
lectures: ${slugList(ctx.links.lectures)}
exhibitions: ${slugList(ctx.links.exhibitions)}
notices: ${slugList(ctx.links.notices)}
---

${todo('正文。')}
`;
}

export const news: PublishedType<'news', NewsData, NewsItem, typeof newsSettingsSchema> = {
  name: 'news',
  singular: 'news',
  noun: '动态',
  label: 'news.title',
  files: { layout: 'file', loader: null },
  schema: newsSchema,
  settings: newsSettingsSchema,
  scaffold: {
    words: ['news', '动态', '新闻', '通知', '文件'],
    template: newNews,
    links: { units: '相关单位', figures: '相关人物', lectures: '相关讲坛', exhibitions: '相关图片展', notices: '相关公示' },
    folders: [],
  },
  events: [{ path: 'date', kind: 'day', label: () => '动态的发布日期' }],
  checks: null,
  site: {
    model: prepareNews,
    path,
    card: newsCard,
    backlinks: { heading: () => t('news.related'), holders: null, card: newsCard },
    share: (site, { siteName }) => [
      ...newsLists(site).map((list) => listCard(list.base, siteName, list.title, [t('news.description')])),
      ...site.news.map((item) =>
        withImage(
          {
            path: page(path(item.slug)),
            kind: 'news',
            label: `${t('news.title')} · ${item.data.kind}`,
            title: item.data.title,
            lines: [[formatDay(item.data.date), item.data.number ?? item.data.source].filter(Boolean).join(' · ')],
          },
          locator(item, ['cover', 'src'], item.data.cover?.src, 'side'),
        ),
      ),
    ],
    search: { types: [t('news.search.type')], metas: (site) => site.news.map(newsSearchMeta), names: null },
    feed: (site) =>
      site.news.map((item) => ({ title: item.data.title, path: path(item.slug), date: item.data.date, description: item.data.summary, category: item.data.kind })),
    openData: {
      name: 'news',
      labels: { csv: 'stats.download.news.csv', json: 'stats.download.news.json' },
      records: (site, siteUrl) =>
        site.news.map((item) => ({
          title: item.data.title,
          date: item.data.date,
          kind: item.data.kind,
          number: item.data.number ?? '',
          source: item.data.source ?? '',
          summary: item.data.summary,
          url: absoluteUrl(path(item.slug), siteUrl),
          attachments: item.data.attachments.map((file) => absoluteUrl(`news/${file.file.path}`, siteUrl)),
        })),
      csv: (records: NewsRecord[]) =>
        toCsv(
          ['标题', '发布日期', '栏目', '文号', '来源', '简介', '网址', '附件'],
          records.map((r) => [r.title, r.date, r.kind, r.number, r.source, r.summary, r.url, r.attachments.join(' ')]),
        ),
    },
    lists: newsLists,
    home: {
      rank: 10,
      section: (site) => ({
        id: 'news',
        heading: t('news.latest'),
        cards: site.news.slice(0, HOME_SECTION_SIZE).map(newsCard),
        more: { href: 'news/', label: t('home.more.news', { n: site.news.length }) },
      }),
    },
    picture: (item) => ({ title: item.data.title, image: item.data.cover }),
  },
};

interface NewsRecord {
  title: string;
  date: string;
  kind: string;
  number: string;
  source: string;
  summary: string;
  url: string;
  attachments: string[];
}
