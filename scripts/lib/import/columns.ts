/**
 * Which column holds what, recognised by its header (with the synonyms offices use). Headers are
 * compared after NFKC and without spaces, so 届次／年度 and 届次/年度 are the same.
 */
import { normaliseName } from '../names.ts';

export const COLUMN_NAMES = {
  name: ['单位名称', '名称', '单位', '单位全称', '单位名', '单位名称（全称）'],
  shortName: ['简称', '单位简称'],
  region: ['地区', '所在地区', '所属地区', '所在地', '区域', '所属区域', '地域'],
  sector: ['系统', '所属系统', '行业', '系统/行业', '行业系统'],
  kind: ['单位类型', '类型', '单位性质', '性质', '单位类别'],
  title: ['荣誉称号', '称号', '荣誉', '荣誉名称', '命名称号'],
  level: ['级别', '荣誉级别', '层级'],
  term: ['届次/年度', '届次', '年度', '批次', '届别', '届次年度'],
  year: ['年份', '命名年份', '年'],
  document: ['文号', '命名文号', '文件号', '发文字号'],
  named: ['命名日期', '命名时间', '日期', '发文日期'],
  conferredBy: ['授予机关', '命名机关', '授予单位', '发文机关', '表彰机关', '发文单位'],
  note: ['备注', '说明', '处理意见', '原因'],
} as const;

export type Column = keyof typeof COLUMN_NAMES;

/** Columns a list may carry that the import has no use for. */
const IGNORED = ['序号', '编号', 'no', 'no.'];

/** The columns a naming list must have (its year comes from the 命名日期 or the 年份). */
export const REQUIRED: readonly Column[] = ['name', 'title', 'term'];

export interface ColumnMap {
  index: Partial<Record<Column, number>>;
  problems: string[];
}

/** A header as compared: full-width forms and spaces do not count, nor a required-field star. */
const headerKey = (header: string) => normaliseName(header).replace(/^\*|\*$/g, '');

/** The column a header names, if the import knows it. */
export function columnOf(header: string): Column | undefined {
  const key = headerKey(header);
  return (Object.keys(COLUMN_NAMES) as Column[]).find((candidate) => COLUMN_NAMES[candidate].some((name) => normaliseName(name) === key));
}

/** Whether a cell reads as a header the import knows or ignores (for finding the header rows). */
export const isColumnName = (cell: string): boolean => columnOf(cell) !== undefined || IGNORED.includes(headerKey(cell));

/** The header row names the unit column. */
export const isHeaderRow = (cells: readonly string[]): boolean => cells.some((cell) => columnOf(cell) === 'name');

export function mapColumns(headers: readonly string[], required: readonly Column[] = REQUIRED): ColumnMap {
  const index: Partial<Record<Column, number>> = {};
  const problems: string[] = [];
  headers.forEach((header, i) => {
    const key = headerKey(header);
    if (!key || IGNORED.includes(key)) return;
    const column = columnOf(header);
    if (!column) {
      problems.push(`不认识的列「${header}」。可用的列名：${Object.values(COLUMN_NAMES).map((names) => names[0]).join('、')}（以及「序号」，导入时忽略）；请改列名或删除这一列`);
    } else if (index[column] !== undefined) {
      problems.push(`「${headers[index[column]!]}」和「${header}」是同一列的两种写法，请删除其中一列`);
    } else {
      index[column] = i;
    }
  });
  for (const column of required) {
    if (index[column] === undefined) problems.push(`缺少「${COLUMN_NAMES[column][0]}」列（也可写作：${COLUMN_NAMES[column].slice(1).join('、')}）`);
  }
  return { index, problems };
}
