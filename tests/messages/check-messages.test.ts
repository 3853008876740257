/** What `npm run check` tells an editor (src/messages/checks.ts), each finding as it is printed. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/messages/index.ts';

const { check } = messages;

describe('check messages', () => {
  it('name the duplicate and the fix', () => {
    expect(check.duplicate.slug(['content/units/a.mdx'], 'units/a')).toMatchInlineSnapshot(`
      {
        "hint": "删除多余的一个文件，或把其中一个改名",
        "message": "网址重复：与 content/units/a.mdx 的网址相同（都是 units/a/）",
      }
    `);
    expect(check.duplicate.badSlug('Wang_Lei', 'wang-lei', false)).toMatchInlineSnapshot(`
      {
        "hint": "把文件改名，例如 wang-lei（用 git mv 改名，引用它的地方也要一起改）",
        "message": "文件名「Wang_Lei」不能用作网址：只能用小写字母、数字和连字符",
      }
    `);
    expect(check.duplicate.badSlug('2026 春节', 'chun-jie', true).hint).toMatchInlineSnapshot(`"把文件夹改名，例如 chun-jie（用 git mv 改名，引用它的地方也要一起改）"`);
    expect(check.duplicate.unitName('太原市图书馆', ['content/units/a.md', 'content/units/b.md'])).toMatchInlineSnapshot(`
      {
        "hint": "同一单位只保留一个文件，把荣誉合并到其中的 honors 里；确是两个单位的，写全称加以区分",
        "message": "单位名称「太原市图书馆」与 content/units/a.md、content/units/b.md 重复",
      }
    `);
    expect(check.duplicate.formerName('太原市文化馆', 'content/units/wenhua.md').message).toMatchInlineSnapshot(`"曾用名「太原市文化馆」是 content/units/wenhua.md 现在的名称，导入名单时无法判断该归哪个单位"`);
    expect(check.duplicate.figureName('王磊', ['content/figures/wang-lei-2.md']).hint).toMatchInlineSnapshot(`"如是同一人，合并为一个文件；如是不同的人，可以忽略这条提醒"`);
  });

  it('say what an editor still has to do', () => {
    expect(check.noticeWithoutOutcome('2026-03-05')).toMatchInlineSnapshot(`
      {
        "hint": "在文件中加上 outcome:，写明 date（决定日期）、result（如「公示期满无异议，予以命名」）和 document（文号）",
        "message": "公示已于 2026-03-05 结束，但还没有填写结果 outcome",
      }
    `);
    expect(check.placeholder.field('summary', '待填写：一句话简介')).toMatchInlineSnapshot(`"summary: 还没有填写（模板里的「待填写：一句话简介」）"`);
    expect(check.placeholder.hint(false)).toMatchInlineSnapshot(`"换成真实内容（文件里这一项上方的注释说明了写法）；还没准备好发布的条目，在字段区加一行 draft: true"`);
    expect(check.placeholder.hint(true)).toMatchInlineSnapshot(`"换成真实内容（文件里这一项上方的注释说明了写法）"`);
    expect(check.body.placeholder('待填写：正文。', check.placeholder.hint(true)).message).toMatchInlineSnapshot(`"正文还没有写完（模板里的「待填写：正文。」）"`);
    expect(check.unknownBatch('2031-provincial', ['national（全国）', 'provincial（省级）'], [])).toMatchInlineSnapshot(`
      {
        "hint": "文件名写「年份-级别」，级别用 national（全国）、provincial（省级）；现有批次：（还没有）",
        "message": "没有「2031-provincial」这个命名批次：没有哪个单位的荣誉是这一年、这一级别",
      }
    `);
    expect(check.unknownBatch('2031-provincial', ['provincial（省级）'], ['2009-provincial', '2012-provincial']).hint).toMatchInlineSnapshot(`"文件名写「年份-级别」，级别用 provincial（省级）；现有批次：2009-provincial、2012-provincial"`);
  });

  it('describe pictures: missing, weak alt text, GPS, size, glyphs', () => {
    expect(check.missingImage('./cover.jpg', undefined)).toMatchInlineSnapshot(`"找不到图片文件「./cover.jpg」（路径相对于本文件所在的文件夹）"`);
    expect(check.missingImage('./cover.jpg', './Cover.JPG')).toMatchInlineSnapshot(`"找不到图片文件「./cover.jpg」：文件夹里有「./Cover.JPG」，只是字母大小写不同。网站服务器区分大小写，请把路径改成和文件名完全一样"`);
    expect(check.body.missingImage('./photos/01.jpg', undefined)).toMatchInlineSnapshot(`
      {
        "hint": "把图片放到写明的位置，或改正路径，例如 ./photos/01.jpg",
        "message": "找不到正文中的图片「./photos/01.jpg」（路径相对于本文件所在的文件夹）",
      }
    `);
    expect(check.weakAlt.field('图片')).toMatchInlineSnapshot(`
      {
        "hint": "用一句话写出图片里有什么，例如「志愿者在社区为老人测量血压」",
        "message": "替代文字「图片」没有说明图片内容",
      }
    `);
    expect(check.weakAlt.body('').message).toMatchInlineSnapshot(`"正文图片没有替代文字（方括号里是空的）"`);
    expect(check.weakAlt.body('photo.jpg').message).toMatchInlineSnapshot(`"正文图片的替代文字「photo.jpg」没有说明图片内容"`);
    expect(check.photo.gps('content/units/a/cover.jpg', { latitude: 37.870_12, longitude: 112.548_97 }).message).toMatchInlineSnapshot(`"照片 content/units/a/cover.jpg 带有 GPS 位置信息（37.8701, 112.5490），可能暴露拍摄者或当事人的住址"`);
    expect(check.photo.tooLarge('content/units/a/cover.jpg', '12.3 MB、6000×4000 像素', { megabytes: 10, tenThousandPixels: 3000 }).message).toMatchInlineSnapshot(`"照片 content/units/a/cover.jpg 太大（12.3 MB、6000×4000 像素），超过 10 MB 或 3000 万像素的上限"`);
    expect(check.missingGlyphs('name', ['𠮷'])).toMatchInlineSnapshot(`
      {
        "hint": "如是录入错误或异体字，换成常用写法；如是人名、地名中的生僻字，请联系技术人员为分享图补字",
        "message": "name: 分享图字体里没有「𠮷」(U+20BB7)，这些字在分享图上会显示为空白",
      }
    `);
  });

  it('mask personal data', () => {
    expect(check.personalData.identityCard('140105********1234')).toMatchInlineSnapshot(`
      {
        "hint": "删除这个号码；如需说明身份已核实，写「身份信息已核验」即可",
        "message": "疑似身份证号码「140105********1234」：身份证号属于个人信息，不得公开发布",
      }
    `);
    expect(check.personalData.mobile('139****5678').message).toMatchInlineSnapshot(`"疑似手机号码「139****5678」：个人手机号不得公开发布"`);
    expect(check.personalData.homeAddress('家住幸福小区3号楼').hint).toMatchInlineSnapshot(`"只写到县区或乡镇、社区一级（如「家住小店区某社区」），删除楼号、单元号和门牌号"`);
  });

  it('explain schema issues that have no message of their own', () => {
    const { schema } = check;
    expect(schema.unknownField('honors.0.titel', 'titel', 'src/schemas/units.ts')).toMatchInlineSnapshot(`
      {
        "hint": "检查拼写（字段名区分大小写），或删除这一行；可用的字段及说明见 src/schemas/units.ts",
        "message": "honors.0.titel: 没有「titel」这个字段",
      }
    `);
    expect(schema.missing(schema.typeNames.string!)).toMatchInlineSnapshot(`"缺少这个字段（应为文字）"`);
    expect(schema.wrongType(schema.typeNames.array!)).toMatchInlineSnapshot(`"类型不对：应为列表"`);
    expect(schema.invalid('Invalid input')).toMatchInlineSnapshot(`"值无效（Invalid input）"`);
    expect(schema.hint.missing('src/schemas/units.ts')).toMatchInlineSnapshot(`"补上这个字段；各字段的写法见 src/schemas/units.ts，也可以用 npm run new 生成一个模板对照"`);
    expect(schema.hint.other('src/schemas/units.ts')).toMatchInlineSnapshot(`"按上面的说明改正；该字段的说明和示例见 src/schemas/units.ts"`);
  });

  it('point stray files to where entries belong', () => {
    const { strayFile } = check;
    expect(strayFile.markdownHint(['units', 'figures'], [{ noun: '图片展', folder: 'exhibitions' }])).toMatchInlineSnapshot(`"条目应直接放在 content/units/、content/figures/ 下，图片展放在 content/exhibitions/文件夹名/index.md；不需要的文件请删除"`);
    expect(strayFile.csvHint('photos.csv')).toMatchInlineSnapshot(`"图片展的照片清单与 index.md 放在同一个文件夹里，文件名必须是 photos.csv（全部小写）；不需要的文件请删除"`);
  });

  it('are all in src/messages/, quoting with 「」, never with “”', () => {
    const dir = new URL('../../src/messages/', import.meta.url);
    for (const file of readdirSync(dir)) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/[“”]/);
  });
});
