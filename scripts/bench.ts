/**
 * npm run bench -- [--units N] [--figures N] [--lectures N] [--exhibitions N] [--photos-per-exhibition N] [--out FILE] [--keep] [--search]
 *
 * How the real build pipeline scales: a synthetic corpus (default: a city's office, see CITY in
 * scripts/lib/bench/corpus.ts) is generated under .cache/, built cold, one entry is edited and it
 * is built again warm. One JSON line goes to stdout (and is appended to --out): pages, seconds in
 * total and per stage for both builds, peak memory of the build's process tree, what the site
 * weighs and what the search index weighs. BENCHMARKS.md records the runs that matter.
 *
 * The build runs in a copy of the project under .cache/ (see scripts/lib/bench/snapshot.ts), with
 * the corpus as its content/ folder and caches of its own. Timings depend on what else the
 * machine is doing, so the load average is part of the record.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { PAGEFIND_DIR } from '../src/integrations/pagefind.ts';
import { BENCH_USAGE, parseBenchArgs } from './lib/bench/args.ts';
import { BENCH_QUERIES, EDITED_ENTRY, editOneEntry, generateCorpus } from './lib/bench/corpus.ts';
import { measureSearch } from './lib/bench/search.ts';
import { writeCorpus } from './lib/bench/write-corpus.ts';
import { snapshotProject } from './lib/bench/snapshot.ts';
import { runBuild, type BuildRun, type BuildTarget } from './lib/bench/run-build.ts';
import { countPages, folderSize, largestListPage, megabytes } from './lib/bench/sizes.ts';
import { parseBuildLog } from './lib/bench/stages.ts';
import { cpuAt } from './lib/bench/process-tree.ts';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(BENCH_USAGE);
  process.exit(0);
}

const root = process.cwd();
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);

/** Two decimals. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * One build's figures: seconds and CPU seconds per stage, the counts, memory, and what its output
 * folder holds (files written or copied, and files hard-linked from a cache). `ratio` is the
 * issue's yardstick: share images + photos + search over setup + pages.
 */
function summarise(run: BuildRun, outDir: string) {
  const { stages, cpu, counts } = parseBuildLog(run.lines, run.totalMs, (at) => cpuAt(run.cpu, at));
  const output = folderSize(outDir);
  return {
    seconds: { total: seconds(run.totalMs), ...stages },
    cpuSeconds: { total: seconds(run.cpu.at(-1)?.cpuMs ?? 0), ...cpu! },
    ratio: round((stages.shareImages + stages.photos + stages.searchIndex) / (stages.setup + stages.pages)),
    // CPU per share image drawn, all cores together; the stage also copies, reads and writes images.
    shareImageCpuMs: counts.shareImagesRendered ? Math.round((cpu!.shareImages * 1000) / counts.shareImagesRendered) : undefined,
    counts,
    output: { files: output.files, linkedFiles: output.linkedFiles, MB: megabytes(output.bytes), linkedMB: megabytes(output.linkedBytes) },
    memory: run.memory,
    load: load(),
  };
}

try {
  const { scale, out, keep, search: measureSearchPage } = parseBenchArgs(argv);
  const work = join(root, '.cache', `bench-${process.pid}`);
  const project = join(work, 'project');
  const contentDir = join(project, 'content');
  const target: BuildTarget = {
    root: project,
    outDir: join(work, 'dist'),
    astroCache: join(work, 'astro-cache'),
    ogCache: join(work, 'og-cache'),
    logFile: join(work, 'build.log'),
  };
  rmSync(work, { recursive: true, force: true });
  snapshotProject(root, project);

  const generating = performance.now();
  const corpus = generateCorpus(scale);
  await writeCorpus(contentDir, corpus);
  const generateSeconds = seconds(performance.now() - generating);
  console.error(`已生成 ${corpus.files.length} 个文件和 ${corpus.photos.length} 张图片（${generateSeconds} 秒），开始冷构建……`);

  const loadBefore = load();
  const cold = summarise(await runBuild(target), target.outDir);
  // The cold build's figures on their own, so a run stopped during the warm build still tells them.
  console.error(`冷构建 ${cold.seconds.total} 秒：${JSON.stringify(cold)}\n改动 ${EDITED_ENTRY} 后增量构建……`);
  const edited = join(contentDir, EDITED_ENTRY);
  writeFileSync(edited, editOneEntry(readFileSync(edited, 'utf8')));
  const warm = summarise(await runBuild(target), target.outDir);
  const loadAfter = load();

  const dist = folderSize(target.outDir);
  const search = folderSize(join(target.outDir, PAGEFIND_DIR));
  const peaks = [cold.memory, warm.memory];
  const byProgram: Record<string, number> = {};
  for (const peak of peaks) for (const [name, mb] of Object.entries(peak.byProgramMB)) byProgram[name] = Math.max(byProgram[name] ?? 0, mb);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version, loadBefore, loadAfter },
    scale,
    pages: countPages(target.outDir),
    generateSeconds,
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    coldCpuSeconds: cold.cpuSeconds,
    warmCpuSeconds: warm.cpuSeconds,
    coldRatio: cold.ratio,
    warmRatio: warm.ratio,
    shareImageCpuMs: cold.shareImageCpuMs,
    cold: cold.counts,
    warm: warm.counts,
    // Files in the output folder after each build, and how many of them are hard links into a cache.
    coldOutput: cold.output,
    warmOutput: warm.output,
    loadAfterCold: cold.load,
    // The tree's summed resident memory at its worst sample, or one program's own high-water
    // mark if that is higher (a peak shorter than the sampling interval).
    peakRssMB: Math.max(...peaks.map((peak) => peak.treeMB), ...Object.values(byProgram)),
    peakRssByProgramMB: byProgram,
    distMB: megabytes(dist.bytes),
    distFiles: dist.files,
    searchIndexMB: megabytes(search.bytes),
    searchIndexFiles: search.files,
    largestListPage: largestListPage(target.outDir),
    ...(measureSearchPage ? { searchPage: await measureSearch(target.outDir, '/', BENCH_QUERIES) } : {}),
  };
  const line = JSON.stringify(result);
  console.log(line);
  if (out) appendFileSync(out, `${line}\n`);
  if (keep) console.error(`生成的内容和构建结果保留在 ${relative(root, work)}/（日志：build.log）`);
  else rmSync(work, { recursive: true, force: true });
} catch (error) {
  console.error(`\n基准测试失败：${(error as Error).message}`);
  process.exit(1);
}
