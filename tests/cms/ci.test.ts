/**
 * Where a form editor sees what the form could not refuse: the content check beside every
 * commit. The CI files must run `npm run check` on every push and pull (merge) request, and
 * GitHub's turns each error line of the check into an annotation on the file and line, which
 * works only while the check prints `file:line:col: error: message` (scripts/lib/diagnostics.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../scripts/lib/diagnostics.ts';
import { ROOT } from '../setup/paths.ts';

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string }[] }>;
}

const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/check.yml'), 'utf8')) as Workflow;
const script = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).join('\n');

describe('the content check in CI', () => {
  it('runs npm run check on every push and pull request (GitHub, Gitea and Forgejo Actions)', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.on.push).toBeNull();
    expect(script).toContain('npm run check');
    expect(script).toMatch(/exit "\$status"/);
  });

  it('turns each error into an annotation on its file and line, hint included in the log only', () => {
    const expression = script.match(/sed -nE '([^']+)'/)?.[1];
    expect(expression).toBeDefined();
    const log = [
      formatDiagnostic({ file: 'content/figures/zhang-san.md', line: 18, col: 10, severity: 'error', message: 'consent.given: 发布同意必须为 true', hint: '取得同意后勾选' }),
      formatDiagnostic({ file: 'content/units/a.md', line: 3, col: 1, severity: 'warning', message: '替代文字太笼统' }),
      '检查了 2 个条目：1 个错误，1 个警告。',
    ].join('\n');
    const result = spawnSync('sed', ['-nE', expression!], { input: log, encoding: 'utf8' });
    expect(result.stdout).toBe('::error file=content/figures/zhang-san.md,line=18,col=10::consent.given: 发布同意必须为 true\n');
  });

  it('runs the same check on GitLab, from the CI file path the project sets', () => {
    const gitlab = yaml.load(readFileSync(join(ROOT, '.ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; rules: { if: string }[] }>;
    expect(gitlab.check!.script).toContain('npm run check');
    expect(gitlab.check!.rules[0]!.if).toMatch(/push.*merge_request_event/);
    expect(readFileSync(join(ROOT, 'EDITING.md'), 'utf8')).toContain('.ci/gitlab-ci.yml');
  });
});
