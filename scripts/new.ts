/**
 * npm run new -- <unit|figure|lecture|exhibition|notice> <名称> [--root <dir>] [--today YYYY-MM-DD]
 *
 * Scaffolds a valid entry with a readable pinyin slug; every field has a comment, and the text
 * to supply says 待填写.
 */
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { createEntry } from './lib/new-entry.ts';

const USAGE = `用法：npm run new -- <类型> <名称>
类型：unit（单位）、figure（人物）、lecture（讲坛）、exhibition（图片展）、notice（公示）
例如：npm run new -- unit 山西省图书馆
      npm run new -- figure 王秀英`;

await runCommand(async () => {
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), {});
  if (values.help || positionals.length < 2) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const [kind, ...nameParts] = positionals;
  const result = await createEntry(common.root, kind!, nameParts.join(' '), common.today);
  for (const file of result.written) console.log(`已创建 ${file}`);
  for (const note of result.notes) console.log(`注意：${note}`);
  console.log(`\n下一步：打开 ${result.written[0]}，按注释填写所有「待填写」处，然后运行 npm run check。`);
  return 0;
});
