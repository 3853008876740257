/**
 * What the shared schema helpers (src/schemas/shared.ts, messages in src/messages/schema.ts) say
 * about a bad field, read from the helpers themselves so that the wiring is tested too.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/messages/index.ts';
import { entryFields, enumField, isoDate, region, slug, strict, text, url, year } from '../../src/schemas/shared.ts';
import { unitHonor as unitHonorOf } from '../../src/schemas/honors.ts';
import type { SchemaHelpers } from '../../src/schemas/context.ts';

/** The messages of the issues `value` raises. */
const said = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('schema helper messages', () => {
  it('list the valid values of a closed list', () => {
    const level = enumField(['全国', '省级'], '级别');
    expect(said(level, undefined)).toMatchInlineSnapshot(`
      [
        "缺少级别，可选值：全国、省级",
      ]
    `);
    expect(said(level, '国家级')).toMatchInlineSnapshot(`
      [
        "级别「国家级」无效，可选值：全国、省级",
      ]
    `);
  });

  it('name unknown fields and the known ones', () => {
    expect(said(strict({ name: text('名称'), summary: text('简介') }), { name: '甲', summary: '乙', sumary: '丙' })).toMatchInlineSnapshot(`
      [
        "未知字段「sumary」：请检查拼写。这里可用的字段有：name、summary",
      ]
    `);
  });

  it('say when a text is missing or blank', () => {
    expect(said(text('单位名称 name'), undefined)).toMatchInlineSnapshot(`
      [
        "缺少单位名称 name（应为文字）",
      ]
    `);
    expect(said(text('单位名称 name'), '  ')).toMatchInlineSnapshot(`
      [
        "单位名称 name不能为空",
      ]
    `);
  });

  it('show how dates, years, addresses and slugs are written', () => {
    expect(said(isoDate, '2021/11/10')).toMatchInlineSnapshot(`
      [
        "日期应写成 YYYY-MM-DD，例如 2021-11-10",
      ]
    `);
    expect(said(isoDate, '2021-02-30')).toMatchInlineSnapshot(`
      [
        "日期「2021-02-30」不存在，请检查月份和日期",
      ]
    `);
    expect(said(year, '2009年')).toMatchInlineSnapshot(`
      [
        "年份应为四位数字，例如 2009",
      ]
    `);
    expect(said(year, 2009.5)).toMatchInlineSnapshot(`
      [
        "年份应为整数，例如 2009",
      ]
    `);
    expect(said(year, 1900)).toMatchInlineSnapshot(`
      [
        "年份不能早于 1949",
      ]
    `);
    expect(said(year, 2200)).toMatchInlineSnapshot(`
      [
        "年份不能晚于 2100",
      ]
    `);
    expect(said(url, 'www.example.gov.cn')).toMatchInlineSnapshot(`
      [
        "网址应以 http:// 或 https:// 开头",
      ]
    `);
    expect(said(slug, 'Wang_Lei')).toMatchInlineSnapshot(`
      [
        "只能用小写字母、数字和连字符，例如 shan-shui-hu",
      ]
    `);
    expect(said(region, '山西省')).toMatchInlineSnapshot(`
      [
        "地区 region 应为列表，例如 [山西省, 太原市]",
      ]
    `);
    expect(said(region, [])).toMatchInlineSnapshot(`
      [
        "地区 region 至少写到省",
      ]
    `);
    expect(said(entryFields.draft, 'yes')).toMatchInlineSnapshot(`
      [
        "草稿 draft 只能写 true 或 false",
      ]
    `);
  });

  it('ask for a status history starting with 命名', () => {
    // A reference is a file name here; the check's helpers look it up.
    const unitHonor = unitHonorOf({ reference: () => z.string() } as unknown as SchemaHelpers);
    const honor = { body: 'shanxi-shengzhi', title: '山西省直机关文明和谐单位', term: '2009年度' };
    expect(said(unitHonor, honor)).toMatchInlineSnapshot(`
      [
        "缺少状态记录 history（至少一条「命名」）",
      ]
    `);
    expect(said(unitHonor, { ...honor, history: [] })).toMatchInlineSnapshot(`
      [
        "状态记录 history 至少要有一条「命名」",
      ]
    `);
  });

  it('say what is wrong with an image path, a reference, an exhibition or the settings', () => {
    const say = messages.schema;
    expect(say.image.notText).toMatchInlineSnapshot(`"图片应写成相对于本文件的路径，例如 ./photos/photo.jpg"`);
    expect(say.image.format('./cover.bmp')).toMatchInlineSnapshot(`"「./cover.bmp」不是支持的图片格式（jpg、png、webp、avif、gif、svg）"`);
    expect(say.reference('units')).toMatchInlineSnapshot(`"应写 content/units/ 下某个文件的文件名（不带 .md），例如 shanxi-sheng-gongan-ting"`);
    expect(say.summaryTooLong(120)).toMatchInlineSnapshot(`"简介 summary 不能超过 120 个字"`);
    expect(say.exhibition.closesBeforeOpens('2026-03-01', '2026-03-05')).toMatchInlineSnapshot(`"闭展日期 2026-03-01 早于开展日期 2026-03-05"`);
    expect(say.exhibition.unknownSection('jiaoyu', ['shequ', 'xiaoyuan'])).toMatchInlineSnapshot(`"展区「jiaoyu」不存在，可选值：shequ、xiaoyuan"`);
    expect(say.exhibition.duplicatePhoto('01')).toMatchInlineSnapshot(`"图片 id「01」重复，每张图片的 id 必须不同"`);
    expect(say.settings.basePath).toMatchInlineSnapshot(`"basePath 应以 / 开头并以 / 结尾，例如 / 或 /wenming/"`);
    expect(say.settings.navHref).toMatchInlineSnapshot(`"导航链接 href 应以 / 开头，例如 /units/"`);
  });
});
