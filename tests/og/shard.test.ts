/**
 * The province path: `npm run build -- --og-shard i/n` draws a fixed 1/n of the share images into
 * the shared cache and builds nothing; together the shards draw exactly the images the build
 * draws, byte for byte, so a build given their cache draws none. Two processes (n = 2) and one
 * cache, on the demo content, compared with the demo build of tests/setup/build.ts. The shards run
 * one after the other here: both sync the content into the project's .astro/, which separate CI
 * machines do not share but two processes in one checkout would.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseBuildArgs } from '../../scripts/lib/build-args.ts';
import { shardOfKey } from '../../src/og/cache.ts';
import { TEST_BUILD_DATE } from '../setup/build.ts';
import { DIST, ROOT } from '../setup/paths.ts';
import { siteFiles } from '../reliability/site.ts';

const work = mkdtempSync(join(tmpdir(), 'bangyang-og-shard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ogCache = join(work, 'og-cache');

function npmBuild(args: string[]): string {
  const result = spawnSync('npm', ['run', 'build', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // The day of the demo build: the cards show statuses derived from it.
    env: { BUILD_DATE: TEST_BUILD_DATE, ...process.env, BANGYANG_OG_CACHE: ogCache, BANGYANG_ASTRO_CACHE: join(work, 'astro-cache/') },
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`npm run build -- ${args.join(' ')} failed:\n${output}`);
  return output;
}

const summary = (output: string) => {
  const match = /分享图分片 (\d)\/2 完成：本片 (\d+) 张（新绘制 (\d+) 张，缓存已有 (\d+) 张），全站 (\d+) 张/.exec(output);
  if (!match) throw new Error(`no shard summary in:\n${output}`);
  return { mine: Number(match[2]), drawn: Number(match[3]), cached: Number(match[4]), total: Number(match[5]) };
};

describe('share images drawn in shards', { timeout: 900_000 }, () => {
  it('reads --og-shard i/n, and refuses a shard that does not exist', () => {
    expect(parseBuildArgs(['--og-shard', '2/4'], '/p').ogShard).toEqual({ index: 1, count: 4 });
    expect(() => parseBuildArgs(['--og-shard', '5/4'], '/p')).toThrow(/--og-shard 应写成「i\/n」，1 ≤ i ≤ n/);
    expect(() => parseBuildArgs(['--og-shard', 'half'], '/p')).toThrow(/用法：npm run build/);
  });

  it('gives every key one shard, about evenly', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => (i * 2654435761 % 2 ** 32).toString(16).padStart(8, '0') + 'ff');
    const counts = [0, 1, 2].map((shard) => keys.filter((key) => shardOfKey(key, 3) === shard).length);
    expect(counts.reduce((a, b) => a + b)).toBe(1000);
    for (const count of counts) expect(count).toBeGreaterThan(250);
  });

  it('runs as a matrix in the deploy workflow, whose images the build job takes into its cache', () => {
    const workflow = YAML.parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8'));
    const { 'og-shards': shards, build } = workflow.jobs;
    const list: number[] = shards.strategy.matrix.shard;
    const command = shards.steps.map((step: { run?: string }) => step.run ?? '').join('\n');
    const denominator = Number(/--og-shard \$\{\{ matrix\.shard \}\}\/(\d+)/.exec(command)?.[1]);
    expect(list).toEqual(Array.from({ length: denominator }, (_, i) => i + 1));
    expect(build.needs).toBe('og-shards');
    const download = build.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toMatchObject({ pattern: 'og-shard-*', path: workflow.env.BANGYANG_OG_CACHE, 'merge-multiple': true });
  });

  it('two shards draw every card once into one cache: the images the build draws, and no page', () => {
    const first = summary(npmBuild(['--og-shard', '1/2']));
    const second = summary(npmBuild(['--og-shard', '2/2']));
    expect(first.total).toBe(second.total);
    expect(first.mine + second.mine).toBe(first.total);
    expect(Math.min(first.mine, second.mine)).toBeGreaterThan(first.total / 4);
    // A fresh cache: each shard drew all of its own cards.
    expect([first.drawn, second.drawn]).toEqual([first.mine, second.mine]);
    const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const drawn = readdirSync(ogCache).filter((name) => /\.(png|jpg)$/.test(name)).map((name) => digest(join(ogCache, name)));
    expect(drawn).toHaveLength(first.total);
    // Every image of the demo build is one the shards drew, so a build with this cache draws none.
    const built = siteFiles(DIST).filter((file) => /^og\/.+\.(png|jpg)$/.test(file));
    expect(built).toHaveLength(first.total);
    expect(built.filter((file) => !drawn.includes(digest(join(DIST, file))))).toEqual([]);
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
