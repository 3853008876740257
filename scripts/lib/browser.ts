/**
 * The one Chromium that the browser tests, `npm run screenshots`, `npm run lighthouse` and the
 * benchmark's search measurement drive, chosen in this order:
 *
 *   1. `CHROMIUM_PATH`, when set: that executable;
 *   2. a Chromium or Chrome installed on the system (found on PATH);
 *   3. the headless Chromium from the npm package @sparticuz/chromium (a dev dependency), unpacked
 *      once per machine and version into the temporary folder,
 *
 * so `npm install && npm test` needs nothing but Node. `BANGYANG_BROWSER=npm` (or `system`)
 * skips the choice and insists on one of them, e.g. to run the tests with the npm Chromium on a
 * machine that has a system one.
 *
 * Every launch gets a fontconfig file that adds the Noto Sans SC the project already installs
 * from npm (for the share images) to the system's fonts: a machine without a Chinese system
 * font (a CI image, a bare Debian) would otherwise render every Chinese character as a box.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeUTF8 } from 'entities';
import type { Browser, LaunchOptions } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM_PACKAGE = '@sparticuz/chromium';
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** The weights the site's CSS uses; the others would only slow fontconfig's first scan. */
const FONT_WEIGHTS = ['400Regular', '700Bold'];
const SYSTEM_FONT_CONFIG = '/etc/fonts/fonts.conf';

/** Executable names of a system Chromium or Chrome, looked up on PATH in this order. */
export const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'] as const;

/**
 * Flags for every launch: no sandbox (CI containers run as root, where Chromium's sandbox
 * refuses to start), no GPU, and nothing that reaches the network on its own: tests and
 * measurements see only the requests the page makes.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface ResolvedBrowser {
  executablePath: string;
  /** Flags for every launch; callers add their own headless flag (playwright-core does). */
  args: string[];
  /** Variables the browser process needs on top of the environment (FONTCONFIG_FILE, …). */
  env: Record<string, string>;
  /** As the browser names itself: `Chromium`, `Google Chrome`. */
  name: string;
  /** e.g. `153.0.8010.0` */
  version: string;
  source: BrowserSource;
}

export interface ResolveOptions {
  /** Where CHROMIUM_PATH, BANGYANG_BROWSER, PATH and FONTCONFIG_FILE are read; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Names looked for on PATH; an empty list hides the system browser. Default SYSTEM_BROWSER_NAMES. */
  systemNames?: readonly string[];
  /** The system's fontconfig file, included when it exists; `null` hides the system's fonts. */
  systemFontConfig?: string | null;
  /** Where the generated fontconfig file and its cache go; default `.cache/browser/`. */
  cacheDir?: string;
}

/**
 * The browser to drive, as the options (by default the environment) choose it. Throws, in
 * Chinese, what to fix when the chosen browser cannot run.
 */
export async function resolveBrowser(options: ResolveOptions = {}): Promise<ResolvedBrowser> {
  const env = options.env ?? process.env;
  const fonts = writeFontConfig(options.cacheDir ?? join(ROOT, '.cache', 'browser'), options.systemFontConfig === undefined ? SYSTEM_FONT_CONFIG : options.systemFontConfig);
  // A FONTCONFIG_FILE the caller set is their choice of fonts; keep it.
  const fontEnv = { FONTCONFIG_FILE: env.FONTCONFIG_FILE || fonts };
  const wanted = env.BANGYANG_BROWSER ?? '';
  if (!['', 'auto', 'system', 'npm'].includes(wanted)) {
    throw new Error(`BANGYANG_BROWSER=${wanted} 无法识别：可选 npm（npm 包里的 Chromium）、system（系统安装的 Chromium）或不设置（自动选择）`);
  }

  if (env.CHROMIUM_PATH && wanted !== 'npm' && wanted !== 'system') {
    const path = env.CHROMIUM_PATH;
    if (!isExecutable(path)) throw new Error(`CHROMIUM_PATH=${path} 不是可执行文件：请改为 Chromium 或 Chrome 的完整路径，或删除这个变量以自动选择浏览器`);
    return { executablePath: path, args: ARGS, env: fontEnv, ...probeVersion(path, env, fontEnv), source: 'CHROMIUM_PATH' };
  }
  if (wanted !== 'npm') {
    const path = findOnPath(options.systemNames ?? SYSTEM_BROWSER_NAMES, env.PATH ?? '');
    if (path) return { executablePath: path, args: ARGS, env: fontEnv, ...probeVersion(path, env, fontEnv), source: 'system' };
    if (wanted === 'system') {
      throw new Error(`BANGYANG_BROWSER=system，但 PATH 上没有 ${(options.systemNames ?? SYSTEM_BROWSER_NAMES).join('、')}：请安装 Chromium，或删除这个变量以使用 npm 包里的 Chromium`);
    }
  }
  return npmBrowser(env, fontEnv);
}

/** One line for the log: `浏览器：Chromium 153.0.8010.0（npm 包 @sparticuz/chromium，/tmp/…/chromium）`. */
export function describeBrowser(browser: ResolvedBrowser): string {
  const source = { CHROMIUM_PATH: 'CHROMIUM_PATH', system: '系统安装', npm: `npm 包 ${NPM_PACKAGE}` }[browser.source];
  return `浏览器：${browser.name} ${browser.version}（${source}，${browser.executablePath}）`;
}

/**
 * Set by tests/setup/browser.ts for the test files it starts: the browser it resolved and
 * announced, so every file drives the same one and the run prints it once.
 */
export const RESOLVED_ENV = 'BANGYANG_BROWSER_RESOLVED';

let chosen: Promise<ResolvedBrowser> | undefined;

