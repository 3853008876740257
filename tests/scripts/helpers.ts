/** Runs the editors' commands as editors do, on a private copy of the fixture content. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished, vi } from 'vitest';

// Each test starts Node a few times; a busy machine (a site build next door) makes that slow.
vi.setConfig({ testTimeout: 60_000 });

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE = join(REPO, 'tests/fixtures/editor');
export const TODAY = '2026-03-01';

/** The pinned Node 24 (it strips TypeScript types); vitest itself may run on another Node. */
export const NODE = existsSync(join(REPO, 'node_modules/.bin/node')) ? join(REPO, 'node_modules/.bin/node') : process.execPath;

/**
 * A fresh copy of the fixture site, safe to change. A build needs the copy inside the project
 * (BANGYANG_CONTENT_DIR is relative to it): pass `join(REPO, '.cache')` as the parent then.
 */
export function fixtureCopy(parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'bangyang-editor-'));
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: 'new' | 'check' | 'import', root: string, args: string[] = []): RunResult {
  const result = spawnSync(NODE, [join(REPO, 'scripts', `${command}.ts`), '--root', root, '--today', TODAY, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BANGYANG_CONTENT_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its contents, to compare before and after. */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** The `path:line:col: severity: message` lines of a check's output. */
export const diagnosticLines = (stdout: string) => stdout.split('\n').filter((line) => /^\S+:\d+:\d+: (error|warning): /.test(line));
