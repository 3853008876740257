/**
 * The files `npm run new` writes (and the import, for a new unit): every field present, each with
 * a comment saying what it is for; optional fields commented out with an example. Text the
 * editor must supply says 待填写, which `npm run check` reports as a warning until it is replaced,
 * while the entry stays valid so the site still builds.
 */
import { PLACEHOLDER } from './checks/editorial.ts';
import { FIGURE_CATEGORIES } from '../../src/schemas/figures.ts';
import { NOTICE_KINDS } from '../../src/schemas/notices.ts';
import { LEVELS, oneOf } from '../../src/schemas/shared.ts';
import { UNIT_KINDS } from '../../src/schemas/units.ts';
import { addDays, inline } from './yaml-text.ts';

const todo = (what: string) => `${PLACEHOLDER}：${what}`;

export interface HonorDraft {
  title: string;
  level: string;
  conferredBy: string;
  term: string;
  year: number;
  document?: string | undefined;
  /** The 命名 date. */
  named: string;
  /** Said in a comment when the date was not given and had to be assumed. */
  namedDateNote?: string | undefined;
}

export interface UnitDraft {
  name: string;
  region: string[];
  sector: string;
  kind: string;
  /** Said in a comment when the kind was guessed from the name. */
  kindNote?: string | undefined;
  honors: HonorDraft[];
  summary: string;
  body: string;
}

/** One honor as a block-list item, indented for `honors:`; `comments: false` for a file that has them already. */
export function honorYaml(honor: HonorDraft, { comments = true } = {}): string {
  const lines = [
    '  # 荣誉称号，按命名文件原样填写，例如 文明单位、文明和谐单位、标兵单位、文明窗口。',
    `  - title: ${inline(honor.title)}`,
    `    # 级别，可选：${oneOf(LEVELS)}。`,
    `    level: ${inline(honor.level)}`,
    '    # 授予机关，例如 山西省精神文明建设委员会。',
    `    conferredBy: ${inline(honor.conferredBy)}`,
    '    # 届次/年度，按文件原样，例如 2024年度、第七届、2019—2021年度、第三批。',
    `    term: ${inline(honor.term)}`,
    '    # 命名的年份（四位数字）。',
    `    year: ${honor.year}`,
    '    # 命名文号（可选），例如 晋文明委〔2024〕3号。',
    honor.document ? `    document: ${inline(honor.document)}` : '    # document: 晋文明委〔2024〕3号',
    '    # 状态记录，从早到晚，第一条必须是「命名」。以后复查、警告、撤销时在下面追加一条，',
    '    # 可用状态：命名、复查保留、黄牌警告、恢复、撤销、摘牌、自动终止。当前状态由它自动推算。',
    '    history:',
    ...(honor.namedDateNote ? [`      # ${honor.namedDateNote}`] : []),
    '      - status: 命名',
    `        date: ${honor.named}`,
    ...(honor.document ? [`        document: ${inline(honor.document)}`] : ['        # note: 备注（可选）', '        # document: 晋文明委〔2024〕3号']),
  ];
  // Comments that explain fields go; a comment about this honor's own values stays.
  const explains = (line: string) => /^\s*# /.test(line) && !(honor.namedDateNote && line.includes(honor.namedDateNote));
  return (comments ? lines : lines.filter((line) => !explains(line))).join('\n');
}

export function unitFile(unit: UnitDraft): string {
  return `---
# 单位名称：现在使用的全称。
name: ${inline(unit.name)}
# 简称（可选），用在卡片上，例如 省公安厅。
# shortName: 省某某厅
# 曾用名（可选）：机构改革（涉改）前的名称，旧名仍能搜到本单位；until 是停用旧名的日期。
# formerNames:
#   - { name: 旧名称, until: 2018-10-31, note: 机构改革更名 }
# 所在地区：从省写起，例如 [山西省, 太原市, 小店区]。
region: ${inline(unit.region)}
# 所属系统，例如 省直机关、教育系统、卫生健康系统、政法系统。
sector: ${inline(unit.sector)}
# 单位类型，可选：${oneOf(UNIT_KINDS)}。${unit.kindNote ? `\n# ${unit.kindNote}` : ''}
kind: ${inline(unit.kind)}
# 获得的荣誉，每项一条。
honors:
${unit.honors.map((honor) => honorYaml(honor)).join('\n')}
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(unit.summary)}
# 封面照片（可选）：图片放在本文件旁边或 content/_media/ 下，alt 用一句话说明图片内容。
# cover:
#   src: ./unit-photo.jpg
#   alt: 单位办公楼外景
#   credit: 摄影：张三（本单位提供）  # 不是本办自己拍摄的图片，写明作者和许可
# 对外办公地址（可选，只写公开地址）。
# address: 太原市小店区某某路 1 号
# 单位网站（可选）。
# website: https://www.example.gov.cn/
---

