/**
 * npm run build [-- --outDir X] [--site …] [--base …] [--mode …] [--config …] [--force] [--verbose|--silent]
 *
 * `astro build` (with the Pagefind index, see src/integrations/pagefind.ts), made atomic: the
 * site is built into a temporary folder beside the output folder and swapped in only when the
 * whole build succeeded. Bad content therefore never leaves a half-overwritten dist/; the last
 * good site stays online and the error names the file and the field.
 *
 * Astro's programmatic API is used instead of its CLI so that a build from another content
 * folder (BANGYANG_CONTENT_DIR, the test fixtures) gets a cache of its own and cannot mix its
 * entries into a demo build running at the same time.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { CONTENT_DIR } from '../src/lib/settings.ts';
import { BUILD_USAGE, parseBuildArgs } from './lib/build-args.ts';
import { explainBuildError, type BuildFailure } from './lib/build-errors.ts';
import { assertSafeOutDir, removeStaleLeftovers, swapIntoPlace, temporaryDirFor } from './lib/build-swap.ts';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(BUILD_USAGE);
  process.exit(0);
}

let temporary: string | undefined;
const cleanUp = () => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    console.error(`\n构建已中断，输出文件夹保持不变。`);
    process.exit(130);
  });
}

// Astro reads `import.meta.env.*` from process.env while it renders pages, so a stray BASE_URL
// (Vitest sets it to "/" for its children, some shells export it) would silently override the
// configured base path in every link. These values come from the config and nowhere else.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];
// Likewise NODE_ENV=test (set by Vitest) must not make a test build differ from a real one.
process.env.NODE_ENV = 'production';

try {
  const { outDir, inline } = parseBuildArgs(argv, process.cwd());
  assertSafeOutDir(outDir, process.cwd());
  removeStaleLeftovers(outDir);
  temporary = temporaryDirFor(outDir);
  rmSync(temporary, { recursive: true, force: true });
  // BANGYANG_ASTRO_CACHE gives a build a cache folder of its own (parallel test runs, benchmarks).
  const cacheDir =
    process.env.BANGYANG_ASTRO_CACHE ??
    (CONTENT_DIR === 'content' ? undefined : `./.cache/astro-${CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '-')}/`);
  await build({ ...inline, outDir: temporary, ...(cacheDir ? { cacheDir } : {}) });
  swapIntoPlace(temporary, outDir);
  temporary = undefined;
  process.exit(0);
} catch (error) {
  cleanUp();
  const explained = explainBuildError(error as BuildFailure, process.cwd(), resolve(CONTENT_DIR));
  console.error(['', '构建失败，输出文件夹未改动。', ...explained].join('\n'));
  process.exit(1);
}
