/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';
import { CITY, type Scale } from './corpus.ts';

export const BENCH_USAGE = `用法：npm run bench -- [--units N] [--figures N] [--lectures N] [--exhibitions N] [--photos-per-exhibition N] [--out 文件] [--keep] [--search]
生成合成内容（默认“城市”规模：${CITY.units} 个单位、${CITY.figures} 位人物、${CITY.lectures} 期讲坛、${CITY.exhibitions} 个图片展 × ${CITY.photosPerExhibition} 张图片），
冷构建一次，改动一个条目后再构建一次，输出一行 JSON（同时追加到 --out 文件）。--keep 保留生成的文件夹以便查看；--search 另外在 Chromium 中测量搜索页的下载量和查询耗时（scripts/lib/bench/search.ts）。`;

export interface BenchOptions {
  scale: Scale;
  out?: string;
  keep: boolean;
  /** Also measure the search page in Chromium (bytes to open it, a first query, query times). */
  search: boolean;
}

const COUNTS = {
  units: 'units',
  figures: 'figures',
  lectures: 'lectures',
  exhibitions: 'exhibitions',
  'photos-per-exhibition': 'photosPerExhibition',
} as const satisfies Record<string, keyof Scale>;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options = {
    ...Object.fromEntries(Object.keys(COUNTS).map((name) => [name, { type: 'string' }])),
    out: { type: 'string' },
    keep: { type: 'boolean' },
    search: { type: 'boolean' },
  } as const;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${BENCH_USAGE}`);
  }
  const scale = { ...CITY };
  for (const [flag, key] of Object.entries(COUNTS)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} 应为非负整数，现在是「${String(raw)}」\n${BENCH_USAGE}`);
    scale[key] = n;
  }
  // Lectures need a host unit and exhibitions a photo; a corpus without them would not build.
  if (scale.units < 1) throw new Error(`--units 至少为 1：讲坛的主办单位和图片引用的单位都要指向一个单位\n${BENCH_USAGE}`);
  if (scale.exhibitions > 0 && scale.photosPerExhibition < 1) throw new Error(`--photos-per-exhibition 至少为 1：每个图片展至少要有一张图片\n${BENCH_USAGE}`);
  return { scale, keep: values.keep === true, search: values.search === true, ...(typeof values.out === 'string' ? { out: values.out } : {}) };
}
