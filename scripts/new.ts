/**
 * npm run new -- <unit|figure|lecture|exhibition|notice> <名称> [--unit 单位] [--organiser 单位] [--units 单位,…] [--figures 人物,…] [--root <dir>]
 *
 * Scaffolds an entry with a readable pinyin slug, as a draft (`draft: true`): every field has a
 * comment, and whatever only the editor knows says 待填写. References are written only when asked.
 */
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { createEntry, LINK_OPTIONS, type LinkOption } from './lib/new-entry.ts';

const USAGE = `用法：npm run new -- <类型> <名称> [选项]
类型：unit（单位）、figure（人物）、lecture（讲坛）、exhibition（图片展）、notice（公示）
选项（可选，写文件名或名称，多个用逗号隔开）：
  --unit 单位        人物所在的单位
  --organiser 单位   讲座的主办单位（本办主办的写 office）
  --units 单位,…     公示涉及的单位
  --figures 人物,…   讲座介绍的、公示涉及的人物
例如：npm run new -- unit 山西省图书馆
      npm run new -- figure 王秀英 --unit shanxi-sheng-tushuguan
      npm run new -- notice 2026年度文明单位拟命名公示 --units 山西省图书馆,山西省公安厅
新建的条目是草稿（draft: true），不会发布；填完后删除 draft 那一行即可。`;

await runCommand(async () => {
  const options = Object.fromEntries(Object.keys(LINK_OPTIONS).map((name) => [name, { type: 'string' }])) as Record<LinkOption, { type: 'string' }>;
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), options);
  if (values.help || positionals.length < 2) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const [kind, ...nameParts] = positionals;
  const asked = Object.fromEntries(Object.keys(LINK_OPTIONS).map((name) => [name, (values as Record<string, unknown>)[name] as string | undefined]));
  const result = await createEntry(common.root, kind!, nameParts.join(' '), asked);
  for (const file of result.written) console.log(`已创建 ${file}（草稿：draft: true，不会发布）`);
  console.log(`\n下一步：打开 ${result.written[0]}，按注释填写所有「待填写」处；填完后删除 draft: true 那一行，运行 npm run check，没有错误即可提交发布。`);
  return 0;
});
