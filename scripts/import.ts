/**
 * npm run import -- units <名单.csv|名单.xlsx> [--dry-run] [--update] [--sheet 工作表] [--body 机关] [--date YYYY-MM-DD] [--root <dir>]
 * npm run import -- status <名单> --status 复查保留|黄牌警告|恢复|摘牌|撤销|取消 --body 机关 --date YYYY-MM-DD [--document 文号] [--dry-run]
 *
 * `units` imports a naming list: creates new units, adds the honor to existing ones (matched by
 * current or former name). `status` imports the other lists an office issues (复查保留, 黄牌警告,
 * 恢复, 撤销…): one history entry per row, on the unit's honor from that body. Importing the same
 * file twice changes nothing. Any unusable row is reported with its row number and then nothing
 * is written at all. See scripts/lib/import/plan.ts and scripts/lib/import/status.ts.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fail, parseCommandLine, runCommand } from './lib/cli.ts';
import { applyPlan } from './lib/import/apply.ts';
import { isColumnName, isHeaderRow } from './lib/import/columns.ts';
import { isoFromCell, planImport, type Conflict } from './lib/import/plan.ts';
import { readTable, type Table } from './lib/import/read-table.ts';
import { applyStatusPlan, LIST_STATUSES, planStatusImport } from './lib/import/status.ts';

const USAGE = `用法：npm run import -- units <命名名单.csv 或 .xlsx> [选项]
      npm run import -- status <名单> --status 状态 --body 授予机关 --date YYYY-MM-DD [选项]
选项：
  --dry-run             只显示将要做的改动，不写入任何文件
  --update              （units）表格与已有荣誉的文号或命名日期不一致时，以表格为准改过来（不加时只报告，不改）
  --sheet 工作表        Excel 文件里名单所在的工作表（名称或序号；默认是第一个有表头的工作表）
  --body 机关           授予机关：content/bodies/ 下的文件名（或机关全称、简称、机关代字）；units 名单有「授予机关」列时可不写
  --date YYYY-MM-DD     决定的日期：units 名单没有「命名日期」列（或某行是空的）时用它；status 名单没有「日期」列时用它
  --status 状态         （status）名单的类型：${LIST_STATUSES.join('、')}
  --document 文号       （status）决定的文号，写入每一条记录
units 识别的列：单位名称、地区、系统、单位类型、荣誉称号、级别（只用来核对）、届次/年度、年份、文号、命名日期、授予机关、简称
status 识别的列：单位名称（必需）、荣誉称号、届次/年度（同一机关有两项称号时用来区分）、日期、文号、备注
说明见 EDITING.md「导入年度命名名单」和「导入复查、黄牌、恢复、撤销名单」。`;

await runCommand(async () => {
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), {
    'dry-run': { type: 'boolean' },
    update: { type: 'boolean' },
    sheet: { type: 'string' },
    body: { type: 'string' },
    'conferred-by': { type: 'string' },
    date: { type: 'string' },
    status: { type: 'string' },
    document: { type: 'string' },
  });
  if (values.help || positionals.length < 2) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const [collection, file] = positionals;
  if (collection !== 'units' && collection !== 'status') fail(`可以导入命名名单（units）或状态名单（status）：npm run import -- units 名单.csv（现在是「${collection}」）`);
  const absPath = resolve(file!);
  if (!existsSync(absPath)) fail(`找不到文件 ${file}`);
  const namedOn = typeof values.date === 'string' ? isoFromCell(values.date) : undefined;
  if (typeof values.date === 'string' && !namedOn) fail(`--date 应写成 YYYY-MM-DD，例如 2024-12-20（现在是「${values.date}」）`);

  const table = await readTable(absPath, { isColumnName, isHeader: isHeaderRow }, values.sheet as string | undefined);
  console.log(`读取 ${file}${whereRead(table)}，共 ${table.rows.length} 行数据。`);
  // --conferred-by is the old name of --body.
  const body = (values.body ?? values['conferred-by']) as string | undefined;
  if (collection === 'status') {
    return importStatusList(common.root, file!, table, { status: String(values.status ?? ''), body, date: namedOn, document: values.document as string | undefined, today: common.today }, values['dry-run'] === true);
  }
  const plan = planImport(common.root, table, { body, namedOn, today: common.today });

  if (plan.problems.length > 0) {
    reportProblems(file!, plan.problems);
    return 1;
  }

  const dryRun = values['dry-run'] === true;
  const update = values.update === true;
  const verb = dryRun ? '将' : '已';
  for (const unit of plan.creates) console.log(`${verb}新建 ${unit.file}：${unit.unit.name}（第 ${unit.rows.join('、')} 行）`);
  for (const addition of plan.additions) {
    for (const { honor, rowNumber } of addition.honors) {
      console.log(`${verb}在 ${addition.entry.file} 添加荣誉：「${honor.title}」（${[honor.term, honor.body].filter(Boolean).join('，')}；第 ${rowNumber} 行）`);
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

/** Prints the problems of a list, one per line with its row, and how to go on. */
function reportProblems(file: string, problems: readonly { rowNumber: number; message: string }[]): void {
  for (const problem of [...problems].sort((a, b) => a.rowNumber - b.rowNumber)) {
    console.log(problem.rowNumber > 0 ? `${file}:${problem.rowNumber}: error: 第 ${problem.rowNumber} 行：${problem.message}` : `${file}: error: ${problem.message}`);
  }
  const where = problems.some((problem) => problem.rowNumber === 0) ? '按上面的说明改正' : '在表格里按行号找到这些行，改正';
  console.log(`\n有 ${problems.length} 处问题，没有写入任何文件。请${where}后重新导入。`);
}

/** npm run import -- status: one decision per row, all rows checked before anything is written. */
function importStatusList(root: string, file: string, table: Table, options: Parameters<typeof planStatusImport>[2], dryRun: boolean): number {
  const plan = planStatusImport(root, table, options);
  if (plan.problems.length > 0) {
    reportProblems(file, plan.problems);
    return 1;
  }
  const verb = dryRun ? '将' : '已';
  for (const addition of plan.additions) console.log(`${verb}在 ${addition.entry.file} 的${addition.label}记「${addition.event.status} ${addition.event.date}」（第 ${addition.rowNumber} 行）`);
  for (const row of plan.unchanged) console.log(`已存在，未改动：${row.label}（第 ${row.rowNumber} 行，${row.file}）`);
  if (plan.additions.length === 0) {
    console.log('\n没有需要改动的内容（名单中的记录都已存在）。');
    return 0;
  }
  if (dryRun) {
    console.log('\n试运行：以上改动没有写入。去掉 --dry-run 即可导入。');
    return 0;
  }
  const written = applyStatusPlan(plan);
  console.log(`\n导入完成，改动了 ${written.length} 个文件。请运行 npm run check 检查。`);
  return 0;
}

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
  return `「${conflict.title}」（${conflict.term ?? ''}）：${changes.join('；')}（第 ${conflict.rowNumber} 行）`;
}

function conflictAdvice(count: number): string {
  return count ? `有 ${count} 处与已有记录不一致，没有改动：请对照命名文件核对，如以表格为准，加 --update 重新导入。` : '';
}
