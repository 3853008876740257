/**
 * Naming lists in the form offices attach them to a decision or a notice: 序号, 单位名称, 地区/系统,
 * 称号, 届次. A unit is listed under the name it had on the decision's day (a unit renamed in a
 * reform appears in its 2009 list as 山西省卫生厅). Rows run from the highest title down (标兵
 * first), then by pinyin; the seeds do not say how offices order them.
 */
import { formerNameOn } from './names.ts';

export const LIST_COLUMNS = ['序号', '单位名称', '地区/系统', '称号', '届次'] as const;

export interface ListRowInput {
  unit: { name: string; formerNames: readonly { name: string; until: string }[]; region: readonly string[]; sector: string };
  title: string;
  term?: string | undefined;
  /** The title's rank within its body. */
  rank?: number | undefined;
  /** The day the name is taken on (the decision's day); undefined: the current name. */
  day?: string | undefined;
  /** The conferring body, for the 地区/系统 column. */
  body?: { region: readonly string[]; tier?: string | undefined } | undefined;
}

/**
 * 地区/系统: a tier body's list names the unit's system (省直机关); any other the unit's region
 * below the body's own (a 福建省 list says 福州市), joined with 「·」.
 */
export function placeCell(row: Pick<ListRowInput, 'unit' | 'body'>): string {
  if (row.body?.tier) return row.unit.sector;
  const bodyRegion = row.body?.region ?? [];
  const below = row.unit.region.filter((part, index) => bodyRegion[index] !== part);
  return (below.length ? below : row.unit.region).join('·');
}

const zh = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** The rows of a list, numbered, in the order above. */
export function listRows(rows: readonly ListRowInput[]): string[][] {
  return [...rows]
    .map((row) => ({ row, name: row.day ? formerNameOn(row.unit, row.day) : row.unit.name }))
    .sort((a, b) => (b.row.rank ?? 0) - (a.row.rank ?? 0) || zh.compare(a.name, b.name))
    .map(({ row, name }, index) => [String(index + 1), name, placeCell(row), row.title, row.term ?? '']);
}
