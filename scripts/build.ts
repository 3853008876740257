/**
 * npm run build [-- --outDir X] [--site …] [--base …] [--mode …] [--config …] [--force] [--verbose|--silent]
 *
 * `astro build`, then the Pagefind index (src/integrations/pagefind.ts), made atomic: the site
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
import { BUILD_USAGE, parseBuildArgs } from './lib/build-args.ts';
import { explainBuildError, type BuildFailure } from './lib/build-errors.ts';
import { assertSafeOutDir, removeStaleLeftovers, swapIntoPlace, temporaryDirFor } from './lib/build-swap.ts';

const argv = process.argv.slice(2);
/** Set for the child that runs Astro: the temporary folder to build into. */
const ASTRO_STEP_ENV = 'BANGYANG_BUILD_ASTRO_INTO';
/** The child's exit code when it has explained a failed build itself. */
const ASTRO_FAILED = 3;
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
  const { outDir } = parseBuildArgs(argv, process.cwd());
  assertSafeOutDir(outDir, process.cwd());
  removeStaleLeftovers(outDir);
  temporary = temporaryDirFor(outDir);
  rmSync(temporary, { recursive: true, force: true });
  astro = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
    env: { ...process.env, [ASTRO_STEP_ENV]: temporary, [INDEX_LATER_ENV]: '1' },
    stdio: 'inherit',
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) =>
    astro!.on('exit', (...ended) => done(ended)).on('error', fail),
  );
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

/** BANGYANG_ASTRO_CACHE gives a build a cache folder of its own (parallel test runs, benchmarks). */
function astroCacheDir(): { cacheDir?: string } {
  const cacheDir =
    process.env.BANGYANG_ASTRO_CACHE ??
    (CONTENT_DIR === 'content' ? undefined : `./.cache/astro-${CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '-')}/`);
  return cacheDir ? { cacheDir } : {};
}
