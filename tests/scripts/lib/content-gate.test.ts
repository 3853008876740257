/** What a failed build prints and what check lists as unfinished: one text for every place. */
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../../scripts/lib/content-gate.ts';
import { gateFailureText, gatePassedLine, unfinishedLines } from '../../../scripts/lib/content-gate.ts';
import type { Diagnostic } from '../../../scripts/lib/diagnostics.ts';

const error: Diagnostic = { file: 'content/figures/wang.md', line: 9, col: 1, severity: 'error', message: 'consent: 没有发布同意记录', hint: '取得同意后写上 consent' };
const warning: Diagnostic = { file: 'content/units/a.md', line: 3, col: 5, severity: 'warning', message: '替代文字「图片」没有说明图片内容' };

const result = (diagnostics: Diagnostic[], unfinished: GateResult['report']['unfinished'] = []): GateResult => ({
  report: { diagnostics, entryCount: 12, imageCount: 3, unfinished },
  errors: diagnostics.filter((d) => d.severity === 'error'),
  warnings: diagnostics.filter((d) => d.severity === 'warning'),
  seconds: 0.42,
});

describe('the content gate’s report', () => {
  it('prints the errors with their fixes, counts the warnings, lists unfinished entries', () => {
    const failed = result([error, warning], [
      { file: 'content/figures/wang.md', draft: false, placeholders: 2, problems: 1 },
      { file: 'content/notices/b.md', draft: true, placeholders: 0, problems: 0 },
    ]);
    expect(gateFailureText(failed)).toBe(
      [
        '内容检查发现 1 个错误：',
        'content/figures/wang.md:9:1: error: consent: 没有发布同意记录',
        '    修改建议：取得同意后写上 consent',
        '（另有 1 个警告，运行 npm run check 查看）',
        '',
        '未完成的条目（2 个）：',
        '  content/figures/wang.md：还有 2 处「待填写」、1 个其他问题，构建会失败',
        '  content/notices/b.md：草稿，不会发布；已可发布：删除 draft: true 即可',
        '',
        '检查了 12 个条目、3 张图片：1 个错误，1 个警告，1 个草稿不会发布（用时 0.4 秒）',
      ].join('\n'),
    );
  });

  it('logs one line when the content passes, which the bench reads', () => {
    expect(gatePassedLine(result([]))).toBe('内容检查通过：检查了 12 个条目、3 张图片：0 个错误，0 个警告（用时 0.4 秒）');
    expect(unfinishedLines(result([]).report)).toEqual([]);
  });
});
