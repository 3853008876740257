/**
 * Runs the real `npm run build` pipeline (scripts/build.ts on the pinned Node) as a child
 * process against a generated content folder, and records its log lines as they arrive, its
 * wall time and the peak memory of the process tree.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { watchProcessTree, type CpuSample, type MemoryPeak } from './process-tree.ts';
import type { LogLine } from './stages.ts';

export interface BuildRun {
  totalMs: number;
  lines: LogLine[];
  memory: MemoryPeak;
  /** CPU time of the build's process tree over the build (ms since it started). */
  cpu: CpuSample[];
}

export interface BuildTarget {
  /** The project root (where scripts/build.ts is); its content/ folder is what gets built. */
  root: string;
  outDir: string;
  /** Astro's cache (image derivatives, content store) for this corpus. */
  astroCache: string;
  /** The share-image cache for this corpus. */
  ogCache: string;
  /** The whole log is written here, for reading after a surprising number. */
  logFile: string;
}

export async function runBuild(target: BuildTarget): Promise<BuildRun> {
  const started = performance.now();
  // process.execPath is the pinned Node 24 when the bench itself runs through npm.
  const child = spawn(process.execPath, [join(target.root, 'scripts/build.ts'), '--outDir', target.outDir], {
    cwd: target.root,
    env: {
      ...process.env,
      BANGYANG_CONTENT_DIR: 'content',
      BANGYANG_ASTRO_CACHE: `${target.astroCache}/`,
      BANGYANG_OG_CACHE: target.ogCache,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Stopping the bench stops the build too; scripts/build.ts then removes its temporary folder.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  const usage = watchProcessTree(child.pid!, started);
  const log = createWriteStream(target.logFile, { flags: 'a' });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (raw) => {
      // Astro colours its log; the stage parser and the log file get plain text.
      const text = stripVTControlCharacters(raw);
      lines.push({ at: performance.now() - started, text });
      log.write(`${text}\n`);
    });
  collect(child.stdout!);
  collect(child.stderr!);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  process.off('SIGINT', forward).off('SIGTERM', forward);
  const { memory, cpu } = usage.stop();
  log.end();
  if (code !== 0) {
    throw new Error(`基准测试的构建失败（退出码 ${code}），完整日志见 ${target.logFile}：\n${lines.slice(-15).map((line) => line.text).join('\n')}`);
  }
  return { totalMs: performance.now() - started, lines, memory, cpu };
}
