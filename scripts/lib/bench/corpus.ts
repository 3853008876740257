/**
 * A synthetic content folder at a chosen scale: units with honors and status histories, figures,
 * lectures and notices that reference them, exhibitions whose photos reference both. Pure: it
 * returns the files as text plus a list of photos to draw (see photos.ts), so the corpus can be
 * checked against the site's schemas without touching the disk.
 */
import yaml from 'js-yaml';
import { FIGURE_CATEGORIES } from '../../../src/schemas/figures.ts';
import { body, KINDS, paragraph, personName, REGIONS, SECTORS, sentence, summary, unitName } from './chinese.ts';
import { createRandom, type Random } from './random.ts';

export interface Scale {
  units: number;
  figures: number;
  lectures: number;
  exhibitions: number;
  photosPerExhibition: number;
}

/** The office of a mid-sized city after a decade of naming: the default of `npm run bench`. */
export const CITY: Scale = { units: 10_000, figures: 2_000, lectures: 500, exhibitions: 40, photosPerExhibition: 50 };

export interface CorpusFile {
  /** Relative to the content folder. @example units/danwei-00001.md */
  path: string;
  text: string;
}

export interface PhotoSpec {
  /** Relative to the content folder. */
  path: string;
  /** Makes each picture different, so no two derivatives are the same file. */
  seed: number;
}

