/**
 * A tiny site model for the pure-module tests: four conferring bodies; three units (one warned,
 * one revoked, one whose title lapsed; one with two honors from two bodies), two figures (one
 * honored after death), a lecture, a photo and two notices, built through the same
 * buildSiteModel the site uses, on 2026-11-26.
 */
import { buildSiteModel, type RawContent } from '../../src/lib/site-model.ts';

const image = { src: '/a.jpg', width: 1600, height: 1000, format: 'jpg' } as never;

const body = (slug: string, data: Record<string, unknown>) => ({
  slug,
  file: `content/bodies/${slug}.yaml`,
  data: { region: [], fictional: true, ...data, titles: (data.titles as Record<string, unknown>[]).map((title) => ({ kind: '称号', ...title })) },
});

const honor = (body: string, title: string, term: string, history: [string, string, string?][]) => ({
  body: { collection: 'bodies', id: body },
  title,
  term,
  fictional: true,
  history: history.map(([status, date, document]) => ({ status, date, ...(document ? { document } : {}) })),
});

const unit = (slug: string, name: string, region: string, sector: string, honors: ReturnType<typeof honor>[]) => ({
  slug,
  file: `content/units/${slug}.md`,
  data: { name, formerNames: [], region: [region], sector, kind: '党政机关', honors, summary: `${name}简介`, fictional: false },
});

export const raw = {
  bodies: [
    body('sheng-wenmingwei', { name: '某省精神文明建设委员会', shortName: '省文明委', level: '省级', region: ['山西省'], termForm: '年度', validity: { years: 3, graceDays: 90, assumed: true }, titles: [{ title: '省级文明单位', rank: 1 }, { title: '省道德模范', kind: '表彰', rung: '道德模范', termForm: '届' }] }),
    body('zhongyang-wenmingwei', { name: '中央精神文明建设指导委员会', level: '全国', termForm: '届', validity: { years: 3, graceDays: 180, assumed: true }, titles: [{ title: '全国文明单位' }] }),
    body('zhongyang-wenmingban', { name: '中央精神文明建设指导委员会办公室', level: '全国', termForm: '年度', titles: [{ title: '中国好人', kind: '表彰', rung: '中国好人' }] }),
    body('xian-wenmingwei', { name: '某县精神文明建设委员会', level: '区县级', region: ['浙江省', '某县'], termForm: '年度', validity: { years: 2, graceDays: 90, assumed: true }, titles: [{ title: '县级文明单位' }] }),
  ],
  units: [
    unit('jiao-yu-ju', '教育局', '山西省', '教育系统', [honor('sheng-wenmingwei', '省级文明单位', '2008年度', [['命名', '2009-04-01'], ['复查保留', '2012-04-01']])]),
    unit('gong-an-ting', '公安厅', '山西省', '省直机关', [
      honor('sheng-wenmingwei', '省级文明单位', '2023年度', [['命名', '2024-03-01', '某文明委〔2024〕1号'], ['黄牌警告', '2025-05-01', '某文明委〔2025〕2号']]),
      honor('zhongyang-wenmingwei', '全国文明单位', '第六届', [['命名', '2020-11-20'], ['复查保留', '2023-12-20']]),
    ]),
    unit('shi-chang', '建材市场', '浙江省', '企业', [honor('xian-wenmingwei', '县级文明单位', '2014年度', [['命名', '2015-05-01'], ['撤销', '2016-08-01']])]),
  ],
  figures: [
    { slug: 'zhang-san', file: 'content/figures/zhang-san.md', data: { name: '张三', group: false, members: [], minor: false, category: '敬业奉献', honors: [{ body: { collection: 'bodies', id: 'zhongyang-wenmingban' }, title: '中国好人', term: '2020年度', date: '2020', posthumous: false, history: [] }], unit: 'jiao-yu-ju', region: ['山西省'], summary: '张三简介', consent: { given: true, date: '2020-01-02', portrait: false }, fictional: true } },
    { slug: 'li-si', file: 'content/figures/li-si.md', data: { name: '李四', group: false, members: [], minor: false, deceased: { date: '2017-06' }, category: '见义勇为', honors: [{ body: { collection: 'bodies', id: 'sheng-wenmingwei' }, title: '省道德模范', term: '第五届', date: '2018', posthumous: true, history: [] }], region: ['浙江省'], summary: '李四简介', consent: { given: true, date: '2018-03-04', portrait: false }, fictional: true } },
  ],
  lectures: [
    { slug: 'jiang-tan-1', file: 'content/lectures/jiang-tan-1.md', data: { title: '讲坛第一期', series: '思想讲坛', session: 1, date: '2021-06-01', venue: '礼堂', organiser: 'gong-an-ting', speakers: [{ name: '王五' }], figures: ['zhang-san'], summary: '讲坛简介' } },
  ],
  exhibitions: [
    { slug: 'zhan-lan', file: 'content/exhibitions/zhan-lan/index.md', data: { title: '图片展', organizer: '文明办', venue: '图书馆', opens: '2025-09-01', closes: '2025-10-01', summary: '图片展简介', sections: [{ id: 'a', title: '展区', intro: '' }], photos: [{ id: 'p1', file: image, title: '一张图', caption: '说明', alt: '替代文字', section: 'a', photographer: '某人', license: 'CC-BY-4.0', units: ['shi-chang'], figures: [] }] } },
  ],
  notices: [
    { slug: 'open-notice', file: 'content/notices/open-notice.md', data: { title: '拟命名公示', kind: '拟命名', issuer: 'office', published: '2026-11-18', window: { start: '2026-11-18', end: '2026-12-31' }, contacts: [{ label: '电话', value: '0351-0000000' }], candidates: [], units: ['gong-an-ting'], figures: [], attachments: [], channels: [], summary: '公示简介', fictional: true } },
    { slug: 'old-notice', file: 'content/notices/old-notice.md', data: { title: '旧公示', kind: '复查', issuer: 'office', published: '2015-01-01', window: { start: '2015-01-01', end: '2015-01-07' }, contacts: [{ label: '电话', value: '0351-1111111' }], candidates: [], units: ['gong-an-ting'], figures: ['li-si'], attachments: [], channels: [], summary: '旧公示简介', fictional: true } },
  ],
} as unknown as Required<RawContent>;

/** The model on a day inside the open notice's window. */
export const site = buildSiteModel(raw, '2026-11-26');