/**
 * The environment's browser, resolved once per process and announced on stderr the first time
 * (stdout stays free for the scripts' JSON), unless the test run's setup already did both.
 */
export function browser(): Promise<ResolvedBrowser> {
  chosen ??= (async () => {
    const handedDown = process.env[RESOLVED_ENV];
    if (handedDown) return JSON.parse(handedDown) as ResolvedBrowser;
    const resolved = await resolveBrowser();
    console.error(describeBrowser(resolved));
    return resolved;
  })();
  return chosen;
}

/** The environment's browser, headless, through playwright-core. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await browser();
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: resolved.executablePath,
    args: [...resolved.args, ...(options.args ?? [])],
    env: { ...process.env, ...resolved.env, ...options.env },
  });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findOnPath(names: readonly string[], path: string): string | undefined {
  const dirs = path.split(delimiter).filter((dir) => isAbsolute(dir));
  for (const name of names) {
    for (const dir of dirs) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * `chromium --version` → name and version. Also proves the executable starts: one that cannot
 * (a broken install, missing libraries) fails here with its own message rather than in the
 * middle of a test.
 */
function probeVersion(path: string, env: NodeJS.ProcessEnv, extraEnv: Record<string, string>): { name: string; version: string } {
  const result = spawnSync(path, ['--version'], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  const match = /^(.*?)\s+(\d+(?:\.\d+)+)/m.exec(result.stdout ?? '');
  if (result.status !== 0 || !match) {
    const reason = (result.error?.message ?? result.stderr ?? '').trim().split('\n').slice(-3).join('\n');
    throw new Error(`浏览器 ${path} 无法启动（${path} --version 失败）：${reason}\n请用 CHROMIUM_PATH 指向可用的 Chromium，或设 BANGYANG_BROWSER=npm 使用 npm 包里的 Chromium`);
  }
  return { name: match[1]!.trim(), version: match[2]! };
}

/**
 * @sparticuz/chromium's headless Chromium. Its `executablePath()` unpacks into os.tmpdir()
 * (`chromium`, its fonts, SwiftShader) and trusts whatever `chromium` it finds there, even a
 * half-written one or another project's version. So it runs in a child process whose TMPDIR is
 * a fresh folder, which is then renamed into place: the folder name carries the version, and a
 * folder under that name is always complete, also when test workers or several checkouts ask
 * at once.
 */
async function npmBrowser(env: NodeJS.ProcessEnv, fontEnv: Record<string, string>): Promise<ResolvedBrowser> {
  let entry: string;
  try {
    // The package's exports hide its package.json; its entry is build/index.js.
    entry = pathToFileURL(createRequire(import.meta.url).resolve(NPM_PACKAGE)).href;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(`没有找到系统安装的 Chromium，也没有 npm 包 ${NPM_PACKAGE}：请运行 npm install，或用 CHROMIUM_PATH 指向一个 Chromium`);
  }
  const packageDir = fileURLToPath(new URL('..', entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(tmpdir(), `bangyang-chromium-${version}`);
  if (!existsSync(dir)) unpack(entry, packageDir, dir);
  const executablePath = join(dir, 'chromium');
  try {
    return { executablePath, args: ARGS, env: fontEnv, ...probeVersion(executablePath, env, fontEnv), source: 'npm' };
  } catch (error) {
    // The build links a few libraries (NSS, expat) that a slim image may lack; the package
    // ships them for Amazon Linux, built for a newer glibc than Chromium itself needs, so
    // they are used only when the system's are missing.
    const withLibraries = { ...fontEnv, LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter) };
    if (!/shared librar/.test((error as Error).message)) throw error;
    return { executablePath, args: ARGS, env: withLibraries, ...probeVersion(executablePath, env, withLibraries), source: 'npm' };
  }
}

function unpack(entry: string, packageDir: string, dir: string) {
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        // The Amazon Linux libraries (al2023.tar.br) are unpacked too, for probeVersion's fallback.
        `const { default: chromium, inflate } = await import(${JSON.stringify(entry)});
         await chromium.executablePath();
         await inflate(${JSON.stringify(join(packageDir, 'bin', 'al2023.tar.br'))});`,
      ],
      { env: { ...process.env, TMPDIR: staging }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // mkdtemp and the package make the folder and the executable private to their owner; other
    // users of the machine share them.
    chmodSync(staging, 0o755);
    chmodSync(join(staging, 'chromium'), 0o755);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process finished first: its folder is complete, use it.
    if (existsSync(dir)) return;
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`无法把 ${NPM_PACKAGE} 的 Chromium 解压到 ${dir}：${stderr || (error as Error).message}`);
  }
}

/**
 * A fontconfig file: the system's configuration when there is one, plus Noto Sans SC from npm.
 * Written only when its text changes, so fontconfig's cache beside it stays valid.
 */
function writeFontConfig(cacheDir: string, systemConfig: string | null): string {
  const require = createRequire(import.meta.url);
  const fonts = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const file = join(cacheDir, systemConfig ? 'fonts.conf' : 'fonts-without-system.conf');
  const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by scripts/lib/browser.ts for the browser that tests and screenshots drive. -->
<fontconfig>
${systemConfig ? `  <include ignore_missing="yes">${escapeUTF8(systemConfig)}</include>\n` : ''}${FONT_WEIGHTS.map((weight) => `  <dir>${escapeUTF8(join(fonts, weight))}</dir>\n`).join('')}  <cachedir>${escapeUTF8(join(cacheDir, 'fontconfig'))}</cachedir>
</fontconfig>
`;
  mkdirSync(cacheDir, { recursive: true });
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return file;
  // Written beside and renamed, so a browser starting meanwhile never reads half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
  return file;
}
