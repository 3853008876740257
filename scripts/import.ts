/**
 * npm run import -- units <名单.csv|名单.xlsx> [--dry-run] [--conferred-by 机关] [--date YYYY-MM-DD] [--root <dir>]
 *
 * Imports a yearly naming list: creates new units, adds the honor to existing ones (matched by
 * current or former name). Importing the same file twice changes nothing. Any unusable row is
 * reported with its row number and then nothing is written at all.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fail, parseCommandLine, runCommand } from './lib/cli.ts';
import { applyPlan } from './lib/import/apply.ts';
import { mapColumns } from './lib/import/columns.ts';
import { isoFromCell, planImport } from './lib/import/plan.ts';
import { readTable } from './lib/import/read-table.ts';

const USAGE = `用法：npm run import -- units <名单.csv 或 名单.xlsx> [--dry-run]
选项：
  --dry-run             只显示将要做的改动，不写入任何文件
  --conferred-by 机关   表格没有「授予机关」列时，所有行都用这个授予机关
  --date YYYY-MM-DD     表格没有「命名日期」列时，所有行都用这个命名日期（不写则记为当年 1 月 1 日）
识别的列：单位名称、地区、系统、单位类型、荣誉称号、级别、届次/年度、年份、文号、命名日期、授予机关、简称
说明见 EDITING.md「导入年度命名名单」。`;

await runCommand(async () => {
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), {
    'dry-run': { type: 'boolean' },
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

  const table = await readTable(absPath, (cells) => mapColumns(cells).index.name !== undefined);
  const plan = planImport(common.root, table, { conferredBy: values['conferred-by'] as string | undefined, namedOn });
  console.log(`读取 ${file}（${table.encoding}），共 ${table.rows.length} 行数据。`);

  if (plan.problems.length > 0) {
    for (const problem of [...plan.problems].sort((a, b) => a.rowNumber - b.rowNumber)) {
      console.log(problem.rowNumber > 0 ? `${file}:${problem.rowNumber}: error: 第 ${problem.rowNumber} 行：${problem.message}` : `${file}: error: ${problem.message}`);
    }
    const where = plan.problems.some((problem) => problem.rowNumber === 0) ? '按上面的说明改正' : '在表格里按行号找到这些行，改正';
    console.log(`\n有 ${plan.problems.length} 处问题，没有写入任何文件。请${where}后重新导入。`);
    return 1;
  }

  const dryRun = values['dry-run'] === true;
  const verb = dryRun ? '将' : '已';
  for (const unit of plan.creates) console.log(`${verb}新建 ${unit.file}：${unit.draft.name}（第 ${unit.rows.join('、')} 行）`);
  for (const addition of plan.additions) {
    for (const { draft, rowNumber } of addition.honors) console.log(`${verb}在 ${addition.entry.file} 添加荣誉：${draft.level}${draft.title}（${draft.term}，第 ${rowNumber} 行）`);
  }
  for (const row of plan.unchanged) console.log(`已有，不变：${row.label}（第 ${row.rowNumber} 行，${row.file}）`);
  const dateless = [...plan.creates.flatMap((unit) => unit.draft.honors), ...plan.additions.flatMap((addition) => addition.honors.map((honor) => honor.draft))].some((honor) => honor.namedDateNote);

  const changes = plan.creates.length + plan.additions.length;
  if (changes === 0) {
    console.log('\n没有需要改动的内容（名单中的荣誉都已导入）。');
    return 0;
  }
  if (dryRun) {
    console.log(`\n试运行：以上 ${changes} 个文件的改动没有写入。去掉 --dry-run 即可导入。`);
    return 0;
  }
  applyPlan(common.root, plan);
  console.log(`\n导入完成，改动了 ${changes} 个文件。${dateless ? '表格没有命名日期的荣誉暂记为当年 1 月 1 日，请按命名文件更正。' : ''}新建的单位请补充「待填写」处，然后运行 npm run check。`);
  return 0;
});
