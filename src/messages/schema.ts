/**
 * What the shared schema helpers (src/schemas/shared.ts) say about a field. Astro and
 * `npm run check` put the file and the field's path in front, so these never repeat them: what is
 * wrong, then what would be valid.
 */

const list = (values: readonly string[]) => values.join('、');

/** How a date is written, with an example. */
const DATE_FORMAT = '日期应写成 YYYY-MM-DD，例如 2021-11-10';

export const schemaMessages = {
  /** A closed list (`enumField`): missing, or a value not on it. */
  choice: {
    missing: (what: string, values: readonly string[]) => `缺少${what}，可选值：${list(values)}`,
    invalid: (what: string, written: string, values: readonly string[]) => `${what}「${written}」无效，可选值：${list(values)}`,
  },
  /** Fields an object (`strict`) does not know, usually a typo. */
  unknownFields: (keys: readonly string[], known: readonly string[]) => `未知字段「${keys.join('」「')}」：请检查拼写。这里可用的字段有：${list(known)}`,
  /** A required single line (`text`). */
  text: {
    missing: (what: string) => `缺少${what}（应为文字）`,
    empty: (what: string) => `${what}不能为空`,
  },
  date: DATE_FORMAT,
  year: {
    notNumber: '年份应为四位数字，例如 2009',
    notInteger: '年份应为整数，例如 2009',
    tooEarly: (min: number) => `年份不能早于 ${min}`,
    tooLate: (max: number) => `年份不能晚于 ${max}`,
  },
  url: '网址应以 http:// 或 https:// 开头',
  history: {
    missing: '缺少状态记录 history（至少一条「命名」）',
    empty: '状态记录 history 至少要有一条「命名」',
  },
  slug: '只能用小写字母、数字和连字符，例如 shan-shui-hu',
  region: {
    notList: '地区 region 应为列表，例如 [山西省, 太原市]',
    empty: '地区 region 至少写到省',
  },
  draft: '草稿 draft 只能写 true 或 false',
  /** A day written YYYY-MM-DD that no calendar has (2009-02-30). */
  impossibleDate: (written: string) => `日期「${written}」不存在，请检查月份和日期`,
  summaryTooLong: (max: number) => `简介 summary 不能超过 ${max} 个字`,
  /** What `npm run check` says of an image field (the build's own image() says it in English). */
  image: {
    notText: '图片应写成相对于本文件的路径，例如 ./photos/photo.jpg',
    format: (written: string) => `「${written}」不是支持的图片格式（jpg、png、webp、avif、gif、svg）`,
  },
  /** A reference field that is not a file name. */
  reference: (collection: string) =>
    collection === 'bodies'
      ? '应写授予机关：content/bodies/ 下某个文件的文件名（不带 .yaml），例如 shanxi-shengzhi'
      : `应写 content/${collection}/ 下某个文件的文件名（不带 .md），例如 shanxi-sheng-gongan-ting`,
  exhibition: {
    sectionsEmpty: '展区 sections 至少要有一个',
    photosEmpty: '图片 photos 至少要有一张',
    closesBeforeOpens: (closes: string, opens: string) => `闭展日期 ${closes} 早于开展日期 ${opens}`,
    unknownSection: (section: string, sections: readonly string[]) => `展区「${section}」不存在，可选值：${list(sections)}`,
    duplicatePhoto: (id: string) => `图片 id「${id}」重复，每张图片的 id 必须不同`,
  },
  settings: {
    basePath: 'basePath 应以 / 开头并以 / 结尾，例如 / 或 /wenming/',
    navHref: '导航链接 href 应以 / 开头，例如 /units/',
  },
};
