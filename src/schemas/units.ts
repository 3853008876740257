/**
 * 文明单位: a body the office has honored. One file per unit in content/units/<slug>.md;
 * the body of the file is the unit's creation story (创建事迹).
 */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './context.ts';
import { entryFields, enumField, imageWithAlt, isoDate, region, strict, text, url } from './shared.ts';
import { unitHonor } from './honors.ts';

/** Kinds of body. */
export const UNIT_KINDS = ['党政机关', '事业单位', '企业', '学校', '医院', '乡镇', '村', '社区', '社会组织', '其他'] as const;

export function unitSchema(helpers: SchemaHelpers) {
  return strict({
    ...entryFields,
    /** The current full name. @example 山西省人力资源和社会保障厅 */
    name: text('单位名称 name').meta({ title: '单位名称', description: '现用全称，例如 山西省人力资源和社会保障厅' }),
    /** A short name for cards. @example 省人社厅 */
    shortName: z.string().trim().optional().meta({ title: '简称', description: '卡片上使用，例如 省人社厅' }),
    /**
     * Names the unit had before (涉改 units are renamed after institutional reform), newest
     * last. Old names stay findable. `until` is the day the name stopped being used.
     */
    formerNames: z
      .array(
        strict({
          name: text('曾用名 name').meta({ title: '曾用名' }),
          until: isoDate.meta({ title: '停用日期', description: '这个名称停止使用的日期' }),
          note: z.string().trim().optional().meta({ title: '说明', description: '例如 机构改革后更名' }),
        }).meta({ title: '曾用名' }),
      )
      .default([])
      .meta({ title: '曾用名', description: '机构改革等更名前的名称，旧名称仍可检索到本单位；最近的写在最后' }),
    /** Region path from the province down. @example [山西省, 太原市] */
    region,
    /** The sector or system the unit belongs to. @example 省直机关 */
    sector: text('系统 sector').meta({ title: '系统', description: '所属系统或行业，例如 省直机关、教育系统' }),
    /**
     * The kind of body, when known. Optional: naming lists rarely say it, and the import writes
     * only what a list says; a unit without it simply does not show the line.
     */
    kind: enumField(UNIT_KINDS, '单位类型 kind').optional().meta({ title: '单位类型', description: '命名名单没写时可不填' }),
    /** Every honor the unit has received: body, title and term as issued, each with its history of decisions. */
    honors: z.array(unitHonor(helpers)).min(1, { error: '荣誉 honors 至少要有一项' }).meta({ title: '荣誉', description: '本单位获得的每项称号：授予机关、称号和届次按文件原文，各带决定记录' }),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }).meta({ title: '简介', description: '一句话，用于卡片、检索结果和分享图，不超过 120 字' }),
    /** A cover photo. */
    cover: imageWithAlt(helpers, '封面').optional().meta({ title: '封面' }),
    /** A public address (never a private one). @example 太原市小店区某某路 1 号 */
    address: z.string().trim().optional().meta({ title: '地址', description: '对外公开的办公地址，不写私人住址' }),
    /** The unit's website. */
    website: url.optional().meta({ title: '网站', description: '以 https:// 开头的完整网址' }),
    /**
     * True for a demo unit whose name and honors are invented (the page says 「示例单位，系虚构」,
     * and every honor counts as fictional). A negative status (黄牌警告, 摘牌) goes only on such a unit.
     */
    fictional: z.boolean().default(false).meta({ title: '虚构示例', description: '演示用的虚构单位，页面会注明；真实单位不要勾选' }),
  });
}
export type UnitData = z.output<ReturnType<typeof unitSchema>>;
