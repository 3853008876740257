/**
 * npm run check [-- --root <dir>] [--today YYYY-MM-DD]
 *
 * Validates all content without a build, with the site's own schemas: the same checks every
 * `npm run build` runs first (scripts/lib/content-gate.ts). Prints `path:line:col: error|warning:
 * message` and a hint for each problem, then the unfinished entries; exits 1 on errors.
 */
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { runContentGate, summaryLine, unfinishedLines } from './lib/content-gate.ts';
import { formatDiagnostic } from './lib/diagnostics.ts';
import { messages } from '../src/messages/index.ts';

const USAGE = `用法：npm run check [-- --root 项目文件夹] [--today YYYY-MM-DD]
检查 content/ 下的全部内容，不需要完整构建；npm run build 构建前做的是同一套检查。
有错误时退出码为 1（构建也会失败），只有警告时为 0。最后列出未完成的条目（草稿和还有「待填写」的条目）。`;

await runCommand(async () => {
  const { values, common } = parseCommandLine(process.argv.slice(2), {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const result = await runContentGate(common.root, common.today);
  for (const diagnostic of result.report.diagnostics) console.log(formatDiagnostic(diagnostic));
  const unfinished = unfinishedLines(result.report);
  if (unfinished.length) console.log(['', ...unfinished].join('\n'));
  if (result.errors.length > 0) {
    console.log(`\n${messages.check.failed(summaryLine(result))}`);
    return 1;
  }
  console.log(`\n${messages.check.passed(summaryLine(result), result.warnings.length)}`);
  return 0;
});
