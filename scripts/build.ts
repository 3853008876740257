/**
 * npm run build [-- --outDir X] [--site …] [--base …] [--mode …] [--config …] [--force] [--verbose|--silent]
 *
 * First the content gate: the very checks `npm run check` runs (scripts/lib/content-gate.ts). Any
 * error stops the build before Astro starts, with file, line, field and fix, and the output
 * folder is not touched. Then `astro build` and the Pagefind index (src/integrations/pagefind.ts), made atomic: the site
 * is built into a temporary folder beside the output folder and swapped in only when the whole
 * build succeeded. Bad content therefore never leaves a half-overwritten dist/; the last good
 * site stays online and the error names the file and the field.
 *
 * Astro runs in a child process (this script again, with ASTRO_STEP_ENV set) and the index is
 * built only after it has exited: a large site's Astro process holds gigabytes until it ends
 * (measured in BENCHMARKS.md), and Pagefind's own memory would otherwise come on top of it.
 *
 * Astro's programmatic API is used instead of its CLI so that a build from another content
 * folder (BANGYANG_CONTENT_DIR, the test fixtures) gets a cache of its own and cannot mix its
 * entries into a demo build running at the same time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_LATER_ENV, indexBuiltSite } from '../src/integrations/pagefind.ts';
import { CONTENT_DIR } from '../src/lib/settings.ts';
import { buildDay } from '../src/lib/dates.ts';
import { CONTENT_CHECKED_ENV } from '../src/integrations/content-gate.ts';
import { gateFailureText, gatePassedLine, runContentGate } from './lib/content-gate.ts';
import { BUILD_USAGE, parseBuildArgs } from './lib/build-args.ts';
import { explainBuildError, type BuildFailure } from './lib/build-errors.ts';
import { buildOgShard } from './lib/build-og-shard.ts';
import { assertSafeOutDir, removeStaleLeftovers, swapIntoPlace, temporaryDirFor } from './lib/build-swap.ts';

const argv = process.argv.slice(2);
/** Set for the child that runs Astro: the temporary folder to build into. */
const ASTRO_STEP_ENV = 'BANGYANG_BUILD_ASTRO_INTO';
/** The child's exit code when it has explained a failed build itself. */
const ASTRO_FAILED = 3;
/** The Astro process's JavaScript heap limit in MB (heapLimitMb); 0 for none. */
const HEAP_ENV = 'BANGYANG_BUILD_HEAP_MB';
/** Enough for the city benchmark's 14,659 pages (BENCHMARKS.md, 规模). */
const DEFAULT_HEAP_MB = 1024;
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(BUILD_USAGE);
  process.exit(0);
}

// Astro reads `import.meta.env.*` from process.env while it renders pages, so a stray BASE_URL
// (Vitest sets it to "/" for its children, some shells export it) would silently override the
// configured base path in every link. These values come from the config and nowhere else.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];
// Likewise NODE_ENV=test (set by Vitest) must not make a test build differ from a real one.
process.env.NODE_ENV = 'production';

const explain = (error: unknown) => {
  const explained = explainBuildError(error as BuildFailure, process.cwd(), resolve(CONTENT_DIR));
  console.error(['', '构建失败，输出文件夹未改动。', ...explained].join('\n'));
};

const astroStep = process.env[ASTRO_STEP_ENV];
if (astroStep) {
  // The child: Astro into the temporary folder the parent named; the parent cleans up.
  try {
    const { inline } = parseBuildArgs(argv, process.cwd());
    // Imported here, not at the top: the parent does not need Astro in its memory.
    const { build } = await import('astro');
    await build({ ...inline, outDir: astroStep, ...astroCacheDir() });
    process.exit(0);
  } catch (error) {
    explain(error);
    process.exit(ASTRO_FAILED);
  }
}

let temporary: string | undefined;
let astro: ChildProcess | undefined;
const cleanUp = () => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const stop = () => {
      cleanUp();
      console.error(`\n构建已中断，输出文件夹保持不变。`);
      process.exit(130);
    };
    // Astro must have stopped writing into the temporary folder before it is removed.
    if (astro && astro.exitCode === null && astro.signalCode === null) {
      astro.once('exit', stop);
      astro.kill(signal);
    } else stop();
  });
}

