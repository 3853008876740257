/** The lists as offices publish them: CSV and XLSX with 序号, 单位名称, 地区/系统, 称号, 届次. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listCsv, listXlsx } from '../../../src/lib/honors/list-files.ts';

const rows = [
  ['1', '山西省人民检察院', '政法系统', '山西省直机关文明和谐标兵单位', '2009年度'],
  ['2', '=山西省卫生厅', '卫生系统', '山西省直机关文明和谐单位', '2009年度'],
];

describe('list downloads', () => {
  it('write a CSV in the attachment columns, formula-looking cells defused', () => {
    const parsed = Papa.parse<string[]>(listCsv(rows).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['序号', '单位名称', '地区/系统', '称号', '届次'], rows[0], ['2', "'=山西省卫生厅", '卫生系统', '山西省直机关文明和谐单位', '2009年度']]);
  });

  it('write an XLSX with a bold, frozen header, numbers as numbers, and a sheet name Excel accepts whatever the title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await listXlsx(rows, '公示<script>:*?/[名单]</script>很长很长很长很长很长很长的标题', '2026-11-26'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).not.toMatch(/[*?:\\/[\]]/);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '单位名称', '地区/系统', '称号', '届次']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(3).getCell(2).value).toBe('=山西省卫生厅');
    expect(workbook.created.toISOString().slice(0, 10)).toBe('2026-11-26');
  });
});
