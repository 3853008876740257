/**
 * The files `npm run new` writes (and the import, for a new unit): every field present, each with
 * a comment saying what it is for; optional fields commented out with an example.
 *
 * A template claims nothing. Whatever only an editor can know — a date, a level, a category, a
 * region, consent — says 「待填写：……」 (or stays commented out), never a plausible default, and no
 * value is copied from another entry. A new entry is written as a draft (`draft: true`): it is
 * never published and never breaks a build while unfinished; `npm run check` lists what is left.
 * Once the draft line is deleted, every 「待填写」 left is an error that stops the build.
 */
import { FIGURE_CATEGORIES } from '../../src/schemas/figures.ts';
import { NOTICE_KINDS } from '../../src/schemas/notices.ts';
import { oneOf } from '../../src/schemas/shared.ts';
import { WRITTEN_STATUSES } from '../../src/lib/honors/statuses.ts';
import { UNIT_KINDS } from '../../src/schemas/units.ts';
import { PLACEHOLDER } from './checks/placeholders.ts';
import { inline, yamlValue } from './yaml-text.ts';

export const todo = (what: string) => `${PLACEHOLDER}：${what}`;

/** The draft line every scaffold starts with, and what it means. */
export const DRAFT_LINES = `# 草稿：这一行在，条目就不会出现在网站上，也不会让构建失败。
# 全部「待填写」处都填好后，删除这一行（和这两行注释），运行 npm run check，通过即可发布。
draft: true`;

/** One honor of a unit, as a new file or the import writes it. */
export interface NewHonor {
  /** The conferring body's slug (content/bodies/), or a placeholder in a scaffold. */
  body: string;
  title: string;
  /** Written only when known: a one-off 表彰 may have none. */
  term?: string | undefined;
  document?: string | undefined;
  /** The day of the 命名 (a placeholder in a scaffold). */
  named: string;
}

export interface NewUnit {
  name: string;
  region: string[];
  sector: string;
  /** Written only when known: the import writes what the list says and nothing else. */
  kind?: string | undefined;
  honors: NewHonor[];
  summary: string;
  /** The story; empty when there is none yet (the page then shows the facts alone). */
  body: string;
  /** True for a scaffold, false for an imported unit (every field from the list). */
  draft: boolean;
}

