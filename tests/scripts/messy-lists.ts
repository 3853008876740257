/**
 * Naming lists as offices keep them, written with ExcelJS (and iconv-lite for a GBK CSV): a
 * title row above the header, a two-row merged header, column synonyms, full-width digits and
 * stray spaces in values, real Excel date cells, the list on the second sheet.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** 测试市精神文明建设委员会's 2026 list: one new unit, one honor for a unit found by its former name. */
const ROWS = [
  [1, '测试市人民医院', '山西省/测试市', '卫生健康系统', '文明单位', '市 级', '２０２６年度', new Date(Date.UTC(2026, 1, 28)), '测文明委〔２０２６〕１号'],
  [2, '测试市少年儿童图书馆', '山西省/测试市', '文化系统', '文明单位', '市级', '2026年度', new Date(Date.UTC(2026, 1, 28)), '测文明委〔2026〕1号'],
] as const;

/**
 * The list on sheet 2 (「名单」, after a 「说明」 sheet), under a merged title row, with a two-row
 * header: 荣誉情况 merged over 称号, 级别, 年度; the other headers merged down over both rows.
 */
export async function writeMessyWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['本表由测试市文明办汇总，名单在「名单」工作表。']);
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['测试市2026年度文明单位名单']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(['序号', '单位全称', '所属地区', '所属系统', '荣誉情况', '', '', '命名日期', '文号']);
  sheet.addRow(['', '', '', '', '称号', '级别', '年度', '', '']);
  for (const column of ['A', 'B', 'C', 'D', 'H', 'I']) sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells('E2:G2');
  for (const row of ROWS) sheet.addRow([...row]);
  sheet.getColumn(8).numFmt = 'yyyy"年"m"月"d"日"';
  const path = join(dir, '2026年度名单.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The same list as a GBK CSV with a title row and a two-row header (merges come out as blanks). */
export function writeMessyGbkCsv(dir: string): string {
  const lines = [
    '测试市2026年度文明单位名单,,,,,,,,',
    '序号,单位全称,所属地区,所属系统,荣誉情况,,,命名日期,文号',
    ',,,,称号,级别,年度,,',
    ...ROWS.map((row) => row.map((cell) => (cell instanceof Date ? '2026年2月28日' : String(cell))).join(',')),
  ];
  const path = join(dir, 'gbk-two-row-header.csv');
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
  return path;
}
