/**
 * The atomic part of the build: Astro writes into a temporary folder next to the output folder
 * (same file system, so a rename is atomic), and only a finished build is swapped into place.
 * A failed or interrupted build leaves the previous output untouched.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

const TEMP_MARK = '.building-';
const OLD_MARK = '.replaced-';

/** `/p/dist` → `/p/.dist.building-1234`: hidden, beside the output, one per process. */
export function temporaryDirFor(outDir: string, pid = process.pid): string {
  return join(dirname(outDir), `.${basename(outDir)}${TEMP_MARK}${pid}`);
}

/** Refuses an output folder whose replacement would delete the project (or a parent of it). */
export function assertSafeOutDir(outDir: string, projectRoot: string): void {
  const fromOut = relative(outDir, projectRoot);
  if (fromOut === '' || (!fromOut.startsWith('..') && !fromOut.startsWith(sep))) {
    throw new Error(`输出文件夹 ${outDir} 包含项目本身，构建会把项目替换掉。请换一个文件夹，例如 dist`);
  }
}

/** Whether a process of this machine is still running (EPERM: running, but not ours to signal). */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes what builds killed outright (SIGKILL, power loss) left beside `outDir`: temporary
 * and replaced folders whose process is gone. Folders of builds still running are kept.
 */
export function removeStaleLeftovers(outDir: string, running: (pid: number) => boolean = isRunning): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(outDir)}`;
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const mark = [TEMP_MARK, OLD_MARK].find((m) => rest.startsWith(m));
    if (!mark) continue;
    const pid = Number(rest.slice(mark.length));
    if (!Number.isInteger(pid) || running(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Puts the finished build at `outDir`: the old output is renamed aside, the new one renamed in,
 * then the old one deleted. Readers see either the old site or the new one, never a mix.
 */
export function swapIntoPlace(builtDir: string, outDir: string, pid = process.pid): void {
  if (!existsSync(outDir)) {
    renameSync(builtDir, outDir);
    return;
  }
  const old = join(dirname(outDir), `.${basename(outDir)}${OLD_MARK}${pid}`);
  rmSync(old, { recursive: true, force: true });
  renameSync(outDir, old);
  try {
    renameSync(builtDir, outDir);
  } catch (error) {
    renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
