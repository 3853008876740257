import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureCopy, run, snapshotTree } from './helpers.ts';

/** A naming list of the fixtures (tests/fixtures/editor/imports/). */
const imports = (name: string) => join(FIXTURE, 'imports', name);
const LIST = imports('naming-2026.csv');
const HEADER = '单位名称,地区,系统,荣誉称号,级别,届次/年度,年份,命名日期,授予机关';

describe('npm run import -- units', () => {
  it('creates new units and adds the honor to a unit matched by its former name; a second run changes nothing', () => {
    const root = fixtureCopy();
    const first = run('import', root, ['units', LIST]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已在 content/units/ceshi-shi-tushuguan.md 添加荣誉：市级文明单位（2026年度，第 2 行）');
    expect(first.stdout).toContain('已新建 content/units/ceshi-shi-diyi-zhongxue.md：测试市 第一中学（第 3 行）');
    expect(first.stdout).toContain('已有，不变：测试市　公安局：市级文明单位（2018年度）（第 4 行');

    const library = readFileSync(join(root, 'content/units/ceshi-shi-tushuguan.md'), 'utf8');
    expect(library).toContain('    term: 2026年度\n    year: 2026\n    document: 测文明委〔2026〕1号\n    history:\n      - status: 命名\n        date: 2026-03-10\n');
    expect(library.startsWith(readFileSync(join(FIXTURE, 'content/units/ceshi-shi-tushuguan.md'), 'utf8').split('summary:')[0]!)).toBe(true);

    const after = snapshotTree(join(root, 'content'));
    const second = run('import', root, ['units', LIST]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('没有需要改动的内容');
    expect(snapshotTree(join(root, 'content'))).toEqual(after);

    const check = run('check', root);
    expect(check.status).toBe(0);
  });

  it('writes nothing on a dry run but says what it would do', () => {
    const root = fixtureCopy();
    const before = snapshotTree(join(root, 'content'));
    const result = run('import', root, ['units', LIST, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('将新建 content/units/ceshi-shi-diyi-zhongxue.md');
    expect(result.stdout).toContain('试运行');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('reads a GBK file (as Excel saves CSV on Chinese Windows) and a UTF-8 file with BOM', () => {
    const root = fixtureCopy();
    const gbk = run('import', root, ['units', imports('gbk.csv'), '--dry-run']);
    expect(gbk.stdout).toContain('（GBK）');
    expect(gbk.stdout).toContain('将新建 content/units/ceshi-shi-disan-zhongxue.md：测试市第三中学');
    const bom = run('import', root, ['units', imports('utf8-bom.csv'), '--dry-run']);
    expect(bom.stdout).toContain('（UTF-8（带 BOM））');
    expect(bom.stdout).toContain('将新建 content/units/ceshi-shi-disan-zhongxue.md：测试市第三中学');
  });

  it('refuses a file in an encoding it cannot read, and says how to save it', () => {
    const result = run('import', fixtureCopy(), ['units', imports('big5.csv')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('无法确定文件的编码（看起来像 Big5）');
    expect(result.stderr).toContain('CSV UTF-8');
  });

  it('reads an Excel file, skipping a title row above the header', async () => {
    const root = fixtureCopy();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['2026年度测试市文明单位名单']);
    sheet.mergeCells('A1:I1');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['测试市人民医院', '山西省/测试市', '卫生健康系统', '文明单位', '市级', '2026年度', 2026, new Date(Date.UTC(2026, 2, 10)), '测试市精神文明建设委员会']);
    const path = join(root, 'list.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = run('import', root, ['units', path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已新建 content/units/ceshi-shi-renmin-yiyuan.md：测试市人民医院（第 3 行）');
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-renmin-yiyuan.md'), 'utf8');
    expect(unit).toContain('kind: 医院');
    expect(unit).toContain('date: 2026-03-10');
    expect(run('check', root).status).toBe(0);
  });

  it('reports malformed CSV with its row number and writes nothing', () => {
    const root = fixtureCopy();
    const before = snapshotTree(join(root, 'content'));
    const result = run('import', root, ['units', imports('malformed.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 2 行：引号没有配对');
    expect(result.stdout).toContain('没有写入任何文件');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('reports duplicate rows and bad values row by row, and then writes nothing at all', () => {
    const root = fixtureCopy();
    const before = snapshotTree(join(root, 'content'));
    const result = run('import', root, ['units', imports('duplicates.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 3 行：「级别」：级别「乡级」无效，可选值：全国、省级、市级、区县级、系统内');
    expect(result.stdout).toContain('第 4 行：与第 2 行重复（同一单位、同一称号、同一届次），请删除其中一行');
    expect(result.stdout).toContain('第 5 行：命名日期「2026-02-30」看不懂');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('reports unknown and missing columns by name', () => {
    const result = run('import', fixtureCopy(), ['units', imports('unknown-columns.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 1 行：不认识的列「等级」');
    expect(result.stdout).toContain('第 1 行：缺少「级别」列');
  });

  it('stops before matching names when an existing unit cannot be read', () => {
    const root = fixtureCopy();
    writeFileSync(join(root, 'content/units/broken.md'), '---\nname: [\n---\n');
    const before = snapshotTree(join(root, 'content'));
    const result = run('import', root, ['units', LIST]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${LIST}: error: content/units/broken.md:2: YAML 格式错误`);
    expect(result.stdout).toContain('没有写入任何文件。请按上面的说明改正后重新导入。');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('asks for the region and sector of a new unit', () => {
    const result = run('import', fixtureCopy(), ['units', imports('new-unit-without-region.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 2 行：「测试市第三中学」是新单位（按现用名和曾用名都没找到），新建时需要填写地区和系统');
  });
});