try {
  const { outDir, inline, ogShard } = parseBuildArgs(argv, process.cwd());
  if (ogShard) {
    // Share images only, into their cache (scripts/lib/build-og-shard.ts): no output folder.
    await buildOgShard(ogShard);
    process.exit(0);
  }
  assertSafeOutDir(outDir, process.cwd());
  const gate = await runContentGate(process.cwd(), buildDay());
  if (gate.errors.length > 0) {
    console.error(`\n${gateFailureText(gate)}\n\n构建失败，输出文件夹未改动。请按「修改建议」改正上面的错误（npm run check 可单独检查内容）；说明见 EDITING.md「什么会让构建失败」。`);
    process.exit(1);
  }
  if (inline.logLevel !== 'silent') console.log(`${new Date().toTimeString().slice(0, 8)} [bangyang:check] ${gatePassedLine(gate)}`);
  // The Astro child need not check again (src/integrations/content-gate.ts).
  process.env[CONTENT_CHECKED_ENV] = '1';
  removeStaleLeftovers(outDir);
  temporary = temporaryDirFor(outDir);
  rmSync(temporary, { recursive: true, force: true });
  const heapMb = heapLimitMb();
  let ended = await runAstro(temporary, heapMb);
  if (heapMb !== undefined && ranOutOfHeap(ended)) {
    // Not an error in the content: this site needs more than the limit. Build again without it.
    console.error(`\nAstro 构建进程超出了 ${heapMb} MB 的 JavaScript 堆上限（站点较大），已去掉上限重新构建。可用环境变量 ${HEAP_ENV} 调大上限（0 表示不设上限）。`);
    rmSync(temporary, { recursive: true, force: true });
    ended = await runAstro(temporary, undefined);
  }
  const [code, signal] = ended;
  if (code !== 0) {
    cleanUp();
    // The child has explained its error already; anything else (killed, out of memory) is said here.
    if (code !== ASTRO_FAILED) {
      const how = signal ? `被信号 ${signal} 终止${signal === 'SIGKILL' ? '（常见原因：内存不足）' : ''}` : `退出码 ${code}`;
      console.error(`\n构建失败，输出文件夹未改动：Astro 构建进程异常退出（${how}）。`);
    }
    process.exit(1);
  }
  await indexBuiltSite(temporary, (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [bangyang:pagefind] ${message}`));
  swapIntoPlace(temporary, outDir);
  temporary = undefined;
  process.exit(0);
} catch (error) {
  cleanUp();
  explain(error);
  process.exit(1);
}

type Ended = [code: number | null, signal: NodeJS.Signals | null];

/** Astro into `into`, in a child process (this script again), its V8 heap capped at `heapMb`. */
async function runAstro(into: string, heapMb: number | undefined): Promise<Ended> {
  const heap = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  astro = spawn(process.execPath, [...process.execArgv, ...heap, fileURLToPath(import.meta.url), ...argv], {
    // Two malloc arenas instead of glibc's eight per core: sharp's and resvg's threads otherwise
    // leave freed native memory spread over many arenas (sharp's documentation recommends it).
    env: { MALLOC_ARENA_MAX: '2', ...process.env, [ASTRO_STEP_ENV]: into, [INDEX_LATER_ENV]: '1' },
    stdio: 'inherit',
  });
  return new Promise<Ended>((done, fail) => astro!.on('exit', (...exit) => done(exit)).on('error', fail));
}

/**
 * The JavaScript heap limit of the Astro process, in MB. V8 sizes its heap from the machine's
 * memory (about 4 GB here) and, with room to spare, collects late: at city scale the process
 * grew to 2.5 GB, much of it garbage (BENCHMARKS.md, 规模). With a limit it collects sooner. A
 * site whose live data does not fit is built again without the limit (see ranOutOfHeap), so the
 * limit costs such a site time, never the build. HEAP_ENV changes it, 0 turns it off; a limit
 * given in NODE_OPTIONS or to node itself is left alone.
 */
function heapLimitMb(): number | undefined {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((option) => option.includes('--max-old-space-size'));
  const raw = process.env[HEAP_ENV]?.trim();
  const mb = raw ? Number(raw) : DEFAULT_HEAP_MB;
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`环境变量 ${HEAP_ENV} 应为 MB 数（整数，0 表示不设上限），现在是「${raw}」`);
  return given || mb === 0 ? undefined : mb;
}

/** V8 aborts the process when its heap is full ("JavaScript heap out of memory"). */
function ranOutOfHeap([code, signal]: Ended): boolean {
  return signal === 'SIGABRT' || code === 134;
}

/** BANGYANG_ASTRO_CACHE gives a build a cache folder of its own (parallel test runs, benchmarks). */
function astroCacheDir(): { cacheDir?: string } {
  const cacheDir =
    process.env.BANGYANG_ASTRO_CACHE ??
    (CONTENT_DIR === 'content' ? undefined : `./.cache/astro-${CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '-')}/`);
  return cacheDir ? { cacheDir } : {};
}
