/**
 * A tiny site model for the pure-module tests: three units (one warned, one revoked, one with
 * two honors in two batches), two figures, a lecture, a photo and two notices, built through
 * the same buildSiteModel the site uses.
 */
import { buildSiteModel, type RawContent } from '../../src/lib/site-model.ts';

const image = { src: '/a.jpg', width: 1600, height: 1000, format: 'jpg' } as never;

const honor = (title: string, level: string, year: number, history: [string, string, string?][]) => ({
  title,
  level,
  conferredBy: '某某文明委',
  term: `${year - 1}年度`,
  year,
  document: `某文明委〔${year}〕1号`,
  history: history.map(([status, date, document]) => ({ status, date, ...(document ? { document } : {}) })),
});

const unit = (slug: string, name: string, region: string, sector: string, honors: ReturnType<typeof honor>[]) => ({
  slug,
  file: `content/units/${slug}.md`,
  data: { name, formerNames: [], region: [region], sector, kind: '党政机关', honors, summary: `${name}简介` },
});

export const raw = {
  units: [
    unit('jiao-yu-ju', '教育局', '山西省', '教育系统', [honor('文明单位', '省级', 2009, [['命名', '2009-04-01'], ['复查保留', '2012-04-01']])]),
    unit('gong-an-ting', '公安厅', '山西省', '省直机关', [
      honor('文明和谐单位', '省级', 2015, [['命名', '2015-03-01'], ['黄牌警告', '2017-05-01', '某文明委〔2017〕2号']]),
      honor('全国文明单位', '全国', 2020, [['命名', '2020-11-20']]),
    ]),
    unit('shi-chang', '建材市场', '浙江省', '企业', [honor('文明单位', '区县级', 2009, [['命名', '2009-05-01'], ['撤销', '2016-08-01']])]),
  ],
  figures: [
    { slug: 'zhang-san', file: 'content/figures/zhang-san.md', data: { name: '张三', group: false, members: [], posthumous: false, category: '敬业奉献', honors: [{ title: '中国好人', level: '全国', conferredBy: '中央文明办', term: '2020年度', year: 2020 }], unit: 'jiao-yu-ju', region: ['山西省'], summary: '张三简介', consent: { given: true, date: '2020-01-02' }, fictional: true } },
    { slug: 'li-si', file: 'content/figures/li-si.md', data: { name: '李四', group: false, members: [], posthumous: true, category: '见义勇为', honors: [{ title: '省道德模范', level: '省级', conferredBy: '省文明委', term: '第五届', year: 2018 }], region: ['浙江省'], summary: '李四简介', consent: { given: true, date: '2018-03-04' }, fictional: true } },
  ],
  lectures: [
    { slug: 'jiang-tan-1', file: 'content/lectures/jiang-tan-1.md', data: { title: '讲坛第一期', series: '思想讲坛', session: 1, date: '2021-06-01', venue: '礼堂', host: 'gong-an-ting', speakers: [{ name: '王五' }], figures: ['zhang-san'], summary: '讲坛简介' } },
  ],
  exhibitions: [
    { slug: 'zhan-lan', file: 'content/exhibitions/zhan-lan/index.md', data: { title: '图片展', organizer: '文明办', venue: '图书馆', opens: '2025-09-01', closes: '2025-10-01', summary: '图片展简介', sections: [{ id: 'a', title: '展区', intro: '' }], photos: [{ id: 'p1', file: image, title: '一张图', caption: '说明', alt: '替代文字', section: 'a', photographer: '某人', license: 'CC-BY-4.0', units: ['shi-chang'], figures: [] }] } },
  ],
  notices: [
    { slug: 'open-notice', file: 'content/notices/open-notice.md', data: { title: '拟命名公示', kind: '拟命名', published: '2026-11-18', window: { start: '2026-11-18', end: '2026-12-31' }, contacts: [{ label: '电话', value: '0351-0000000' }], units: ['gong-an-ting'], figures: [], summary: '公示简介' } },
    { slug: 'old-notice', file: 'content/notices/old-notice.md', data: { title: '旧公示', kind: '复查', published: '2015-01-01', window: { start: '2015-01-01', end: '2015-01-07' }, contacts: [{ label: '电话', value: '0351-1111111' }], units: ['gong-an-ting'], figures: ['li-si'], summary: '旧公示简介' } },
  ],
} as unknown as Required<RawContent>;

/** The model on a day inside the open notice's window. */
export const site = buildSiteModel(raw, '2026-11-26');