${unit.body}
`;
}

export interface ScaffoldContext {
  today: string;
  /** The slug of an existing unit, for fields that must point at one. */
  firstUnit: string | undefined;
  /** A region to start from (the province of an existing unit). */
  province: string;
  /** The office, from the site settings. */
  officeName: string;
}

export function newUnit(name: string, ctx: ScaffoldContext): string {
  const year = Number(ctx.today.slice(0, 4));
  return unitFile({
    name,
    region: [ctx.province],
    sector: todo('所属系统'),
    kind: UNIT_KINDS[0],
    kindNote: '默认是「党政机关」，请按实际改。',
    honors: [{ title: '文明单位', level: '省级', conferredBy: todo('授予机关'), term: `${year}年度`, year, named: ctx.today, namedDateNote: '命名日期默认是今天，请按命名文件改。' }],
    summary: todo('一句话介绍这个单位的创建特色'),
    body: `${todo('创建事迹。')}写这个单位做了什么、带来了什么变化。一段一个意思，段落之间空一行。`,
  });
}

export function newFigure(name: string, ctx: ScaffoldContext): string {
  const year = Number(ctx.today.slice(0, 4));
  return `---
# 姓名；集体写集体名称，例如 红马甲志愿服务队。
name: ${inline(name)}
# 是否为集体（一对夫妻、一个团队等，按一名（组）计）：true 或 false。
group: false
# 集体成员（只写本人同意公开的姓名）；个人留空 []。
members: []
# 是否追授（已故）：true 或 false。
posthumous: false
# 类别，五选一：${oneOf(FIGURE_CATEGORIES)}。
category: ${FIGURE_CATEGORIES[0]}
# 获得的荣誉，每项一条。
honors:
  # 称号，例如 全国道德模范、全国道德模范提名奖、省道德模范、中国好人、身边好人。
  - title: 身边好人
    # 级别，可选：${oneOf(LEVELS)}。
    level: 市级
    # 授予机关。
    conferredBy: ${inline(todo('授予机关'))}
    # 届次/年度，按文件原样，例如 第八届、${year}年度、${year}年第一季度。
    term: ${inline(`${year}年度`)}
    # 评选年份（四位数字）。
    year: ${year}
# 所在单位（可选）：content/units/ 下的文件名（不带 .md）。
# unit: ${ctx.firstUnit ?? 'shanxi-sheng-gongan-ting'}
# 所在地区：从省写起，例如 [山西省, 晋中市]。
region: ${inline([ctx.province])}
# 职业（可选），例如 乡村教师。
# occupation: 乡村教师
# 肖像（可选）：图片放在本文件旁边，alt 用一句话说明照片内容。
# portrait:
#   src: ./portrait.jpg
#   alt: ${name}在社区服务站为老人量血压
#   credit: 摄影：张三（本人提供）  # 不是本办自己拍摄的照片，写明作者和许可
# 本人的一句话（可选）。
# quote: 帮别人一把，心里就亮堂。
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话介绍事迹'))}
# 发布同意记录：只有取得本人（已故的取得家属）同意后，given 才能是 true；
# 没有取得同意的，不要发布这个人物。
consent:
  given: true
  # 取得同意的日期。
  date: ${ctx.today}
  # 同意方式和原件存放处。
  note: ${inline(todo('例如“本人书面同意，原件存文明办”'))}
# 是否为虚构的示例人物（正式内容一律为 false）。
fictional: false
---

${todo('人物事迹。')}按时间顺序写清楚做了什么、坚持了多久、影响了谁。一段一个意思，段落之间空一行。
`;
}

export function newLecture(title: string, ctx: ScaffoldContext): string {
  return `---
# 讲座题目。
title: ${inline(title)}
# 所属系列，例如 省直机关领导干部思想讲坛、道德讲堂。
series: ${inline(todo('所属系列'))}
# 第几期（正整数）。
session: 1
# 举办日期。
date: ${ctx.today}
# 开始时间（可选，24 小时制，加引号）。
# time: "14:30"
# 举办地点。
venue: ${inline(todo('举办地点'))}
# 承办单位：content/units/ 下的文件名（不带 .md）。
# 这里先填了一个已有单位，好让文件能通过检查，请改成真正的承办单位。
host: ${ctx.firstUnit ?? todo('承办单位文件名')}
# 主讲人，每人一条；position 职务、affiliation 单位可选。
speakers:
  - name: ${inline(todo('主讲人姓名'))}
    # position: 教授
    # affiliation: 山西大学哲学社会学学院
