/** A small site model for share-image tests, built with the real model builder. */
import { buildSiteModel, type RawContent } from '../../src/lib/site-model.ts';

type Data<K extends keyof RawContent> = NonNullable<RawContent[K]>[number]['data'];
const entry = <K extends keyof RawContent>(collection: K, slug: string, data: object, file = `content/${collection}/${slug}.md`) =>
  ({ slug, file, data: data as Data<K> });

const honor = (title: string, level: string, year: number, history: { status: string; date: string }[] = [{ status: '命名', date: `${year}-12-01` }]) =>
  ({ title, level, year, conferredBy: '中央文明委', term: `第${year - 2000}届`, history });

export const settings = { siteName: '榜样', officeName: '某市文明办', tagline: '文明创建成果展示', siteUrl: 'https://bangyang.example.cn' };

export function fixtureSite() {
  return buildSiteModel({
    units: [
      entry('units', 'zhe-kun', {
        name: '山西省太原市晋源区喆堃犇镕彧昇社区卫生服务中心附属第一人民医院党委办公室',
        region: ['山西省', '太原市'],
        honors: [honor('全国文明单位', '全国', 2020), honor('山西省文明单位', '省级', 2009)],
        cover: { src: { src: '/_astro/cover.abc.jpg', width: 10, height: 10, format: 'jpg' }, alt: '封面' },
      }),
      entry('units', 'revoked', {
        name: '<script>"\'&单位',
        region: ['山西省'],
        honors: [honor('市级文明单位', '市级', 2015, [{ status: '命名', date: '2015-12-01' }, { status: '撤销', date: '2018-01-01' }])],
      }),
    ],
    figures: [
      entry('figures', 'wang-zhe', {
        name: '王喆',
        category: '助人为乐',
        occupation: '退休教师',
        region: ['山西省', '太原市'],
        honors: [{ title: '全国道德模范', level: '全国', year: 2019, conferredBy: '中央文明委', term: '第七届' }],
        portrait: { src: { src: '/_astro/wang.abc.jpg', width: 10, height: 10, format: 'jpg', fsPath: '/abs/wang.jpg' }, alt: '肖像' },
      }),
    ],
    lectures: [
      entry('lectures', 'jiangtan-001', {
        title: '身边的榜样', series: '思想讲坛', session: 1, date: '2024-03-05', venue: '市图书馆',
        host: 'zhe-kun', speakers: [{ name: '李堃' }, { name: '赵镕' }], figures: [],
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
        title: '2026年度拟命名公示', kind: '拟命名', published: '2026-01-05', window: { start: '2026-01-05', end: '2026-01-12' },
        units: ['zhe-kun'], figures: [],
      }),
    ],
  }, '2026-01-08');
}