/** One honor as a block-list item, indented for `honors:`; `comments: false` for a file that has them already. */
export function honorYaml(honor: NewHonor, { comments = true } = {}): string {
  const lines = [
    '  # 授予机关：content/bodies/ 下机关文件的文件名（不带 .yaml），例如 shanxi-shengzhi。级别、层级和有效期都从机关文件来。',
    `  - body: ${inline(honor.body)}`,
    '    # 荣誉称号，按命名文件原样照抄（必须是该机关文件 titles 里的一个），前面不加级别。',
    `    title: ${inline(honor.title)}`,
    '    # 届次/年度，按文件原样，例如 2024年度、第七届、2019—2021年度、第三批。',
    honor.term === undefined ? '    # term: 2024年度' : `    term: ${inline(honor.term)}`,
    '    # 状态记录，从早到晚，第一条必须是「命名」。以后复查、警告、恢复、摘牌时在下面追加一条，',
    `    # 可用状态：${oneOf(WRITTEN_STATUSES)}。当前状态和届满由网站按机关的有效期规则推算，不用填写。`,
    '    history:',
    '      - status: 命名',
    '        # 命名文件的日期（YYYY-MM-DD；只知道年月写 YYYY-MM，只知道年份写 YYYY）。',
    `        date: ${yamlValue(honor.named)}`,
    ...(honor.document ? [`        document: ${inline(honor.document)}`] : ['        # document: 晋文明委〔2024〕3号', '        # note: 备注（可选）']),
    '        # 决定本身写明有效期的才写 validUntil；决定由授予机关以外的机关作出（如省直机关的届中警告）写 by: 那个机关的文件名。',
    '        # validUntil: 2027-12-31',
    '        # by: fujian-shengzhi',
    '    # 示例数据（虚构的荣誉、日期或文号）写 fictional: true，页面会标注「示例」。',
    '    # fictional: true',
  ];
  return (comments ? lines : lines.filter((line) => !/^\s*# /.test(line))).join('\n');
}

export function unitFile(unit: NewUnit): string {
  const kindLine = unit.kind ? `kind: ${inline(unit.kind)}` : '# kind: 事业单位';
  return `---
${unit.draft ? `${DRAFT_LINES}\n` : ''}# 单位名称：现在使用的全称。
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
# 单位类型（可选，不清楚就不写），可选：${oneOf(UNIT_KINDS)}。
${kindLine}
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
# 字段区到此为止；下面的正文写创建事迹（可选：没有正文时，页面只显示上面的信息）。
---
${unit.body ? `\n${unit.body}\n` : ''}`;
}

/**
 * References the editor asked for on the command line (`--unit`, `--organiser`, `--units`, `--figures` …),
 * by field: one slug, or a list for a list field (scripts/lib/new-entry.ts reads which from the schema).
 */
export type ScaffoldLinks = Record<string, string | string[] | undefined>;

export interface ScaffoldContext {
  links: ScaffoldLinks;
  /** The office, from the site settings, offered in a comment (never written as a value). */
  officeName: string | undefined;
}

export function newUnit(name: string): string {
  return unitFile({
    draft: true,
    name,
    region: [todo('省份'), todo('市（没有就删掉这一项）')],
    sector: todo('所属系统'),
    kind: todo(`单位类型（不清楚就删掉这一行）`),
    honors: [{ body: todo('授予机关文件名'), title: todo('荣誉称号'), term: todo('届次或年度'), named: todo('命名日期') }],
    summary: todo('一句话介绍这个单位的创建特色'),
    body: `${todo('创建事迹。')}写这个单位做了什么、带来了什么变化。一段一个意思，段落之间空一行。没有事迹可写时，删掉这一段。`,
  });
}

export function newFigure(name: string, ctx: ScaffoldContext): string {
  return `---
${DRAFT_LINES}
# 姓名；集体写集体名称，例如 红马甲志愿服务队。
name: ${inline(name)}
# 是否为集体（一对夫妻、一个团队等，按一名（组）计）：true 或 false。
group: false
# 集体成员（只写本人同意公开的姓名）；个人留空 []。
members: []
# 已故（可选）：写去世日期（YYYY-MM-DD，或 YYYY-MM、YYYY）。去世后授予的荣誉在那一项写 posthumous: true（追授）。
# deceased: { date: 2012-07 }
# 未成年人写 minor: true：网站不显示肖像、职业、语录、所在单位，除非 consent 里写明监护人同意（guardian）并同意公开（portrait: true）。
# minor: true
# 类别，五选一：${oneOf(FIGURE_CATEGORIES)}。
category: ${inline(todo('类别'))}
# 获得的荣誉，每项一条。
honors:
  # 授予机关：content/bodies/ 下机关文件的文件名（不带 .yaml），例如 zhongyang-wenmingban。
  - body: ${inline(todo('授予机关文件名'))}
    # 称号，按文件原样（必须是该机关文件 titles 里的一个），例如 全国道德模范提名奖、中国好人、身边好人。
    title: ${inline(todo('称号'))}
    # 届次/年度（可选），按文件原样，例如 第八届、2024年度、2024年第一季度。
    term: ${inline(todo('届次或年度'))}
    # 授予日期（YYYY-MM-DD；只知道年月写 YYYY-MM，只知道年份写 YYYY）。
    date: ${inline(todo('授予日期'))}
    # 去世后授予的写 posthumous: true（追授），并在上面写 deceased。
    # posthumous: true
    # 称号被撤销时追加一条（可用状态：撤销、摘牌、取消）；by 是作出决定的机关（不是授予机关时）。
    # history:
    #   - { status: 撤销, date: 2025-06-01, document: 文号, note: 原因, by: 机关文件名 }
# 所在单位（可选）：content/units/ 下的文件名（不带 .md）。
${typeof ctx.links.unit === 'string' ? `unit: ${ctx.links.unit}` : '# unit: shanxi-sheng-gongan-ting'}
# 所在地区：从省写起，例如 [山西省, 晋中市]。
region: ${inline([todo('省份'), todo('市（没有就删掉这一项）')])}
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
# 发布同意记录（必填）：取得本人（已故的取得家属）同意后，删掉下面四行开头的「# 」，填写同意的日期和方式。
# 没有同意记录的人物不能发布：构建会报错。
# consent:
#   given: true
#   date: ${todo('同意的日期')}
#   note: ${todo('同意方式和原件存放处，例如「本人书面同意，原件存文明办」')}
#   # 未成年人：写明监护人同意的方式；监护人也同意公开肖像和个人信息时，才写 portrait: true。
#   guardian: 母亲书面同意，原件存文明办
#   portrait: false
# 是否为虚构的示例人物（正式内容一律为 false）。
fictional: false
---

${todo('人物事迹。')}按时间顺序写清楚做了什么、坚持了多久、影响了谁。一段一个意思，段落之间空一行。
`;
}

/** `[a, b]`, or `[]` when the editor named none. */
export const slugList = (slugs: string | readonly string[] | undefined) => `[${[slugs ?? []].flat().join(', ')}]`;

export function newLecture(title: string, ctx: ScaffoldContext): string {
  return `---
${DRAFT_LINES}
# 讲座题目。
title: ${inline(title)}
# 所属系列，例如 省直机关领导干部思想讲坛、道德讲堂。
series: ${inline(todo('所属系列'))}
# 第几期（正整数）。
session: ${inline(todo('期数'))}
# 举办日期（YYYY-MM-DD）。
date: ${inline(todo('举办日期'))}
# 开始时间（可选，24 小时制，加引号）。
# time: "14:30"
# 举办地点。
venue: ${inline(todo('举办地点'))}
# 主办：本办主办写 office；某个单位主办写它在 content/units/ 下的文件名（不带 .md）。
organiser: ${typeof ctx.links.organiser === 'string' ? ctx.links.organiser : inline(todo('office 或主办单位的文件名'))}
# 举办地点是某个文明单位时（可选）：它的文件名，单位页面会列出这一期。
# venueUnit: zhonggong-shanxi-shengwei-dangxiao
# 主讲人，每人一条；position 职务、affiliation 单位可选。
speakers:
  - name: ${inline(todo('主讲人姓名'))}
    # position: 教授
    # affiliation: 山西大学哲学社会学学院
# 本期介绍的道德模范（可选）：content/figures/ 下的文件名列表，例如 [wang-xiu-ying]。
figures: ${slugList(ctx.links.figures)}
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

export function newExhibition(title: string, ctx: ScaffoldContext): string {
  return `---
${DRAFT_LINES}
# 展览标题。
title: ${inline(title)}
# 副标题（可选）。
# subtitle: 庆祝文明单位创建二十周年
# 主办单位${ctx.officeName ? `（本办主办的写「${ctx.officeName}」）` : ''}。
organizer: ${inline(todo('主办单位'))}
# 展出地点。
venue: ${inline(todo('展出地点'))}
# 开展、闭展日期（YYYY-MM-DD）。
opens: ${inline(todo('开展日期'))}
closes: ${inline(todo('闭展日期'))}
# 参观人数（可选）。
# visitors: 1200
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话介绍展览'))}
# 展区，按展出顺序；id 用小写字母、数字和连字符，图片的 section 写这个 id。
sections:
  - id: diyi-zhanqu
    title: ${inline(todo('第一展区标题'))}
    intro: ${inline(todo('展区导语'))}
# 图片，按展出顺序，每张一条（照片多时也可以写在同一文件夹的 photos.csv 里，见 EDITING.md）。
# 照片放进本文件夹的 photos/，然后删掉 photos: [] 这一行，把下面的示例去掉「# 」照着写。
photos: []
#   - id: diyi-zhang
#     # 图片文件，相对于本文件。
#     file: ./photos/01.jpg
#     # 图片标题。
#     title: 晨光中的志愿者
#     # 图片说明，显示在图片下方。
#     caption: 志愿者清晨在社区门口为居民测量血压。
#     # 替代文字：用一句话写出图片里有什么，供看不见图片的读者使用。
#     alt: 两名穿红马甲的志愿者在社区门口为一位老人量血压
#     # 所属展区的 id。
#     section: diyi-zhanqu
#     # 摄影者。
#     photographer: 张三
#     # 版权或许可，例如 文明办版权所有、CC BY-SA 4.0。
#     license: 文明办版权所有
#     # 来源（可选，不是本办拍摄时写明出处）。
#     # source: 某某日报
#     # 拍摄日期、地点（可选）。
#     # date: 2024-05-06
#     # place: 太原市迎泽公园
#     # 图中的单位、人物（可选）：content/units/、content/figures/ 下的文件名列表。
#     units: []
#     figures: []
---

${todo('策展人的话。')}一段一个意思，段落之间空一行。
`;
}

export function newNotice(title: string, ctx: ScaffoldContext): string {
  return `---
${DRAFT_LINES}
# 公示标题。
title: ${inline(title)}
# 公示类型，可选：${oneOf(NOTICE_KINDS)}。通报没有公示期：删掉下面的 window 和 contacts。
kind: ${inline(todo('公示类型'))}
# 发布机关（可选）：本办写 office（默认）；其他机关写 content/bodies/ 下的文件名。
# issuer: office
# 发布日期（YYYY-MM-DD）。
published: ${inline(todo('发布日期'))}
# 公示期（含首尾两天）；在此期间相关页面显示「公示中」。
window:
  start: ${inline(todo('公示开始日期'))}
  end: ${inline(todo('公示截止日期'))}
# 意见反映方式，每项一条：label 写方式，value 写号码或地址（用办公电话，不要写个人手机）。
contacts:
  - label: 电话
    value: ${inline(todo('办公电话'))}
# 涉及的单位：content/units/ 下的文件名列表，例如 [shanxi-sheng-gongan-ting, shanxi-sheng-tushuguan]。
units: ${slugList(ctx.links.units)}
# 涉及的人物：content/figures/ 下的文件名列表（单位、人物、候选至少写一个）。
figures: ${slugList(ctx.links.figures)}
# 拟命名的称号（拟命名公示用，可选）：机关文件名、称号原文、届次。
# proposal: { body: shanxi-shengzhi, title: 山西省直机关文明和谐标兵单位, term: 2026年度 }
# 公示名单（可选）：本站已有的单位写 unit，人物写 figure，还不是本站单位的写 name（和 place：地区或系统）。
# candidates:
#   - { unit: shanxi-sheng-gongan-ting }
#   - { name: 山西省某某局, place: 省直机关 }
#   - { figure: wang-xiu-ying }
# 附件（可选）：文件放在 public/media/ 下。
# attachments:
#   - { file: /media/2026-niming-mingdan.pdf, title: 拟命名名单 }
# 一句话简介（120 字以内），用于卡片、搜索结果和分享图。
summary: ${inline(todo('一句话说明公示内容'))}
# 公示结果：公示期结束、作出决定后填写（不填时 npm run check 会提醒）。
# outcome:
#   date: 2026-04-20
#   result: 公示期满无异议，予以命名
#   document: 晋文明委〔2026〕1号
# 同时刊登的媒体（可选），例如 [山西日报, 新浪网]。
# channels: [山西日报]
# 虚构的示例公示写 fictional: true，页面会标注「示例」。
# fictional: true
---

${todo('公示正文。')}写明公示对象、公示期、反映意见的方式和要求。
`;
}
