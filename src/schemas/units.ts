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
    name: text('单位名称 name'),
    /** A short name for cards. @example 省人社厅 */
    shortName: z.string().trim().optional(),
    /**
     * Names the unit had before (涉改 units are renamed after institutional reform), newest
     * last. Old names stay findable. `until` is the day the name stopped being used.
     */
    formerNames: z
      .array(strict({ name: text('曾用名 name'), until: isoDate, note: z.string().trim().optional() }))
      .default([]),
    /** Region path from the province down. @example [山西省, 太原市] */
    region,
    /** The sector or system the unit belongs to. @example 省直机关 */
    sector: text('系统 sector'),
    /**
     * The kind of body, when known. Optional: naming lists rarely say it, and the import writes
     * only what a list says; a unit without it simply does not show the line.
     */
    kind: enumField(UNIT_KINDS, '单位类型 kind').optional(),
    /** Every honor the unit has received: body, title and term as issued, each with its history of decisions. */
    honors: z.array(unitHonor(helpers)).min(1, { error: '荣誉 honors 至少要有一项' }),
    /** One sentence for cards, search results and the share image (≤ 120 characters). */
    summary: text('简介 summary').max(120, { error: '简介 summary 不能超过 120 个字' }),
    /** A cover photo. */
    cover: imageWithAlt(helpers, '封面').optional(),
    /** A public address (never a private one). @example 太原市小店区某某路 1 号 */
    address: z.string().trim().optional(),
    /** The unit's website. */
    website: url.optional(),
    /**
     * True for a demo unit whose name and honors are invented (the page says 「示例单位，系虚构」,
     * and every honor counts as fictional). A negative status (黄牌警告, 摘牌) goes only on such a unit.
     */
    fictional: z.boolean().default(false),
  });
}
export type UnitData = z.output<ReturnType<typeof unitSchema>>;
