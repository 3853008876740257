/**
 * What `npm run check` says (scripts/lib/checks/): each finding as a message (what is wrong,
 * where) and a hint (the fix), both in Chinese, quoting with 「」.
 */

/** A finding's two lines as the check prints them. */
export interface Finding {
  message: string;
  hint: string;
}

const list = (values: readonly string[]) => values.join('、');

const WEAK_ALT_HINT = '用一句话写出图片里有什么，例如「志愿者在社区为老人测量血压」';
const GPS_HINT =
  '删除照片里的位置信息后再提交：Windows 在文件「属性 → 详细信息 → 删除属性和个人信息」，macOS 在「预览 → 工具 → 显示检查器 → 移除位置信息」，或运行 exiftool -gps:all= -overwrite_original 文件名';

export const checkMessages = {
  duplicate: {
    slug: (others: readonly string[], path: string): Finding => ({
      message: `网址重复：与 ${list(others)} 的网址相同（都是 ${path}/）`,
      hint: '删除多余的一个文件，或把其中一个改名',
    }),
    /** `folder`: the entry is a folder (an exhibition), so it is the folder that is renamed. */
    badSlug: (id: string, suggestion: string, folder: boolean): Finding => ({
      message: `文件名「${id}」不能用作网址：只能用小写字母、数字和连字符`,
      hint: `把文件${folder ? '夹' : ''}改名，例如 ${suggestion}（用 git mv 改名，引用它的地方也要一起改）`,
    }),
    unitName: (name: string, others: readonly string[]): Finding => ({
      message: `单位名称「${name}」与 ${list(others)} 重复`,
      hint: '同一单位只保留一个文件，把荣誉合并到其中的 honors 里；确是两个单位的，写全称加以区分',
    }),
    formerName: (name: string, owner: string): Finding => ({
      message: `曾用名「${name}」是 ${owner} 现在的名称，导入名单时无法判断该归哪个单位`,
      hint: '确认是否为同一单位：是则合并两个文件，否则在名称中写明区别',
    }),
    figureName: (name: string, others: readonly string[]): Finding => ({
      message: `人物「${name}」与 ${list(others)} 同名`,
      hint: '如是同一人，合并为一个文件；如是不同的人，可以忽略这条提醒',
    }),
  },
  noticeWithoutOutcome: (end: string): Finding => ({
    message: `公示已于 ${end} 结束，但还没有填写结果 outcome`,
    hint: '在文件中加上 outcome:，写明 date（决定日期）、result（如「公示期满无异议，予以命名」）和 document（文号）',
  }),
  weakAlt: {
    field: (alt: string): Finding => ({ message: `替代文字「${alt}」没有说明图片内容`, hint: WEAK_ALT_HINT }),
    body: (alt: string): Finding => ({
      message: alt.trim() ? `正文图片的替代文字「${alt}」没有说明图片内容` : '正文图片没有替代文字（方括号里是空的）',
      hint: WEAK_ALT_HINT,
    }),
  },
  /** `levels`: each level's file-name form with the level, e.g. ['national（全国）']; `existing`: the batches there are. */
  unknownBatch: (id: string, levels: readonly string[], existing: readonly string[]): Finding => ({
    message: `没有「${id}」这个命名批次：没有哪个单位的荣誉是这一年、这一级别`,
    hint: `文件名写「年份-级别」，级别用 ${list(levels)}；现有批次：${list(existing) || '（还没有）'}`,
  }),
  body: {
    unparsable: (reason: string): Finding => ({
      message: `正文无法解析：${reason}`,
      hint: '检查正文中的尖括号、花括号是否配对（MDX 文件里的 < 和 { 有特殊含义，要原样显示时写成 \\< 和 \\{）',
    }),
    /** `caseVariant`: the file that is there when only the letter case differs, as a path from the entry's folder. */
    missingImage: (written: string, caseVariant: string | undefined): Finding => ({
      message: missingImage('找不到正文中的图片', written, caseVariant),
      hint: '把图片放到写明的位置，或改正路径，例如 ./photos/01.jpg',
    }),
    placeholder: (snippet: string, hint: string): Finding => ({ message: `正文还没有写完（模板里的「${snippet}」）`, hint }),
  },
  /** `missing`: each character the share-image font lacks, as 「𠮷」(U+20BB7). */
  missingGlyphs: (field: string, missing: readonly string[]): Finding => ({
    message: `${field}: 分享图字体里没有${missing.map((char) => `「${char}」(U+${char.codePointAt(0)!.toString(16).toUpperCase()})`).join('、')}，这些字在分享图上会显示为空白`,
    hint: '如是录入错误或异体字，换成常用写法；如是人名、地名中的生僻字，请联系技术人员为分享图补字',
  }),
  photo: {
    gps: (file: string, position: { latitude: number; longitude: number }): Finding => ({
      message: `照片 ${file} 带有 GPS 位置信息（${position.latitude.toFixed(4)}, ${position.longitude.toFixed(4)}），可能暴露拍摄者或当事人的住址`,
      hint: GPS_HINT,
    }),
    /** `size`: as shown, e.g. 「12.3 MB、6000×4000 像素」; the limits in MB and in 万 pixels. */
    tooLarge: (file: string, size: string, limits: { megabytes: number; tenThousandPixels: number }): Finding => ({
      message: `照片 ${file} 太大（${size}），超过 ${limits.megabytes} MB 或 ${limits.tenThousandPixels} 万像素的上限`,
      hint: '网站上的照片最宽不到 2000 像素；用看图软件把照片缩小到长边 3000 像素左右（约 1～2 MB）再提交，构建更快，仓库也更小',
    }),
  },
  personalData: {
    /** `masked`: the number with its middle hidden, so that it does not end up in CI logs either. */
    identityCard: (masked: string): Finding => ({
      message: `疑似身份证号码「${masked}」：身份证号属于个人信息，不得公开发布`,
      hint: '删除这个号码；如需说明身份已核实，写「身份信息已核验」即可',
    }),
    mobile: (masked: string): Finding => ({
      message: `疑似手机号码「${masked}」：个人手机号不得公开发布`,
      hint: '删除这个号码，或改为单位的办公电话（座机，如 0351-1234567）',
    }),
    homeAddress: (match: string): Finding => ({
      message: `疑似家庭住址「${match}」：个人住址不得公开发布`,
      hint: '只写到县区或乡镇、社区一级（如「家住小店区某社区」），删除楼号、单元号和门牌号',
    }),
  },
  placeholder: {
    /** The fix; outside a draft, also how to hold the entry back until it is finished. */
    hint: (draft: boolean) => `换成真实内容（文件里这一项上方的注释说明了写法）${draft ? '' : '；还没准备好发布的条目，在字段区加一行 draft: true'}`,
    field: (field: string, snippet: string) => `${field}: 还没有填写（模板里的「${snippet}」）`,
  },
  schema: {
    unknownField: (field: string, key: string, schemaDoc: string): Finding => ({
      message: `${field}: 没有「${key}」这个字段`,
      hint: `检查拼写（字段名区分大小写），或删除这一行；可用的字段及说明见 ${schemaDoc}`,
    }),
    /** zod's own message, for an issue a schema gives no Chinese message for. */
    missing: (type: string) => `缺少这个字段（应为${type}）`,
    wrongType: (type: string) => `类型不对：应为${type}`,
    invalid: (reason: string) => `值无效（${reason}）`,
    /** What zod calls a type, as an editor would. */
    typeNames: { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '一组字段', date: '日期' } as Readonly<Record<string, string>>,
    hint: {
      missing: (schemaDoc: string) => `补上这个字段；各字段的写法见 ${schemaDoc}，也可以用 npm run new 生成一个模板对照`,
      invalidValue: '从上面列出的可选值中选一个，原样复制，不要增减文字或空格',
      tooBig: '删减文字，控制在上限以内',
      tooSmall: '至少填写一项，格式可参考同类的其他条目',
      other: (schemaDoc: string) => `按上面的说明改正；该字段的说明和示例见 ${schemaDoc}`,
    },
  },
  strayFile: {
    message: '网站不会读取这个文件，它不会出现在任何页面上',
    /** `flat`: the folders of one-file entries; `folders`: each folder type's noun and folder. */
    markdownHint: (flat: readonly string[], folders: readonly { noun: string; folder: string }[]) =>
      `条目应直接放在 ${list(flat.map((folder) => `content/${folder}/`))} 下，${folders.map((type) => `${type.noun}放在 content/${type.folder}/文件夹名/index.md`).join('，')}；不需要的文件请删除`,
    csvHint: (photoList: string) => `图片展的照片清单与 index.md 放在同一个文件夹里，文件名必须是 ${photoList}（全部小写）；不需要的文件请删除`,
  },
  /** 找不到图片文件…, saying so when only the letter case differs (`caseVariant`, as a path from the entry's folder). */
  missingImage: (written: string, caseVariant: string | undefined) => missingImage('找不到图片文件', written, caseVariant),
};

function missingImage(what: string, written: string, caseVariant: string | undefined): string {
  return caseVariant
    ? `${what}「${written}」：文件夹里有「${caseVariant}」，只是字母大小写不同。网站服务器区分大小写，请把路径改成和文件名完全一样`
    : `${what}「${written}」（路径相对于本文件所在的文件夹）`;
}
