/**
 * npm run check [-- --root <dir>] [--today YYYY-MM-DD]
 *
 * Validates all content without a build, with the site's own schemas. Prints
 * `path:line:col: error|warning: message` and a hint for each problem; exits 1 on errors.
 */
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { checkContent } from './lib/check-content.ts';
import { formatDiagnostic } from './lib/diagnostics.ts';

const USAGE = `用法：npm run check [-- --root 项目文件夹] [--today YYYY-MM-DD]
检查 content/ 下的全部内容，不需要完整构建。有错误时退出码为 1，只有警告时为 0。`;

await runCommand(async () => {
  const started = performance.now();
  const { values, common } = parseCommandLine(process.argv.slice(2), {});
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const report = await checkContent(common.root, { today: common.today });
  for (const diagnostic of report.diagnostics) console.log(formatDiagnostic(diagnostic));
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `检查了 ${report.entryCount} 个条目、${report.imageCount} 张图片：${errors} 个错误，${warnings} 个警告（用时 ${seconds} 秒）`;
  if (errors > 0) {
    console.log(`\n${summary}。请按“修改建议”改正错误后再提交；说明见 EDITING.md「读懂检查结果」。`);
    return 1;
  }
  console.log(`\n${summary}。${warnings > 0 ? '警告不会阻止发布，但请尽量处理。' : '全部通过。'}`);
  return 0;
});
