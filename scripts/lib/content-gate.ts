/**
 * The content check as a gate, and its report in the three places an editor meets it: the output
 * of `npm run check`, a failed `npm run build`, and the dev server's error overlay. All three run
 * checkContent (./check-content.ts) and print with the functions here, so they say the same thing.
 */
import { checkContent, type CheckReport } from './check-content.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

export interface GateResult {
  report: CheckReport;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  seconds: number;
}

export async function runContentGate(root: string, today: string): Promise<GateResult> {
  const started = performance.now();
  const report = await checkContent(root, { today });
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  return { report, errors, warnings, seconds: (performance.now() - started) / 1000 };
}

const seconds = (result: GateResult) => result.seconds.toFixed(1);

/** `检查了 …：N 个错误，M 个警告（用时 s 秒）` */
export function summaryLine(result: GateResult): string {
  const { report } = result;
  const drafts = report.unfinished.filter((entry) => entry.draft).length;
  return `检查了 ${report.entryCount} 个条目、${report.imageCount} 张图片：${result.errors.length} 个错误，${result.warnings.length} 个警告${drafts ? `，${drafts} 个草稿不会发布` : ''}（用时 ${seconds(result)} 秒）`;
}

/** The list of unfinished entries (drafts, and published entries with 「待填写」 left), or nothing. */
export function unfinishedLines(report: CheckReport): string[] {
  if (report.unfinished.length === 0) return [];
  return [
    `未完成的条目（${report.unfinished.length} 个）：`,
    ...report.unfinished.map((entry) => {
      const left = [entry.placeholders && `${entry.placeholders} 处「待填写」`, entry.problems && `${entry.problems} 个其他问题`].filter(Boolean).join('、');
      const state = entry.draft ? `草稿，不会发布${left ? `；发布前还要处理 ${left}` : '；已可发布：删除 draft: true 即可'}` : `还有 ${left}，构建会失败`;
      return `  ${entry.file}：${state}`;
    }),
  ];
}

/** What `npm run build` prints when the gate stops it (before “构建失败，输出文件夹未改动。”). */
export function gateFailureText(result: GateResult): string {
  return [
    `内容检查发现 ${result.errors.length} 个错误：`,
    ...result.errors.map(formatDiagnostic),
    ...(result.warnings.length ? [`（另有 ${result.warnings.length} 个警告，运行 npm run check 查看）`] : []),
    ...unfinishedLines(result.report).map((line, i) => (i === 0 ? `\n${line}` : line)),
    '',
    summaryLine(result),
  ].join('\n');
}

/** The line a passing build logs; `npm run bench` reads the seconds from it (scripts/lib/bench/stages.ts). */
export const gatePassedLine = (result: GateResult) => `内容检查通过：${summaryLine(result)}`;
