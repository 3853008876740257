/**
 * The command line of the tools that read a built site (npm run screenshots, npm run lighthouse):
 * their own options plus --help, and the built folder as the one positional (default dist/),
 * which must hold an index.html.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv; prints the usage and exits on --help, on a wrong option and on a folder that was never built. */
export function parseBuiltSiteCommand<const O extends Options>(usage: string, options: O) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
  const dir = resolve(parsed.positionals[0] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} 里没有 index.html：请先运行 npm run build（或用 --outDir 构建到别处后把那个文件夹传给本命令）\n${usage}`);
    process.exit(1);
  }
  return { values: parsed.values, dir };
}
