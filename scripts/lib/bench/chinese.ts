/**
 * Chinese text of the lengths and vocabulary the real content has (the work reports in
 * /work/shared/seeds/): names, regions, sectors and paragraphs of creation stories. Only common
 * characters are used, so the share-image font covers every one and the build warns about none.
 */
import type { Random } from './random.ts';

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧'];
const GIVEN = ['秀英', '桂兰', '建国', '志强', '丽华', '国庆', '海燕', '德顺', '玉珍', '文涛', '晓燕', '春梅', '永红', '卫东', '红梅', '明亮', '金凤', '小军', '雪梅', '立新', '佳怡', '子涵', '浩然', '雨桐', '思远'];

/** Province → cities → counties, enough variety for the directory filters. */
export const REGIONS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['山西省', ['太原市', '大同市', '晋中市', '长治市', '运城市'], ['小店区', '迎泽区', '杏花岭区', '榆次区', '城区']],
  ['湖北省', ['宜昌市', '咸宁市', '襄阳市', '荆州市'], ['西陵区', '伍家岗区', '咸安区', '樊城区', '沙市区']],
  ['浙江省', ['温州市', '杭州市', '宁波市'], ['龙湾区', '鹿城区', '西湖区', '鄞州区', '瓯海区']],
  ['福建省', ['福州市', '厦门市', '泉州市'], ['鼓楼区', '台江区', '思明区', '丰泽区', '仓山区']],
  ['北京市', ['北京市'], ['平谷区', '海淀区', '朝阳区', '西城区', '通州区']],
];

export const SECTORS = ['省直机关', '教育系统', '卫生健康系统', '政法系统', '交通运输系统', '金融系统', '文化旅游系统', '农业农村系统', '商务系统', '住建系统'];

/** Kind of body with the words its names end in. */
export const KINDS: readonly (readonly [kind: string, suffixes: readonly string[]])[] = [
  ['党政机关', ['局', '委员会', '办公室', '厅']],
  ['事业单位', ['中心', '研究院', '服务站', '图书馆']],
  ['企业', ['有限公司', '集团', '供电公司', '建材市场']],
  ['学校', ['第一中学', '实验小学', '职业学校', '师范学院']],
  ['医院', ['人民医院', '中医院', '妇幼保健院']],
  ['乡镇', ['镇人民政府', '乡党委政府']],
  ['村', ['村委会']],
  ['社区', ['社区居委会', '街道社区']],
];
const FIELDS = ['人力资源', '公安', '交通', '税务', '粮食', '林业', '文化', '卫生', '水利', '气象', '邮政', '供销', '民政', '司法', '审计', '统计'];

const OPENINGS = ['多年来', '创建工作启动以来', '近年来', '自获得称号以来', '在复查周期内', '按照创建测评体系的要求'];
const SUBJECTS = ['单位党委', '全体干部职工', '志愿服务队', '创建办公室', '青年突击队', '窗口服务人员', '退休老同志', '基层党支部'];
const ACTIONS = [
  '坚持把精神文明建设与业务工作同部署、同检查、同考核',
  '在服务窗口推行首问负责和限时办结，公开办事流程和时限',
  '每月组织一次志愿服务，深入社区为老人和困难群众办实事',
  '开展道德讲堂和学模范活动，用身边人讲身边事',
  '建立创建台账，做到活动有计划、过程有记录、成效有评估',
  '结对帮扶农村小学，每学期开设一次安全知识课堂',
  '推进移风易俗，倡导文明餐桌和节俭办事',
  '利用宣传栏和网站公开创建承诺，接受群众监督',
  '组织职工参加无偿献血和植树护绿活动',
  '把诚信建设融入日常管理，开展诚信经营承诺',
  '在节假日到繁忙路口开展交通文明劝导',
  '定期走访困难职工家庭，帮助解决实际困难',
];
const RESULTS = [
  '群众满意度逐年提高',
  '连续多年在复查测评中名列前茅',
  '涌现出一批身边好人和岗位标兵',
  '单位风气和服务面貌明显改善',
  '创建经验在系统内得到推广',
  '得到服务对象和周边群众的普遍好评',
];

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN);
}

/** One sentence of 25–60 characters. */
export function sentence(random: Random): string {
  return `${random.pick(OPENINGS)}，${random.pick(SUBJECTS)}${random.pick(ACTIONS)}，${random.pick(RESULTS)}。`;
}

/** A paragraph of three to six sentences. */
export function paragraph(random: Random): string {
  return Array.from({ length: random.int(3, 6) }, () => sentence(random)).join('');
}

/** A body of about `characters` characters, in paragraphs separated by blank lines. */
export function body(random: Random, characters: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < characters) {
    const next = paragraph(random);
    paragraphs.push(next);
    length += next.length;
  }
  return paragraphs.join('\n\n');
}

/** A unit name in the shape real ones have: region, field, kind. @example 太原市税务局 */
export function unitName(random: Random, city: string, county: string, kind: readonly string[]): string {
  const place = random.chance(0.5) ? city : `${city}${county}`;
  return `${place}${random.pick(FIELDS)}${random.pick(kind)}`;
}

/** A summary sentence of at most 120 characters. */
export function summary(random: Random, lead: string): string {
  return `${lead}${random.pick(ACTIONS)}，${random.pick(RESULTS)}。`.slice(0, 120);
}