export interface Corpus {
  files: CorpusFile[];
  photos: PhotoSpec[];
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
export const unitSlug = (i: number) => `danwei-${pad(i)}`;
const figureSlug = (i: number) => `renwu-${pad(i)}`;
const day = (year: number, month: number, date: number) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

function entry(data: object, text: string): string {
  // js-yaml quotes date-like strings, so YAML never turns a date field into a Date by accident.
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${text}\n`;
}

/**
 * The conferring bodies of the corpus: the national committee and one committee per province,
 * each with a three-year validity (the bodies' rule every status history below keeps to).
 */
const provinceBody = (p: number) => `sheng-wenmingwei-${p + 1}`;
const VALIDITY = '{ years: 3, graceDays: 90, assumed: true }';
function bodyFiles(): CorpusFile[] {
  const file = (slug: string, lines: string[]): CorpusFile => ({ path: `bodies/${slug}.yaml`, text: `${lines.join('\n')}\n` });
  return [
    file('zhongyang-wenmingwei', ['name: 中央精神文明建设指导委员会', 'level: 全国', 'termForm: 届', `validity: ${VALIDITY}`, 'titles:', '  - { title: 全国文明单位 }']),
    file('wenmingban', [
      'name: 精神文明建设委员会办公室（示例）', 'level: 全国', 'termForm: 其他', 'titles:',
      '  - { title: 身边好人, kind: 表彰, rung: 身边好人 }', '  - { title: 中国好人, kind: 表彰, rung: 中国好人 }', '  - { title: 省道德模范, kind: 表彰, rung: 道德模范 }',
    ]),
    ...REGIONS.map(([province], p) =>
      file(provinceBody(p), [
        `name: ${province}精神文明建设委员会`, 'level: 省级', `region: [${province}]`, 'termForm: 年度', `validity: ${VALIDITY}`, 'titles:',
        ...['文明单位', '文明和谐单位', '文明机关', '文明窗口'].map((title) => `  - { title: ${title}, rank: 1 }`), '  - { title: 文明和谐标兵单位, rank: 2 }',
      ]),
    ),
  ];
}

/**
 * A status history the way offices write them, within the bodies' rule: named, reviewed every three
 * years on the day the term ends, sometimes warned and restored (or revoked) before it ends,
 * sometimes left to lapse.
 */
function statusHistory(random: Random, year: number) {
  const history: { status: string; date: string; document?: string }[] = [
    { status: '命名', date: day(year, 12, 20), document: `文明委〔${year}〕${random.int(1, 30)}号` },
  ];
  for (let review = year + 3; review <= 2024; review += 3) {
    const roll = random.next();
    if (roll < 0.05) {
      history.push({ status: '黄牌警告', date: day(review, 6, 1) });
      history.push({ status: random.chance(0.7) ? '恢复' : '撤销', date: day(review, 11, 1) });
      if (history.at(-1)!.status === '撤销') break;
      history.push({ status: '复查保留', date: day(review, 12, 20) });
    } else if (roll < 0.08) {
      break;
    } else {
      history.push({ status: '复查保留', date: day(review, 12, 20) });
    }
  }
  return history;
}

function unit(random: Random, i: number, usedNames: Set<string>): CorpusFile {
  const p = random.int(0, REGIONS.length - 1);
  const [province, cities, counties] = REGIONS[p]!;
  const city = random.pick(cities);
  const county = random.pick(counties);
  const [kind, suffixes] = random.pick(KINDS);
  let name = unitName(random, city, county, suffixes);
  for (let n = 2; usedNames.has(name); n++) name = `${unitName(random, city, county, suffixes)}第${n}分部`;
  usedNames.add(name);
  const firstYear = random.int(2005, 2022);
  const honors = Array.from({ length: random.int(1, 3) }, (_, h) => {
    const year = Math.min(firstYear + h * 3, 2024);
    const national = random.chance(0.2);
    return national
      ? { body: 'zhongyang-wenmingwei', title: '全国文明单位', term: `第${h + 5}届`, history: statusHistory(random, year) }
      : { body: provinceBody(p), title: random.pick(['文明单位', '文明和谐单位', '文明和谐标兵单位', '文明机关', '文明窗口']), term: `${year}年度`, history: statusHistory(random, year) };
  });
  const data = {
    name,
    ...(random.chance(0.3) ? { formerNames: [{ name: `${city}${random.pick(['第一', '第二', '综合'])}${random.pick(suffixes)}`, until: day(random.int(2015, 2019), 3, 1) }] } : {}),
    region: [province, city, county],
    sector: random.pick(SECTORS),
    kind,
    honors,
    summary: summary(random, `${name}`),
    address: `${city}${county}示例路${random.int(1, 300)}号`,
  };
  return { path: `units/${unitSlug(i)}.md`, text: entry(data, body(random, random.int(500, 1500))) };
}

function figure(random: Random, i: number, units: number): CorpusFile {
  const [province, cities, counties] = random.pick(REGIONS);
  const year = random.int(2008, 2024);
  const data = {
    name: personName(random),
    category: random.pick(FIGURE_CATEGORIES),
    honors: [
      { body: 'wenmingban', title: random.pick(['身边好人', '中国好人', '省道德模范']), term: `${year}年度`, date: String(year) },
    ],
    ...(units && random.chance(0.5) ? { unit: unitSlug(random.int(1, units)) } : {}),
    region: [province, random.pick(cities), random.pick(counties)],
    occupation: random.pick(['乡村教师', '社区医生', '公交司机', '菜市场摊主', '退休职工', '环卫工人', '民警']),
    quote: sentence(random),
    summary: summary(random, '这位身边好人'),
    consent: { given: true, date: day(year, 1, 15), note: '本人书面同意（示例）' },
    fictional: true,
  };
  return { path: `figures/${figureSlug(i)}.md`, text: entry(data, `本条目为基准测试生成的虚构人物。\n\n${body(random, random.int(800, 2000))}`) };
}

function lecture(random: Random, i: number, scale: Scale): CorpusFile {
  const series = i % 2 ? '省直机关领导干部思想讲坛' : '社区道德讲堂';
  const year = 2009 + (i % 16);
  const data = {
    title: `${random.pick(['新时代', '文明创建', '志愿服务', '诚信建设', '家风家教'])}${random.pick(['的实践与思考', '与机关作风建设', '从身边做起', '十讲'])}`,
    series,
    session: Math.ceil(i / 2),
    date: day(year, random.int(1, 12), random.int(1, 28)),
    time: '14:30',
    venue: random.pick(['省委党校报告厅', '市图书馆报告厅', '社区文化活动中心']),
    organiser: i % 2 ? 'office' : unitSlug(random.int(1, scale.units)),
    speakers: [{ name: personName(random), position: '教授', affiliation: '示例大学' }],
    figures: scale.figures ? [figureSlug(random.int(1, scale.figures))] : [],
    summary: summary(random, '本期讲坛'),
    audience: random.int(50, 800),
  };
  return { path: `lectures/jiangtan-${pad(i)}.md`, text: entry(data, body(random, random.int(1500, 3000))) };
}

function exhibition(random: Random, i: number, scale: Scale): { file: CorpusFile; photos: PhotoSpec[] } {
  const folder = `exhibitions/zhanlan-${pad(i, 3)}`;
  const sections = ['yuantou', 'baihua', 'changjuan'].map((id, s) => ({ id, title: ['源头活水', '百花满园', '山河长卷'][s]!, intro: sentence(random) }));
  const photos = Array.from({ length: scale.photosPerExhibition }, (_, p) => ({
    id: `tupian-${pad(p + 1, 3)}`,
    file: `./photos/tupian-${pad(p + 1, 3)}.jpg`,
    title: `创建影像第${p + 1}幅`,
    caption: sentence(random),
    alt: `${random.pick(['志愿者在社区为老人量血压', '职工在路口开展交通文明劝导', '学生在图书馆整理图书', '医生在村卫生室义诊'])}的合成示意图`,
    section: sections[p % sections.length]!.id,
    photographer: personName(random),
    license: 'CC BY 4.0',
    date: day(2020 + (p % 5), 5, 1 + (p % 28)),
    units: [unitSlug(random.int(1, scale.units))],
    figures: scale.figures && random.chance(0.3) ? [figureSlug(random.int(1, scale.figures))] : [],
  }));
  const opens = day(2018 + (i % 8), 3, 1);
  const data = {
    title: `文明创建巡礼图片展（第${i}届）`,
    organizer: '精神文明建设委员会办公室',
    venue: '市图书馆一层展厅',
    opens,
    closes: day(2018 + (i % 8), 11, 30),
    visitors: random.int(1000, 30000),
    summary: summary(random, '本次图片展'),
    sections,
    photos,
  };
  return {
    file: { path: `${folder}/index.md`, text: entry(data, paragraph(random) + '\n\n' + paragraph(random)) },
    photos: photos.map((photo, p) => ({ path: `${folder}/${photo.file.slice(2)}`, seed: i * 1000 + p })),
  };
}

function notice(random: Random, i: number, scale: Scale): CorpusFile {
  const year = 2010 + (i % 16);
  const data = {
    title: `${year}年度文明单位拟命名名单公示（第${i}批）`,
    kind: '拟命名',
    published: day(year, 11, 1),
    window: { start: day(year, 11, 1), end: day(year, 11, 7) },
    contacts: [{ label: '电话', value: '0351-0000000（示例）' }],
    units: Array.from({ length: Math.min(scale.units, 20) }, () => unitSlug(random.int(1, scale.units))).filter((slug, k, all) => all.indexOf(slug) === k),
    summary: summary(random, '本批公示'),
    outcome: { date: day(year, 12, 20), result: '公示期满无异议，予以命名' },
  };
  return { path: `notices/gongshi-${pad(i, 3)}.md`, text: entry(data, paragraph(random)) };
}

/** Settings like the demo's, marked as demo data. */
const SETTINGS = `siteName: 榜样·基准测试站
officeName: 基准测试文明办（示例）
tagline: 合成内容，用于测量构建速度
siteUrl: https://bench.example.org
basePath: /
nav:
  - { label: 文明单位, href: /units/ }
  - { label: 道德模范, href: /figures/ }
  - { label: 思想讲坛, href: /lectures/ }
  - { label: 图片展, href: /exhibitions/ }
  - { label: 公示, href: /notices/ }
footer:
  address: 示例路 1 号（示例地址）
  phone: 0351-0000000（示例）
  email: wmb@example.org
  icp: 晋ICP备00000000号-1（示例）
  psb: 晋公网安备 14010502000000号（示例）
  siteCode: "0000000000"
demo: true
`;

/** The whole content folder for `scale`; the same seed always gives the same files. */
export function generateCorpus(scale: Scale, seed = 1): Corpus {
  const random = createRandom(seed);
  const files: CorpusFile[] = [{ path: 'settings.yaml', text: SETTINGS }, ...bodyFiles()];
  const photos: PhotoSpec[] = [];
  const usedNames = new Set<string>();
  for (let i = 1; i <= scale.units; i++) files.push(unit(random, i, usedNames));
  for (let i = 1; i <= scale.figures; i++) files.push(figure(random, i, scale.units));
  for (let i = 1; i <= scale.lectures; i++) files.push(lecture(random, i, scale));
  for (let i = 1; i <= scale.exhibitions; i++) {
    const generated = exhibition(random, i, scale);
    files.push(generated.file);
    photos.push(...generated.photos);
  }
  const notices = Math.max(1, Math.round(scale.units / 1000));
  for (let i = 1; i <= notices; i++) files.push(notice(random, i, scale));
  return { files, photos };
}

/**
 * The one edit between the cold and the warm build: the first unit is renamed (the edit an office
 * makes after an institutional reform). It changes that unit's page and share image, the pages
 * that list it and the search index, and no photo: a warm build should draw exactly one share
 * image and encode no derivative.
 */
export function editOneEntry(text: string): string {
  return text.replace(/^name: .*$/m, 'name: 基准测试更名后的单位');
}
export const EDITED_ENTRY = `units/${unitSlug(1)}.md`;

/** Queries with hits in every corpus: common words, a phrase from the stories, the edited name. */
export const BENCH_QUERIES = ['文明', '志愿服务', '交通文明劝导', '基准测试更名后的单位'];
