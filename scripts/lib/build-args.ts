/**
 * The command line of `npm run build`, turned into Astro's inline config. The flags are the
 * ones `astro build` documents; anything else is refused with the list, so a typo never builds
 * silently into the wrong place.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { OgShard } from './build-og-shard.ts';

export interface BuildOptions {
  /** Absolute path of the folder the finished site ends up in. */
  outDir: string;
  /** The rest of the flags, as Astro's inline config (`site`, `base`, `mode`, …). */
  inline: { site?: string; base?: string; mode?: string; configFile?: string; logLevel?: 'debug' | 'silent'; force?: boolean };
  /** `--og-shard i/n`: draw only this shard of the share images into their cache, build nothing. */
  ogShard?: OgShard;
}

const OPTIONS = {
  outDir: { type: 'string' },
  site: { type: 'string' },
  base: { type: 'string' },
  mode: { type: 'string' },
  config: { type: 'string' },
  force: { type: 'boolean' },
  verbose: { type: 'boolean' },
  silent: { type: 'boolean' },
  'og-shard': { type: 'string' },
} as const;

export const BUILD_USAGE = `用法：npm run build [-- --outDir 文件夹] [--site 网址] [--base 路径] [--mode 模式] [--config 文件] [--force] [--verbose|--silent] [--og-shard i/n]
先构建到旁边的临时文件夹，成功后才替换输出文件夹（默认 dist/）；失败时原来的输出保持不变。
--og-shard i/n：只把分享图的第 i 份（共 n 份）画进分享图缓存（BANGYANG_OG_CACHE），不生成网站；n 台机器各画一份，最后的构建带上全部缓存即不再画图。`;

/** `2/4` → shard index 1 of 4; anything else is refused with the usage. */
function parseShard(raw: string): OgShard {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const [i, n] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(n >= 1 && i >= 1 && i <= n)) throw new Error(`--og-shard 应写成「i/n」，1 ≤ i ≤ n，例如 --og-shard 2/4；现在是「${raw}」\n${BUILD_USAGE}`);
  return { index: i - 1, count: n };
}

/** Parses `argv` (without node and the script); `cwd` resolves a relative --outDir. */
export function parseBuildArgs(argv: string[], cwd: string): BuildOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${BUILD_USAGE}`);
  }
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const inline: BuildOptions['inline'] = {};
  if (text('site')) inline.site = text('site');
  if (text('base')) inline.base = text('base');
  if (text('mode')) inline.mode = text('mode');
  if (text('config')) inline.configFile = text('config');
  if (values.force) inline.force = true;
  if (values.verbose) inline.logLevel = 'debug';
  else if (values.silent) inline.logLevel = 'silent';
  const shard = text('og-shard');
  return { outDir: resolve(cwd, text('outDir') ?? 'dist'), inline, ...(shard === undefined ? {} : { ogShard: parseShard(shard) }) };
}
