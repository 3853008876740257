/** A small site model for share-image tests, built with the real model builder. */
import { buildSiteModel, type RawContent } from '../../src/lib/site-model.ts';

type Data<K extends keyof RawContent> = NonNullable<RawContent[K]>[number]['data'];
const entry = <K extends keyof RawContent>(collection: K, slug: string, data: object, file = `content/${collection}/${slug}.md`) =>
  ({ slug, file, data: data as Data<K> });

const honor = (body: string, title: string, term: string, history: { status: string; date: string }[]) => ({ body: { collection: 'bodies', id: body }, title, term, fictional: false, history });

const body = (slug: string, data: object) => entry('bodies', slug, { region: [], fictional: false, ...data }, `content/bodies/${slug}.yaml`);

export const settings = { siteName: '榜样', officeName: '某市文明办', tagline: '文明创建成果展示', siteUrl: 'https://bangyang.example.cn' };

export function fixtureSite() {
  return buildSiteModel({
    bodies: [
      body('zhongyang-wenmingwei', { name: '中央精神文明建设指导委员会', level: '全国', termForm: '届', validity: { years: 3, graceDays: 180 }, titles: [{ title: '全国文明单位', kind: '称号' }, { title: '全国道德模范', kind: '表彰', rung: '道德模范' }] }),
      body('shanxi-wenmingwei', { name: '山西省精神文明建设委员会', level: '省级', region: ['山西省'], termForm: '年度', validity: { years: 3, graceDays: 90 }, titles: [{ title: '山西省文明单位', kind: '称号' }] }),
      body('taiyuan-wenmingwei', { name: '太原市精神文明建设委员会', level: '市级', region: ['山西省', '太原市'], termForm: '年度', validity: { years: 3, graceDays: 90 }, titles: [{ title: '市级文明单位', kind: '称号' }] }),
    ],
    units: [
      entry('units', 'zhe-kun', {
        name: '山西省太原市晋源区喆堃犇镕彧昇社区卫生服务中心附属第一人民医院党委办公室',
        region: ['山西省', '太原市'],
        honors: [
          honor('zhongyang-wenmingwei', '全国文明单位', '第六届', [{ status: '命名', date: '2020-11-20' }, { status: '复查保留', date: '2023-11-20' }]),
          honor('shanxi-wenmingwei', '山西省文明单位', '2009年度', [{ status: '命名', date: '2009-12-01' }]),
        ],
        cover: { src: { src: '/_astro/cover.abc.jpg', width: 10, height: 10, format: 'jpg' }, alt: '封面' },
      }),
      entry('units', 'revoked', {
        name: '<script>"\'&单位',
        region: ['山西省'],
        honors: [honor('taiyuan-wenmingwei', '市级文明单位', '2015年度', [{ status: '命名', date: '2015-12-01' }, { status: '撤销', date: '2018-01-01' }])],
      }),
    ],
    figures: [
      entry('figures', 'wang-zhe', {
        name: '王喆',
        category: '助人为乐',
        occupation: '退休教师',
        region: ['山西省', '太原市'],
        honors: [{ body: { collection: 'bodies', id: 'zhongyang-wenmingwei' }, title: '全国道德模范', term: '第七届', date: '2019-09', posthumous: false, history: [] }],
        portrait: { src: { src: '/_astro/wang.abc.jpg', width: 10, height: 10, format: 'jpg', fsPath: '/abs/wang.jpg' }, alt: '肖像' },
      }),
    ],
    lectures: [
      entry('lectures', 'jiangtan-001', {
        title: '身边的榜样', series: '思想讲坛', session: 1, date: '2024-03-05', venue: '市图书馆',
        organiser: 'zhe-kun', speakers: [{ name: '李堃' }, { name: '赵镕' }], figures: [],
      }),
    ],
    exhibitions: [
      entry('exhibitions', 'xunli', {
        title: '创建巡礼', subtitle: '十年图片展', venue: '市美术馆', opens: '2024-01-01', closes: '2024-02-01',
        photos: [
          { id: 'forest', title: '林间小路', photographer: '张三', file: { src: '/_astro/forest.abc.jpg' }, units: [], figures: [] },
          { id: 'lake', title: '湖', photographer: '李四', file: { src: '/_astro/lake.abc.jpg' }, units: [], figures: [] },
        ],
      }, 'content/exhibitions/xunli/index.md'),
    ],
    notices: [
      entry('notices', 'niming', {
        title: '2026年度拟命名公示', kind: '拟命名', issuer: 'office', published: '2026-01-05', window: { start: '2026-01-05', end: '2026-01-12' },
        units: ['zhe-kun'], figures: [], candidates: [], attachments: [], channels: [],
      }),
    ],
  }, '2026-01-08');
}
