/**
 * Builds the demo site before the tests that read its output: into dist/ (as `npm run build`
 * does) and, with BASE_PATH=/sub/, into .cache/dist-sub/. A build whose inputs have not
 * changed since the last one is reused, so running a single test file stays fast; set
 * BANGYANG_REBUILD=1 to force it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DIST, DIST_SUB, ROOT } from './paths.ts';

const INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** When any input of the site build last changed (newest modification time, ms). */
export const inputsChangedAt = () => Math.max(...INPUTS.map((input) => newestMtime(join(ROOT, input))));

/** A day inside the demo's open 公示 window (2026-11-18 to 2026-12-31). */
export const TEST_BUILD_DATE = '2026-11-26';

function build(outDir: string, env: Record<string, string>) {
  // The stamp lives beside the build, never inside it: dist/ holds exactly what is deployed.
  const stamp = join(ROOT, '.cache', `test-build-${basename(outDir)}.stamp`);
  const inputs = inputsChangedAt();
  if (!process.env.BANGYANG_REBUILD && existsSync(outDir) && existsSync(stamp) && statSync(stamp).mtimeMs > inputs) return;
  execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The demo is built for a fixed day inside its open notice window, so what the tests see
    // does not change with the calendar; BUILD_DATE in the environment overrides it.
    env: { BUILD_DATE: TEST_BUILD_DATE, ...process.env, ...env },
  });
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

export default function setup() {
  if (process.env.BANGYANG_SKIP_BUILD) return;
  build(DIST, {});
  build(DIST_SUB, { BASE_PATH: '/sub/' });
}