# 本期介绍的道德模范（可选）：content/figures/ 下的文件名列表，例如 [wang-xiu-ying]。
figures: []
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话介绍本期内容'))}
# 封面图（可选）：图片放在本文件旁边，alt 用一句话说明图片内容。
# cover:
#   src: ./cover.jpg
#   alt: 主讲人在报告厅演讲
#   credit: 摄影：张三（本单位提供）  # 不是本办自己拍摄的图片，写明作者和许可
# 视频（可选）：放在 public/media/ 下写 /media/文件名.mp4 并配字幕，或写完整网址。
# video:
#   src: /media/lecture.mp4
#   captions: /media/lecture.vtt
# 讲稿 PDF（可选），放在 public/media/ 下。
# slides: /media/lecture.pdf
# 听众人数（可选）。
# audience: 200
---

${todo('内容摘要或讲稿整理。')}一段一个意思，段落之间空一行。
`;
}

/** The exhibition's index.md; the placeholder photo is written beside it by the caller. */
export const EXHIBITION_PLACEHOLDER_PHOTO = 'photos/placeholder.jpg';

export function newExhibition(title: string, ctx: ScaffoldContext): string {
  return `---
# 展览标题。
title: ${inline(title)}
# 副标题（可选）。
# subtitle: 庆祝文明单位创建二十周年
# 主办单位（默认取站点设置里的主办单位）。
organizer: ${inline(ctx.officeName)}
# 展出地点。
venue: ${inline(todo('展出地点'))}
# 开展、闭展日期。
opens: ${ctx.today}
closes: ${addDays(ctx.today, 30)}
# 参观人数（可选）。
# visitors: 1200
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话介绍展览'))}
# 展区，按展出顺序；id 用小写字母、数字和连字符，图片的 section 写这个 id。
sections:
  - id: diyi-zhanqu
    title: ${inline(todo('第一展区标题'))}
    intro: ${inline(todo('展区导语'))}
# 图片，按展出顺序，每张一条。图片文件放在本文件夹的 photos/ 下。
# 下面这张是占位图（灰色空白图），请换成真实照片后删除 ${EXHIBITION_PLACEHOLDER_PHOTO}。
photos:
  - id: zhanweitu
    # 图片文件，相对于本文件。
    file: ./${EXHIBITION_PLACEHOLDER_PHOTO}
    # 图片标题。
    title: ${inline(todo('图片标题'))}
    # 图片说明，显示在图片下方。
    caption: ${inline(todo('图片说明'))}
    # 替代文字：用一句话写出图片里有什么，供看不见图片的读者使用。
    alt: ${inline(todo('图片内容'))}
    # 所属展区的 id。
    section: diyi-zhanqu
    # 摄影者。
    photographer: ${inline(todo('摄影者'))}
    # 版权或许可，例如 文明办版权所有、CC BY-SA 4.0。
    license: ${inline(todo('版权或许可'))}
    # 来源（可选，不是本办拍摄时写明出处）。
    # source: 某某日报
    # 拍摄日期、地点（可选）。
    # date: ${ctx.today}
    # place: 太原市迎泽公园
    # 图中的单位、人物（可选）：content/units/、content/figures/ 下的文件名列表。
    units: []
    figures: []
---

${todo('策展人的话。')}一段一个意思，段落之间空一行。
`;
}

export function newNotice(title: string, ctx: ScaffoldContext): string {
  return `---
# 公示标题。
title: ${inline(title)}
# 公示类型，可选：${oneOf(NOTICE_KINDS)}。
kind: ${NOTICE_KINDS[0]}
# 发布日期。
published: ${ctx.today}
# 公示期（含首尾两天）；在此期间相关页面显示“公示中”。
window:
  start: ${ctx.today}
  end: ${addDays(ctx.today, 6)}
# 意见反映方式，每项一条：label 写方式，value 写号码或地址（用办公电话，不要写个人手机）。
contacts:
  - label: 电话
    value: ${inline(todo('办公电话'))}
# 涉及的单位：content/units/ 下的文件名列表。这里先填了一个已有单位，好让文件能通过检查，请改成名单上的单位。
units: ${ctx.firstUnit ? `[${ctx.firstUnit}]` : '[]'}
# 涉及的人物（可选）：content/figures/ 下的文件名列表。
figures: []
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话说明公示内容'))}
# 公示结果：公示期结束、作出决定后填写（不填时 npm run check 会提醒）。
# outcome:
#   date: ${addDays(ctx.today, 10)}
#   result: 公示期满无异议，予以命名
#   document: 晋文明委〔${ctx.today.slice(0, 4)}〕1号
---

${todo('公示正文。')}写明公示对象、公示期、反映意见的方式和要求。
`;
}
