import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureCopy, run, snapshotTree } from './helpers.ts';
import { writeMessyGbkCsv, writeMessyWorkbook } from './messy-lists.ts';

/** A naming list of the fixtures (tests/fixtures/editor/imports/). */
const imports = (name: string) => join(FIXTURE, 'imports', name);
const LIST = imports('naming-2026.csv');
const HEADER = '单位名称,地区,系统,荣誉称号,级别,届次/年度,年份,命名日期,授予机关';

describe('npm run import -- units', () => {
  it('creates new units and adds the honor to a unit matched by its former name; a second run changes nothing', () => {
    const root = fixtureCopy();
    const first = run('import', root, ['units', LIST]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已在 content/units/ceshi-shi-tushuguan.md 添加荣誉：「文明单位」（2026年度，ceshi-shi-wenmingwei；第 2 行）');
    expect(first.stdout).toContain('已新建 content/units/ceshi-shi-diyi-zhongxue.md：测试市第一中学（第 3 行）');
    expect(first.stdout).toContain('已有，不变：测试市公安局「文明单位」（2018年度）（第 4 行');

    const library = readFileSync(join(root, 'content/units/ceshi-shi-tushuguan.md'), 'utf8');
    expect(library).toContain('  - body: ceshi-shi-wenmingwei\n    title: 文明单位\n    term: 2026年度\n    history:\n      - status: 命名\n        date: 2026-02-28\n        document: 测文明委〔2026〕1号\n');
    expect(library).not.toMatch(/^\s+(level|conferredBy|year):/m);
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
    sheet.addRow(['测试市人民医院', '山西省/测试市', '卫生健康系统', '文明单位', '市级', '2026年度', 2026, new Date(Date.UTC(2026, 1, 28)), '测试市精神文明建设委员会']);
    const path = join(root, 'list.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = run('import', root, ['units', path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已新建 content/units/ceshi-shi-renmin-yiyuan.md：测试市人民医院（第 3 行）');
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-renmin-yiyuan.md'), 'utf8');
    // The list has no kind of body: none is guessed from the name.
    expect(unit).not.toMatch(/^kind:/m);
    expect(unit).toContain('date: 2026-02-28');
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
    expect(result.stdout).toContain('第 3 行：「级别」「乡级」与授予机关测试市精神文明建设委员会的级别「市级」不一致：级别由授予机关决定，不会写入单位文件，请核对授予机关或删掉这一列');
    expect(result.stdout).toContain('第 4 行：与第 2 行重复（同一单位、同一授予机关、同一称号、同一届次），请删除其中一行');
    expect(result.stdout).toContain('第 5 行：命名日期「2026-02-30」看不懂');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('reports unknown and missing columns by name', () => {
    const result = run('import', fixtureCopy(), ['units', imports('unknown-columns.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 1 行：不认识的列「等级」');
    // 级别 is no longer required: it comes from the body, and a 级别 column is only compared with it.
    expect(result.stdout).not.toContain('缺少「级别」列');
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
    const result = run('import', fixtureCopy(), ['units', imports('new-unit-without-region.csv'), '--date', '2026-02-28']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 2 行：「测试市第三中学」是新单位（按现用名和曾用名都没找到），新建时需要填写地区和系统');
  });

  it('writes only what the list says: a summary composed from the honor, no story, no kind, no 「待填写」', () => {
    const root = fixtureCopy();
    run('import', root, ['units', LIST]);
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-diyi-zhongxue.md'), 'utf8');
    expect(unit).toContain('\nsummary: 2026年被测试市精神文明建设委员会命名为文明校园（2026年度）。\n');
    expect(unit).not.toContain('待填写');
    expect(unit).not.toMatch(/^(kind|draft):/m);
    expect(unit.endsWith('\n---\n')).toBe(true);
  });

  it('adds a 市级 honor beside a 省级 one of the same title and term: another body is another honor', () => {
    const root = fixtureCopy();
    writeFileSync(join(root, 'content/bodies/shanxi-wenmingwei.yaml'), 'name: 山西省精神文明建设委员会\nshortName: 省文明委\nlevel: 省级\nregion: [山西省]\ntermForm: 年度\nvalidity: { years: 3, graceDays: 90, assumed: true }\ntitles:\n  - { title: 文明单位 }\n');
    const list = join(root, 'list.csv');
    writeFileSync(list, `${HEADER}\n测试市公安局,山西省/测试市,政法系统,文明单位,省级,2018年度,2018,2019-01-10,山西省精神文明建设委员会\n`);
    const result = run('import', root, ['units', list]);
    expect(result.stdout).toContain('已在 content/units/ceshi-shi-gongan-ju.md 添加荣誉：「文明单位」（2018年度，shanxi-wenmingwei；第 2 行）');
    expect(result.stdout).not.toContain('注意：');
    expect(readFileSync(join(root, 'content/units/ceshi-shi-gongan-ju.md'), 'utf8').match(/title: 文明单位/g)).toHaveLength(2);
    expect(run('check', root).status).toBe(0);
  });

  it('says so when the unit an honor is added to is still a draft', () => {
    const root = fixtureCopy();
    const library = join(root, 'content/units/ceshi-shi-tushuguan.md');
    writeFileSync(library, readFileSync(library, 'utf8').replace('---\n', '---\ndraft: true\n'));
    const result = run('import', root, ['units', LIST, '--dry-run']);
    expect(result.stdout).toContain('注意：content/units/ceshi-shi-tushuguan.md 是草稿（draft: true），第 2 行的荣誉要等它写完、删除 draft: true 后才会在网站上显示');
  });

  it('reports a row that disagrees with an honor the unit has, and changes it only with --update', () => {
    const root = fixtureCopy();
    const list = join(root, 'list.csv');
    writeFileSync(list, `${HEADER},文号\n测试市公安局,山西省/测试市,政法系统,文明单位,市级,2018年度,2018,2018-12-21,测试市精神文明建设委员会,测文明委〔2018〕9号\n`);
    const before = snapshotTree(join(root, 'content'));
    const reported = run('import', root, ['units', list]);
    expect(reported.status).toBe(0);
    expect(reported.stdout).toContain('不一致，没有改动：content/units/ceshi-shi-gongan-ju.md 的「文明单位」（2018年度）：文号：文件里是 （空），表格是 测文明委〔2018〕9号；命名日期：文件里是 2018-12-20，表格是 2018-12-21（第 2 行）');
    expect(reported.stdout).toContain('有 1 处与已有记录不一致，没有改动：请对照命名文件核对，如以表格为准，加 --update 重新导入。');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);

    const updated = run('import', root, ['units', list, '--update']);
    expect(updated.stdout).toContain('已更新 content/units/ceshi-shi-gongan-ju.md 的「文明单位」（2018年度）：文号 （空） → 测文明委〔2018〕9号；命名日期 2018-12-20 → 2018-12-21（第 2 行）');
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-gongan-ju.md'), 'utf8');
    expect(unit).toContain('    term: 2018年度\n    history:\n      - status: 命名\n        date: 2018-12-21\n        document: 测文明委〔2018〕9号\n      - status: 复查保留\n');
    expect(run('import', root, ['units', list]).stdout).toContain('已有，不变：测试市公安局「文明单位」（2018年度）');
    expect(run('check', root).status).toBe(0);
  });

  it('invents no naming date: a list without one fails until --date gives it (a 年份 is the honor year, not a naming date)', () => {
    const root = fixtureCopy();
    const list = join(root, 'list.csv');
    writeFileSync(list, '单位名称,地区,系统,荣誉称号,级别,届次/年度,年份,授予机关\n测试市第九中学,山西省/测试市,教育系统,文明校园,市级,2025年度,2025,测试市精神文明建设委员会\n');
    const refused = run('import', root, ['units', list]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('第 1 行：缺少「命名日期」列：请在表格中加上这一列，或在命令后加 --date YYYY-MM-DD（命名文件的日期，对所有行有效）。导入不会替你猜日期');
    const blank = join(root, 'blank.csv');
    writeFileSync(blank, `${HEADER}\n测试市第九中学,山西省/测试市,教育系统,文明校园,市级,2025年度,2025,,测试市精神文明建设委员会\n`);
    expect(run('import', root, ['units', blank]).stdout).toContain('第 2 行：命名日期是空的：请按命名文件补上，或在命令后加 --date YYYY-MM-DD（对没有日期的行有效）');
    const future = join(root, 'future.csv');
    writeFileSync(future, `${HEADER}\n测试市第九中学,山西省/测试市,教育系统,文明校园,市级,2026年度,2026,2026-12-20,测试市精神文明建设委员会\n`);
    expect(run('import', root, ['units', future]).stdout).toContain('第 2 行：命名日期 2026-12-20 晚于今天（2026-03-01）：请检查年份和月份');

    expect(run('import', root, ['units', list, '--date', '2025-12-20']).status).toBe(0);
    expect(readFileSync(join(root, 'content/units/ceshi-shi-dijiu-zhongxue.md'), 'utf8')).toContain('        date: 2025-12-20\n');
  });

  it('reads a workbook as offices keep it: the list on its second sheet, a title row, a two-row merged header, full-width digits and spaces, date cells', async () => {
    const root = fixtureCopy();
    const workbook = await writeMessyWorkbook(root);
    const result = run('import', root, ['units', workbook, '--conferred-by', '测试市精神文明建设委员会']);
    expect(result.stdout).toContain(`读取 ${workbook} 的工作表「名单」（Excel，共 2 个工作表：「说明」「名单」，可用 --sheet 选择），表头在第 2–3 行，共 2 行数据。`);
    expect(result.stdout).toContain('已新建 content/units/ceshi-shi-renmin-yiyuan.md：测试市人民医院（第 4 行）');
    expect(result.stdout).toContain('已在 content/units/ceshi-shi-tushuguan.md 添加荣誉：「文明单位」（2026年度，ceshi-shi-wenmingwei；第 5 行）');
    expect(result.status).toBe(0);
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-renmin-yiyuan.md'), 'utf8');
    expect(unit).toContain('  - body: ceshi-shi-wenmingwei\n');
    expect(unit).not.toContain('level:');
    expect(unit).toContain('    term: 2026年度\n');
    expect(unit).toContain('        document: 测文明委〔2026〕1号\n');
    expect(unit).toContain('        date: 2026-02-28\n');
    expect(run('check', root).status).toBe(0);

    const wrongSheet = run('import', root, ['units', workbook, '--sheet', '说明']);
    expect(wrongSheet.stderr).toBe('错误：工作表「说明」里没有找到表头：表头要有「单位名称」列。这个文件的工作表：1.「说明」、2.「名单」\n');
    expect(run('import', root, ['units', workbook, '--sheet', '5']).stderr).toBe('错误：--sheet：没有工作表「5」。这个文件的工作表：1.「说明」、2.「名单」（写名称或序号）\n');
    expect(run('import', root, ['units', workbook, '--sheet', '2', '--conferred-by', '测试市精神文明建设委员会']).stdout).toContain('没有需要改动的内容');
  });

  it('reads the same list saved as GBK CSV, whose merged header cells come out blank', () => {
    const root = fixtureCopy();
    const result = run('import', root, ['units', writeMessyGbkCsv(root), '--conferred-by', '测试市精神文明建设委员会', '--dry-run']);
    expect(result.stdout).toContain('（GBK），表头在第 2–3 行，共 2 行数据。');
    expect(result.stdout).toContain('将新建 content/units/ceshi-shi-renmin-yiyuan.md：测试市人民医院（第 4 行）');
    expect(result.status).toBe(0);
  });
});

describe('npm run import -- status', () => {
  const write = (root: string, name: string, text: string) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  };

  it('checks every row first (validity and grace from the body), writes nothing on any problem, and names the row', () => {
    const root = fixtureCopy();
    const before = snapshotTree(join(root, 'content'));
    // The library's title (named 2020-12-18, 3 years, grace 90 days) had lapsed long before 2024-12-10.
    const list = write(root, 'fucha.csv', '序号,单位名称,备注\n1,测试市公安局,届满复查合格\n2,测试市少年儿童图书馆,\n3,测试市不存在局,\n');
    const result = run('import', root, ['status', list, '--status', '复查保留', '--body', '测试市文明委', '--date', '2024-12-10']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 3 行：content/units/ceshi-shi-tushuguan.md 的「文明单位」（2020年度）不能记「复查保留 2024-12-10」');
    expect(result.stdout).toContain('第 4 行：没有找到单位「测试市不存在局」（按现用名和曾用名）');
    expect(result.stdout).toContain('没有写入任何文件');
    expect(snapshotTree(join(root, 'content'))).toEqual(before);
  });

  it('appends one history entry per row, and a second run changes nothing', () => {
    const root = fixtureCopy();
    const list = write(root, 'fucha.csv', '单位名称,备注\n测试市　公安局,届满复查合格\n');
    const args = ['status', list, '--status', '复查保留', '--body', 'ceshi-shi-wenmingwei', '--date', '2024-12-10', '--document', '测文明委〔2024〕7号'];
    const first = run('import', root, args);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已在 content/units/ceshi-shi-gongan-ju.md 的测试市公安局「文明单位」（2018年度）记「复查保留 2024-12-10」（第 2 行）');
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-gongan-ju.md'), 'utf8');
    expect(unit).toContain('      - status: 复查保留\n        date: 2021-12-17\n      - status: 复查保留\n        date: 2024-12-10\n        document: 测文明委〔2024〕7号\n        note: 届满复查合格\nsummary:');
    const after = snapshotTree(join(root, 'content'));
    const second = run('import', root, args);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('已存在，未改动：测试市公安局「文明单位」（2018年度）复查保留 2024-12-10（第 2 行');
    expect(snapshotTree(join(root, 'content'))).toEqual(after);
    expect(run('check', root).status).toBe(0);
  });

  it('follows the transitions: a warned title needs 恢复 before the next 复查保留', () => {
    const root = fixtureCopy();
    const warn = write(root, 'huangpai.csv', '单位名称,日期\n测试市公安局,2023-06-01\n');
    expect(run('import', root, ['status', warn, '--status', '黄牌警告', '--body', 'ceshi-shi-wenmingwei']).status).toBe(0);
    const review = write(root, 'fucha.csv', '单位名称\n测试市公安局\n');
    const refused = run('import', root, ['status', review, '--status', '复查保留', '--body', 'ceshi-shi-wenmingwei', '--date', '2024-12-10']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/第 2 行：content\/units\/ceshi-shi-gongan-ju\.md 的「文明单位」（2018年度）不能记「复查保留 2024-12-10」：.*恢复/);
    const restore = write(root, 'huifu.csv', '单位名称\n测试市公安局\n');
    expect(run('import', root, ['status', restore, '--status', '恢复', '--body', 'ceshi-shi-wenmingwei', '--date', '2024-12-10']).status).toBe(0);
    expect(run('import', root, ['status', review, '--status', '复查保留', '--body', 'ceshi-shi-wenmingwei', '--date', '2024-12-10']).status).toBe(0);
    expect(run('check', root).status).toBe(0);
  });

  it('refuses an unknown status or body, saying what is valid', () => {
    const root = fixtureCopy();
    const list = write(root, 'x.csv', '单位名称\n测试市公安局\n');
    const result = run('import', root, ['status', list, '--status', '自动终止', '--body', '某机关', '--date', '2024-12-10']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('--status「自动终止」无效，可选：复查保留、黄牌警告、恢复、摘牌、撤销、取消');
    expect(result.stdout).toContain('--body「某机关」不是已登记的授予机关。可用的有：ceshi-shi-wenmingwei（测试市精神文明建设委员会）');
  });
});
