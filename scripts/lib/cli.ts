/**
 * What every editor command shares: its options (`--root`, `--today`), the project root it
 * works on, and one way to stop with a message for the editor.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { buildDay } from '../../src/lib/dates.ts';

/** The options every command accepts, on top of its own. */
const COMMON_OPTIONS = {
  /** The project folder that holds content/; tests point it at fixtures. */
  root: { type: 'string' },
  /** The day to judge dates against (YYYY-MM-DD); tests pin it. */
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface CommonOptions {
  root: string;
  today: string;
}

/** Parses argv with the common options plus the command's own; unknown options are an error. */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  const all = { ...COMMON_OPTIONS, ...options };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message is English and suggests `--` quoting; an editor needs the list of options.
    const known = Object.keys(all).map((name) => `--${name}`).join('、');
    fail(`${optionProblem(error as NodeJS.ErrnoException)}。可用的选项：${known}（--help 查看用法）`);
  }
  const values = parsed.values as Record<string, unknown>;
  // Without --today, the day the site would be built for (BUILD_DATE, or today in China).
  const today = typeof values.today === 'string' ? values.today : buildDay();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today 应写成 YYYY-MM-DD，例如 2026-03-01（现在是「${today}」）`);
  return {
    positionals: parsed.positionals,
    values: parsed.values,
    common: { root: resolve(typeof values.root === 'string' ? values.root : process.cwd()), today } satisfies CommonOptions,
  };
}

function optionProblem(error: NodeJS.ErrnoException): string {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项 ${option}`;
  if (/argument missing/.test(error.message)) return `选项 ${option} 后面要写值`;
  if (/does not take an argument/.test(error.message)) return `选项 ${option} 后面不带值`;
  return `命令行写法不对（${error.message}）`;
}

/** Stops the command with a message for the editor (and exit code 1). */
export function fail(message: string): never {
  throw new CommandError(message);
}

export class CommandError extends Error {}

/** Runs a command's main function: editor-facing errors are printed plainly, others with a stack. */
export async function runCommand(main: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(`错误：${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
