/**
 * npm run new -- <类型> <名称> [--unit 单位] [--organiser 单位或 office] [--units 单位,…] [--figures 人物,…] … [--root <dir>]
 * (the kinds and the options come from the content types, src/registry/)
 *
 * Scaffolds an entry with a readable pinyin slug, as a draft (`draft: true`): every field has a
 * comment, and whatever only the editor knows says 待填写. References are written only when asked.
 */
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { contentTypes } from '../src/registry/index.ts';
import { createEntry, kindList, LINK_OPTION_NAMES, linkOptions } from './lib/new-entry.ts';

/** `  --units 单位,…   公示：涉及的单位；…`, one line per option, from the kinds that take it. */
const optionLines = () =>
  LINK_OPTION_NAMES.map((name) => {
    const uses = contentTypes().flatMap((type) => {
      const option = linkOptions(type.name).get(name);
      return option ? [{ noun: type.scaffold!.words[1] ?? type.noun, option }] : [];
    });
    const { list, target } = uses[0]!.option;
    const value = `${contentTypes().find((type) => type.name === target)!.noun}${list ? ',…' : ''}`;
    return `  --${`${name} ${value}`.padEnd(16)} ${uses.map(({ noun, option }) => `${noun}：${option.what}`).join('；')}`;
  }).join('\n');

const USAGE = `用法：npm run new -- <类型> <名称> [选项]
类型：${kindList()}
选项（可选，写文件名或名称，多个用逗号隔开）：
${optionLines()}
例如：npm run new -- unit 山西省图书馆
      npm run new -- figure 王秀英 --unit shanxi-sheng-tushuguan
      npm run new -- notice 2026年度文明单位拟命名公示 --units 山西省图书馆,山西省公安厅
新建的条目是草稿（draft: true），不会发布；填完后删除 draft 那一行即可。`;

await runCommand(async () => {
  const options = Object.fromEntries(LINK_OPTION_NAMES.map((name) => [name, { type: 'string' }])) as Record<string, { type: 'string' }>;
  const { positionals, values, common } = parseCommandLine(process.argv.slice(2), options);
  if (values.help || positionals.length < 2) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const [kind, ...nameParts] = positionals;
  const asked = Object.fromEntries(LINK_OPTION_NAMES.map((name) => [name, (values as Record<string, unknown>)[name] as string | undefined]));
  const result = await createEntry(common.root, kind!, nameParts.join(' '), asked);
  for (const file of result.written) console.log(`已创建 ${file}（草稿：draft: true，不会发布）`);
  console.log(`\n下一步：打开 ${result.written[0]}，按注释填写所有「待填写」处；填完后删除 draft: true 那一行，运行 npm run check，没有错误即可提交发布。`);
  return 0;
});
