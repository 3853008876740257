/**
 * npm run import -- units <名单.csv|名单.xlsx> [--dry-run] [--update] [--sheet 工作表] [--conferred-by 机关] [--date YYYY-MM-DD] [--root <dir>]
 *
 * Imports a yearly naming list: creates new units, adds the honor to existing ones (matched by
 * current or former name). Importing the same file twice changes nothing. Any unusable row is
 * reported with its row number and then nothing is written at all. A row that disagrees with an
 * honor a unit already has is reported, and changed only with --update. See scripts/lib/import/plan.ts.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fail, parseCommandLine, runCommand } from './lib/cli.ts';
import { applyPlan } from './lib/import/apply.ts';
import { isColumnName, isHeaderRow } from './lib/import/columns.ts';
import { isoFromCell, planImport, type Conflict } from './lib/import/plan.ts';
import { readTable, type Table } from './lib/import/read-table.ts';

const USAGE = `用法：npm run import -- units <名单.csv 或 名单.xlsx> [选项]
选项：
  --dry-run             只显示将要做的改动，不写入任何文件
  --update              表格与已有荣誉的年份、级别、文号或命名日期不一致时，以表格为准改过来（不加时只报告，不改）
  --sheet 工作表        Excel 文件里名单所在的工作表（名称或序号；默认是第一个有表头的工作表）
  --conferred-by 机关   表格没有「授予机关」列时，所有行都用这个授予机关
  --date YYYY-MM-DD     表格没有「命名日期」列（或某行日期是空的）时，用这个命名日期；两者都没有时不导入
识别的列：单位名称、地区、系统、单位类型、荣誉称号、级别、届次/年度、年份、文号、命名日期、授予机关、简称
说明见 EDITING.md「导入年度命名名单」。`;

await runCommand(async () => {
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), {
    'dry-run': { type: 'boolean' },
    update: { type: 'boolean' },
    sheet: { type: 'string' },
    'conferred-by': { type: 'string' },
    date: { type: 'string' },
  });
  if (values.help || positionals.length < 2) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const [collection, file] = positionals;
  if (collection !== 'units') fail(`目前只能导入单位名单：npm run import -- units 名单.csv（现在是「${collection}」）`);
  const absPath = resolve(file!);
  if (!existsSync(absPath)) fail(`找不到文件 ${file}`);
  const namedOn = typeof values.date === 'string' ? isoFromCell(values.date) : undefined;
  if (typeof values.date === 'string' && !namedOn) fail(`--date 应写成 YYYY-MM-DD，例如 2024-12-20（现在是「${values.date}」）`);

  const table = await readTable(absPath, { isColumnName, isHeader: isHeaderRow }, values.sheet as string | undefined);
  console.log(`读取 ${file}${whereRead(table)}，共 ${table.rows.length} 行数据。`);
  const plan = planImport(common.root, table, { conferredBy: values['conferred-by'] as string | undefined, namedOn, today: common.today });

  if (plan.problems.length > 0) {
    for (const problem of [...plan.problems].sort((a, b) => a.rowNumber - b.rowNumber)) {
      console.log(problem.rowNumber > 0 ? `${file}:${problem.rowNumber}: error: 第 ${problem.rowNumber} 行：${problem.message}` : `${file}: error: ${problem.message}`);
    }
    const where = plan.problems.some((problem) => problem.rowNumber === 0) ? '按上面的说明改正' : '在表格里按行号找到这些行，改正';
    console.log(`\n有 ${plan.problems.length} 处问题，没有写入任何文件。请${where}后重新导入。`);
    return 1;
  }

  const dryRun = values['dry-run'] === true;
  const update = values.update === true;
  const verb = dryRun ? '将' : '已';
  for (const unit of plan.creates) console.log(`${verb}新建 ${unit.file}：${unit.unit.name}（第 ${unit.rows.join('、')} 行）`);
  for (const addition of plan.additions) {
    for (const { honor, rowNumber } of addition.honors) {
      console.log(`${verb}在 ${addition.entry.file} 添加荣誉：「${honor.title}」（${honor.level}，${honor.term}，${honor.conferredBy}；第 ${rowNumber} 行）`);
    }
  }
  for (const row of plan.unchanged) console.log(`已有，不变：${row.label}（第 ${row.rowNumber} 行，${row.file}）`);
  for (const conflict of plan.conflicts) console.log(update ? `${verb}更新 ${conflict.entry.file} 的${describeConflict(conflict, true)}` : `不一致，没有改动：${conflict.entry.file} 的${describeConflict(conflict, false)}`);
  for (const note of plan.notes) console.log(`注意：${note}`);

  const changes = plan.creates.length + plan.additions.length + (update ? plan.conflicts.length : 0);
  const pendingConflicts = update ? '' : conflictAdvice(plan.conflicts.length);
  if (changes === 0) {
    console.log(`\n没有需要改动的内容（名单中的荣誉都已导入）。${pendingConflicts}`);
    return 0;
  }
  if (dryRun) {
    console.log(`\n试运行：以上改动没有写入。去掉 --dry-run 即可导入。${pendingConflicts}`);
    return 0;
  }
  const written = applyPlan(common.root, plan, { update });
  const created = plan.creates.length ? `新建的 ${plan.creates.length} 个单位只有名单上的信息，简介由荣誉生成；有创建事迹、单位类型、封面的，请补充。` : '';
  console.log(`\n导入完成，改动了 ${written.length} 个文件。${created}${pendingConflicts}请运行 npm run check 检查。`);
  return 0;
});

/** `（GBK）`, or for a workbook `的工作表「名单」（Excel，共 3 个工作表），表头在第 2–3 行`. */
function whereRead(table: Table): string {
  const header = table.headerRows === '1' ? '' : `，表头在第 ${table.headerRows} 行`;
  if (!table.sheet) return `（${table.encoding}）${header}`;
  const others = table.sheet.names.length > 1 ? `，共 ${table.sheet.names.length} 个工作表：${table.sheet.names.map((name) => `「${name}」`).join('')}，可用 --sheet 选择` : '';
  return ` 的工作表「${table.sheet.name}」（Excel${others}）${header}`;
}

/** `「文明单位」（2025年度）：命名日期 2025-01-01 → 2025-12-20（第 3 行）`, or `：命名日期：文件里是 …，表格是 …`. */
function describeConflict(conflict: Conflict, update: boolean): string {
  const changes = conflict.differences.map(({ label, now, list }) => (update ? `${label} ${now ?? '（空）'} → ${list}` : `${label}：文件里是 ${now ?? '（空）'}，表格是 ${list}`));
  return `「${conflict.title}」（${conflict.term}）：${changes.join('；')}（第 ${conflict.rowNumber} 行）`;
}

function conflictAdvice(count: number): string {
  return count ? `有 ${count} 处与已有记录不一致，没有改动：请对照命名文件核对，如以表格为准，加 --update 重新导入。` : '';
}
